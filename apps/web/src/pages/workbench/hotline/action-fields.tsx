import type { ReactNode } from 'react';
import { Form, Input, InputNumber, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrderActionInput } from '../../../api/hotline-orders';
import type { OrderPreview } from '../../../api/hotline-desk';
import { DepartmentSelect } from '../../../components/department-select';
import { CategorySelect } from '../../../components/hotline/category-select';
import { useHotlineLabels } from '../../../components/hotline/use-hotline-labels';
import { useFormRules } from '../../../components/use-form-rules';
import { ReplyTemplatePicker } from './reply-template-picker';

export type Field =
  'categoryCode' | 'unitId' | 'reason' | 'note' | 'content' | 'days' | 'outcome' | 'result' | 'articleId' | 'answer' | 'intoOrderId';

/** The payload each action takes, `true` where the server requires it. The server checks again; this spares a round trip. */
export const ACTION_FIELDS: Record<string, ReadonlyArray<readonly [Field, boolean]>> = {
  dispatch: [
    ['categoryCode', false],
    ['unitId', true],
    ['note', false],
  ],
  sign: [],
  return: [['reason', true]],
  approve_return: [
    ['unitId', true],
    ['note', false],
  ],
  reject_return: [['reason', true]],
  reassign: [
    ['categoryCode', false],
    ['unitId', true],
    ['reason', true],
  ],
  add_co_handler: [
    ['unitId', true],
    ['note', false],
  ],
  request_extension: [
    ['days', true],
    ['reason', true],
  ],
  approve_extension: [
    ['days', false],
    ['note', false],
  ],
  reject_extension: [['reason', true]],
  reply: [['content', true]],
  review: [
    ['outcome', true],
    ['note', false],
  ],
  callback: [
    ['result', true],
    ['note', false],
  ],
  close: [['reason', true]],
  suspend: [['reason', true]],
  resume: [['note', false]],
  urge: [['note', false]],
  supervise: [['note', false]],
  answer_directly: [
    ['articleId', true],
    ['answer', false],
  ],
  merge: [['intoOrderId', true]],
  reopen: [['reason', true]],
};

export type ActionValues = Partial<Record<Field, string | number>>;

/** The request body from the form: trimmed text, nothing empty sent. */
export function actionBody(type: string, v: ActionValues): OrderActionInput {
  const body: Record<string, unknown> = { type };
  for (const [field] of ACTION_FIELDS[type] ?? []) {
    const value = typeof v[field] === 'string' ? (v[field] as string).trim() : v[field];
    if (value !== undefined && value !== null && value !== '') body[field] = value;
  }
  return body as OrderActionInput;
}

interface Props {
  type: string;
  /** 办结 of a directly answered order needs no reason */
  reasonOptional?: boolean;
  categoryPrefix: string | null;
  duplicates: OrderPreview['duplicates'];
  onTemplate: (content: string) => void;
}

/** The form fields of one action (inside the action dialog's Form). */
export function ActionFields({ type, reasonOptional = false, categoryPrefix, duplicates, onTemplate }: Props) {
  const { t } = useTranslation();
  const labels = useHotlineLabels();
  const { required } = useFormRules();
  const label = (field: Field) => t(`hotlineDesk.actionField.${type === 'return' && field === 'reason' ? 'returnReason' : field}`);
  const rules = (field: Field, needed: boolean) =>
    needed ? [required(label(field)), { whitespace: true, message: t('common.required', { field: label(field) }) }] : [];

  return (
    <>
      {(ACTION_FIELDS[type] ?? []).map(([field, req]) => {
        const needed = req && !(field === 'reason' && reasonOptional);
        const item = (control: ReactNode, extra?: ReactNode) => (
          <Form.Item key={field} name={field} label={label(field)} rules={rules(field, needed)} extra={extra}>
            {control}
          </Form.Item>
        );
        switch (field) {
          case 'categoryCode':
            return item(<CategorySelect allowClear />, t('hotlineDesk.actionField.categoryHint'));
          case 'unitId':
            return item(<DepartmentSelect placeholder={t('hotlineDesk.actionField.unitPlaceholder')} />);
          case 'days':
            return item(
              <InputNumber min={1} max={60} precision={0} />,
              type === 'approve_extension' ? t('hotlineDesk.actionField.daysHint') : null,
            );
          case 'outcome':
            return item(<Radio.Group options={['accept', 'send_back'].map((o) => ({ value: o, label: labels.outcome(o) }))} />);
          case 'result':
            return item(
              <Radio.Group
                options={['satisfied', 'basically_satisfied', 'unsatisfied'].map((o) => ({ value: o, label: labels.satisfaction(o) }))}
              />,
            );
          case 'intoOrderId':
            return item(
              <Select
                options={duplicates.map((d) => ({ value: d.id, label: `${d.orderNo} · ${d.title ?? d.excerpt}` }))}
                notFoundContent={t('hotlineDesk.call.noDuplicates')}
              />,
            );
          case 'content':
            return (
              <div key={field}>
                <ReplyTemplatePicker categoryPrefix={categoryPrefix} onPick={onTemplate} />
                {item(<Input.TextArea rows={6} showCount maxLength={5000} />)}
              </div>
            );
          case 'articleId':
            return item(<Input autoComplete="off" className="mono" />);
          default:
            return item(<Input.TextArea rows={3} maxLength={field === 'answer' ? 5000 : 2000} />);
        }
      })}
    </>
  );
}
