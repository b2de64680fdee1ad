import type { HotlineDeps } from '../deps.js';
import { isActiveCategory } from '../repo/categories.js';
import { hot } from '../repo/tables.js';

export interface Classified {
  categoryCode: string | null;
  /** stored with the order: the top-3 and the model version, or why it went to triage */
  classification: Record<string, unknown>;
}

/**
 * The agent's choice wins; otherwise the loaded model decides when its top label is a known
 * category and confident enough. Anything else goes to the triage queue — the order is saved either way.
 */
export async function classifyOrder(
  deps: HotlineDeps,
  msg: { title: string | null; body: string; categoryCode: string | null },
): Promise<Classified> {
  if (msg.categoryCode !== null) return { categoryCode: msg.categoryCode, classification: { source: 'agent' } };
  const model = deps.classifier?.current() ?? null;
  if (model === null) return { categoryCode: null, classification: { source: 'triage', reason: 'no_model' } };
  let top: Array<{ label: string; confidence: number }>;
  try {
    top = model.predict({ ...(msg.title ? { title: msg.title } : {}), body: msg.body }, 3);
  } catch {
    return { categoryCode: null, classification: { source: 'triage', reason: 'classifier_failed' } };
  }
  const version = model.meta.trainedAt;
  const best = top[0];
  const confident = best !== undefined && best.confidence >= deps.config.triageThreshold;
  const known = confident && (await isActiveCategory(hot(deps.db), best.label));
  return {
    categoryCode: known ? best.label : null,
    classification: { source: known ? 'model' : 'triage', modelVersion: version, top },
  };
}
