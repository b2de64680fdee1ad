import { useState } from 'react';
import { App, Card, Flex, Input, Select, Table, type TableColumnsType } from 'antd';
import { CheckCircleOutlined, EditOutlined, InboxOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { KNOWLEDGE_KINDS, KNOWLEDGE_STATUSES, type KnowledgeArticle, type KnowledgeKind, type KnowledgeStatus } from '@yiwang/contracts';
import { useArticles, useSetArticleStatus } from '../../api/knowledge';
import { ErrorAlert } from '../../components/error-alert';
import { useValidityText } from '../../components/knowledge-article-modal';
import { KnowledgeKindTag, KnowledgeStatusTag } from '../../components/knowledge-kind-tag';
import { PageHeader } from '../../components/page-header';
import { CreateButton, RowAction } from '../../components/row-actions';
import { StatusTag } from '../../components/status-tag';
import { useNotify } from '../../components/use-notify';
import { usePagedSearch } from '../../components/use-paged-search';
import { formatDateTime } from '../../lib/dates';
import { KnowledgeEditorModal } from './knowledge-editor-modal';

/** 知识库管理: writers list, filter, edit, publish and archive the articles their scope covers. */
export function KnowledgeAdminPage() {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const notify = useNotify();
  const validity = useValidityText();
  const [kind, setKind] = useState<KnowledgeKind | undefined>();
  const [status, setStatus] = useState<KnowledgeStatus | undefined>();
  const [editing, setEditing] = useState<KnowledgeArticle | 'new' | null>(null);
  const { query, onFilter, searchProps, tableProps } = usePagedSearch();
  const list = useArticles({ ...query, ...(kind ? { kind } : {}), ...(status ? { status } : {}) });
  const setArticleStatus = useSetArticleStatus();

  const change = (a: KnowledgeArticle, action: 'publish' | 'archive') =>
    setArticleStatus.mutate(
      { id: a.id, action, version: a.version },
      {
        onSuccess: (r) =>
          notify.success(t(action === 'publish' ? 'knowledge.admin.published' : 'knowledge.admin.archived', { title: r.title })),
        onError: notify.error,
      },
    );
  const archive = (a: KnowledgeArticle) =>
    modal.confirm({
      title: t('knowledge.admin.archive'),
      content: t('knowledge.admin.confirmArchive', { title: a.title }),
      okText: t('knowledge.admin.archive'),
      cancelText: t('common.cancel'),
      onOk: () => change(a, 'archive'),
    });

  const columns: TableColumnsType<KnowledgeArticle> = [
    { key: 'title', title: t('knowledge.article.title'), dataIndex: 'title' },
    { key: 'kind', title: t('knowledge.article.kind'), dataIndex: 'kind', render: (k: KnowledgeKind) => <KnowledgeKindTag kind={k} /> },
    {
      key: 'status',
      title: t('knowledge.article.status'),
      render: (_: unknown, a) => (
        <Flex gap={4} wrap>
          <KnowledgeStatusTag status={a.status} />
          {a.status === 'published' && !a.citable ? <StatusTag tone="error">{t('knowledge.article.notCitable')}</StatusTag> : null}
        </Flex>
      ),
    },
    { key: 'owner', title: t('knowledge.article.owner'), dataIndex: 'ownerUnitName' },
    { key: 'validity', title: t('knowledge.article.validity'), render: (_: unknown, a) => validity(a) },
    {
      key: 'updated',
      title: t('knowledge.article.updatedAt'),
      dataIndex: 'updatedAt',
      render: (v: string) => <span className="nowrap">{formatDateTime(v)}</span>,
    },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_: unknown, a) => (
        <Flex wrap>
          <RowAction icon={<EditOutlined aria-hidden />} label={t('common.edit')} target={a.title} onClick={() => setEditing(a)} />
          {a.status !== 'published' ? (
            <RowAction
              icon={<CheckCircleOutlined aria-hidden />}
              label={t('knowledge.admin.publish')}
              target={a.title}
              onClick={() => change(a, 'publish')}
            />
          ) : null}
          {a.status !== 'archived' ? (
            <RowAction
              icon={<InboxOutlined aria-hidden />}
              label={t('knowledge.admin.archive')}
              target={a.title}
              onClick={() => archive(a)}
            />
          ) : null}
        </Flex>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('knowledge.admin.title')}
        extra={<CreateButton label={t('knowledge.admin.create')} onClick={() => setEditing('new')} />}
      />
      <Card className="section">
        <Flex gap={12} wrap className="block-gap" role="search">
          <Input.Search
            aria-label={t('knowledge.admin.search')}
            placeholder={t('knowledge.admin.searchPlaceholder')}
            allowClear
            {...searchProps}
            enterButton={t('common.search')}
            className="filter-wide"
          />
          <Select<KnowledgeKind>
            aria-label={t('knowledge.admin.kindFilter')}
            placeholder={t('knowledge.admin.allKinds')}
            allowClear
            value={kind}
            onChange={onFilter(setKind)}
            options={KNOWLEDGE_KINDS.map((k) => ({ value: k, label: t(`knowledge.kinds.${k}`) }))}
            className="filter-wide"
          />
          <Select<KnowledgeStatus>
            aria-label={t('knowledge.admin.statusFilter')}
            placeholder={t('knowledge.admin.allStatuses')}
            allowClear
            value={status}
            onChange={onFilter(setStatus)}
            options={KNOWLEDGE_STATUSES.map((s) => ({ value: s, label: t(`knowledge.statuses.${s}`) }))}
            className="filter-wide"
          />
        </Flex>
        <ErrorAlert error={list.error} className="block-gap" />
        <Table<KnowledgeArticle> rowKey="id" columns={columns} {...tableProps(list)} scroll={{ x: 'max-content' }} />
      </Card>
      <KnowledgeEditorModal article={editing === 'new' ? null : editing} open={editing !== null} onClose={() => setEditing(null)} />
    </>
  );
}
