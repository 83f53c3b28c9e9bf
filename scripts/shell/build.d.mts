/** Types of build.mjs, for the tests that import it. */
export function buildShell(options?: { native?: boolean }): Promise<{ outDir: string; shipped: Record<string, string> }>;
export function buildAgent(): Promise<string>;
