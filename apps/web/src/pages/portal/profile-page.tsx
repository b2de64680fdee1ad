import { useState } from 'react';
import { Button, Card, Descriptions, Typography } from 'antd';
import { KeyOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/session';
import { ChangePasswordModal } from '../../components/change-password-modal';
import { useLabels } from '../../i18n/labels';

export function ProfilePage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const { data: me } = useMe();
  const [pwOpen, setPwOpen] = useState(false);
  if (!me) return null;

  return (
    <>
      <Typography.Title level={1} className="page-title">
        {t('portal.profileTitle')}
      </Typography.Title>
      <Card className="section">
        <Descriptions
          column={1}
          items={[
            { key: 'displayName', label: t('portal.displayName'), children: me.displayName },
            { key: 'username', label: t('portal.username'), children: <span className="mono">{me.username}</span> },
            { key: 'kind', label: t('portal.accountKind'), children: labels.accountKind(me.kind) },
            ...(me.divisionName ? [{ key: 'division', label: t('portal.division'), children: me.divisionName }] : []),
          ]}
        />
        <Button icon={<KeyOutlined aria-hidden />} onClick={() => setPwOpen(true)}>
          {t('header.changePassword')}
        </Button>
      </Card>
      <ChangePasswordModal open={pwOpen} onClose={() => setPwOpen(false)} />
    </>
  );
}
