export * from './commands.js';
export * from './numbering.js';
export * from './order.js';
export * from './result.js';
export * from './state.js';
export * from './time.js';
export * from './counters.js';
