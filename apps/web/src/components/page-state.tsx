import { Button, Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from './error-text';

/** A spinner announced to screen readers; fullPage adds the <main> landmark when no layout is around it. */
export function PageLoading({ fullPage = false }: { fullPage?: boolean }) {
  const { t } = useTranslation();
  const body = (
    <div className="page-loading" role="status" aria-live="polite">
      <Spin />
      <span className="sr-only">{t('common.loading')}</span>
    </div>
  );
  return fullPage ? <main className="page-full">{body}</main> : body;
}

export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <main className="page-full">
      <Result
        status="error"
        title={t('errors.loadFailed')}
        subTitle={<span role="alert">{errorText(error, t)}</span>}
        extra={onRetry ? <Button onClick={onRetry}>{t('common.retry')}</Button> : null}
      />
    </main>
  );
}
