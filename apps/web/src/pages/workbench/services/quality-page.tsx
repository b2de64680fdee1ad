import { Button, Card, Collapse, Flex, Table, Typography, type TableColumnsType } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { QualityFinding, QualityReport } from '@yiwang/contracts';
import { useQualityReports, useRunQuality } from '../../../api/services';
import { useCan } from '../../../auth/use-permission';
import { ErrorAlert } from '../../../components/error-alert';
import { PageHeader } from '../../../components/page-header';
import { StatusTag } from '../../../components/status-tag';
import { useNotify } from '../../../components/use-notify';
import { currentLang } from '../../../i18n';
import { formatDateTime } from '../../../lib/dates';

/** 办事指南质量: the stored report of each department in scope, worst first. */
export function ServiceQualityPage() {
  const { t, i18n } = useTranslation();
  const s = (k: string, o?: Record<string, unknown>) => t(`services.${k}`, o ?? {});
  const en = currentLang(i18n.language) === 'en';
  const reports = useQualityReports();
  const run = useRunQuality();
  const notify = useNotify();
  const canReview = useCan()('services.catalog.review');

  const columns: TableColumnsType<QualityFinding> = [
    {
      key: 'item',
      title: s('quality.item'),
      render: (_: unknown, f) => (
        <Flex vertical gap={2}>
          <Link to={`/workbench/services/items/${f.itemId}`}>{f.itemName}</Link>
          <span className="mono muted">{f.itemCode}</span>
        </Flex>
      ),
    },
    {
      key: 'scope',
      title: s('quality.scope'),
      render: (_: unknown, f) => (f.scope === 'live' ? s('quality.scopeLive', { no: f.versionNo }) : s('quality.scopeDraft')),
    },
    {
      key: 'severity',
      title: s('quality.severity'),
      render: (_: unknown, f) => <StatusTag tone={f.severity === 'error' ? 'error' : 'accent'}>{s(`quality.${f.severity}`)}</StatusTag>,
    },
    { key: 'problem', title: s('quality.problem'), render: (_: unknown, f) => (en ? f.en : f.zh) },
  ];
  const panel = (r: QualityReport) => ({
    key: r.departmentId,
    label: (
      <Flex gap={8} wrap align="center">
        <Typography.Text strong>{r.departmentName}</Typography.Text>
        <span className="muted">{s('quality.counts', { items: r.items, errors: r.errors, warnings: r.warnings })}</span>
      </Flex>
    ),
    children: (
      <>
        <Typography.Paragraph className="muted">
          {s('quality.generatedAt', { at: formatDateTime(r.generatedAt), trigger: r.trigger })}
        </Typography.Paragraph>
        <Table<QualityFinding>
          rowKey={(f) => `${f.itemId}-${f.scope}-${f.field}-${f.rule}`}
          size="small"
          columns={columns}
          dataSource={r.findings}
          pagination={r.findings.length > 20 ? { pageSize: 20 } : false}
          locale={{ emptyText: s('quality.clean') }}
        />
      </>
    ),
  });

  return (
    <>
      <PageHeader
        title={s('quality.title')}
        extra={
          canReview ? (
            <Button
              icon={<ReloadOutlined aria-hidden />}
              loading={run.isPending}
              onClick={() => run.mutate(undefined, { onSuccess: () => notify.success(s('quality.ran')) })}
            >
              {s('quality.run')}
            </Button>
          ) : null
        }
      />
      <Card className="section">
        <Typography.Paragraph>{s('quality.intro')}</Typography.Paragraph>
        <ErrorAlert error={reports.error ?? run.error} className="block-gap" />
        {reports.data && reports.data.length === 0 ? <Typography.Paragraph>{s('quality.empty')}</Typography.Paragraph> : null}
        {reports.data ? (
          <Collapse
            items={reports.data.map(panel)}
            defaultActiveKey={reports.data.filter((r) => r.errors > 0).map((r) => r.departmentId)}
          />
        ) : null}
      </Card>
    </>
  );
}
