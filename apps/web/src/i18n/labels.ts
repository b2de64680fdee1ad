import { useTranslation } from 'react-i18next';
import { ROLE_LABELS, type DataScope, type Me, type Permission, type Role } from '@yiwang/contracts';
import type { DepartmentKind } from '../api/departments';
import { currentLang } from './index';

/** Display names for enum values: roles come from contracts, the rest from our message files. */
export function useLabels() {
  const { t, i18n } = useTranslation();
  const en = currentLang(i18n.language) === 'en';
  return {
    role: (r: Role) => (en ? ROLE_LABELS[r].en : ROLE_LABELS[r].zh),
    scope: (s: DataScope) => t(`scope.${s}`),
    accountKind: (k: Me['kind']) => t(`accountKind.${k}`),
    deptKind: (k: DepartmentKind) => t(`deptKind.${k}`),
    permission: (p: Permission) => t(`perm.${p.replaceAll('.', '_')}`),
    divisionLevel: (level: number) => t(`division.levels.l${level}`, { defaultValue: String(level) }),
    weekday: (isoDate: string) => t(`calendar.weekdays.d${new Date(`${isoDate}T00:00:00Z`).getUTCDay()}`),
  };
}
