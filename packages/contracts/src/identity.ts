import { Type, type Static } from 'typebox';
import { DATA_SCOPES, PERMISSIONS, ROLES } from './permissions.js';
import { DivisionCode, literalUnion, Paged, Uuid, Version } from './common.js';

const S = (min: number, max: number) => Type.String({ minLength: min, maxLength: max });
const closed = { additionalProperties: false } as const;

export const RoleSchema = literalUnion(ROLES);
export const DataScopeSchema = literalUnion(DATA_SCOPES);
export const PermissionSchema = literalUnion(PERMISSIONS);
export const AccountKind = Type.Union([Type.Literal('staff'), Type.Literal('citizen'), Type.Literal('enterprise')]);

export const Username = Type.String({ minLength: 3, maxLength: 64, pattern: '^[A-Za-z0-9_.@-]+$' });
export const Password = S(1, 256);

export const LoginBody = Type.Object({ username: S(1, 64), password: Password }, closed);
export type LoginBody = Static<typeof LoginBody>;

export const Me = Type.Object({
  id: Uuid,
  kind: AccountKind,
  username: Type.String(),
  displayName: Type.String(),
  roles: Type.Array(RoleSchema),
  permissions: Type.Array(PermissionSchema),
  dataScope: DataScopeSchema,
  department: Type.Union([Type.Object({ id: Uuid, name: Type.String() }), Type.Null()]),
  divisionCode: Type.Union([Type.String(), Type.Null()]),
  divisionName: Type.Union([Type.String(), Type.Null()]),
  /** echo in the X-CSRF-Token header on every mutating request made with the session cookie */
  csrfToken: Type.Union([Type.String(), Type.Null()]),
});
export type Me = Static<typeof Me>;

export const TokenBody = Type.Object(
  {
    username: S(1, 64),
    password: Password,
    name: Type.Optional(S(1, 64)),
    expiresInDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 365 })),
  },
  closed,
);
export const TokenResult = Type.Object({ accessToken: Type.String(), tokenType: Type.Literal('Bearer'), expiresAt: Type.String() });

export const ChangePasswordBody = Type.Object({ currentPassword: Password, newPassword: S(1, 256) }, closed);

export const RegisterCitizenBody = Type.Object(
  { username: Username, password: S(1, 256), realName: S(2, 50), idNumber: S(15, 18), phone: Type.Optional(S(5, 20)) },
  closed,
);
export const RegisterEnterpriseBody = Type.Object(
  { username: Username, password: S(1, 256), name: S(2, 100), uscc: S(18, 18), legalRepName: S(2, 50) },
  closed,
);

export const Division = Type.Object({
  code: DivisionCode,
  name: Type.String(),
  level: Type.Integer({ minimum: 1, maximum: 5 }),
  parentCode: Type.Union([DivisionCode, Type.Null()]),
  hasChildren: Type.Boolean(),
  version: Version,
});
export type Division = Static<typeof Division>;
export const DivisionListQuery = Type.Object({ parent: Type.Optional(DivisionCode), q: Type.Optional(S(1, 50)) }, closed);
export const CreateDivisionBody = Type.Object({ code: DivisionCode, name: S(1, 50), parentCode: DivisionCode }, closed);
export const UpdateDivisionBody = Type.Object(
  { name: Type.Optional(S(1, 50)), newCode: Type.Optional(DivisionCode), version: Version },
  closed,
);

export const DEPARTMENT_KINDS = ['bureau', 'department', 'service_center', 'street_office', 'village_station', 'hotline_center'] as const;
export const DepartmentKind = literalUnion(DEPARTMENT_KINDS);
export const Department = Type.Object({
  id: Uuid,
  code: Type.String(),
  name: Type.String(),
  kind: DepartmentKind,
  divisionCode: DivisionCode,
  divisionName: Type.String(),
  parentId: Type.Union([Uuid, Type.Null()]),
  active: Type.Boolean(),
  version: Version,
});
export type Department = Static<typeof Department>;
export const DepartmentList = Paged(Department);
export const DepartmentListQuery = Type.Object(
  {
    divisionCode: Type.Optional(DivisionCode),
    q: Type.Optional(S(1, 50)),
    includeSubdivisions: Type.Optional(Type.Boolean({ default: true })),
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100000, default: 1 })),
    pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 20 })),
  },
  closed,
);
export const CreateDepartmentBody = Type.Object(
  {
    name: S(2, 100),
    code: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9_-]{2,40}$' })),
    kind: DepartmentKind,
    divisionCode: DivisionCode,
    parentId: Type.Optional(Uuid),
  },
  closed,
);
export const UpdateDepartmentBody = Type.Object(
  { name: Type.Optional(S(2, 100)), kind: Type.Optional(DepartmentKind), active: Type.Optional(Type.Boolean()), version: Version },
  closed,
);

export const StaffUser = Type.Object({
  id: Uuid,
  username: Type.String(),
  displayName: Type.String(),
  roles: Type.Array(RoleSchema),
  dataScope: DataScopeSchema,
  departmentId: Type.Union([Uuid, Type.Null()]),
  departmentName: Type.Union([Type.String(), Type.Null()]),
  divisionCode: Type.Union([Type.String(), Type.Null()]),
  status: Type.Union([Type.Literal('active'), Type.Literal('disabled')]),
  lockedUntil: Type.Union([Type.String(), Type.Null()]),
  version: Version,
});
export type StaffUser = Static<typeof StaffUser>;
export const StaffUserList = Paged(StaffUser);
export const UserListQuery = Type.Object(
  {
    q: Type.Optional(S(1, 50)),
    departmentId: Type.Optional(Uuid),
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100000, default: 1 })),
    pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 20 })),
  },
  closed,
);
export const CreateUserBody = Type.Object(
  {
    username: Username,
    displayName: S(1, 50),
    password: S(1, 256),
    roles: Type.Array(RoleSchema, { minItems: 1, maxItems: 9, uniqueItems: true }),
    departmentId: Uuid,
    dataScope: DataScopeSchema,
  },
  closed,
);
export const UpdateUserBody = Type.Object(
  {
    displayName: Type.Optional(S(1, 50)),
    roles: Type.Optional(Type.Array(RoleSchema, { minItems: 1, maxItems: 9, uniqueItems: true })),
    dataScope: Type.Optional(DataScopeSchema),
    status: Type.Optional(Type.Union([Type.Literal('active'), Type.Literal('disabled')])),
    version: Version,
  },
  closed,
);
export const ResetPasswordBody = Type.Object({ newPassword: S(1, 256) }, closed);

export const RoleInfo = Type.Object({
  role: RoleSchema,
  zh: Type.String(),
  en: Type.String(),
  permissions: Type.Array(PermissionSchema),
});

export const Citizen = Type.Object({
  id: Uuid,
  username: Type.String(),
  realName: Type.String(),
  idNumberMasked: Type.String(),
  phoneMasked: Type.Union([Type.String(), Type.Null()]),
});
export const CitizenPersonal = Type.Object({
  id: Uuid,
  realName: Type.String(),
  idNumber: Type.String(),
  phone: Type.Union([Type.String(), Type.Null()]),
});

/** The signed-in account's own real-name data, masked as everywhere else on screen. */
export const Profile = Type.Object({
  kind: AccountKind,
  realName: Type.Union([Type.String(), Type.Null()]),
  idNumberMasked: Type.Union([Type.String(), Type.Null()]),
  phoneMasked: Type.Union([Type.String(), Type.Null()]),
  enterpriseName: Type.Union([Type.String(), Type.Null()]),
  uscc: Type.Union([Type.String(), Type.Null()]),
  legalRepName: Type.Union([Type.String(), Type.Null()]),
});
export type Profile = Static<typeof Profile>;
