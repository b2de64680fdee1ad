import type { Department, Division, StaffUser } from '@yiwang/contracts';
import type { DepartmentView } from './repo/departments.js';
import type { DivisionWithChildren } from './repo/divisions.js';

// API shapes are built here on purpose, never straight from rows: columns can change freely.
export const presentDivision = (d: DivisionWithChildren): Division => ({
  code: d.code,
  name: d.name,
  level: d.level,
  parentCode: d.parent_code,
  hasChildren: d.has_children,
  version: d.version,
});

export const presentDepartment = (d: DepartmentView): Department => ({
  id: d.id,
  code: d.code,
  name: d.name,
  kind: d.kind as Department['kind'],
  divisionCode: d.division_code,
  divisionName: d.division_name,
  parentId: d.parent_id,
  active: d.active,
  version: d.version,
});

export interface StaffRowLike {
  id: string;
  username: string;
  display_name: string;
  roles: string[];
  data_scope: string;
  department_id: string | null;
  department_name: string | null;
  division_code: string | null;
  status: string;
  locked_until: Date | null;
  version: number;
}

export const presentStaff = (u: StaffRowLike): StaffUser => ({
  id: u.id,
  username: u.username,
  displayName: u.display_name,
  roles: u.roles as StaffUser['roles'],
  dataScope: u.data_scope as StaffUser['dataScope'],
  departmentId: u.department_id,
  departmentName: u.department_name,
  divisionCode: u.division_code,
  status: u.status as StaffUser['status'],
  lockedUntil: u.locked_until && u.locked_until.getTime() > Date.now() ? u.locked_until.toISOString() : null,
  version: u.version,
});
