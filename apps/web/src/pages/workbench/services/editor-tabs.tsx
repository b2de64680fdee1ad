import { Fragment, type ReactNode } from 'react';
import { Button, Form, Input, InputNumber, Select, Switch } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import {
  ITEM_TARGETS,
  LIMIT_KINDS,
  MATERIAL_FORMS,
  MATERIAL_MEDIA,
  MATERIAL_NECESSITY,
  MATERIAL_SOURCES,
  ONLINE_DEPTHS,
  RESULT_DELIVERIES,
  RESULT_TYPES,
  SPECIAL_PROCEDURES,
  TONGBAN_SCOPES,
  VISIT_COUNTS,
} from '@yiwang/contracts';
import { useELicenceTypes } from '../../../api/services';
import { ListField, TextList } from './editor-fields';

export interface TabProps {
  disabled: boolean;
}

function useS() {
  const { t } = useTranslation();
  const s = (k: string) => t(`services.${k}`);
  const options = (values: readonly (string | number)[], prefix: string) => values.map((v) => ({ value: v, label: s(`${prefix}.${v}`) }));
  return { s, options };
}

/** 设定依据, 受理条件, 服务对象 (and the name of a non-variant item). */
export function BasicTab({ disabled, nameFixed }: TabProps & { nameFixed: boolean }) {
  const { s, options } = useS();
  return (
    <>
      <Form.Item name="name" label={s('items.name')} rules={[{ required: true, whitespace: true }]}>
        <Input maxLength={100} disabled={disabled || nameFixed} />
      </Form.Item>
      <Form.Item name="targets" label={s('guide.targets')}>
        <Select mode="multiple" options={options(ITEM_TARGETS, 'target')} />
      </Form.Item>
      <ListField name="legalBasis" label={s('guide.legalBasis')} disabled={disabled} newRow={() => ({ law: '' })}>
        {(f) => (
          <>
            <Form.Item name={[f.name, 'law']} rules={[{ required: true, whitespace: true, message: s('editor.law') }]}>
              <Input aria-label={`${s('editor.law')} ${f.name + 1}`} placeholder={s('editor.law')} maxLength={200} />
            </Form.Item>
            <Form.Item name={[f.name, 'article']}>
              <Input aria-label={`${s('editor.article')} ${f.name + 1}`} placeholder={s('editor.article')} maxLength={100} />
            </Form.Item>
          </>
        )}
      </ListField>
      <TextList name="conditions" label={s('guide.conditions')} disabled={disabled} />
    </>
  );
}

/** 申请材料 as a table: one row per material with every attribute, column titles above. */
export function MaterialsTab({ disabled }: TabProps) {
  const { t } = useTranslation();
  const { s, options } = useS();
  const types = useELicenceTypes();
  const licenceOptions = (types.data ?? []).filter((x) => x.active).map((x) => ({ value: x.code, label: x.name }));
  const newRow = () => ({
    key: `m${Date.now().toString(36)}`,
    name: '',
    form: 'original',
    originals: 1,
    copies: 0,
    medium: 'paper_or_electronic',
    necessity: 'required',
  });
  const columns: Array<[string, string, (label: string) => ReactNode, boolean]> = [
    ['name', s('guide.materialName'), (l) => <Input aria-label={l} maxLength={200} />, true],
    ['key', s('editor.key'), (l) => <Input aria-label={l} className="mono" maxLength={32} />, true],
    ['source', s('guide.materialSource'), (l) => <Select aria-label={l} allowClear options={options(MATERIAL_SOURCES, 'source')} />, false],
    ['form', s('guide.materialForm'), (l) => <Select aria-label={l} options={options(MATERIAL_FORMS, 'form')} />, true],
    ['originals', s('form.original'), (l) => <InputNumber aria-label={l} min={0} max={10} className="full-width" />, true],
    ['copies', s('form.copy'), (l) => <InputNumber aria-label={l} min={0} max={20} className="full-width" />, true],
    ['medium', s('guide.materialMedium'), (l) => <Select aria-label={l} options={options(MATERIAL_MEDIA, 'medium')} />, true],
    ['necessity', s('guide.materialNecessity'), (l) => <Select aria-label={l} options={options(MATERIAL_NECESSITY, 'necessity')} />, true],
    ['eLicenceType', s('editor.eLicence'), (l) => <Select aria-label={l} allowClear options={licenceOptions} />, false],
  ];
  return (
    <Form.List name="materials">
      {(fields, { add, remove }) => (
        <div className="materials-grid" role="group" aria-label={s('guide.materials')}>
          {columns.map(([key, label]) => (
            <div key={key} className="materials-head" aria-hidden>
              {label}
            </div>
          ))}
          <div className="materials-head" aria-hidden />
          {fields.map((f) => (
            <Fragment key={f.key}>
              {columns.map(([key, label, control, required]) => (
                <Form.Item key={key} name={[f.name, key]} rules={required ? [{ required: true, message: label }] : []}>
                  {control(`${label} ${f.name + 1}`)}
                </Form.Item>
              ))}
              <div>
                {disabled ? null : (
                  <Button
                    icon={<DeleteOutlined aria-hidden />}
                    aria-label={`${s('editor.remove')} ${s('guide.materials')} ${f.name + 1}`}
                    onClick={() => remove(f.name)}
                  />
                )}
              </div>
            </Fragment>
          ))}
          {disabled ? null : (
            <div className="materials-add">
              <Button icon={<PlusOutlined aria-hidden />} onClick={() => add(newRow())}>
                {t('services.editor.add')}
              </Button>
            </div>
          )}
        </div>
      )}
    </Form.List>
  );
}

/** 办理流程, 法定/承诺时限, 特别程序. */
export function ProcessTab({ disabled }: TabProps) {
  const { s, options } = useS();
  return (
    <>
      <ListField name="process" label={s('guide.process')} disabled={disabled} newRow={() => ({ name: '' })}>
        {(f) => (
          <>
            <Form.Item name={[f.name, 'name']} rules={[{ required: true, whitespace: true, message: s('editor.stepName') }]}>
              <Input aria-label={`${s('editor.stepName')} ${f.name + 1}`} placeholder={s('editor.stepName')} maxLength={50} />
            </Form.Item>
            <Form.Item name={[f.name, 'days']}>
              <InputNumber aria-label={`${s('editor.stepDays')} ${f.name + 1}`} placeholder={s('editor.stepDays')} min={0} max={365} />
            </Form.Item>
          </>
        )}
      </ListField>
      <Form.Item name={['timeLimits', 'statutoryDays']} label={`${s('guide.statutory')}（${s('editor.workingDays')}）`}>
        <InputNumber min={0} max={365} />
      </Form.Item>
      <Form.Item name={['timeLimits', 'promisedDays']} label={`${s('guide.promised')}（${s('editor.workingDays')}）`}>
        <InputNumber min={0} max={365} />
      </Form.Item>
      <Form.Item name={['timeLimits', 'kind']} label={s('guide.limitKind')}>
        <Select options={options(LIMIT_KINDS, 'limitKind')} allowClear />
      </Form.Item>
      <ListField name="specialProcedures" label={s('guide.special')} disabled={disabled} newRow={() => ({ kind: 'site_survey' })}>
        {(f) => (
          <>
            <Form.Item name={[f.name, 'kind']}>
              <Select aria-label={`${s('guide.special')} ${f.name + 1}`} options={options(SPECIAL_PROCEDURES, 'special')} />
            </Form.Item>
            <Form.Item name={[f.name, 'limit']}>
              <Input
                aria-label={`${s('editor.stepDays')} ${s('guide.special')} ${f.name + 1}`}
                placeholder={s('editor.stepDays')}
                maxLength={100}
              />
            </Form.Item>
          </>
        )}
      </ListField>
    </>
  );
}

/** 网上办理深度, 到现场次数, 通办范围, 办理地点, 收费. */
export function ChannelsTab({ disabled }: TabProps) {
  const { s, options } = useS();
  return (
    <>
      <Form.Item name="onlineDepth" label={s('guide.online')}>
        <Select options={ONLINE_DEPTHS.map((d) => ({ value: d, label: s(`depth.d${d}`) }))} />
      </Form.Item>
      <Form.Item name="visits" label={s('guide.visits')}>
        <Select options={VISIT_COUNTS.map((v) => ({ value: v, label: String(v) }))} />
      </Form.Item>
      <Form.Item name="tongban" label={s('guide.tongban')}>
        <Select options={options(TONGBAN_SCOPES, 'tongban')} />
      </Form.Item>
      <ListField name="places" label={s('guide.places')} disabled={disabled} newRow={() => ({ name: '', address: '', hours: '' })}>
        {(f) =>
          (['name', 'address', 'hours'] as const).map((k) => (
            <Form.Item
              key={k}
              name={[f.name, k]}
              rules={[{ required: true, whitespace: true, message: s(`editor.${k === 'name' ? 'placeName' : k}`) }]}
            >
              <Input
                aria-label={`${s(`editor.${k === 'name' ? 'placeName' : k}`)} ${f.name + 1}`}
                placeholder={s(`editor.${k === 'name' ? 'placeName' : k}`)}
              />
            </Form.Item>
          ))
        }
      </ListField>
      <Form.Item name={['fees', 'charged']} label={s('editor.charged')} valuePropName="checked">
        <Switch />
      </Form.Item>
      <ListField name={['fees', 'items']} label={s('guide.fees')} disabled={disabled} newRow={() => ({ name: '', standard: '' })}>
        {(f) => (
          <>
            <Form.Item name={[f.name, 'name']} rules={[{ required: true, whitespace: true, message: s('editor.feeName') }]}>
              <Input aria-label={`${s('editor.feeName')} ${f.name + 1}`} placeholder={s('editor.feeName')} />
            </Form.Item>
            <Form.Item name={[f.name, 'standard']} rules={[{ required: true, whitespace: true, message: s('editor.feeStandard') }]}>
              <Input aria-label={`${s('editor.feeStandard')} ${f.name + 1}`} placeholder={s('editor.feeStandard')} />
            </Form.Item>
          </>
        )}
      </ListField>
    </>
  );
}

/** 办件结果, 咨询与投诉方式. */
export function ResultTab() {
  const { s, options } = useS();
  const types = useELicenceTypes();
  return (
    <>
      <Form.Item name={['result', 'name']} label={s('guide.result')}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name={['result', 'type']} label={s('items.type')}>
        <Select options={options(RESULT_TYPES, 'resultType')} />
      </Form.Item>
      <Form.Item name={['result', 'eLicenceType']} label={s('editor.eLicence')}>
        <Select allowClear options={(types.data ?? []).filter((x) => x.active).map((x) => ({ value: x.code, label: x.name }))} />
      </Form.Item>
      <Form.Item name={['result', 'delivery']} label={s('guide.resultDelivery')}>
        <Select mode="multiple" options={options(RESULT_DELIVERIES, 'delivery')} />
      </Form.Item>
      <Form.Item name={['contacts', 'consultation']} label={s('guide.consultation')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name={['contacts', 'complaint']} label={s('guide.complaint')}>
        <Input maxLength={200} />
      </Form.Item>
    </>
  );
}

/** 申请表单 as JSON Schema text; the server checks it is a sane subset. */
export function FormTab() {
  const { s } = useS();
  return (
    <Form.Item
      name="formJson"
      label={s('editor.formJson')}
      className="editor-json"
      rules={[
        {
          validator: (_: unknown, v?: string) => {
            try {
              if (v?.trim()) JSON.parse(v);
              return Promise.resolve();
            } catch {
              return Promise.reject(new Error(s('editor.formInvalid')));
            }
          },
        },
      ]}
    >
      <Input.TextArea autoSize={{ minRows: 12, maxRows: 30 }} spellCheck={false} />
    </Form.Item>
  );
}
