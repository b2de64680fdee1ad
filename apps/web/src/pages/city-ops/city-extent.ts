/**
 * The demo city's extent and county seats, for orientation on a map drawn without tiles (offline
 * deployments). Coordinates are approximate (WGS84); a region edits these to its own.
 */
export const CITY_EXTENT = { minLng: 115.55, maxLng: 116.65, minLat: 22.85, maxLat: 23.85 };

export const COUNTY_SEATS: ReadonlyArray<{ name: string; lng: number; lat: number }> = [
  { name: '榕城区', lng: 116.367, lat: 23.525 },
  { name: '揭东区', lng: 116.412, lat: 23.566 },
  { name: '揭西县', lng: 115.842, lat: 23.431 },
  { name: '惠来县', lng: 116.295, lat: 23.033 },
  { name: '普宁市', lng: 116.166, lat: 23.297 },
];

/** The city's box with a margin, widened to take in points outside it (an event just over the border still shows). */
export function extentOf(points: ReadonlyArray<{ lng: number; lat: number }>) {
  const e = { ...CITY_EXTENT };
  for (const p of points) {
    e.minLng = Math.min(e.minLng, p.lng);
    e.maxLng = Math.max(e.maxLng, p.lng);
    e.minLat = Math.min(e.minLat, p.lat);
    e.maxLat = Math.max(e.maxLat, p.lat);
  }
  // whole tenths of a degree, so the axes start and end on round labels
  return {
    minLng: Math.floor(e.minLng * 10 - 0.5) / 10,
    maxLng: Math.ceil(e.maxLng * 10 + 0.5) / 10,
    minLat: Math.floor(e.minLat * 10 - 0.5) / 10,
    maxLat: Math.ceil(e.maxLat * 10 + 0.5) / 10,
  };
}
