import { Button, Descriptions, Flex, Modal, Typography } from 'antd';
import { LinkOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { KnowledgeArticle } from '@yiwang/contracts';
import { useArticle } from '../api/knowledge';
import { formatDateTime } from '../lib/dates';
import { ErrorAlert } from './error-alert';
import { HighlightTerms } from './highlight-terms';
import { KnowledgeKindTag } from './knowledge-kind-tag';
import { PageLoading } from './page-state';
import { StatusTag } from './status-tag';

interface Props {
  /** the article to show; null keeps the dialog closed */
  articleId: string | null;
  terms?: readonly string[];
  onClose: () => void;
  /** offered as the dialog's main button when the article may be cited */
  onCite?: (article: KnowledgeArticle) => void;
}

export function useValidityText() {
  const { t } = useTranslation();
  return (a: Pick<KnowledgeArticle, 'validFrom' | 'validTo'>) =>
    a.validFrom === null && a.validTo === null
      ? t('knowledge.article.always')
      : [a.validFrom && t('knowledge.article.from', { date: a.validFrom }), a.validTo && t('knowledge.article.until', { date: a.validTo })]
          .filter(Boolean)
          .join(' ');
}

/** The whole article, read-only, for an agent or a unit deciding whether it answers the call. */
export function KnowledgeArticleModal({ articleId, terms = [], onClose, onCite }: Props) {
  const { t } = useTranslation();
  const validity = useValidityText();
  const article = useArticle(articleId);
  const a = article.data;
  const cite = a && onCite && a.citable ? () => onCite(a) : null;

  return (
    <Modal
      open={articleId !== null}
      title={a?.title ?? t('common.loading')}
      onCancel={onClose}
      width={720}
      footer={
        <Flex gap={8} justify="end">
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          {cite ? (
            <Button type="primary" onClick={cite}>
              {t('knowledge.suggest.cite')}
            </Button>
          ) : null}
        </Flex>
      }
    >
      <ErrorAlert error={article.error} className="form-alert" />
      {article.isPending && articleId !== null ? <PageLoading /> : null}
      {a ? (
        <>
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 2 }}
            className="block-gap"
            items={[
              { key: 'kind', label: t('knowledge.article.kind'), children: <KnowledgeKindTag kind={a.kind} /> },
              { key: 'owner', label: t('knowledge.article.owner'), children: a.ownerUnitName ?? t('common.empty') },
              {
                key: 'validity',
                label: t('knowledge.article.validity'),
                children: (
                  <Flex gap={8} wrap align="center">
                    {validity(a)}
                    {a.citable ? null : <StatusTag tone="error">{t('knowledge.article.notCitable')}</StatusTag>}
                  </Flex>
                ),
              },
              {
                key: 'updated',
                label: t('knowledge.article.updatedAt'),
                children: `${formatDateTime(a.updatedAt)} · ${t('knowledge.article.version', { version: a.version })}`,
              },
            ]}
          />
          <Typography.Paragraph className="article-body">
            <HighlightTerms text={a.body} terms={terms} />
          </Typography.Paragraph>
          {a.sourceUrl ? (
            <Typography.Link href={a.sourceUrl} target="_blank" rel="noopener noreferrer">
              <LinkOutlined aria-hidden /> {t('knowledge.article.openSource')}
            </Typography.Link>
          ) : null}
        </>
      ) : null}
    </Modal>
  );
}
