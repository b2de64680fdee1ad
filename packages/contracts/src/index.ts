export * from './errors.js';
export * from './permissions.js';
export * from './common.js';
export * from './identity.js';
export * from './system.js';
export * from './hotline.js';
