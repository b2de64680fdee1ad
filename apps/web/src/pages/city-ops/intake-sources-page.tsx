import { useState } from 'react';
import { Button, Card, Flex, Popconfirm, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { IntakeSourceView } from '@yiwang/contracts';
import { useIntakeSources, useRevokeKey, useRotateKey, useUpdateSource } from '../../api/intake';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { CreateButton } from '../../components/row-actions';
import { EnabledTag, StatusTag } from '../../components/status-tag';
import { useNotify } from '../../components/use-notify';
import { KeyOnceModal } from './key-once-modal';
import { SourceFormModal } from './source-form-modal';

/** 接入源管理: who may send events and Open311 requests, with their keys (shown once, rotated, revoked). */
export function IntakeSourcesPage() {
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const sources = useIntakeSources();
  const rotate = useRotateKey();
  const revoke = useRevokeKey();
  const update = useUpdateSource();
  const [creating, setCreating] = useState(false);
  const [shown, setShown] = useState<{ name: string; apiKey: string | null } | null>(null);

  const confirm = (label: string, title: string, s: IntakeSourceView, run: () => Promise<unknown>, danger = false) => (
    <Popconfirm title={title} okText={t('common.ok')} cancelText={t('common.cancel')} onConfirm={() => run().catch(notify.error)}>
      <Button type="link" danger={danger} aria-label={`${label} ${s.name}`}>
        {label}
      </Button>
    </Popconfirm>
  );

  const columns: TableColumnsType<IntakeSourceView> = [
    { key: 'name', title: t('intake.sources.name'), dataIndex: 'name' },
    { key: 'kind', title: t('intake.sources.kind'), render: (_: unknown, s) => t(`intake.kind.${s.kind}`) },
    {
      key: 'division',
      title: t('intake.sources.defaultDivision'),
      render: (_: unknown, s) => <span className="mono">{s.defaultDivisionCode ?? t('common.empty')}</span>,
    },
    { key: 'prefix', title: t('intake.sources.keyPrefix'), render: (_: unknown, s) => <span className="mono">{s.keyPrefix}</span> },
    {
      key: 'key',
      title: t('intake.sources.keyStatus'),
      render: (_: unknown, s) =>
        s.keyRevoked ? (
          <StatusTag tone="error">{t('intake.sources.keyRevoked')}</StatusTag>
        ) : (
          <StatusTag tone="success">{t('intake.sources.keyLive')}</StatusTag>
        ),
    },
    {
      key: 'issued',
      title: t('intake.sources.keyIssuedAt'),
      render: (_: unknown, s) => new Date(s.keyIssuedAt).toLocaleString(i18n.language, { timeZone: 'Asia/Shanghai' }),
    },
    { key: 'active', title: t('common.status'), render: (_: unknown, s) => <EnabledTag enabled={s.active} /> },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_: unknown, s) => (
        <Flex gap={0} wrap>
          {confirm(t('intake.sources.rotate'), t('intake.sources.rotateConfirm', { name: s.name }), s, () =>
            rotate.mutateAsync({ id: s.id, version: s.version }).then((r) => setShown({ name: r.source.name, apiKey: r.apiKey })),
          )}
          {s.keyRevoked
            ? null
            : confirm(
                t('intake.sources.revoke'),
                t('intake.sources.revokeConfirm', { name: s.name }),
                s,
                () =>
                  revoke
                    .mutateAsync({ id: s.id, version: s.version })
                    .then(() => notify.success(t('intake.sources.revoked', { name: s.name }))),
                true,
              )}
          <Button
            type="link"
            aria-label={`${s.active ? t('intake.sources.disable') : t('intake.sources.enable')} ${s.name}`}
            onClick={() =>
              update
                .mutateAsync({ id: s.id, version: s.version, active: !s.active })
                .then(() => notify.success(t('intake.sources.updated', { name: s.name })), notify.error)
            }
          >
            {s.active ? t('intake.sources.disable') : t('intake.sources.enable')}
          </Button>
        </Flex>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('intake.sources.title')}
        extra={<CreateButton label={t('intake.sources.create')} onClick={() => setCreating(true)} />}
      />
      <Card className="section">
        <Typography.Paragraph className="muted">{t('intake.sources.usage')}</Typography.Paragraph>
        <ErrorAlert error={sources.error} className="block-gap" />
        <Table<IntakeSourceView>
          rowKey="id"
          columns={columns}
          dataSource={sources.data ?? []}
          loading={sources.isFetching}
          pagination={false}
        />
      </Card>
      <SourceFormModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(r) => setShown({ name: r.source.name, apiKey: r.apiKey })}
      />
      <KeyOnceModal shown={shown} onClose={() => setShown(null)} />
    </>
  );
}
