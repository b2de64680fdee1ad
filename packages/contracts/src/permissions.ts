/**
 * Roles, permissions and data scopes. The server enforces them; the web app only reads the
 * abilities the server sends (GET /api/identity/me) to shape its navigation.
 */
export const PERMISSIONS = [
  'identity.division.read',
  'identity.division.write',
  'identity.department.read',
  'identity.department.write',
  'identity.user.read',
  'identity.user.write',
  'identity.citizen.read_personal',
  'system.calendar.read',
  'system.calendar.write',
  'system.audit.read',
  'system.audit.verify',
  'hotline.order.create',
  'hotline.order.read',
  'hotline.order.act',
  'hotline.rules.manage',
  'hotline.caller.read_personal',
  'hotline.classifier.manage',
  'hotline.knowledge.read',
  'hotline.knowledge.write',
  'hotline.sources.manage',
  'hotline.analytics.read',
  'services.catalog.read',
  'services.catalog.write',
  'services.catalog.review',
  'portal.use',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const STAFF_ROLES = [
  'system_admin',
  'bureau_admin',
  'window_clerk',
  'dept_approver',
  'hotline_agent',
  'handling_unit',
  'supervisor',
  'data_officer',
  'leader',
] as const;
export const PUBLIC_ROLES = ['citizen', 'enterprise'] as const;
export const ROLES = [...STAFF_ROLES, ...PUBLIC_ROLES] as const;
export type Role = (typeof ROLES)[number];

/** own unit / own division and below / everything */
export const DATA_SCOPES = ['unit', 'division', 'all'] as const;
export type DataScope = (typeof DATA_SCOPES)[number];

const READ_ORG: Permission[] = ['identity.division.read', 'identity.department.read', 'system.calendar.read'];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  // administers the hotline's rules and reads its orders, but takes no calls and handles none
  system_admin: PERMISSIONS.filter(
    (p) => p !== 'portal.use' && p !== 'hotline.order.create' && p !== 'hotline.order.act' && p !== 'hotline.caller.read_personal',
  ),
  bureau_admin: [
    ...READ_ORG,
    'identity.division.write',
    'identity.department.write',
    'identity.user.read',
    'identity.user.write',
    'system.calendar.write',
    'system.audit.read',
    'system.audit.verify',
    'hotline.order.read',
    'hotline.rules.manage',
    'hotline.classifier.manage',
    'hotline.knowledge.read',
    'hotline.knowledge.write',
    'hotline.sources.manage',
    'hotline.analytics.read',
    // 一网通办 catalog: the bureau reviews and publishes (city-wide or in its division)
    'services.catalog.read',
    'services.catalog.write',
    'services.catalog.review',
  ],
  window_clerk: [...READ_ORG, 'identity.citizen.read_personal', 'services.catalog.read'],
  // a department edits its own items and submits them for the bureau's review
  dept_approver: [...READ_ORG, 'identity.citizen.read_personal', 'services.catalog.read', 'services.catalog.write'],
  hotline_agent: [
    ...READ_ORG,
    'hotline.order.create',
    'hotline.order.read',
    'hotline.order.act',
    'hotline.caller.read_personal',
    'hotline.knowledge.read',
  ],
  handling_unit: [...READ_ORG, 'hotline.order.read', 'hotline.order.act', 'hotline.knowledge.read'],
  supervisor: [
    ...READ_ORG,
    'identity.user.read',
    'hotline.order.read',
    'hotline.order.act',
    'hotline.caller.read_personal',
    'hotline.knowledge.read',
    'hotline.knowledge.write',
    'hotline.analytics.read',
  ],
  data_officer: [...READ_ORG],
  leader: [...READ_ORG, 'identity.user.read', 'hotline.order.read', 'hotline.analytics.read', 'services.catalog.read'],
  citizen: ['portal.use'],
  enterprise: ['portal.use'],
};

export function permissionsOf(roles: readonly Role[]): Permission[] {
  const set = new Set<Permission>();
  for (const r of roles) for (const p of ROLE_PERMISSIONS[r] ?? []) set.add(p);
  return [...set].sort();
}

export const ROLE_LABELS: Record<Role, { zh: string; en: string }> = {
  system_admin: { zh: '系统管理员', en: 'System administrator' },
  bureau_admin: { zh: '政数局管理员', en: 'Bureau administrator' },
  window_clerk: { zh: '综合窗口人员', en: 'Window clerk' },
  dept_approver: { zh: '部门审批人员', en: 'Department approver' },
  hotline_agent: { zh: '12345 话务员', en: 'Hotline agent' },
  handling_unit: { zh: '承办单位', en: 'Handling unit' },
  supervisor: { zh: '督办人员', en: 'Supervisor' },
  data_officer: { zh: '首席数据官/数据专员', en: 'Data officer' },
  leader: { zh: '领导', en: 'Leader' },
  citizen: { zh: '群众', en: 'Citizen' },
  enterprise: { zh: '企业', en: 'Enterprise' },
};
