import type { ReactNode } from 'react';
import { Alert, Button, Card, Empty, Flex, List, Typography } from 'antd';
import { CheckOutlined, ExportOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { OrderPreview } from '../../../api/hotline-desk';
import { OrderStateTag } from '../../../components/hotline/order-state-tag';
import { StatusTag } from '../../../components/status-tag';
import { formatDateTime } from '../../../lib/dates';

const pct = (x: number) => Math.round(x * 100);
export const orderPath = (id: string) => `/workbench/hotline/orders/${id}`;

/** Near-duplicate orders, each opening in a new tab so the call being typed stays where it is. */
export function DuplicateList({ items, extra }: { items: OrderPreview['duplicates']; extra?: (id: string) => ReactNode }) {
  const { t } = useTranslation();
  return (
    <List
      size="small"
      dataSource={items}
      renderItem={(d) => (
        <List.Item actions={extra ? [extra(d.id)] : undefined}>
          <List.Item.Meta
            title={
              <Flex gap={8} wrap align="center">
                <Link to={orderPath(d.id)} target="_blank" rel="noreferrer" className="mono">
                  {d.orderNo} <ExportOutlined aria-label={t('hotlineDesk.call.newTab')} />
                </Link>
                <OrderStateTag state={d.state} />
                <StatusTag tone="warning">{t('hotlineDesk.call.similarity', { pct: pct(d.similarity) })}</StatusTag>
              </Flex>
            }
            description={
              <>
                {d.title ? <div>{d.title}</div> : null}
                <div className="muted">{d.excerpt}</div>
                <div className="muted">{formatDateTime(d.createdAt)}</div>
              </>
            }
          />
        </List.Item>
      )}
    />
  );
}

interface Props {
  preview: OrderPreview | null | undefined;
  /** nothing typed yet */
  idle: boolean;
  loading: boolean;
  chosenCategory: string | undefined;
  onChooseCategory: (code: string) => void;
}

/** The preview beside the call form: categories to click, the unit it would go to and why, duplicates, repeat caller. */
export function CallSuggestions({ preview, idle, loading, chosenCategory, onChooseCategory }: Props) {
  const { t } = useTranslation();
  const body = () => {
    if (idle) return <Typography.Paragraph className="muted">{t('hotlineDesk.call.typeToSuggest')}</Typography.Paragraph>;
    if (!preview) return loading ? null : <Empty description={t('hotlineDesk.call.noSuggestions')} />;
    return (
      <Flex vertical gap={16}>
        {preview.repeatCaller && preview.repeatCaller.count > 0 ? (
          <Alert
            type="warning"
            showIcon
            title={t('hotlineDesk.call.repeatCaller', { count: preview.repeatCaller.count, days: preview.repeatCaller.windowDays })}
            description={
              <Flex gap={8} wrap>
                {preview.repeatCaller.recent.map((r) => (
                  <Link key={r.id} to={orderPath(r.id)} target="_blank" rel="noreferrer" className="mono">
                    {r.orderNo}
                  </Link>
                ))}
              </Flex>
            }
          />
        ) : null}
        <section aria-labelledby="suggest-categories">
          <Typography.Title level={3} id="suggest-categories" className="card-title block-gap">
            {t('hotlineDesk.call.categorySuggest')}
          </Typography.Title>
          {preview.suggestions.length === 0 ? <div className="muted">{t('hotlineDesk.call.noCategory')}</div> : null}
          <Flex gap={8} wrap>
            {preview.suggestions.slice(0, 3).map((s) => {
              const chosen = s.categoryCode === chosenCategory;
              return (
                <Button
                  key={s.categoryCode}
                  type={chosen ? 'primary' : 'default'}
                  aria-pressed={chosen}
                  icon={chosen ? <CheckOutlined aria-hidden /> : undefined}
                  onClick={() => onChooseCategory(s.categoryCode)}
                >
                  {s.categoryName} · {pct(s.confidence)}%
                </Button>
              );
            })}
          </Flex>
          {preview.triage && !chosenCategory ? <div className="muted block-gap">{t('hotlineDesk.call.triageHint')}</div> : null}
        </section>
        <section aria-labelledby="suggest-unit">
          <Typography.Title level={3} id="suggest-unit" className="card-title block-gap">
            {t('hotlineDesk.call.unitSuggest')}
          </Typography.Title>
          {preview.routing ? (
            <>
              <div className="suggested-unit">{preview.routing.unitName}</div>
              <div className="muted">
                {t('hotlineDesk.detail.why')}: {preview.routing.explanation}
              </div>
            </>
          ) : (
            <div className="muted">{t('hotlineDesk.call.noUnit')}</div>
          )}
        </section>
        <section aria-labelledby="suggest-duplicates">
          <Typography.Title level={3} id="suggest-duplicates" className="card-title">
            {t('hotlineDesk.call.duplicates')}
          </Typography.Title>
          {preview.duplicates.length ? (
            <>
              <div className="muted">{t('hotlineDesk.call.mergeAfter')}</div>
              <DuplicateList items={preview.duplicates} />
            </>
          ) : (
            <div className="muted">{t('hotlineDesk.call.noDuplicates')}</div>
          )}
        </section>
      </Flex>
    );
  };
  return (
    <Card
      className="section call-suggestions"
      title={
        <Typography.Title level={2} className="card-title">
          {t('hotlineDesk.call.suggestions')}
        </Typography.Title>
      }
      loading={false}
      aria-busy={loading}
    >
      <div aria-live="polite">{body()}</div>
    </Card>
  );
}
