import { useEffect } from 'react';
import { Alert, Button, Card, ConfigProvider, Descriptions, Flex, Form, Tabs } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { ItemDetail } from '@yiwang/contracts';
import { useItem, useUpdateItem } from '../../../api/services';
import { useCan } from '../../../auth/use-permission';
import { PageHeader } from '../../../components/page-header';
import { LoadError, PageLoading } from '../../../components/page-state';
import { useNotify } from '../../../components/use-notify';
import { currentLang } from '../../../i18n';
import { EditorActions } from './editor-actions';
import { BasicTab, ChannelsTab, FormTab, MaterialsTab, ProcessTab, ResultTab } from './editor-tabs';
import { changedGroups, toEditorValues, type EditorValues } from './editor-values';
import { EditorVersions } from './editor-versions';
import { ItemStateTag } from './item-state-tag';
import { ProblemError } from './problem-list';
import '../../services/services.css';

function Problems({ item }: { item: ItemDetail }) {
  const { t, i18n } = useTranslation();
  const en = currentLang(i18n.language) === 'en';
  const errors = item.problems.filter((p) => p.severity === 'error').length;
  if (item.problems.length === 0) return item.draftOpen ? <Alert type="success" showIcon title={t('services.editor.noProblems')} /> : null;
  return (
    <Alert
      type={errors ? 'warning' : 'info'}
      showIcon
      title={t('services.editor.problems', { errors, warnings: item.problems.length - errors })}
      description={
        <ul className="guide-list">
          {item.problems.map((p, i) => (
            <li key={i}>{en ? p.en : p.zh}</li>
          ))}
        </ul>
      }
    />
  );
}

/** The catalog editor: identity, problems to fix, lifecycle actions, and one tab per element group. */
export function ServiceItemEditorPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const item = useItem(id);
  const update = useUpdateItem(id);
  const notify = useNotify();
  const canWrite = useCan()('services.catalog.write');
  const [form] = Form.useForm<EditorValues>();
  const data = item.data;
  useEffect(() => {
    if (data) form.setFieldsValue(toEditorValues(data));
  }, [data, form]);

  if (item.isPending) return <PageLoading />;
  if (item.isError || !data) return <LoadError error={item.error} onRetry={() => void item.refetch()} />;
  const editable = canWrite && data.state === 'draft';
  const s = (k: string) => t(`services.${k}`);

  // all values, also the fields no tab shows (a material's note, a step's note): the groups are replaced whole
  const save = () => {
    let body;
    try {
      body = changedGroups(data, form.getFieldsValue(true) as EditorValues);
    } catch {
      notify.error(new Error(s('editor.formInvalid')));
      return;
    }
    update.mutate(body, { onSuccess: () => notify.success(s('editor.saved')) });
  };
  const related = (label: string, r: ItemDetail['parent']) =>
    r ? [{ key: label, label: s(`editor.${label}`), children: <Link to={`/workbench/services/items/${r.id}`}>{r.name}</Link> }] : [];

  return (
    <>
      <PageHeader title={data.name} extra={data.liveVersionId ? <Link to={`/guide/${data.id}`}>{s('editor.viewGuide')}</Link> : null} />
      <Card className="section">
        <Descriptions
          className="block-gap"
          size="small"
          column={{ xs: 1, md: 3 }}
          items={[
            { key: 'code', label: s('items.code'), children: <span className="mono">{data.code}</span> },
            { key: 'state', label: s('items.state'), children: <ItemStateTag state={data.state} /> },
            { key: 'type', label: s('items.type'), children: s(`type.${data.type}`) },
            { key: 'dept', label: s('items.department'), children: data.departmentName },
            { key: 'kind', label: s('items.kind'), children: s(`kind.${data.kind}`) },
            { key: 'live', label: s('items.live'), children: data.liveVersionNo ? `v${data.liveVersionNo}` : t('common.empty') },
            ...related('parent', data.parent),
            ...related('source', data.source),
          ]}
        />
        {data.reviewNote ? (
          <Alert type="info" className="block-gap" title={t('services.editor.reviewNote', { note: data.reviewNote })} />
        ) : null}
        <Flex vertical gap={12}>
          <Problems item={data} />
          <EditorActions item={data} />
        </Flex>
      </Card>
      <Card className="section">
        {data.state === 'draft' || !canWrite ? null : <Alert type="info" className="block-gap" title={s('editor.readOnly')} />}
        {update.error ? (
          <div className="block-gap">
            <ProblemError error={update.error} />
          </div>
        ) : null}
        <Form<EditorValues> form={form} name="service-item-editor" layout="vertical" disabled={!editable} onFinish={save}>
          <Tabs
            items={[
              {
                key: 'basic',
                forceRender: true,
                label: s('editor.tabs.basic'),
                children: <BasicTab disabled={!editable} nameFixed={data.kind === 'variant'} />,
              },
              { key: 'materials', forceRender: true, label: s('editor.tabs.materials'), children: <MaterialsTab disabled={!editable} /> },
              { key: 'process', forceRender: true, label: s('editor.tabs.process'), children: <ProcessTab disabled={!editable} /> },
              { key: 'channels', forceRender: true, label: s('editor.tabs.channels'), children: <ChannelsTab disabled={!editable} /> },
              { key: 'result', forceRender: true, label: s('editor.tabs.result'), children: <ResultTab /> },
              { key: 'form', forceRender: true, label: s('editor.tabs.form'), children: <FormTab /> },
              {
                key: 'versions',
                label: s('editor.tabs.versions'),
                children: (
                  // the versions are links, not form controls: the read-only form must not grey them out
                  <ConfigProvider componentDisabled={false}>
                    <EditorVersions itemId={data.id} />
                  </ConfigProvider>
                ),
              },
            ]}
          />
          {editable ? (
            <Button type="primary" htmlType="submit" loading={update.isPending}>
              {s('editor.save')}
            </Button>
          ) : null}
        </Form>
      </Card>
    </>
  );
}
