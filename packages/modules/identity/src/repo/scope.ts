import type { ScopeFilter } from '@yiwang/platform';
import { sql, type ExpressionBuilder, type Expression, type SqlBool } from 'kysely';
import type { IdentityDb } from './tables.js';

const likePrefix = (p: string) => `${p.replace(/[\\%_]/g, '\\$&')}%`;

/**
 * The data-scope filter for department rows, applied inside the query so a list, a count and a
 * lookup by id can never see past the caller's scope.
 */
export function departmentInScope(eb: ExpressionBuilder<IdentityDb, 'identity.department'>, scope: ScopeFilter): Expression<SqlBool> {
  switch (scope.kind) {
    case 'all':
      return sql<boolean>`true`;
    case 'division':
      return eb('identity.department.division_code', 'like', likePrefix(scope.prefix));
    case 'unit':
      return eb('identity.department.id', '=', scope.departmentId);
    case 'none':
      return sql<boolean>`false`;
  }
}

export function divisionInScope(code: string, scope: ScopeFilter): boolean {
  if (scope.kind === 'all') return true;
  if (scope.kind === 'division') return code.startsWith(scope.prefix);
  return false;
}

export { likePrefix };
