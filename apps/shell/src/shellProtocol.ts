// The shell's part of the protocol (packages/protocol/src/shell.ts).
// TODO(lead): once packages/protocol/src/index.ts has `export * from './shell.js';`, replace this
// line with `export * from '@motcua/protocol';` (or import from '@motcua/protocol' directly).
export * from '../../../packages/protocol/src/shell.js';
