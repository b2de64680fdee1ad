import { useEffect, useId, useRef } from 'react';
import { BarChart, LineChart, PieChart, ScatterChart } from 'echarts/charts';
import type { BarSeriesOption, LineSeriesOption, PieSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption, VisualMapComponentOption } from 'echarts/components';
import { format, init, use, type ComposeOption, type ECharts, type EChartsCoreOption } from 'echarts/core';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';

// Only what the pages draw: a full `import 'echarts'` would ship every chart type to every visitor. No map tiles:
// deployments are offline, so the event map is a scatter on lng/lat axes.
use([
  BarChart,
  LineChart,
  PieChart,
  ScatterChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapComponent,
  CanvasRenderer,
  SVGRenderer,
]);

export type EChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | PieSeriesOption
  | ScatterSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
  | VisualMapComponentOption
>;

/** Text that ECharts puts into its HTML tooltip: every value from the server goes through this. */
export const escapeHtml = (s: string) => format.encodeHTML(s);

interface Props {
  option: EChartOption | EChartsCoreOption;
  /** the chart's accessible name, e.g. "受理量趋势" */
  label: string;
  /** the figures in words for screen readers; leave it out when the same data stands beside the chart as a list */
  summary?: string;
  height?: number;
  className?: string;
  /** SVG is sharp when printed; canvas keeps thousands of points (the event map) fast */
  renderer?: 'svg' | 'canvas';
  /** called with the third value (an id) of a clicked data item */
  onPick?: (id: string) => void;
}

/**
 * One ECharts instance per element: created once, updated with each option, resized with its box, disposed on
 * unmount. The drawing is an image with a name on a wrapper (ECharts writes its own attributes on the element it
 * draws in); its data is also given as text.
 */
export function EChart({ option, label, summary, height = 300, className, renderer = 'svg', onPick }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const pick = useRef(onPick);
  pick.current = onPick;
  const summaryId = useId();

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const instance = init(el, undefined, { renderer });
    chart.current = instance;
    instance.on('click', (p) => {
      const id = Array.isArray(p.data) ? p.data[2] : undefined;
      if (typeof id === 'string') pick.current?.(id);
    });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [renderer]);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return (
    <figure className={['echart', className].filter(Boolean).join(' ')}>
      <div role="img" aria-label={label} aria-describedby={summary === undefined ? undefined : summaryId}>
        <div ref={box} style={{ height, width: '100%' }} />
      </div>
      {summary !== undefined && (
        <figcaption id={summaryId} className="sr-only">
          {summary}
        </figcaption>
      )}
    </figure>
  );
}
