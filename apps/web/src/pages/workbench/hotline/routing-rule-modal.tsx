import { Form, Input, InputNumber, Modal, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RoutingRuleView } from '@yiwang/contracts';
import { useCreateRoutingRule, useUpdateRoutingRule } from '../../../api/hotline-rules';
import { DepartmentSelect } from '../../../components/department-select';
import { DivisionTreeSelect } from '../../../components/division-tree-select';
import { ErrorAlert } from '../../../components/error-alert';
import { CategorySelect } from '../../../components/hotline/category-select';
import { useModalForm } from '../../../components/use-modal-form';
import { divisionCodeOfPrefix, divisionPrefixOf } from '../../../lib/division-prefix';

interface Values {
  categoryPrefix?: string;
  division?: string;
  keywords: string[];
  unitId: string;
  priority: number;
  note?: string;
  active: boolean;
}

interface Props {
  /** null adds a rule */
  rule: RoutingRuleView | null;
  open: boolean;
  onClose: () => void;
}

/** One line of the 权责清单: category (and below) × division (and below) × optional keywords → unit. */
export function RoutingRuleModal({ rule, open, onClose }: Props) {
  const { t } = useTranslation();
  const create = useCreateRoutingRule();
  const update = useUpdateRoutingRule();
  const { form, modalProps, closeAfter, required } = useModalForm<Values>({ onClose, mutations: [create, update] });
  const isNew = rule === null;
  const f = (k: string) => t(`hotlineDesk.rules.${k}`);

  const submit = (v: Values) => {
    const fields = {
      categoryPrefix: v.categoryPrefix ?? '',
      divisionPrefix: v.division ? divisionPrefixOf(v.division) : null,
      keywords: v.keywords.map((k) => k.trim()).filter(Boolean),
      unitId: v.unitId,
      priority: v.priority,
      note: v.note?.trim() ?? '',
    };
    if (isNew)
      create.mutate(
        fields,
        closeAfter(() => f('created')),
      );
    else
      update.mutate(
        { id: rule.id, version: rule.version, ...fields, active: v.active },
        closeAfter(() => f('updated'), { closeOnError: true }),
      );
  };

  return (
    <Modal open={open} title={isNew ? f('create') : f('edit')} {...modalProps} destroyOnHidden>
      {isNew ? <ErrorAlert error={create.error} className="form-alert" /> : null}
      <Form<Values>
        form={form}
        name="routing-rule"
        layout="vertical"
        onFinish={submit}
        initialValues={
          rule
            ? {
                categoryPrefix: rule.categoryPrefix || undefined,
                division: rule.divisionPrefix ? divisionCodeOfPrefix(rule.divisionPrefix) : undefined,
                keywords: rule.keywords,
                unitId: rule.unitId,
                priority: rule.priority,
                note: rule.note ?? undefined,
                active: rule.active,
              }
            : { keywords: [], priority: 0, active: true }
        }
      >
        <Form.Item name="categoryPrefix" label={f('category')} extra={f('categoryHint')}>
          <CategorySelect allowClear placeholder={f('allCategories')} />
        </Form.Item>
        <Form.Item name="division" label={f('division')} extra={f('divisionHint')}>
          <DivisionTreeSelect allowClear placeholder={f('allDivisions')} />
        </Form.Item>
        <Form.Item name="keywords" label={f('keywords')} extra={f('keywordsHint')}>
          <Select mode="tags" tokenSeparators={[',', '，', ' ']} open={false} suffixIcon={null} maxCount={20} />
        </Form.Item>
        <Form.Item name="unitId" label={f('unit')} rules={[required(f('unit'))]}>
          <DepartmentSelect />
        </Form.Item>
        <Form.Item name="priority" label={f('priority')} extra={f('priorityHint')}>
          <InputNumber min={-1000} max={1000} precision={0} />
        </Form.Item>
        <Form.Item name="note" label={f('note')} rules={[{ max: 200 }]}>
          <Input autoComplete="off" />
        </Form.Item>
        {isNew ? null : (
          <Form.Item name="active" label={t('common.status')} valuePropName="checked">
            <Switch checkedChildren={t('common.enabled')} unCheckedChildren={t('common.disabled')} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
