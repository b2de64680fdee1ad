import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Table, type TableColumnsType } from 'antd';
import { SafetyCertificateOutlined, SearchOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { AuditRecord, VerifyResult } from '@yiwang/contracts';
import { useAuditRecords, useVerifyAudit, type AuditFilters } from '../../api/audit';
import { useCan } from '../../auth/use-permission';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { StatusTag } from '../../components/status-tag';
import { formatDateTime } from '../../lib/dates';

function clean(v: AuditFilters): AuditFilters {
  const out: AuditFilters = {};
  for (const k of ['action', 'actorId', 'resourceType', 'resourceId'] as const) {
    const value = v[k]?.trim();
    if (value) out[k] = value;
  }
  return out;
}

function VerifyOutcome({ result }: { result: VerifyResult }) {
  const { t } = useTranslation();
  const dash = t('common.empty');
  if (result.ok) {
    return (
      <Alert
        type="success"
        showIcon
        title={t('audit.verifyOk')}
        description={t('audit.verifyOkDesc', {
          checked: result.checked,
          sealedThrough: result.sealedThrough ?? dash,
          unsealed: result.unsealed,
        })}
      />
    );
  }
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={t('audit.verifyBad')}
      description={t('audit.verifyBadDesc', {
        id: result.firstBad?.id ?? dash,
        seq: result.firstBad?.seq ?? dash,
        reason: result.firstBad?.reason ?? dash,
      })}
    />
  );
}

export function AuditPage() {
  const { t } = useTranslation();
  const canVerify = useCan()('system.audit.verify');
  const [form] = Form.useForm<AuditFilters>();
  const [filters, setFilters] = useState<AuditFilters>({});
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(50);
  const list = useAuditRecords({ ...filters, page, pageSize });
  const verify = useVerifyAudit();

  const columns: TableColumnsType<AuditRecord> = [
    { key: 'seq', title: t('audit.seq'), dataIndex: 'seq', render: (v: number | null) => v ?? t('common.empty') },
    { key: 'at', title: t('audit.at'), dataIndex: 'at', render: (v: string) => <span className="mono nowrap">{formatDateTime(v)}</span> },
    {
      key: 'actor',
      title: t('audit.actor'),
      render: (_: unknown, r: AuditRecord) => r.actorName ?? (r.actorId ? <span className="mono">{r.actorId}</span> : t('audit.system')),
    },
    { key: 'action', title: t('audit.action'), dataIndex: 'action', render: (v: string) => <span className="mono">{v}</span> },
    {
      key: 'resourceType',
      title: t('audit.resourceType'),
      dataIndex: 'resourceType',
      render: (v: string) => <span className="mono">{v}</span>,
    },
    {
      key: 'resourceId',
      title: t('audit.resourceId'),
      dataIndex: 'resourceId',
      render: (v: string | null) => <span className="mono">{v ?? t('common.empty')}</span>,
    },
    {
      key: 'sealed',
      title: t('audit.sealed'),
      dataIndex: 'sealed',
      render: (sealed: boolean) => (
        <StatusTag tone={sealed ? 'success' : 'neutral'}>{sealed ? t('audit.sealed') : t('audit.unsealed')}</StatusTag>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('audit.title')}
        extra={
          canVerify ? (
            <Button icon={<SafetyCertificateOutlined aria-hidden />} loading={verify.isPending} onClick={() => verify.mutate()}>
              {t('audit.verify')}
            </Button>
          ) : null
        }
      />
      <div aria-live="polite" className="block-gap">
        <ErrorAlert error={verify.error} />
        {verify.data ? <VerifyOutcome result={verify.data} /> : null}
      </div>
      <Card className="section">
        <Form<AuditFilters>
          form={form}
          name="audit-filter"
          layout="inline"
          role="search"
          aria-label={t('audit.filters')}
          className="block-gap"
          onFinish={(v) => {
            setFilters(clean(v));
            setPage(1);
          }}
        >
          <Form.Item name="action" label={t('audit.action')}>
            <Input allowClear className="mono" />
          </Form.Item>
          <Form.Item name="resourceType" label={t('audit.resourceType')}>
            <Input allowClear className="mono" />
          </Form.Item>
          <Form.Item name="resourceId" label={t('audit.resourceId')}>
            <Input allowClear className="mono" />
          </Form.Item>
          <Form.Item name="actorId" label={t('audit.actorId')}>
            <Input allowClear className="mono" />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit" icon={<SearchOutlined aria-hidden />}>
              {t('common.query')}
            </Button>
          </Form.Item>
          <Form.Item>
            <Button
              onClick={() => {
                form.resetFields();
                setFilters({});
                setPage(1);
              }}
            >
              {t('common.reset')}
            </Button>
          </Form.Item>
        </Form>
        <ErrorAlert error={list.error} className="block-gap" />
        <Table<AuditRecord>
          rowKey="id"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isFetching}
          scroll={{ x: 'max-content' }}
          expandable={{
            expandedRowRender: (r) => (
              <div>
                <div className="muted">
                  {t('audit.requestId')}: <span className="mono">{r.requestId ?? t('common.empty')}</span>
                </div>
                <div className="muted">{t('audit.details')}:</div>
                <pre className="json">{JSON.stringify(r.details ?? null, null, 2)}</pre>
              </div>
            ),
          }}
          pagination={{
            current: page,
            pageSize,
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100, 200],
            showTotal: (total) => t('common.total', { total }),
            onChange: (p, size) => {
              setPage(size === pageSize ? p : 1);
              setPageSize(size);
            },
          }}
        />
      </Card>
    </>
  );
}
