import type { IntakeSourceView, UpdateIntakeSourceBody } from '@yiwang/contracts';
import { AppError, mutate, type RequestMeta } from '@yiwang/platform';
import type { HotlineDeps } from '../deps.js';
import { INTAKE_EVENTS } from '../intake-events.js';
import { presentSource } from '../intake-presenters.js';
import { iq } from '../repo/intake-tables.js';
import * as sources from '../repo/sources.js';
import { checkDivision } from './check-division.js';

/** Renames a source, changes its default division, or switches it off (its key is then refused) and on. */
export async function updateIntakeSource(
  deps: HotlineDeps,
  meta: RequestMeta,
  id: string,
  input: UpdateIntakeSourceBody,
): Promise<IntakeSourceView> {
  const division = input.defaultDivisionCode === undefined ? undefined : await checkDivision(deps, input.defaultDivisionCode);
  await mutate(deps.db, meta, async (tx) => {
    const before = await sources.findSource(iq(tx), id);
    if (!before) throw new AppError('NOT_FOUND');
    const patch = {
      ...(input.name !== undefined ? { name: input.name.trim() } : {}),
      ...(division !== undefined ? { default_division_code: division } : {}),
      ...(input.active !== undefined ? { active: input.active } : {}),
    };
    if (!(await sources.updateSource(iq(tx), id, input.version, patch))) throw new AppError('CONFLICT');
    const was = { name: before.name, default_division_code: before.default_division_code, active: before.active };
    return {
      result: undefined,
      audit: {
        action: 'hotline.intake_source.update',
        resourceType: 'intake_source',
        resourceId: id,
        details: { before: was, after: { ...was, ...patch } },
      },
      events: [{ topic: INTAKE_EVENTS.sourceUpdated, key: id, payload: { id, ...patch } }],
    };
  });
  const row = await sources.findSource(iq(deps.db), id);
  if (!row) throw new AppError('NOT_FOUND');
  return presentSource(row);
}
