import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { EChartsCoreOption } from 'echarts/core';
import type { EventMapPoint } from '@yiwang/contracts';
import { COUNTY_SEATS, extentOf } from './city-extent';
import { escapeHtml } from '../../components/echart';

export const GROUPS = ['overdue', 'triage', 'handling', 'closed'] as const;
export type Group = (typeof GROUPS)[number];

// distinct in hue and lightness, so the legend still reads for colour-blind users
export const GROUP_COLOURS: Record<Group, string> = { overdue: '#cf1322', triage: '#d46b08', handling: '#0958d9', closed: '#8c8c8c' };
const WAITING = new Set(['registered', 'reopened', 'returned']);

export function groupOf(p: Pick<EventMapPoint, 'state' | 'overdue'>): Group {
  if (p.state === 'closed' || p.state === 'merged') return 'closed';
  if (p.overdue) return 'overdue';
  return WAITING.has(p.state) ? 'triage' : 'handling';
}

interface Labels {
  group: (g: Group) => string;
  state: (s: string) => string;
  lng: string;
  lat: string;
}

/** Scatter on longitude/latitude axes over the city's extent, one series per status group, county seats faint behind. */
export function eventMapOption(points: readonly EventMapPoint[], l: Labels): EChartsCoreOption {
  const e = extentOf(points);
  const byId = new Map(points.map((p) => [p.id, p]));
  return {
    animation: false,
    grid: { left: 56, right: 24, top: 40, bottom: 40 },
    legend: { top: 0, data: GROUPS.map((g) => l.group(g)) },
    xAxis: { type: 'value', name: l.lng, min: e.minLng, max: e.maxLng, splitLine: { lineStyle: { color: '#f0f0f0' } } },
    yAxis: { type: 'value', name: l.lat, min: e.minLat, max: e.maxLat, splitLine: { lineStyle: { color: '#f0f0f0' } } },
    tooltip: {
      trigger: 'item',
      formatter: (p: { data: [number, number, string] }) => {
        const pt = byId.get(p.data[2]);
        if (!pt) return escapeHtml(String(p.data[2]));
        return `${escapeHtml(pt.orderNo)}<br/>${escapeHtml(pt.title ?? '')}<br/>${escapeHtml(l.state(pt.state))}`;
      },
    },
    series: [
      {
        name: 'seats',
        type: 'scatter',
        silent: true,
        symbolSize: 6,
        itemStyle: { color: '#d9d9d9' },
        label: { show: true, position: 'right', color: '#595959', formatter: (p: { data: [number, number, string] }) => p.data[2] },
        data: COUNTY_SEATS.map((s) => [s.lng, s.lat, s.name]),
        z: 1,
      },
      ...GROUPS.map((g) => ({
        name: l.group(g),
        type: 'scatter',
        symbolSize: g === 'overdue' ? 12 : 9,
        itemStyle: { color: GROUP_COLOURS[g], opacity: 0.85 },
        data: points.filter((p) => groupOf(p) === g).map((p) => [p.lng, p.lat, p.id]),
        z: g === 'overdue' ? 4 : 3,
      })),
    ],
  };
}

/** The map option for the current language, rebuilt only when the points or the language change. */
export function useEventMapOption(points: readonly EventMapPoint[]): EChartsCoreOption {
  const { t } = useTranslation();
  return useMemo(
    () =>
      eventMapOption(points, {
        group: (g: Group) => t(`intake.group.${g}`),
        state: (s: string) => t(`hotlineDesk.state.${s}`),
        lng: t('intake.map.lng'),
        lat: t('intake.map.lat'),
      }),
    [points, t],
  );
}
