// The environment the hub runs with in production (npm start, the benchmark, the systemd unit
// in docs/deployment.md), measured in docs/performance.md:
// - glibc keeps the 16 MiB scrypt work buffers of password hashing in its per-thread pools
//   unless large blocks are mmap'ed: this threshold returns them to the system (~100 MB less
//   resident memory). Other C libraries ignore the variable.
// - V8's young generation may grow to 3 × 16 MiB semi-spaces by default; the hub's young
//   objects are short-lived frames and requests. With 1,000 TVs: 16 MiB 149–150 MB,
//   8 MiB 134 MB, 4 MiB 125 MB; the fan-out p99 moved within its run-to-run spread
//   (1.03–1.21, 1.11–1.16, 1.10–1.23 × the bare broadcast). 8 MiB keeps both targets clear.
export const HUB_PRODUCTION_ENV = Object.freeze({
  GLIBC_TUNABLES: 'glibc.malloc.mmap_threshold=4194304',
  NODE_OPTIONS: '--max-semi-space-size=8',
});

/**
 * The environment for a hub process: production defaults under whatever the caller set; the
 * caller's NODE_OPTIONS come after ours, so a flag set there wins.
 */
export function hubEnv(env = process.env) {
  const nodeOptions = [HUB_PRODUCTION_ENV.NODE_OPTIONS, env.NODE_OPTIONS].filter(Boolean).join(' ');
  return { ...HUB_PRODUCTION_ENV, ...env, NODE_OPTIONS: nodeOptions };
}
