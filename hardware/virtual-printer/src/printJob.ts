import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { countCommands, describeCommand } from './describeCommand.js';
import type { JobRecord, ReceivedJob } from './jobRecord.js';
import { parseEscPos } from './parseEscPos.js';
import { renderJob } from './renderJob.js';

export interface PrintJobOptions {
  outDir: string;
  widthDots: number;
  decodeImages: boolean;
}

/** Renders a received job and writes `<n>.png` (unless rejected) and `<n>.json` into outDir. */
export async function printJob(n: number, job: ReceivedJob, options: PrintJobOptions): Promise<JobRecord> {
  const commands = parseEscPos(job.bytes);
  const rejected = job.outcome === 'rejected';
  const rendered = renderJob(commands, {
    widthDots: options.widthDots,
    decodeImages: !rejected && options.decodeImages,
  });
  const pngPath = rejected ? null : join(options.outDir, `${n}.png`);
  const record: JobRecord = {
    ...job,
    n,
    pngPath,
    jsonPath: join(options.outDir, `${n}.json`),
    receivedBytes: job.bytes.length,
    width: rendered.width,
    height: rendered.height,
    text: rendered.text,
    barcodes: rendered.barcodes,
    qrCodes: rendered.qrCodes,
    decoded: rendered.decoded,
    cuts: rendered.cuts,
    warnings: rendered.warnings,
    commandCounts: countCommands(commands),
  };
  const transcript = {
    job: n,
    outcome: record.outcome,
    reason: record.reason,
    png: pngPath ? `${n}.png` : null,
    receivedBytes: record.receivedBytes,
    startedAt: new Date(record.startedAt).toISOString(),
    lastByteAt: new Date(record.lastByteAt).toISOString(),
    endedAt: new Date(record.endedAt).toISOString(),
    lastByteAtMs: record.lastByteAt,
    lastDataAt: new Date(record.lastDataAt).toISOString(),
    lastDataAtMs: record.lastDataAt,
    status: record.status,
    statusQueries: record.statusQueries,
    width: record.width,
    height: record.height,
    text: record.text,
    barcodes: record.barcodes,
    qrCodes: record.qrCodes,
    decoded: record.decoded,
    cuts: record.cuts,
    warnings: record.warnings,
    commandCounts: record.commandCounts,
    commands: commands.slice(0, 500).map(describeCommand),
  };
  if (pngPath) await writeFile(pngPath, rendered.png);
  await writeFile(record.jsonPath, `${JSON.stringify(transcript, null, 2)}\n`);
  return record;
}
