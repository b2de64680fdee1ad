import { useState } from 'react';
import { Alert, Card, Col, Empty, Flex, List, Row, Segmented, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useUnitCards, type CardColour, type UnitCardView } from '../../../api/hotline-oversight';
import { ErrorAlert } from '../../../components/error-alert';
import { useHotlineLabels } from '../../../components/hotline/use-hotline-labels';
import { PageHeader } from '../../../components/page-header';
import { PageLoading } from '../../../components/page-state';
import { StatusTag, type Tone } from '../../../components/status-tag';
import { orderPath } from './call-suggestions';

const TONES: Record<CardColour, Tone> = { red: 'error', yellow: 'warning', green: 'success' };
const RANK: Record<CardColour, number> = { red: 0, yellow: 1, green: 2 };

function UnitCardTile({ unit }: { unit: UnitCardView }) {
  const { t } = useTranslation();
  const labels = useHotlineLabels();
  return (
    <Card size="small" className={`unit-card unit-card-${unit.card}`}>
      <Flex vertical gap={8}>
        <Flex gap={8} align="center" wrap justify="space-between">
          <Typography.Title level={2} className="card-title">
            {unit.unitName}
          </Typography.Title>
          <StatusTag tone={TONES[unit.card]}>{labels.card(unit.card)}</StatusTag>
        </Flex>
        <div>{unit.why}</div>
        {unit.overdue.length ? (
          <List
            size="small"
            header={<span className="muted">{t('hotlineDesk.cards.overdueOrders', { count: unit.overdue.length })}</span>}
            dataSource={unit.overdue}
            renderItem={(o) => (
              <List.Item>
                <Flex gap={8} wrap align="center">
                  <Link to={orderPath(o.orderId)} className="mono">
                    {o.orderNo}
                  </Link>
                  <span>{t('hotlineDesk.cards.daysLate', { days: o.workingDaysLate })}</span>
                  {o.open ? <StatusTag tone="error">{t('hotlineDesk.cards.stillOpen')}</StatusTag> : null}
                </Flex>
              </List.Item>
            )}
          />
        ) : null}
      </Flex>
    </Card>
  );
}

/** 红黄牌: units with overdue orders, worst first, each card saying why and listing the late orders. */
export function UnitCardsPage() {
  const { t } = useTranslation();
  const labels = useHotlineLabels();
  const cards = useUnitCards();
  const [show, setShow] = useState<'all' | CardColour>('all');

  const body = () => {
    if (cards.isPending) return <PageLoading />;
    if (cards.data === null) return <Alert type="info" showIcon title={t('hotlineDesk.cards.unavailable')} />;
    const units = [...(cards.data ?? [])].filter((u) => show === 'all' || u.card === show).sort((a, b) => RANK[a.card] - RANK[b.card]);
    if (!units.length) return <Empty description={t('hotlineDesk.cards.none')} />;
    return (
      <Row gutter={[16, 16]}>
        {units.map((u) => (
          <Col key={u.unitId} xs={24} md={12} xl={8}>
            <UnitCardTile unit={u} />
          </Col>
        ))}
      </Row>
    );
  };
  return (
    <>
      <PageHeader
        title={t('hotlineDesk.nav.unitCards')}
        extra={
          <Segmented<'all' | CardColour>
            aria-label={t('hotlineDesk.cards.filter')}
            value={show}
            onChange={setShow}
            options={[
              { value: 'all', label: t('hotlineDesk.cards.all') },
              { value: 'red', label: labels.card('red') },
              { value: 'yellow', label: labels.card('yellow') },
            ]}
          />
        }
      />
      <ErrorAlert error={cards.error} className="block-gap" />
      {body()}
    </>
  );
}
