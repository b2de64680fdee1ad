/** Topics the intake area publishes (sources and their keys; orders announce themselves through ORDER_EVENTS). */
export const INTAKE_EVENTS = {
  sourceCreated: 'hotline.intake_source.created',
  sourceUpdated: 'hotline.intake_source.updated',
  keyRotated: 'hotline.intake_source.key_rotated',
  keyRevoked: 'hotline.intake_source.key_revoked',
} as const;
