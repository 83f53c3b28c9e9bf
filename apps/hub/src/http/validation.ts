import type { z } from 'zod';

/** One readable Vietnamese line from a zod error (first few issues, with their paths). */
export function zodMessage(error: z.ZodError): string {
  const parts = error.issues.slice(0, 3).map((i) => {
    const path = i.path.length ? i.path.join('.') : 'dữ liệu';
    return `${path}: ${i.message}`;
  });
  return `Dữ liệu không hợp lệ — ${parts.join('; ')}`;
}
