export * from './queue/index.js';
export * from './calendar/index.js';
export * from './speech/index.js';
export * from './stats/index.js';
export * from './dossier/index.js';
export * from './text/index.js';
