export * from './errors.js';
export * from './entities.js';
export * from './auth.js';
export * from './commands.js';
export * from './events.js';
export * from './printing.js';
export * from './dossier.js';
export * from './agent.js';
export * from './display.js';

import { z } from 'zod';
// Validation messages reach screens: Vietnamese first.
z.config(z.locales.vi());
export * from './shell.js';
