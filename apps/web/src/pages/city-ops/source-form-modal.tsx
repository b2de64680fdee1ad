import { Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { INTAKE_SOURCE_KINDS, type IntakeSourceKind, type IntakeSourceWithKey } from '@yiwang/contracts';
import { useCreateSource } from '../../api/intake';
import { DivisionTreeSelect } from '../../components/division-tree-select';
import { ErrorAlert } from '../../components/error-alert';
import { useModalForm } from '../../components/use-modal-form';

interface Values {
  name: string;
  kind: IntakeSourceKind;
  defaultDivisionCode?: string;
}

/** Registers a new intake source; the key the server issues goes to `onCreated` to be shown once. */
export function SourceFormModal({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (r: IntakeSourceWithKey) => void;
}) {
  const { t } = useTranslation();
  const create = useCreateSource();
  const { form, modalProps, closeAfter, required } = useModalForm<Values>({ onClose, mutations: [create] });
  const submit = (v: Values) => {
    const after = closeAfter((r: IntakeSourceWithKey) => t('intake.sources.created', { name: r.source.name }));
    create.mutate(
      { name: v.name.trim(), kind: v.kind, ...(v.defaultDivisionCode ? { defaultDivisionCode: v.defaultDivisionCode } : {}) },
      {
        onSuccess: (r) => {
          after.onSuccess(r);
          onCreated(r);
        },
      },
    );
  };
  return (
    <Modal open={open} title={t('intake.sources.create')} {...modalProps} destroyOnHidden>
      <ErrorAlert error={create.error} className="form-alert" />
      <Form<Values> form={form} name="intake-source" layout="vertical" onFinish={submit} initialValues={{ kind: 'grid' }}>
        <Form.Item
          name="name"
          label={t('intake.sources.name')}
          rules={[required(t('intake.sources.name')), { max: 60, whitespace: true, message: t('intake.sources.nameInvalid') }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="kind" label={t('intake.sources.kind')} rules={[required(t('intake.sources.kind'))]}>
          <Select<IntakeSourceKind> options={INTAKE_SOURCE_KINDS.map((k) => ({ value: k, label: t(`intake.kind.${k}`) }))} />
        </Form.Item>
        <Form.Item name="defaultDivisionCode" label={t('intake.sources.defaultDivision')} extra={t('intake.sources.defaultDivisionHint')}>
          <DivisionTreeSelect allowClear placeholder={t('common.optional')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
