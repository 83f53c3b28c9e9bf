import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createUsbFileTransport } from '../../src/index.js';
import { EscPosStream, type DeviceStatus } from './escposStream.js';
import type { ContractDevice } from './transportContract.js';

/**
 * A temp file standing in for /dev/usb/lp0. A poller plays the printer: it reads what the
 * host wrote and appends status answers, which the host reads back from its descriptor.
 * `/dev/full` (every write fails) stands in for a device unplugged mid-job, and a FIFO
 * (its 64 KiB pipe buffer fills, then EAGAIN) for a printer that stops taking data.
 */
export function usbFileDevice(): ContractDevice {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-lp-'));
  const path = join(dir, 'lp0');
  const fifo = join(dir, 'stalled-lp1');
  execFileSync('mkfifo', [fifo]);
  let status: DeviceStatus = {};
  let scanned = 0;
  const answers = new Set<number>();
  let stream: EscPosStream;
  const reset = (): void => {
    writeFileSync(path, '');
    scanned = 0;
    answers.clear();
    stream = new EscPosStream(
      (b) => {
        const at = readFileSync(path).length;
        answers.add(at);
        appendFileSync(path, Uint8Array.of(b));
      },
      () => status,
    );
  };
  reset();
  const poll = (): void => {
    const content = readFileSync(path);
    if (content.length <= scanned) return;
    const fresh: number[] = [];
    for (let i = scanned; i < content.length; i++) if (!answers.has(i)) fresh.push(content[i] ?? 0);
    scanned = content.length;
    stream.push(Uint8Array.from(fresh));
  };
  const timer = setInterval(poll, 5);
  return {
    transport: () => createUsbFileTransport({ path, pollMs: 5 }),
    unreachable: () => createUsbFileTransport({ path: join(dir, 'no-such-lp9') }),
    breaking: () => createUsbFileTransport({ path: '/dev/full' }),
    stalled: () => createUsbFileTransport({ path: fifo, sendTimeoutMs: 500, pollMs: 5 }),
    setStatus: (s) => {
      status = s;
    },
    received: () => {
      poll();
      return Uint8Array.from(stream.job);
    },
    questions: () => [...stream.questions],
    seesStatusOnlyConnections: true,
    reset,
    close: async () => {
      clearInterval(timer);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
