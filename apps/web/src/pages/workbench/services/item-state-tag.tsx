import { useTranslation } from 'react-i18next';
import type { ItemState } from '@yiwang/contracts';
import { StatusTag, type Tone } from '../../../components/status-tag';

const TONE: Record<ItemState, Tone> = { draft: 'neutral', review: 'accent', published: 'success', withdrawn: 'error', archived: 'neutral' };

export function ItemStateTag({ state }: { state: ItemState }) {
  const { t } = useTranslation();
  return <StatusTag tone={TONE[state]}>{t(`services.state.${state}`)}</StatusTag>;
}
