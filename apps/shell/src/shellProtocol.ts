// The shell's part of the protocol (packages/protocol/src/shell.ts), re-exported for the shell's modules.
export * from '@motcua/protocol';
