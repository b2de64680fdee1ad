import { App, Button, Card, Descriptions, Empty, Flex, Form, Input, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Division } from '@yiwang/contracts';
import { useCreateDivision, useDeleteDivision, useUpdateDivision } from '../../api/divisions';
import { isApiError } from '../../api/errors';
import { useNotify } from '../../components/use-notify';
import { useLabels } from '../../i18n/labels';
import { DIVISION_CODE_PATTERN } from '../../lib/validators';

interface Props {
  division: Division | null;
  canWrite: boolean;
  onUpdated: (updated: Division, before: Division) => void;
  onCreated: (parent: Division, child: Division) => void;
  onDeleted: (removed: Division) => void;
  /** someone else changed the division: reload it */
  onStale: (division: Division) => void;
}

interface EditValues {
  name: string;
  newCode: string;
}

interface ChildValues {
  code: string;
  name: string;
}

export function DivisionDetail({ division, canWrite, onUpdated, onCreated, onDeleted, onStale }: Props) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const notify = useNotify();
  const labels = useLabels();
  const update = useUpdateDivision();
  const create = useCreateDivision();
  const remove = useDeleteDivision();
  const [childForm] = Form.useForm<ChildValues>();

  if (!division) {
    return (
      <Card className="section" title={t('division.detail')}>
        <Empty description={t('division.noSelection')} />
      </Card>
    );
  }

  const failed = (err: unknown) => {
    notify.error(err);
    if (isApiError(err, 'CONFLICT')) onStale(division);
  };

  const saveEdit = (v: EditValues) => {
    const name = v.name.trim();
    const changes = {
      ...(name !== division.name ? { name } : {}),
      ...(v.newCode !== division.code ? { newCode: v.newCode } : {}),
    };
    if (Object.keys(changes).length === 0) return;
    modal.confirm({
      title: t('division.confirmUpdate', { name: division.name }),
      content: changes.newCode ? t('division.confirmCodeChange', { from: division.code, to: changes.newCode }) : undefined,
      okText: t('common.ok'),
      cancelText: t('common.cancel'),
      onOk: () =>
        update.mutateAsync({ code: division.code, version: division.version, ...changes }).then((updated) => {
          notify.success(t('division.updated'));
          onUpdated(updated, division);
        }, failed),
    });
  };

  const addChild = (v: ChildValues) => {
    const name = v.name.trim();
    modal.confirm({
      title: t('division.confirmCreate', { parent: division.name, name }),
      okText: t('common.ok'),
      cancelText: t('common.cancel'),
      onOk: () =>
        create.mutateAsync({ code: v.code, name, parentCode: division.code }).then((child) => {
          notify.success(t('division.created'));
          childForm.resetFields();
          onCreated(division, child);
        }, notify.error),
    });
  };

  const confirmDelete = () =>
    modal.confirm({
      title: t('division.confirmDelete', { name: division.name }),
      okText: t('common.delete'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () =>
        remove.mutateAsync({ code: division.code, version: division.version }).then(() => {
          notify.success(t('division.deleted'));
          onDeleted(division);
        }, failed),
    });

  const codeRules = [
    { required: true, message: t('common.required', { field: t('division.code') }) },
    { pattern: DIVISION_CODE_PATTERN, message: t('division.codeInvalid') },
  ];

  return (
    <Card
      className="section"
      title={
        <Typography.Title level={2} className="card-title">
          {division.name}
        </Typography.Title>
      }
      extra={
        canWrite ? (
          <Button danger icon={<DeleteOutlined aria-hidden />} onClick={confirmDelete} loading={remove.isPending}>
            {t('common.delete')}
          </Button>
        ) : null
      }
    >
      <Descriptions
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'code', label: t('division.code'), children: <span className="mono">{division.code}</span> },
          { key: 'level', label: t('division.level'), children: labels.divisionLevel(division.level) },
          {
            key: 'parent',
            label: t('division.parent'),
            children: <span className="mono">{division.parentCode ?? t('common.empty')}</span>,
          },
          { key: 'version', label: t('division.version'), children: division.version },
        ]}
      />
      {canWrite ? (
        <>
          <Typography.Title level={3} className="subsection-title">
            {t('division.edit')}
          </Typography.Title>
          <Form<EditValues>
            key={`${division.code}:${division.version}`}
            name="division-edit"
            layout="vertical"
            initialValues={{ name: division.name, newCode: division.code }}
            onFinish={saveEdit}
          >
            <Flex gap={12} wrap align="flex-end">
              <Form.Item
                name="name"
                label={t('division.name')}
                className="grow"
                rules={[{ required: true, message: t('common.required', { field: t('division.name') }) }, { max: 50 }]}
              >
                <Input />
              </Form.Item>
              <Form.Item name="newCode" label={t('division.newCode')} extra={t('division.codeHint')} className="grow" rules={codeRules}>
                <Input maxLength={12} inputMode="numeric" className="mono" />
              </Form.Item>
            </Flex>
            <Button htmlType="submit" type="primary" icon={<SaveOutlined aria-hidden />} loading={update.isPending}>
              {t('common.save')}
            </Button>
          </Form>
          <Typography.Title level={3} className="subsection-title">
            {t('division.addChild')}
          </Typography.Title>
          <Form<ChildValues> key={`child:${division.code}`} form={childForm} name="division-child" layout="vertical" onFinish={addChild}>
            <Flex gap={12} wrap align="flex-end">
              <Form.Item name="code" label={t('division.childCode')} extra={t('division.codeHint')} className="grow" rules={codeRules}>
                <Input maxLength={12} inputMode="numeric" className="mono" />
              </Form.Item>
              <Form.Item
                name="name"
                label={t('division.childName')}
                className="grow"
                rules={[{ required: true, message: t('common.required', { field: t('division.childName') }) }, { max: 50 }]}
              >
                <Input />
              </Form.Item>
            </Flex>
            <Button htmlType="submit" icon={<PlusOutlined aria-hidden />} loading={create.isPending}>
              {t('division.addChild')}
            </Button>
          </Form>
        </>
      ) : null}
    </Card>
  );
}
