import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { EChartsCoreOption } from 'echarts/core';

// Only the pieces the event centre draws, so the chunk stays small; no map tiles (deployments are offline).
echarts.use([ScatterChart, BarChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);

/** Text that ECharts puts into its HTML tooltip: every value from the server goes through this. */
export const escapeHtml = (s: string) => echarts.format.encodeHTML(s);

interface Props {
  option: EChartsCoreOption;
  /** the chart's accessible name; the same data is always also given as a table or list beside it */
  label: string;
  height: number;
  /** the data item's third value (an id) of a clicked point */
  onPick?: (id: string) => void;
}

/** An ECharts canvas as a React component: created once, updated with each option, resized with its box. */
export function EChart({ option, label, height, onPick }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const pick = useRef(onPick);
  pick.current = onPick;

  useEffect(() => {
    if (!box.current) return;
    const c = echarts.init(box.current, undefined, { renderer: 'canvas' });
    chart.current = c;
    c.on('click', (p) => {
      const id = Array.isArray(p.data) ? p.data[2] : undefined;
      if (typeof id === 'string') pick.current?.(id);
    });
    const observer = new ResizeObserver(() => c.resize());
    observer.observe(box.current);
    return () => {
      observer.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  // ECharts writes its own aria-label on the element it draws in: the accessible name lives on the wrapper
  return (
    <div role="img" aria-label={label}>
      <div ref={box} style={{ width: '100%', height }} />
    </div>
  );
}
