import { Form, type ModalProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNotify } from './use-notify';
import { useFormRules } from './use-form-rules';

/** The parts of a react-query mutation a form dialog needs. */
interface Mutation {
  isPending: boolean;
  reset: () => void;
}

interface Options {
  onClose: () => void;
  /** Every mutation the dialog can run: any pending one spins OK, all are reset once closed. */
  mutations: Mutation[];
  /** For dialogs that stay mounted while hidden, so a reopened form starts empty. */
  resetFieldsOnClose?: boolean;
}

/**
 * Wiring shared by every form dialog: OK submits the form, Cancel closes, and a closed dialog
 * forgets the last request error so it does not greet the user on reopening.
 */
export function useModalForm<Values>({ onClose, mutations, resetFieldsOnClose = false }: Options) {
  const { t } = useTranslation();
  const notify = useNotify();
  const { required } = useFormRules();
  const [form] = Form.useForm<Values>();

  const modalProps = {
    okText: t('common.save'),
    cancelText: t('common.cancel'),
    confirmLoading: mutations.some((m) => m.isPending),
    onOk: () => form.submit(),
    // Not `onClose` itself: it must not receive the click event as an argument.
    onCancel: () => onClose(),
    afterClose: () => {
      if (resetFieldsOnClose) form.resetFields();
      mutations.forEach((m) => m.reset());
    },
  } satisfies ModalProps;

  /**
   * Mutation callbacks: toast `message` and close on success. With `closeOnError` a failure is
   * toasted and the dialog closed too (a stale version: the list refetches, the user reopens it).
   */
  const closeAfter = <Result>(message: (result: Result) => string, { closeOnError = false } = {}) => ({
    onSuccess: (result: Result) => {
      notify.success(message(result));
      onClose();
    },
    onError: (err: unknown) => {
      if (!closeOnError) return;
      notify.error(err);
      onClose();
    },
  });

  return { form, modalProps, closeAfter, required };
}
