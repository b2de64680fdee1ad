/** Lengths of the division code prefixes by level: province, city, county, town (villages use all 12 digits). */
const LEVEL_LENGTHS = [2, 4, 6, 9] as const;

/**
 * The prefix a routing rule stores for a picked division: 445202000000 (榕城区) → '445202', so the
 * rule covers every town and village below it.
 */
export function divisionPrefixOf(code: string): string {
  for (const n of LEVEL_LENGTHS) if (/^0*$/.test(code.slice(n))) return code.slice(0, n);
  return code;
}

/** The division a stored prefix stands for, as the 12-digit code the division picker shows. */
export function divisionCodeOfPrefix(prefix: string): string {
  return prefix.padEnd(12, '0');
}
