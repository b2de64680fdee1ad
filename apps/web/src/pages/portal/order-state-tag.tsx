import { useTranslation } from 'react-i18next';
import { StatusTag, type Tone } from '../../components/status-tag';

const DONE = new Set(['closed', 'answered_directly']);
const WAITING = new Set(['merged', 'suspended']);

/** A request's state in the citizen's words (internal steps such as a 退单 read as "in progress"). */
export function OrderStateTag({ state }: { state: string }) {
  const { t } = useTranslation();
  const tone: Tone = DONE.has(state) ? 'success' : WAITING.has(state) ? 'neutral' : 'info';
  return <StatusTag tone={tone}>{t(`knowledge.states.${state}`, { defaultValue: state })}</StatusTag>;
}
