import type { ReactNode } from 'react';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

export type Tone = 'success' | 'error' | 'info' | 'neutral' | 'accent' | 'warning';

// Explicit colours: several antd preset tag colours fall below WCAG AA text contrast.
const TONES: Record<Tone, { color: string; background: string; borderColor: string }> = {
  success: { color: '#135200', background: '#f6ffed', borderColor: '#95de64' },
  error: { color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e' },
  info: { color: '#003eb3', background: '#e6f4ff', borderColor: '#91caff' },
  neutral: { color: '#262626', background: '#f5f5f5', borderColor: '#d9d9d9' },
  accent: { color: '#391085', background: '#f9f0ff', borderColor: '#d3adf7' },
  warning: { color: '#873800', background: '#fff7e6', borderColor: '#ffc069' },
};

export function StatusTag({ tone, children }: { tone: Tone; children: ReactNode }) {
  return <Tag style={TONES[tone]}>{children}</Tag>;
}

/** Enabled / disabled state of a record (department, staff account). */
export function EnabledTag({ enabled }: { enabled: boolean }) {
  const { t } = useTranslation();
  return <StatusTag tone={enabled ? 'success' : 'neutral'}>{enabled ? t('common.enabled') : t('common.disabled')}</StatusTag>;
}
