import { PLATFORM_MIGRATIONS, type MigrationSource } from '@yiwang/platform';
import { IDENTITY_MIGRATIONS } from '@yiwang/identity';
import { HOTLINE_MIGRATIONS } from '@yiwang/hotline';
import { SERVICES_MIGRATIONS } from '@yiwang/services';

/** Modules in dependency order; each owns its schema and its migrations folder. */
export const MIGRATIONS: MigrationSource[] = [
  { module: 'platform', dir: PLATFORM_MIGRATIONS },
  { module: 'identity', dir: IDENTITY_MIGRATIONS },
  { module: 'hotline', dir: HOTLINE_MIGRATIONS },
  { module: 'services', dir: SERVICES_MIGRATIONS },
];
