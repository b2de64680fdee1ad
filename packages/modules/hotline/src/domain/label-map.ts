/**
 * Model labels → category codes (H2). A model trained on external data (the shared 12345 CSV's
 * seven topics) speaks its own labels; a model trained from our orders already speaks category
 * codes. The map is data on the stored model, so an admin can fix it without retraining.
 */
export type LabelMap = Readonly<Record<string, string>>;

/** The shared data's topic labels and the first-level categories of our tree they correspond to. */
export const EXTERNAL_LABEL_MAP: LabelMap = {
  城乡建设: 'urban',
  劳动和社会保障: 'labour',
  教育文体: 'education',
  商贸旅游: 'market',
  环境保护: 'environment',
  卫生计生: 'health',
  交通运输: 'transport',
};

/**
 * The map a model gets when none is given: a label that is a category code maps to itself, a
 * topic label of the shared data to its category; anything else stays unmapped (no suggestion).
 */
export function defaultLabelMap(labels: readonly string[], knownCodes: ReadonlySet<string>): Record<string, string> {
  const map: Record<string, string> = {};
  for (const label of labels) {
    if (knownCodes.has(label)) map[label] = label;
    else {
      const code = EXTERNAL_LABEL_MAP[label];
      if (code !== undefined && knownCodes.has(code)) map[label] = code;
    }
  }
  return map;
}

/** Why a label map cannot be stored; empty when it can. */
export function labelMapProblems(map: LabelMap, labels: readonly string[], knownCodes: ReadonlySet<string>): string[] {
  const own = new Set(labels);
  const problems: string[] = [];
  for (const [label, code] of Object.entries(map)) {
    if (!own.has(label)) problems.push(`模型没有标签「${label}」`);
    if (!knownCodes.has(code)) problems.push(`诉求分类「${code}」不存在或已停用`);
  }
  return problems;
}

export interface RankedCategory {
  categoryCode: string;
  confidence: number;
}

/**
 * Predictions over all of a model's labels (any order) → category suggestions, best first: labels
 * without a mapping or mapped to an unknown category are dropped, and labels that map to one
 * category add up (their probabilities are of disjoint outcomes).
 */
export function mapPredictions(
  predictions: ReadonlyArray<{ label: string; confidence: number }>,
  labelMap: LabelMap,
  knownCodes: ReadonlySet<string>,
  k = 3,
): RankedCategory[] {
  const sum = new Map<string, number>();
  for (const p of predictions) {
    const code = Object.hasOwn(labelMap, p.label) ? labelMap[p.label] : undefined;
    if (code === undefined || !knownCodes.has(code)) continue;
    sum.set(code, (sum.get(code) ?? 0) + p.confidence);
  }
  return [...sum]
    .map(([categoryCode, confidence]) => ({ categoryCode, confidence }))
    .sort((a, b) => b.confidence - a.confidence || (a.categoryCode < b.categoryCode ? -1 : 1))
    .slice(0, k);
}

/** The triage queue takes an order when no suggestion is left or the best one is not confident enough. */
export function needsTriage(suggestions: readonly RankedCategory[], threshold: number): boolean {
  const best = suggestions[0];
  return best === undefined || best.confidence < threshold;
}
