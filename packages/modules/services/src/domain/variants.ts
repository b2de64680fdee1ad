import { ELEMENT_GROUPS, type ItemElements } from '@yiwang/contracts';

/**
 * A 业务办理项 inherits every element group of its parent and replaces the groups it overrides
 * (a group is replaced whole: a variant that lists materials lists all of its materials).
 */
export function resolveVariant(parent: ItemElements, overrides: ItemElements): ItemElements {
  const out: Record<string, unknown> = {};
  for (const g of ELEMENT_GROUPS) {
    const v = overrides[g] !== undefined ? overrides[g] : parent[g];
    if (v !== undefined) out[g] = v;
  }
  return out as ItemElements;
}

/** 食品经营许可 + 新办 → 食品经营许可（新办） */
export const variantName = (parentName: string, situation: string): string => `${parentName}（${situation.trim()}）`;

/** Keeps only the element groups (drops identity fields and unknown keys). */
export function elementsOf(c: Record<string, unknown>): ItemElements {
  const out: Record<string, unknown> = {};
  for (const g of ELEMENT_GROUPS) if (c[g] !== undefined) out[g] = c[g];
  return out as ItemElements;
}
