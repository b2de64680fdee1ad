import { divisionExists } from '@yiwang/identity';
import { AppError, isValidDivisionCode } from '@yiwang/platform';
import type { HotlineDeps } from '../deps.js';

/** A default division of a source must be a real division of the city; null stays null. */
export async function checkDivision(deps: HotlineDeps, code: string | null): Promise<string | null> {
  if (code === null) return null;
  if (!(isValidDivisionCode(code) && (await divisionExists(deps.db, code)))) throw new AppError('INVALID_DIVISION_CODE');
  return code;
}
