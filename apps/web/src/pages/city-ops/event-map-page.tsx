import { useMemo, useState } from 'react';
import { Alert, Card, Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EventMapQuery } from '@yiwang/contracts';
import { useEventMap } from '../../api/intake';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { CardTitle } from './card-title';
import { EventFilters } from './event-filters';
import { EventList } from './event-list';
import { useEventMapOption } from './event-map-option';
import { EventSummary } from './event-summary';
import { EChart } from '../../components/echart';

/** H5 event map: open events and orders by location, coloured by status, with the same events as a list beside it. */
export function EventMapPage() {
  const { t } = useTranslation();
  const [query, setQuery] = useState<EventMapQuery>({ status: 'open' });
  const [picked, setPicked] = useState<string | undefined>();
  const map = useEventMap(query);
  const points = useMemo(() => map.data?.points ?? [], [map.data]);
  const option = useEventMapOption(points);
  const selected = points.find((p) => p.id === picked);

  return (
    <>
      <PageHeader title={t('intake.map.title')} />
      <EventFilters value={query} onChange={setQuery} />
      <ErrorAlert error={map.error} className="block-gap" />
      {map.data?.truncated ? (
        <Alert
          className="block-gap"
          type="info"
          showIcon
          title={t('intake.map.truncated', { total: map.data.total, shown: points.length })}
        />
      ) : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Card className="section">
            <EChart
              option={option}
              height={560}
              renderer="canvas"
              label={`${t('intake.map.chart')}：${t('intake.map.chartSummary', { total: points.length })}`}
              onPick={setPicked}
            />
          </Card>
        </Col>
        <Col xs={24} xl={9}>
          <Card className="section" title={<CardTitle>{t('intake.map.selected')}</CardTitle>}>
            <div aria-live="polite">
              <EventSummary point={selected} />
            </div>
          </Card>
          <Card className="section" title={<CardTitle>{t('intake.map.list')}</CardTitle>}>
            <EventList points={points} onPick={setPicked} />
          </Card>
        </Col>
      </Row>
    </>
  );
}
