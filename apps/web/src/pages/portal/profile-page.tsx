import { useState } from 'react';
import { Button, Card, Descriptions, Typography } from 'antd';
import { KeyOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useMe, useProfile } from '../../api/session';
import { ChangePasswordModal } from '../../components/change-password-modal';
import { useLabels } from '../../i18n/labels';

export function ProfilePage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const { data: me } = useMe();
  const [pwOpen, setPwOpen] = useState(false);
  const profile = useProfile(!!me && me.kind !== 'staff').data;
  if (!me) return null;
  // masked by the server; the full ID number never reaches the browser
  const extra = [
    ['realName', t('portal.realName'), profile?.realName],
    ['idNumber', t('portal.idNumber'), profile?.idNumberMasked],
    ['phone', t('portal.phone'), profile?.phoneMasked],
    ['enterpriseName', t('portal.enterpriseName'), profile?.enterpriseName],
    ['uscc', t('portal.uscc'), profile?.uscc],
    ['legalRep', t('portal.legalRep'), profile?.legalRepName],
  ]
    .filter((row): row is [string, string, string] => !!row[2])
    .map(([key, label, value]) => ({ key, label, children: <span className="mono">{value}</span> }));

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
            ...extra,
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
