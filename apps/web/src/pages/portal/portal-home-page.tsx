import type { ReactNode } from 'react';
import { Card, Col, Flex, Row, Typography } from 'antd';
import { FileSearchOutlined, IdcardOutlined, PhoneOutlined, SolutionOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/session';
import { StatusTag } from '../../components/status-tag';

interface Feature {
  key: string;
  titleKey: string;
  descKey: string;
  icon: ReactNode;
  /** a feature that is live links to its page; the others are announced */
  link?: { to: string; labelKey: string };
}

const FEATURES: Feature[] = [
  {
    key: 'services',
    titleKey: 'portal.services',
    descKey: 'portal.servicesDesc',
    icon: <SolutionOutlined aria-hidden />,
    link: { to: '/services', labelKey: 'services.catalog.title' },
  },
  { key: 'cases', titleKey: 'portal.cases', descKey: 'portal.casesDesc', icon: <FileSearchOutlined aria-hidden /> },
  {
    key: 'hotline',
    titleKey: 'portal.hotline',
    descKey: 'portal.hotlineDesc',
    icon: <PhoneOutlined aria-hidden />,
    link: { to: '/portal/report', labelKey: 'knowledge.nav.report' },
  },
  { key: 'licences', titleKey: 'portal.licences', descKey: 'portal.licencesDesc', icon: <IdcardOutlined aria-hidden /> },
];

export function PortalHomePage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  if (!me) return null;

  return (
    <>
      <Typography.Title level={1} className="page-title">
        {t('portal.hello', { name: me.displayName })}
      </Typography.Title>
      <Typography.Paragraph>{t('portal.intro')}</Typography.Paragraph>
      <Row gutter={[16, 16]}>
        {FEATURES.map((f) => (
          <Col key={f.key} xs={24} sm={12} lg={6}>
            <Card className="feature-card">
              <Flex vertical gap={8}>
                <Flex align="center" gap={8} className="feature-title">
                  {f.icon}
                  <Typography.Title level={2} className="card-title">
                    {t(f.titleKey)}
                  </Typography.Title>
                </Flex>
                <Typography.Paragraph className="feature-desc">{t(f.descKey)}</Typography.Paragraph>
                <div>
                  {f.link ? (
                    <Link to={f.link.to}>{t(f.link.labelKey)}</Link>
                  ) : (
                    <StatusTag tone="neutral">{t('common.comingSoon')}</StatusTag>
                  )}
                </div>
              </Flex>
            </Card>
          </Col>
        ))}
      </Row>
    </>
  );
}
