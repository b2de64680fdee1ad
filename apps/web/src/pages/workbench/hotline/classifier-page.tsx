import { Alert, Button, Card, Flex, Popconfirm, Table, Typography, type TableColumnsType } from 'antd';
import { ExperimentOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useActivateClassifier, useClassifierModels, useTrainClassifier, type ClassifierModel } from '../../../api/hotline-desk';
import { ErrorAlert } from '../../../components/error-alert';
import { PageHeader } from '../../../components/page-header';
import { StatusTag } from '../../../components/status-tag';
import { useNotify } from '../../../components/use-notify';
import { formatDateTime } from '../../../lib/dates';

/** A figure as the page shows it: ratios as percentages with one decimal, counts as they are. */
function figure(v: unknown): string {
  if (typeof v !== 'number') return String(v);
  return v > 0 && v <= 1 && !Number.isInteger(v) ? `${(v * 100).toFixed(1)}%` : v.toLocaleString();
}

function Metrics({ metrics }: { metrics: ClassifierModel['metrics'] }) {
  const { t } = useTranslation();
  const entries = Object.entries(metrics ?? {}).filter(([, v]) => typeof v === 'number' || typeof v === 'string');
  if (!entries.length) return <span className="muted">{t('common.empty')}</span>;
  return (
    <Flex gap={4} wrap>
      {entries.map(([k, v]) => (
        <StatusTag key={k} tone="info">
          {t(`hotlineDesk.classifier.metric.${k}`, { defaultValue: k })} {figure(v)}
        </StatusTag>
      ))}
    </Flex>
  );
}

/** 分类模型: trained versions with their figures; train a new one from the labelled orders, switch the active one. */
export function ClassifierPage() {
  const { t } = useTranslation();
  const notify = useNotify();
  const models = useClassifierModels();
  const train = useTrainClassifier();
  const activate = useActivateClassifier();
  const f = (k: string) => t(`hotlineDesk.classifier.${k}`);

  const columns: TableColumnsType<ClassifierModel> = [
    { key: 'version', title: f('version'), dataIndex: 'version', render: (v: string) => <span className="mono">{v}</span> },
    {
      key: 'state',
      title: t('common.status'),
      render: (_: unknown, m) =>
        m.active ? (
          <StatusTag tone="success">{f('active')}</StatusTag>
        ) : (
          <StatusTag tone="neutral">{m.status ? f(`status.${m.status}`) : f('inactive')}</StatusTag>
        ),
    },
    {
      key: 'trainedAt',
      title: f('trainedAt'),
      render: (_: unknown, m) => {
        const at = m.trainedAt ?? m.createdAt;
        return at ? <span className="mono nowrap">{formatDateTime(at)}</span> : t('common.empty');
      },
    },
    {
      key: 'samples',
      title: f('samples'),
      dataIndex: 'samples',
      render: (v: number | undefined) => (v === undefined ? t('common.empty') : v.toLocaleString()),
    },
    { key: 'metrics', title: f('metrics'), dataIndex: 'metrics', render: (m: ClassifierModel['metrics']) => <Metrics metrics={m} /> },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_: unknown, m) =>
        m.active || (m.status && m.status !== 'ready') ? null : (
          <Popconfirm
            title={f('activateConfirm')}
            okText={t('common.ok')}
            cancelText={t('common.cancel')}
            onConfirm={() => activate.mutate(m, { onSuccess: () => notify.success(f('activated')), onError: notify.error })}
          >
            <Button type="link" icon={<ThunderboltOutlined aria-hidden />} aria-label={`${f('activate')} ${m.version}`}>
              {f('activate')}
            </Button>
          </Popconfirm>
        ),
    },
  ];

  if (models.data === null)
    return (
      <>
        <PageHeader title={t('hotlineDesk.nav.classifier')} />
        <Alert type="info" showIcon title={f('unavailable')} />
      </>
    );
  return (
    <>
      <PageHeader
        title={t('hotlineDesk.nav.classifier')}
        extra={
          <Button
            type="primary"
            icon={<ExperimentOutlined aria-hidden />}
            loading={train.isPending}
            onClick={() => train.mutate(undefined, { onSuccess: () => notify.success(f('trainingStarted')) })}
          >
            {f('train')}
          </Button>
        }
      />
      <Card className="section">
        <Typography.Paragraph className="muted">{f('intro')}</Typography.Paragraph>
        <ErrorAlert error={models.error ?? train.error} className="block-gap" />
        <Table<ClassifierModel>
          rowKey="id"
          columns={columns}
          dataSource={models.data ?? []}
          loading={models.isPending}
          scroll={{ x: 'max-content' }}
        />
      </Card>
    </>
  );
}
