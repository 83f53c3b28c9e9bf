// Reads a process's memory and CPU time from /proc (Linux only).
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

let clkTck = 100;
try {
  clkTck = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
} catch {
  /* keep 100, the Linux default */
}

/** { rssMb, hwmMb, cpuS } of a live process: VmRSS/VmHWM from status, utime+stime from stat. */
export function procSample(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the ")" that closes the command name: state is field 3, utime 14, stime 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  const num = (key) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN);
  return {
    rssMb: kb('VmRSS') / 1024,
    hwmMb: kb('VmHWM') / 1024,
    cpuS: ticks / clkTck,
    userS: Number(fields[11]) / clkTck,
    sysS: Number(fields[12]) / clkTck,
    voluntarySwitches: num('voluntary_ctxt_switches'),
    involuntarySwitches: num('nonvoluntary_ctxt_switches'),
    at: performance.now(),
  };
}

/** CPU use between two samples, in % of one core. */
export function cpuPercent(a, b) {
  const wallS = (b.at - a.at) / 1000;
  return wallS > 0 ? (100 * (b.cpuS - a.cpuS)) / wallS : null;
}
