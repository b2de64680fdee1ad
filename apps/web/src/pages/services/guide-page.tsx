import { Alert, Button, Card, Flex, Result, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { usePublicGuide } from '../../api/services';
import { PageLoading } from '../../components/page-state';
import { formatDateTime } from '../../lib/dates';
import { PublicLayout } from '../../layouts/public-layout';
import { GuideView } from './guide-view';
import './services.css';

/** 办事指南 of one item for everyone (no sign-in), printable; ?version= shows a published version. */
export function GuidePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const guide = usePublicGuide(id, params.get('version'));

  let body;
  if (guide.isPending) body = <PageLoading />;
  else if (guide.isError || !guide.data)
    body = (
      <Result
        status="404"
        title="404"
        subTitle={t('services.guide.notFound')}
        extra={<Link to="/services">{t('services.guide.back')}</Link>}
      />
    );
  else {
    const g = guide.data;
    body = (
      <Card className="guide-card">
        <Flex justify="space-between" align="start" wrap gap={12} className="no-print">
          <Link to="/services">{t('services.guide.back')}</Link>
          <Button icon={<PrinterOutlined aria-hidden />} onClick={() => window.print()}>
            {t('services.guide.print')}
          </Button>
        </Flex>
        <Typography.Title level={1} className="page-title guide-title">
          {g.name}
        </Typography.Title>
        <Typography.Paragraph type="secondary">
          {t('services.guide.version', { no: g.versionNo, date: formatDateTime(g.publishedAt) })}
        </Typography.Paragraph>
        {g.current ? null : <Alert type="warning" showIcon className="block-gap" title={t('services.guide.notCurrent')} />}
        <GuideView guide={g} />
      </Card>
    );
  }
  return <PublicLayout>{body}</PublicLayout>;
}
