import { useState } from 'react';
import { Button, Card, Flex, Input, List, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { KNOWLEDGE_KINDS, type KnowledgeHit, type KnowledgeKind } from '@yiwang/contracts';
import { useKnowledgeSearch } from '../../api/knowledge';
import { ErrorAlert } from '../../components/error-alert';
import { HighlightTerms } from '../../components/highlight-terms';
import { KnowledgeArticleModal } from '../../components/knowledge-article-modal';
import { KnowledgeKindTag } from '../../components/knowledge-kind-tag';
import { PageHeader } from '../../components/page-header';

/** 知识库检索 for agents and handling units: Chinese full-text search over the articles citable today. */
export function KnowledgeSearchPage() {
  const { t } = useTranslation();
  const [input, setInput] = useState('');
  const [q, setQ] = useState('');
  const [kind, setKind] = useState<KnowledgeKind | undefined>();
  const [reading, setReading] = useState<KnowledgeHit | null>(null);
  const results = useKnowledgeSearch({ q, ...(kind ? { kind } : {}), limit: 20 });
  const hits = results.data ?? [];

  return (
    <>
      <PageHeader title={t('knowledge.search.title')} />
      <Card className="section">
        <Flex gap={12} wrap className="block-gap" role="search">
          <Input.Search
            aria-label={t('knowledge.search.label')}
            placeholder={t('knowledge.search.placeholder')}
            value={input}
            onChange={(e) => setInput(e.target.value)}
            onSearch={(v) => setQ(v.trim())}
            enterButton={t('common.search')}
            allowClear
            className="grow"
          />
          <Select<KnowledgeKind>
            aria-label={t('knowledge.search.kindFilter')}
            placeholder={t('knowledge.search.allKinds')}
            allowClear
            value={kind}
            onChange={setKind}
            options={KNOWLEDGE_KINDS.map((k) => ({ value: k, label: t(`knowledge.kinds.${k}`) }))}
            className="filter-wide"
          />
        </Flex>
        <Typography.Paragraph className="muted">{t('knowledge.search.hint')}</Typography.Paragraph>
        <ErrorAlert error={results.error} className="block-gap" />
        {q ? (
          <section aria-live="polite" aria-label={t('knowledge.search.label')}>
            <Typography.Paragraph>{t('knowledge.search.results', { count: hits.length })}</Typography.Paragraph>
            <List<KnowledgeHit>
              dataSource={hits}
              loading={results.isFetching}
              locale={{ emptyText: <span className="muted">{t('knowledge.search.empty')}</span> }}
              renderItem={(hit) => (
                <List.Item key={hit.id} className="knowledge-hit">
                  <List.Item.Meta
                    title={
                      <Flex gap={8} wrap align="center">
                        <Button
                          type="link"
                          className="link-button"
                          aria-label={t('knowledge.search.view', { title: hit.title })}
                          onClick={() => setReading(hit)}
                        >
                          {/* one child: the button would space out the highlighted fragments */}
                          <span>
                            <HighlightTerms text={hit.title} terms={hit.matchedTerms} />
                          </span>
                        </Button>
                        <KnowledgeKindTag kind={hit.kind} />
                        <span className="muted">{t('knowledge.search.score', { score: hit.score.toFixed(2) })}</span>
                      </Flex>
                    }
                    description={<HighlightTerms text={hit.snippet} terms={hit.matchedTerms} />}
                  />
                </List.Item>
              )}
            />
          </section>
        ) : null}
      </Card>
      <KnowledgeArticleModal articleId={reading?.id ?? null} terms={reading?.matchedTerms} onClose={() => setReading(null)} />
    </>
  );
}
