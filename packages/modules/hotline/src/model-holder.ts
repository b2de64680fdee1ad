import { gunzipSync } from 'node:zlib';
import type { Kysely } from 'kysely';
import type { Logger } from '@yiwang/platform';
import { createClassifier, parseModel, type Classifier } from './classifier/index.js';
import type { LabelMap } from './domain/index.js';
import { activeModelKey, modelPayload } from './repo/models.js';
import { hot } from './repo/tables.js';

/** The model that serves suggestions right now, with the map from its labels to category codes. */
export interface ActiveModel {
  /** null for a model handed in directly (tests, benchmarks) rather than stored */
  id: string | null;
  modelVersion: number | null;
  classifier: Classifier;
  labelMap: LabelMap;
}

/** Where the use-cases get the model; `refresh` asks a stored-model source to look again now (it never rejects). */
export interface ClassifierSource {
  current(): ActiveModel | null;
  refresh?(): Promise<unknown>;
}

/** A fixed in-memory model (tests, benchmarks); labels map to themselves unless a map is given. */
export function fixedClassifier(classifier: Classifier, labelMap?: LabelMap): ClassifierSource {
  const model: ActiveModel = {
    id: null,
    modelVersion: null,
    classifier,
    labelMap: labelMap ?? Object.fromEntries(classifier.labels.map((l) => [l, l])),
  };
  return { current: () => model };
}

/**
 * Holds the active stored model of this process and swaps it when another one is activated (H2
 * hot swap). Each node asks the database which model (and which edit of its label map) is active:
 * at boot, when the activation event reaches it, right after it activated one itself, and every
 * `checkEveryMs` — an outbox event is delivered to one node only, so the poll is what reaches the rest.
 * Requests already holding the old classifier finish on it; classifiers are immutable.
 */
export class ModelHolder implements ClassifierSource {
  private active: ActiveModel | null = null;
  private key: string | null = null;
  private failedKey: string | null = null;
  private chain: Promise<unknown> = Promise.resolve();
  private lastCheck = 0;

  constructor(
    private readonly db: Kysely<any>,
    private readonly opts: { checkEveryMs?: number; logger?: Logger } = {},
  ) {}

  current(): ActiveModel | null {
    return this.active;
  }

  /**
   * Looks now; calls queue behind each other, so one made after an activation committed always sees
   * it. Never rejects: a failure is logged and the current model (or none) keeps serving.
   */
  refresh(): Promise<boolean> {
    const run = this.chain.then(() =>
      this.load().catch((err) => {
        this.opts.logger?.error({ err }, 'classifier model reload failed');
        return false;
      }),
    );
    this.chain = run;
    return run;
  }

  /** The periodic check, at most every `checkEveryMs`. */
  async refreshIfDue(now = Date.now()): Promise<void> {
    if (now - this.lastCheck < (this.opts.checkEveryMs ?? 10_000)) return;
    this.lastCheck = now;
    await this.refresh();
  }

  private async load(): Promise<boolean> {
    this.lastCheck = Date.now();
    const row = await activeModelKey(hot(this.db));
    const key = row ? `${row.id}:${row.version}` : null;
    if (key === this.key || (key !== null && key === this.failedKey)) return false;
    if (!row) {
      this.active = null;
      this.key = null;
      return true;
    }
    const labelMap = Object.freeze({ ...(row.label_map as Record<string, string>) });
    if (this.active?.id === row.id) {
      // only the label map was edited: the loaded classifier stays
      this.active = { ...this.active, labelMap };
    } else {
      try {
        const payload = await modelPayload(hot(this.db), row.id);
        if (!payload) return false;
        const classifier = createClassifier(parseModel(gunzipSync(payload).toString('utf8')));
        this.active = { id: row.id, modelVersion: row.model_version, classifier, labelMap };
      } catch (err) {
        // a broken payload is not retried every few seconds; the previous model keeps serving
        this.failedKey = key;
        throw err;
      }
    }
    this.key = key;
    this.opts.logger?.info({ modelId: row.id, modelVersion: row.model_version }, 'classifier model loaded');
    return true;
  }
}
