import type { ITEM_LEVELS } from '@yiwang/contracts';
import { divisionLevel, isWithinDivision } from '@yiwang/platform';

export type ItemLevel = (typeof ITEM_LEVELS)[number];
const BY_DIVISION_LEVEL: readonly ItemLevel[] = ['province', 'city', 'county', 'town', 'village'];

/** 实施层级 from the implementing department's division (12-digit statistical code). */
export function itemLevel(divisionCode: string): ItemLevel {
  const l = divisionLevel(divisionCode);
  if (l === null) throw new RangeError(`not a division code: ${divisionCode}`);
  return BY_DIVISION_LEVEL[l - 1]!;
}

/** 认领 goes down the tree: a division strictly below the one that defined the item. */
export const canClaimInto = (sourceDivision: string, targetDivision: string): boolean =>
  sourceDivision !== targetDivision && isWithinDivision(targetDivision, sourceDivision);
