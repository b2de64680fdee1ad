import type { EventBus, JobRunner } from '@yiwang/platform';
import type { HotlineDeps } from './deps.js';
import { HOTLINE_EVENTS, TRAINING_QUEUE } from './events.js';
import type { ModelHolder } from './model-holder.js';
import { runTrainingJob } from './use-cases/run-training.js';

/**
 * Wires the runtime classifier into a process (H2): loads the active model now, runs training jobs,
 * reloads when an activation event reaches this node, and checks on every job-runner tick whether
 * another node activated a different model (the holder throttles that check).
 */
export async function installClassifierModels(deps: HotlineDeps, holder: ModelHolder, jobs: JobRunner, bus: EventBus): Promise<void> {
  await holder.refresh();
  jobs.register(TRAINING_QUEUE, (job) => runTrainingJob(deps, job));
  bus.subscribe('hotline.classifier-reload', [HOTLINE_EVENTS.modelActivated, HOTLINE_EVENTS.modelUpdated], async () => {
    await holder.refresh();
  });
  jobs.onTick(() => holder.refreshIfDue());
}
