import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from './error-text';

/** Inline error from a failed request, announced by screen readers. */
export function ErrorAlert({ error, className }: { error: unknown; className?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  return <Alert className={className} type="error" showIcon role="alert" title={errorText(error, t)} />;
}
