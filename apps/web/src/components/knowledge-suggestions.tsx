import { useEffect, useState } from 'react';
import { Button, Card, Flex, List, Typography } from 'antd';
import { BulbOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { KnowledgeHit } from '@yiwang/contracts';
import { useSuggestions } from '../api/knowledge';
import { ErrorAlert } from './error-alert';
import { HighlightTerms } from './highlight-terms';
import { KnowledgeArticleModal } from './knowledge-article-modal';
import { KnowledgeKindTag } from './knowledge-kind-tag';

/** Long enough not to ask on every keystroke of a word, short enough to keep up with a call. */
const DEBOUNCE_MS = 400;

export interface KnowledgeSuggestionsProps {
  /** what the agent has typed so far */
  title?: string;
  body: string;
  /** "answer directly" with this article; without it the panel only suggests */
  onCite?: (article: KnowledgeHit) => void;
}

/**
 * The top knowledge-base answers for the call being typed (H4), for the agent's call form: a card
 * beside the form that follows the text (debounced) and lets the agent read an article or cite it.
 */
export function KnowledgeSuggestions({ title = '', body, onCite }: KnowledgeSuggestionsProps) {
  const { t } = useTranslation();
  const [text, setText] = useState({ title, body });
  const [reading, setReading] = useState<KnowledgeHit | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => setText({ title: title.trim(), body: body.trim() }), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [title, body]);
  const suggestions = useSuggestions(text);
  const hits = suggestions.data ?? [];
  const typed = `${text.title}${text.body}`.length >= 2;

  return (
    <Card
      size="small"
      className="knowledge-suggestions"
      title={
        <Flex align="center" gap={8}>
          <BulbOutlined aria-hidden />
          <Typography.Title level={2} className="card-title">
            {t('knowledge.suggest.title')}
          </Typography.Title>
        </Flex>
      }
    >
      <section aria-label={t('knowledge.suggest.region')} aria-live="polite" aria-busy={suggestions.isFetching}>
        <ErrorAlert error={suggestions.error} className="form-alert" />
        {!typed ? (
          <Typography.Paragraph className="muted">{t('knowledge.suggest.hint')}</Typography.Paragraph>
        ) : (
          <List<KnowledgeHit>
            dataSource={hits}
            loading={suggestions.isPending}
            locale={{ emptyText: <span className="muted">{t('knowledge.suggest.empty')}</span> }}
            renderItem={(hit) => (
              <List.Item
                key={hit.id}
                actions={
                  onCite
                    ? [
                        <Button
                          key="cite"
                          size="small"
                          aria-label={t('knowledge.suggest.citeTarget', { title: hit.title })}
                          onClick={() => onCite(hit)}
                        >
                          {t('knowledge.suggest.cite')}
                        </Button>,
                      ]
                    : []
                }
              >
                <List.Item.Meta
                  title={
                    <Flex gap={8} wrap align="center">
                      <Button type="link" className="link-button" onClick={() => setReading(hit)}>
                        {hit.title}
                      </Button>
                      <KnowledgeKindTag kind={hit.kind} />
                    </Flex>
                  }
                  description={<HighlightTerms text={hit.snippet} terms={hit.matchedTerms} />}
                />
              </List.Item>
            )}
          />
        )}
      </section>
      <KnowledgeArticleModal
        articleId={reading?.id ?? null}
        terms={reading?.matchedTerms}
        onClose={() => setReading(null)}
        onCite={
          onCite && reading
            ? () => {
                onCite(reading);
                setReading(null);
              }
            : undefined
        }
      />
    </Card>
  );
}
