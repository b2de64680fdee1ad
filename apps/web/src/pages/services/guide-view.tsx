import type { ReactNode } from 'react';
import { Descriptions, Table, Typography, type TableColumnsType } from 'antd';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Guide, Material } from '@yiwang/contracts';

/** One titled block of the guide; h2 so the page outline reads like the paper guide. */
function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="guide-section">
      <Typography.Title level={2} className="guide-section-title">
        {title}
      </Typography.Title>
      {children}
    </section>
  );
}

const List = ({ items }: { items: readonly ReactNode[] }) => (
  <ol className="guide-list">
    {items.map((x, i) => (
      <li key={i}>{x}</li>
    ))}
  </ol>
);

/** The body of a 办事指南: every standard element in the order citizens expect, printable as is. */
export function GuideView({ guide }: { guide: Guide }) {
  const { t } = useTranslation();
  const c = guide.content;
  const s = (key: string, o?: Record<string, unknown>) => t(`services.${key}`, o ?? {});
  const days = (d: number | undefined) => (d === undefined ? t('common.empty') : s('catalog.days', { days: d }));

  const materialColumns: TableColumnsType<Material> = [
    {
      key: 'name',
      title: s('guide.materialName'),
      render: (_: unknown, m) => (
        <>
          <div>{m.name}</div>
          {m.condition ? <Typography.Text type="secondary">{m.condition}</Typography.Text> : null}
          {m.eLicenceType ? (
            <div className="guide-note">{s('guide.eLicence', { name: guide.eLicenceNames[m.eLicenceType] ?? m.eLicenceType })}</div>
          ) : null}
        </>
      ),
    },
    {
      key: 'source',
      title: s('guide.materialSource'),
      render: (_: unknown, m) => (m.source ? s(`source.${m.source}`) : t('common.empty')) + (m.sourceNote ? `（${m.sourceNote}）` : ''),
    },
    { key: 'form', title: s('guide.materialForm'), render: (_: unknown, m) => s(`form.${m.form}`) },
    {
      key: 'count',
      title: s('guide.materialCount'),
      render: (_: unknown, m) => s('guide.materialCountValue', { originals: m.originals, copies: m.copies }),
    },
    { key: 'medium', title: s('guide.materialMedium'), render: (_: unknown, m) => s(`medium.${m.medium}`) },
    { key: 'necessity', title: s('guide.materialNecessity'), render: (_: unknown, m) => s(`necessity.${m.necessity}`) },
  ];

  return (
    <div className="guide">
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'code', label: s('guide.code'), children: <span className="mono">{guide.code}</span> },
          { key: 'type', label: s('guide.type'), children: s(`type.${guide.type}`) },
          { key: 'dept', label: s('guide.department'), children: guide.departmentName },
          { key: 'level', label: s('guide.level'), children: s(`level.${guide.level}`) },
          { key: 'targets', label: s('guide.targets'), children: guide.targets.map((x) => s(`target.${x}`)).join('、') },
          ...(guide.parent
            ? [{ key: 'parent', label: s('guide.parent'), children: <Link to={`/guide/${guide.parent.id}`}>{guide.parent.name}</Link> }]
            : []),
        ]}
      />
      {guide.variants.length ? (
        <Section title={s('guide.variants')}>
          <List
            items={guide.variants.map((v) => (
              <Link key={v.id} to={`/guide/${v.id}`}>
                {v.name}
              </Link>
            ))}
          />
        </Section>
      ) : null}
      <Section title={s('guide.legalBasis')}>
        <List items={(c.legalBasis ?? []).map((l) => `${l.law}${l.article ? ` ${l.article}` : ''}`)} />
      </Section>
      <Section title={s('guide.conditions')}>
        <List items={c.conditions ?? []} />
      </Section>
      <Section title={s('guide.materials')}>
        <Table<Material> rowKey="key" size="small" pagination={false} columns={materialColumns} dataSource={c.materials ?? []} />
      </Section>
      <Section title={s('guide.process')}>
        <List items={(c.process ?? []).map((p) => `${p.name}${p.days !== undefined && p.days > 0 ? `（${days(p.days)}）` : ''}`)} />
      </Section>
      <Section title={s('guide.timeLimits')}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 3 }}
          items={[
            { key: 'statutory', label: s('guide.statutory'), children: days(c.timeLimits?.statutoryDays) },
            {
              key: 'promised',
              label: s('guide.promised'),
              children: c.timeLimits?.kind === 'immediate' ? s('catalog.immediate') : days(c.timeLimits?.promisedDays),
            },
            {
              key: 'kind',
              label: s('guide.limitKind'),
              children: c.timeLimits?.kind ? s(`limitKind.${c.timeLimits.kind}`) : t('common.empty'),
            },
          ]}
        />
        {c.timeLimits?.note ? <Typography.Paragraph className="guide-note">{c.timeLimits.note}</Typography.Paragraph> : null}
        {c.specialProcedures?.length ? (
          <Typography.Paragraph>
            {s('guide.special')}：
            {c.specialProcedures.map((p) => `${p.name ?? s(`special.${p.kind}`)}${p.limit ? `（${p.limit}）` : ''}`).join('；')}
          </Typography.Paragraph>
        ) : null}
      </Section>
      <Section title={s('guide.fees')}>
        {c.fees?.charged ? (
          <List items={(c.fees.items ?? []).map((f) => `${f.name}：${f.standard}${f.basis ? `（${f.basis}）` : ''}`)} />
        ) : (
          s('guide.free')
        )}
      </Section>
      <Section title={s('guide.places')}>
        <List items={(c.places ?? []).map((p) => `${p.name}，${p.address}；${p.hours}${p.phone ? `；${p.phone}` : ''}`)} />
      </Section>
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'online', label: s('guide.online'), children: c.onlineDepth ? s(`depth.d${c.onlineDepth}`) : t('common.empty') },
          {
            key: 'visits',
            label: s('guide.visits'),
            children: c.visits === undefined ? t('common.empty') : s('guide.visitsValue', { count: c.visits }),
          },
          { key: 'tongban', label: s('guide.tongban'), children: c.tongban ? s(`tongban.${c.tongban}`) : t('common.empty') },
          {
            key: 'result',
            label: s('guide.result'),
            children: c.result ? `${c.result.name}（${s(`resultType.${c.result.type}`)}）` : t('common.empty'),
          },
          {
            key: 'delivery',
            label: s('guide.resultDelivery'),
            children: (c.result?.delivery ?? []).map((d) => s(`delivery.${d}`)).join('、') || t('common.empty'),
          },
          { key: 'consultation', label: s('guide.consultation'), children: c.contacts?.consultation ?? t('common.empty') },
          { key: 'complaint', label: s('guide.complaint'), children: c.contacts?.complaint ?? t('common.empty') },
        ]}
      />
    </div>
  );
}
