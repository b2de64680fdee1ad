import type { KnowledgeKind, KnowledgeStatus } from '@yiwang/contracts';
import { useTranslation } from 'react-i18next';
import { StatusTag, type Tone } from './status-tag';

const KIND_TONES: Record<KnowledgeKind, Tone> = { policy: 'accent', faq: 'info', service_guide: 'neutral' };
const STATUS_TONES: Record<KnowledgeStatus, Tone> = { draft: 'neutral', published: 'success', archived: 'error' };

export function KnowledgeKindTag({ kind }: { kind: KnowledgeKind }) {
  const { t } = useTranslation();
  return <StatusTag tone={KIND_TONES[kind]}>{t(`knowledge.kinds.${kind}`)}</StatusTag>;
}

export function KnowledgeStatusTag({ status }: { status: KnowledgeStatus }) {
  const { t } = useTranslation();
  return <StatusTag tone={STATUS_TONES[status]}>{t(`knowledge.statuses.${status}`)}</StatusTag>;
}
