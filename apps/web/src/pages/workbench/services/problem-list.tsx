import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ElementProblem } from '@yiwang/contracts';
import { isApiError } from '../../../api/errors';
import { errorText } from '../../../components/error-text';
import { currentLang } from '../../../i18n';

/** A refused save or step, with the field-level problems the catalog names (ITEM_INVALID, ITEM_NOT_PUBLISHABLE …). */
export function ProblemError({ error }: { error: unknown }) {
  const { t, i18n } = useTranslation();
  if (!error) return null;
  const en = currentLang(i18n.language) === 'en';
  const problems = isApiError(error) ? ((error.details as { problems?: ElementProblem[] } | undefined)?.problems ?? []) : [];
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={errorText(error, t)}
      description={
        problems.length ? (
          <ul className="guide-list">
            {problems.map((p, i) => (
              <li key={i}>{en ? p.en : p.zh}</li>
            ))}
          </ul>
        ) : undefined
      }
    />
  );
}
