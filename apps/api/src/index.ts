export { buildApp, type BuiltApp } from './app.js';
export { boot, type Runtime, type BootOptions } from './runtime.js';
export { loadConfig, type Config } from './config.js';
