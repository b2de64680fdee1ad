import { StatusTag, type Tone } from '../status-tag';
import { useHotlineLabels } from './use-hotline-labels';

const TONES: Record<string, Tone> = {
  registered: 'info',
  dispatched: 'info',
  returned: 'warning',
  in_progress: 'accent',
  suspended: 'neutral',
  replied: 'success',
  reviewed: 'success',
  answered_directly: 'success',
  closed: 'neutral',
  reopened: 'error',
  merged: 'neutral',
};

export function OrderStateTag({ state }: { state: string }) {
  const labels = useHotlineLabels();
  return <StatusTag tone={TONES[state] ?? 'neutral'}>{labels.state(state)}</StatusTag>;
}
