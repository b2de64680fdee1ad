import { fileURLToPath } from 'node:url';

export { identityPlugin } from './plugin.js';
export { authenticate, SESSION_COOKIE } from './use-cases/authenticate.js';
export { createSystemAdmin } from './use-cases/create-system-admin.js';
export { seedIdentity, DEMO_USERS, DEMO_PASSWORD, DEMO_CITIZEN, DEMO_ENTERPRISE } from './seed.js';
export { PrincipalCache } from './domain/principal-cache.js';
export { DEFAULT_IDENTITY_CONFIG, type IdentityConfig, type IdentityDeps, type OidcConfig } from './deps.js';
export { IDENTITY_EVENTS } from './events.js';
// the read API other modules may call directly (STYLE rule 4)
export { getDepartment, listDepartments } from './use-cases/manage-departments.js';
export { activeUnitNames, departmentIdsByCode, divisionExists, unitsOfKinds } from './use-cases/unit-directory.js';
export { activeAccountKind, activeStaffWithRole, departmentsInScope, type StaffScope } from './use-cases/staff-directory.js';

export const IDENTITY_MIGRATIONS = fileURLToPath(new URL('./migrations', import.meta.url));
