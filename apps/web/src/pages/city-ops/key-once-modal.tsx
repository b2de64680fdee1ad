import { Alert, Button, Input, Modal, Typography } from 'antd';
import { CopyOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../components/use-notify';

interface Props {
  /** the source and its new key; null closes the dialog (and the key is gone for good) */
  shown: { name: string; apiKey: string | null } | null;
  onClose: () => void;
}

/** A new API key, shown once: the server keeps only its HMAC, so this dialog is the only place it ever appears. */
export function KeyOnceModal({ shown, onClose }: Props) {
  const { t } = useTranslation();
  const notify = useNotify();
  const copy = async (key: string) => {
    try {
      await navigator.clipboard.writeText(key);
      notify.success(t('intake.sources.copied'));
    } catch {
      notify.error(new Error(t('intake.sources.copyFailed')));
    }
  };
  return (
    <Modal
      open={shown !== null}
      title={t('intake.sources.keyTitle')}
      onCancel={onClose}
      footer={<Button onClick={onClose}>{t('common.ok')}</Button>}
      maskClosable={false}
      destroyOnHidden
    >
      {shown?.apiKey ? (
        <>
          <Alert type="warning" showIcon className="form-alert" title={t('intake.sources.keyNotice')} />
          <Typography.Paragraph>
            <label htmlFor="intake-new-key">{t('intake.sources.keyLabel', { name: shown.name })}</label>
          </Typography.Paragraph>
          <Input.TextArea id="intake-new-key" className="mono" readOnly autoSize value={shown.apiKey} onFocus={(e) => e.target.select()} />
          <Button
            className="block-gap"
            style={{ marginTop: 12 }}
            icon={<CopyOutlined aria-hidden />}
            onClick={() => void copy(shown.apiKey!)}
          >
            {t('intake.sources.copy')}
          </Button>
          <Typography.Paragraph className="muted">{t('intake.sources.usage')}</Typography.Paragraph>
        </>
      ) : (
        <Alert type="info" showIcon title={t('intake.sources.keyReplayed')} />
      )}
    </Modal>
  );
}
