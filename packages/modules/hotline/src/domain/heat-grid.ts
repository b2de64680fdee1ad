/**
 * The heat map's grid (H6): orders are counted per square cell keyed 'latIndex:lngIndex' with
 * index = floor(degrees ÷ size); the SQL computes the same key. The points are drawn at the cell centres,
 * so no single address can be read off the map. A town or a unit is drawn from its orders on the fine
 * grid (about 2 km in 揭阳); a county or the city from the rollups on a coarser one (about 5 km), which
 * is as much detail as a map of that size shows and keeps the rollup small.
 */
export const HEAT_CELL_DEGREES = 0.02;
export const ROLLUP_HEAT_CELL_DEGREES = 0.05;

export function heatCellKey(lat: number, lng: number, size = HEAT_CELL_DEGREES): string {
  return `${Math.floor(lat / size)}:${Math.floor(lng / size)}`;
}

/** The centre of a cell, rounded to the grid's precision; null for a key that is not 'int:int'. */
export function heatCellCenter(key: string, size = HEAT_CELL_DEGREES): { lat: number; lng: number } | null {
  const m = /^(-?\d+):(-?\d+)$/.exec(key);
  if (!m) return null;
  const round = (x: number) => Math.round(x * 1e6) / 1e6;
  return { lat: round((Number(m[1]) + 0.5) * size), lng: round((Number(m[2]) + 0.5) * size) };
}
