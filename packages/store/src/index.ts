export * from './db.js';
export * from './migrations.js';
export * from './queue-repository.js';
export * from './auth-repository.js';
export * from './print-repository.js';
