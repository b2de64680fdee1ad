/** Topics this module publishes through the outbox; other modules subscribe by these names. */
export const IDENTITY_EVENTS = {
  divisionCreated: 'identity.division.created',
  divisionUpdated: 'identity.division.updated',
  divisionDeleted: 'identity.division.deleted',
  departmentCreated: 'identity.department.created',
  departmentUpdated: 'identity.department.updated',
  accountCreated: 'identity.account.created',
  accountUpdated: 'identity.account.updated',
  passwordChanged: 'identity.account.password_changed',
} as const;
