import type { ItemElements } from '@yiwang/contracts';

/** The e-licence type codes a guide mentions (materials it replaces, the result it issues). */
export function referencedLicences(content: unknown): string[] {
  const c = content as ItemElements;
  const codes = [...(c.materials ?? []).map((m) => m.eLicenceType), c.result?.eLicenceType];
  return [...new Set(codes.filter((x): x is string => !!x))];
}
