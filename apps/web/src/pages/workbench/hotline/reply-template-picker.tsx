import { Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useReplyTemplates } from '../../../api/hotline-oversight';

const fits = (prefix: string | null, category: string | null) =>
  !prefix || (category !== null && (category === prefix || category.startsWith(`${prefix}.`)));

/** 答复模板: pick one to fill the reply; only templates for the order's category (or for all). Hidden when there are none. */
export function ReplyTemplatePicker({ categoryPrefix, onPick }: { categoryPrefix: string | null; onPick: (content: string) => void }) {
  const { t } = useTranslation();
  const templates = useReplyTemplates(true);
  const usable = (templates.data ?? []).filter((x) => fits(x.categoryPrefix, categoryPrefix));
  if (!usable.length) return null;
  return (
    <Form.Item label={t('hotlineDesk.actionField.template')} htmlFor="reply-template">
      <Select<string>
        id="reply-template"
        placeholder={t('hotlineDesk.actionField.templatePlaceholder')}
        options={usable.map((x) => ({ value: x.id, label: x.title }))}
        onChange={(id) => {
          const picked = usable.find((x) => x.id === id);
          if (picked) onPick(picked.content);
        }}
      />
    </Form.Item>
  );
}
