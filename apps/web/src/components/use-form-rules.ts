import { useTranslation } from 'react-i18next';

/** Form rules whose messages every form words the same way. */
export function useFormRules() {
  const { t } = useTranslation();
  return {
    /** "请输入{field}": names the empty field so the message makes sense out of context. */
    required: (label: string) => ({ required: true, message: t('common.required', { field: label }) }),
    /** Checks a filled-in value only; an empty one is left to `required` (or allowed, if optional). */
    valid: (isValid: (value: string) => boolean, messageKey: string) => ({
      validator: (_: unknown, v?: string) => (!v || isValid(v) ? Promise.resolve() : Promise.reject(new Error(t(messageKey)))),
    }),
  };
}
