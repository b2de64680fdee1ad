import { Card, Col, Descriptions, Flex, Row, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/session';
import { PageHeader } from '../../components/page-header';
import { StatusTag } from '../../components/status-tag';
import { useLabels } from '../../i18n/labels';
import { useWorkbenchNav } from '../../layouts/workbench-nav';

export function WorkbenchHomePage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const { data: me } = useMe();
  const shortcuts = useWorkbenchNav()
    .flatMap((g) => g.entries)
    .filter((e) => e.path !== '/workbench');
  if (!me) return null;

  return (
    <>
      <PageHeader title={t('nav.home')} />
      <Card className="section">
        <Typography.Title level={2} className="section-title">
          {t('home.welcome', { name: me.displayName })}
        </Typography.Title>
        <Typography.Paragraph>{t('home.intro')}</Typography.Paragraph>
        <Descriptions
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'department', label: t('home.department'), children: me.department?.name ?? t('common.none') },
            { key: 'division', label: t('home.division'), children: me.divisionName ?? t('common.none') },
            {
              key: 'roles',
              label: t('home.roles'),
              children: (
                <Flex gap={4} wrap>
                  {me.roles.map((r) => (
                    <StatusTag key={r} tone="info">
                      {labels.role(r)}
                    </StatusTag>
                  ))}
                </Flex>
              ),
            },
            { key: 'scope', label: t('home.scope'), children: <StatusTag tone="accent">{labels.scope(me.dataScope)}</StatusTag> },
          ]}
        />
      </Card>
      {shortcuts.length > 0 ? (
        <section aria-labelledby="quick-links" className="section">
          <Typography.Title level={2} id="quick-links" className="section-title">
            {t('home.quickLinks')}
          </Typography.Title>
          <Row gutter={[16, 16]}>
            {shortcuts.map((e) => (
              <Col key={e.path} xs={24} sm={12} lg={8}>
                <Link to={e.path} className="shortcut">
                  <Card hoverable size="small">
                    <Flex gap={8} align="center">
                      {e.icon}
                      <span>{t(e.labelKey)}</span>
                    </Flex>
                  </Card>
                </Link>
              </Col>
            ))}
          </Row>
        </section>
      ) : null}
    </>
  );
}
