import { Form, Input, Modal, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { DEPARTMENT_KINDS, type Department } from '@yiwang/contracts';
import { useCreateDepartment, useUpdateDepartment, type DepartmentKind } from '../../api/departments';
import { DepartmentSelect } from '../../components/department-select';
import { DivisionTreeSelect } from '../../components/division-tree-select';
import { ErrorAlert } from '../../components/error-alert';
import { useModalForm } from '../../components/use-modal-form';
import { useLabels } from '../../i18n/labels';
import { DEPARTMENT_CODE_PATTERN } from '../../lib/validators';

interface Props {
  /** null creates a new department */
  department: Department | null;
  open: boolean;
  defaultDivision?: string;
  onClose: () => void;
}

interface Values {
  name: string;
  code?: string;
  kind: DepartmentKind;
  divisionCode: string;
  parentId?: string;
  active: boolean;
}

export function DepartmentFormModal({ department, open, defaultDivision, onClose }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const create = useCreateDepartment();
  const update = useUpdateDepartment();
  const { form, modalProps, closeAfter, required } = useModalForm<Values>({ onClose, mutations: [create, update] });
  const divisionCode = Form.useWatch('divisionCode', form);
  const isNew = department === null;

  const submit = (v: Values) => {
    const name = v.name.trim();
    if (isNew) {
      const code = v.code?.trim();
      create.mutate(
        { name, kind: v.kind, divisionCode: v.divisionCode, ...(code ? { code } : {}), ...(v.parentId ? { parentId: v.parentId } : {}) },
        closeAfter((d: Department) => t('department.created', { name: d.name })),
      );
      return;
    }
    update.mutate(
      { id: department.id, version: department.version, name, kind: v.kind, active: v.active },
      // A stale version: the list is refetched; close so the user reopens the fresh record.
      closeAfter(() => t('department.updated'), { closeOnError: true }),
    );
  };

  return (
    <Modal open={open} title={isNew ? t('department.create') : t('department.edit')} {...modalProps} destroyOnHidden>
      {isNew ? <ErrorAlert error={create.error} className="form-alert" /> : null}
      <Form<Values>
        form={form}
        name="department"
        layout="vertical"
        onFinish={submit}
        initialValues={
          department
            ? {
                name: department.name,
                code: department.code,
                kind: department.kind,
                divisionCode: department.divisionCode,
                active: department.active,
              }
            : { kind: 'department', divisionCode: defaultDivision, active: true }
        }
      >
        <Form.Item
          name="name"
          label={t('department.name')}
          rules={[required(t('department.name')), { min: 2, max: 100, message: t('department.nameInvalid') }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="code"
          label={t('department.code')}
          extra={isNew ? t('department.codeHint') : undefined}
          rules={[{ pattern: DEPARTMENT_CODE_PATTERN, message: t('department.codeInvalid') }]}
        >
          <Input autoComplete="off" disabled={!isNew} className="mono" />
        </Form.Item>
        <Form.Item name="kind" label={t('department.kind')} rules={[required(t('department.kind'))]}>
          <Select<DepartmentKind> options={DEPARTMENT_KINDS.map((k) => ({ value: k, label: labels.deptKind(k) }))} />
        </Form.Item>
        {isNew ? (
          <>
            <Form.Item name="divisionCode" label={t('department.division')} rules={[required(t('department.division'))]}>
              <DivisionTreeSelect placeholder={t('division.picker')} />
            </Form.Item>
            <Form.Item name="parentId" label={t('department.parent')} extra={t('common.optional')}>
              <DepartmentSelect allowClear divisionCode={divisionCode} disabled={!divisionCode} />
            </Form.Item>
          </>
        ) : (
          <>
            <Form.Item label={t('department.division')} htmlFor="department_divisionName">
              <Input id="department_divisionName" value={department.divisionName} disabled />
            </Form.Item>
            <Form.Item name="active" label={t('department.active')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
