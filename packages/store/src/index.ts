export * from './db.js';
export * from './migrations.js';
export * from './queue-repository.js';
export * from './auth-repository.js';
export * from './print-repository.js';
export * from './catalog-repository.js';
export * from './calendar-repository.js';
export * from './dossier-repository.js';
