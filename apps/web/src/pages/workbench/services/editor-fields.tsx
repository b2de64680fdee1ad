import type { ReactNode } from 'react';
import { Button, Form, Input } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

/** A repeatable group of fields (a list element of the item) with add and remove buttons. */
export function ListField({
  name,
  label,
  disabled,
  newRow,
  children,
}: {
  name: string | Array<string | number>;
  label: string;
  disabled: boolean;
  newRow?: () => unknown;
  children: (field: { name: number; key: number }) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Form.Item label={label}>
      <Form.List name={name}>
        {(fields, { add, remove }) => (
          <>
            {fields.map((f, i) => (
              <div key={f.key} className="editor-list-row">
                {children(f)}
                {disabled ? null : (
                  <Button
                    icon={<DeleteOutlined aria-hidden />}
                    aria-label={`${t('services.editor.remove')} ${label} ${i + 1}`}
                    onClick={() => remove(f.name)}
                  />
                )}
              </div>
            ))}
            {disabled ? null : (
              <Button icon={<PlusOutlined aria-hidden />} onClick={() => add(newRow?.())}>
                {t('services.editor.add')}
              </Button>
            )}
          </>
        )}
      </Form.List>
    </Form.Item>
  );
}

/** A text list (conditions): one input per line. */
export function TextList({ name, label, disabled }: { name: string; label: string; disabled: boolean }) {
  return (
    <ListField name={name} label={label} disabled={disabled} newRow={() => ''}>
      {(f) => (
        <Form.Item name={f.name} rules={[{ required: true, whitespace: true, message: label }]}>
          <Input.TextArea autoSize aria-label={`${label} ${f.name + 1}`} maxLength={1000} />
        </Form.Item>
      )}
    </ListField>
  );
}
