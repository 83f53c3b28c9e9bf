export * from './errors.js';
export * from './entities.js';
export * from './auth.js';
export * from './commands.js';
export * from './events.js';
