import { Form, Input, Modal, Select, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ITEM_TYPES, type ItemDetail, type ItemType } from '@yiwang/contracts';
import { useCreateItem } from '../../../api/services';
import { DepartmentSelect } from '../../../components/department-select';
import { ErrorAlert } from '../../../components/error-alert';
import { useModalForm } from '../../../components/use-modal-form';

interface Values {
  code: string;
  name: string;
  type: ItemType;
  departmentId: string;
}

/** 注册事项: the identity of a new item; the elements are filled in on the editor it opens. */
export function ItemCreateModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateItem();
  const { form, modalProps, required } = useModalForm<Values>({ onClose, mutations: [create] });
  const s = (k: string) => t(`services.${k}`);

  const submit = (v: Values) =>
    create.mutate(
      { code: v.code.trim().toUpperCase(), name: v.name.trim(), type: v.type, departmentId: v.departmentId },
      { onSuccess: (item: ItemDetail) => navigate(`/workbench/services/items/${item.id}`) },
    );

  return (
    <Modal open={open} title={s('items.createTitle')} {...modalProps} destroyOnHidden>
      <ErrorAlert error={create.error} className="form-alert" />
      <Form<Values> form={form} name="service-item" layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item name="name" label={s('items.name')} rules={[required(s('items.name'))]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="type" label={s('items.type')} rules={[required(s('items.type'))]}>
          <Select<ItemType> options={ITEM_TYPES.map((x) => ({ value: x, label: `${s(`type.${x}`)}（${x}）` }))} />
        </Form.Item>
        <Form.Item name="departmentId" label={s('items.department')} rules={[required(s('items.department'))]}>
          <DepartmentSelect />
        </Form.Item>
        <Form.Item
          name="code"
          label={s('items.code')}
          rules={[required(s('items.code'))]}
          extra={<Typography.Text type="secondary">{s('items.codeHint')}</Typography.Text>}
        >
          <Input className="mono" maxLength={64} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
