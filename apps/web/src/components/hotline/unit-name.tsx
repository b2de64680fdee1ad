import { useQuery } from '@tanstack/react-query';
import type { Department } from '@yiwang/contracts';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { optional } from '../../api/optional';

/** A handling unit's name from the organisation directory; a unit outside the viewer's scope shows as "—". */
export function UnitName({ id }: { id: string | null | undefined }) {
  const { t } = useTranslation();
  const unit = useQuery({
    queryKey: ['departments', 'one', id],
    queryFn: () => optional(api<Department>(`/api/identity/departments/${encodeURIComponent(id ?? '')}`)),
    enabled: !!id,
    staleTime: 10 * 60_000,
  });
  if (!id) return <span className="muted">{t('hotlineDesk.field.noUnit')}</span>;
  return <span>{unit.data?.name ?? t('common.empty')}</span>;
}
