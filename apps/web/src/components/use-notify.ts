import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from './error-text';

/** Toasts bound to the antd App context (so they follow the current locale and theme). */
export function useNotify() {
  const { message } = App.useApp();
  const { t } = useTranslation();
  return {
    success: (text: string) => void message.success(text),
    error: (err: unknown) => void message.error(errorText(err, t)),
  };
}
