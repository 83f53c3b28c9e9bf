// The environment the hub runs with in production (npm start, the benchmark, the systemd unit
// in docs/deployment.md). glibc keeps the 16 MiB scrypt work buffers of password hashing in
// its per-thread pools unless large blocks are mmap'ed: this threshold returns them to the
// system (~100 MB less resident memory, measured in docs/performance.md). Other C libraries
// ignore the variable.
export const HUB_PRODUCTION_ENV = Object.freeze({
  GLIBC_TUNABLES: 'glibc.malloc.mmap_threshold=4194304',
});

/** The environment for a hub process: production defaults under whatever the caller set. */
export function hubEnv(env = process.env) {
  return { ...HUB_PRODUCTION_ENV, ...env };
}
