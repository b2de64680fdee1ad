import { List, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useItemVersions } from '../../../api/services';
import { ErrorAlert } from '../../../components/error-alert';
import { StatusTag } from '../../../components/status-tag';
import { formatDateTime } from '../../../lib/dates';

/** Published versions, newest first; each opens the guide exactly as it was published. */
export function EditorVersions({ itemId }: { itemId: string }) {
  const { t } = useTranslation();
  const versions = useItemVersions(itemId);
  return (
    <>
      <ErrorAlert error={versions.error} />
      <List
        loading={versions.isPending}
        dataSource={versions.data ?? []}
        locale={{ emptyText: t('services.editor.versionsEmpty') }}
        renderItem={(v) => (
          <List.Item
            actions={[
              <Link key="view" to={`/guide/${v.itemId}?version=${v.id}`} aria-label={`${t('services.editor.viewGuide')} v${v.versionNo}`}>
                {t('services.editor.viewGuide')}
              </Link>,
            ]}
          >
            <Typography.Text strong>v{v.versionNo}</Typography.Text>
            <span className="muted">
              {formatDateTime(v.publishedAt)} {v.publishedBy ?? ''}
            </span>
            {v.live ? <StatusTag tone="success">{t('services.editor.liveTag')}</StatusTag> : null}
          </List.Item>
        )}
      />
    </>
  );
}
