import { randomBytes } from 'node:crypto';

/**
 * A UUID version 7 (RFC 9562): 48 bits of Unix time in ms, then 74 random bits. Ticket ids are
 * the primary key of `tickets`; random v4 ids put every issued ticket into another page of that
 * index, so a group commit of 8 issues wrote 8 index pages where time-ordered ids write one or
 * two (each page is written to the WAL and flushed by the COMMIT's fsync). The random part still
 * makes the id of the public ticket page (`/t/<id>`) unguessable; the time part is the issue
 * time, which the printed ticket shows anyway.
 */
export function timeOrderedId(now: number = Date.now()): string {
  const b = randomBytes(16);
  const ms = Math.max(0, Math.floor(now));
  // 48-bit big-endian timestamp (split: JS bit operations are 32-bit)
  const hi = Math.floor(ms / 2 ** 32);
  const lo = ms >>> 0;
  b[0] = (hi >>> 8) & 0xff;
  b[1] = hi & 0xff;
  b.writeUInt32BE(lo, 2);
  b[6] = 0x70 | (b[6]! & 0x0f); // version 7
  b[8] = 0x80 | (b[8]! & 0x3f); // variant 10
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
