import type { CategorySuggestion } from '@yiwang/contracts';
import { mapPredictions, needsTriage } from '../domain/index.js';
import type { HotlineDeps } from '../deps.js';
import type { ActiveModel } from '../model-holder.js';
import { activeCategoryNames } from '../repo/categories.js';
import { hot } from '../repo/tables.js';

export interface ModelSuggestions {
  model: ActiveModel | null;
  /** the model threw: treated like no model, so the order is still saved */
  failed: boolean;
  /** the model's own top-3 labels, before the label map */
  top: Array<{ label: string; confidence: number }>;
  /** top-3 categories after the label map (unmapped and inactive ones dropped), best first */
  suggestions: CategorySuggestion[];
}

/** The active model's category suggestions for a text (H2); shared by intake and the agent's preview. */
export async function suggestCategories(deps: HotlineDeps, msg: { title: string | null; body: string }): Promise<ModelSuggestions> {
  const model = deps.classifier?.current() ?? null;
  if (model === null) return { model, failed: false, top: [], suggestions: [] };
  let ranked: Array<{ label: string; confidence: number }>;
  try {
    ranked = model.classifier.predict({ ...(msg.title ? { title: msg.title } : {}), body: msg.body }, model.classifier.labels.length);
  } catch {
    return { model, failed: true, top: [], suggestions: [] };
  }
  const mapped = ranked.flatMap((p) => (Object.hasOwn(model.labelMap, p.label) ? [model.labelMap[p.label]!] : []));
  const names = await activeCategoryNames(hot(deps.db), mapped);
  const suggestions = mapPredictions(ranked, model.labelMap, new Set(names.keys())).map((s) => ({
    categoryCode: s.categoryCode,
    categoryName: names.get(s.categoryCode) ?? s.categoryCode,
    confidence: s.confidence,
  }));
  return { model, failed: false, top: ranked.slice(0, 3), suggestions };
}

export interface Classified {
  categoryCode: string | null;
  /** the model's best category, whatever was chosen: an agent's different choice is a correction */
  suggestedCode: string | null;
  modelVersion: number | null;
  /** stored with the order: the suggestions and the model version, or why it went to triage */
  classification: Record<string, unknown>;
}

/**
 * The agent's choice wins; otherwise the loaded model decides when its best category is confident
 * enough. Anything else goes to the triage queue — the order is saved either way.
 */
export async function classifyOrder(
  deps: HotlineDeps,
  msg: { title: string | null; body: string; categoryCode: string | null },
): Promise<Classified> {
  const s = await suggestCategories(deps, msg);
  const modelVersion = s.model?.modelVersion ?? null;
  const suggestedCode = s.suggestions[0]?.categoryCode ?? null;
  const seen = s.model === null ? {} : { modelVersion, top: s.top, suggestions: s.suggestions };
  if (msg.categoryCode !== null) {
    return { categoryCode: msg.categoryCode, suggestedCode, modelVersion, classification: { source: 'agent', ...seen } };
  }
  const why = s.model === null ? 'no_model' : s.failed ? 'classifier_failed' : s.suggestions.length === 0 ? 'no_known_category' : null;
  const triage = why !== null || needsTriage(s.suggestions, deps.config.triageThreshold);
  return {
    categoryCode: triage ? null : suggestedCode,
    suggestedCode,
    modelVersion,
    classification: { source: triage ? 'triage' : 'model', ...(triage ? { reason: why ?? 'low_confidence' } : {}), ...seen },
  };
}
