import { useEffect, useId, useRef } from 'react';
import { BarChart, LineChart, PieChart, ScatterChart } from 'echarts/charts';
import type { BarSeriesOption, LineSeriesOption, PieSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption, VisualMapComponentOption } from 'echarts/components';
import { init, use, type ComposeOption, type ECharts } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

// Only what the pages draw: a full `import 'echarts'` would ship every chart type to every visitor.
use([BarChart, LineChart, PieChart, ScatterChart, GridComponent, LegendComponent, TooltipComponent, VisualMapComponent, SVGRenderer]);

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

interface Props {
  option: EChartOption;
  /** the chart's accessible name, e.g. "受理量趋势" */
  label: string;
  /** the figures in words, read by screen readers instead of the drawing */
  summary: string;
  height?: number;
  className?: string;
}

/**
 * One ECharts instance per element: SVG (sharp when printed), resized with its box, disposed on unmount.
 * The drawing is an image with a name; its data is also given as text for screen readers.
 */
export function EChart({ option, label, summary, height = 300, className }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const summaryId = useId();

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const instance = init(el, undefined, { renderer: 'svg' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return (
    <figure className={['echart', className].filter(Boolean).join(' ')}>
      <div ref={box} role="img" aria-label={label} aria-describedby={summaryId} style={{ height, width: '100%' }} />
      <figcaption id={summaryId} className="sr-only">
        {summary}
      </figcaption>
    </figure>
  );
}
