import { Flex, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { KNOWLEDGE_KINDS, type KnowledgeArticle, type KnowledgeKind } from '@yiwang/contracts';
import { useCreateArticle, useHotlineCategories, useUpdateArticle, type ArticleFields } from '../../api/knowledge';
import { DepartmentSelect } from '../../components/department-select';
import { ErrorAlert } from '../../components/error-alert';
import { useModalForm } from '../../components/use-modal-form';

interface Props {
  /** null writes a new draft */
  article: KnowledgeArticle | null;
  open: boolean;
  onClose: () => void;
}

interface Values {
  title: string;
  kind: KnowledgeKind;
  body: string;
  categoryCodes: string[];
  ownerUnitId?: string;
  validFrom?: string;
  validTo?: string;
  sourceUrl?: string;
}

const URL_PATTERN = /^https?:\/\/\S+$/;
const orNull = (v: string | undefined) => (v && v.trim() !== '' ? v.trim() : null);

/** The article editor: a new article is saved as a draft; editing a published one keeps it published. */
export function KnowledgeEditorModal({ article, open, onClose }: Props) {
  const { t } = useTranslation();
  const create = useCreateArticle();
  const update = useUpdateArticle();
  const categories = useHotlineCategories();
  const { form, modalProps, closeAfter, required } = useModalForm<Values>({ onClose, mutations: [create, update] });
  const isNew = article === null;
  const categoryOptions = (categories.data ?? [])
    .filter((c) => c.active)
    .map((c) => ({ value: c.code, label: c.parentCode ? `${c.name}（${c.code}）` : c.name }));

  const submit = (v: Values) => {
    const fields: ArticleFields = {
      title: v.title.trim(),
      body: v.body.trim(),
      kind: v.kind,
      categoryCodes: v.categoryCodes ?? [],
      validFrom: orNull(v.validFrom),
      validTo: orNull(v.validTo),
      sourceUrl: orNull(v.sourceUrl),
      ...(v.ownerUnitId ? { ownerUnitId: v.ownerUnitId } : {}),
    };
    if (isNew) {
      create.mutate(
        fields,
        closeAfter((a: KnowledgeArticle) => t('knowledge.admin.created', { title: a.title })),
      );
      return;
    }
    // a stale version: the list is refetched; close so the writer reopens the fresh article
    update.mutate(
      { id: article.id, version: article.version, ...fields },
      closeAfter((a: KnowledgeArticle) => t('knowledge.admin.saved', { title: a.title }), { closeOnError: true }),
    );
  };

  return (
    <Modal open={open} title={isNew ? t('knowledge.admin.create') : t('knowledge.admin.edit')} width={760} {...modalProps} destroyOnHidden>
      {isNew ? <ErrorAlert error={create.error} className="form-alert" /> : null}
      <Form<Values>
        form={form}
        name="article"
        layout="vertical"
        onFinish={submit}
        initialValues={
          article
            ? {
                title: article.title,
                kind: article.kind,
                body: article.body,
                categoryCodes: article.categoryCodes,
                validFrom: article.validFrom ?? undefined,
                validTo: article.validTo ?? undefined,
                sourceUrl: article.sourceUrl ?? undefined,
              }
            : { kind: 'faq', categoryCodes: [] }
        }
      >
        <Form.Item
          name="title"
          label={t('knowledge.article.title')}
          rules={[required(t('knowledge.article.title')), { max: 200, whitespace: true }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="kind" label={t('knowledge.article.kind')} rules={[required(t('knowledge.article.kind'))]}>
          <Select<KnowledgeKind> options={KNOWLEDGE_KINDS.map((k) => ({ value: k, label: t(`knowledge.kinds.${k}`) }))} />
        </Form.Item>
        <Form.Item
          name="body"
          label={t('knowledge.article.body')}
          extra={t('knowledge.article.bodyHint')}
          rules={[required(t('knowledge.article.body')), { max: 20000, whitespace: true }]}
        >
          <Input.TextArea rows={10} showCount maxLength={20000} />
        </Form.Item>
        <Form.Item name="categoryCodes" label={t('knowledge.article.categories')} extra={t('knowledge.article.categoriesHint')}>
          <Select mode="multiple" options={categoryOptions} loading={categories.isPending} optionFilterProp="label" maxCount={10} />
        </Form.Item>
        <Form.Item name="ownerUnitId" label={t('knowledge.article.owner')}>
          <DepartmentSelect
            allowClear
            placeholder={
              article ? t('knowledge.article.ownerKeep', { name: article.ownerUnitName ?? '' }) : t('knowledge.article.ownerDefault')
            }
          />
        </Form.Item>
        <Flex gap={16} wrap>
          <Form.Item name="validFrom" label={t('knowledge.article.validFrom')} className="grow">
            <Input type="date" />
          </Form.Item>
          <Form.Item
            name="validTo"
            label={t('knowledge.article.validTo')}
            dependencies={['validFrom']}
            className="grow"
            rules={[
              ({ getFieldValue }) => ({
                validator: (_: unknown, to?: string) => {
                  const from = getFieldValue('validFrom') as string | undefined;
                  return !to || !from || from <= to ? Promise.resolve() : Promise.reject(new Error(t('knowledge.article.periodInvalid')));
                },
              }),
            ]}
          >
            <Input type="date" />
          </Form.Item>
        </Flex>
        <Form.Item
          name="sourceUrl"
          label={t('knowledge.article.sourceUrl')}
          rules={[{ pattern: URL_PATTERN, message: t('knowledge.article.urlInvalid') }]}
        >
          <Input type="url" autoComplete="off" placeholder="https://" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
