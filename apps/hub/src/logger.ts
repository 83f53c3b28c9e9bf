import pino, { type Logger } from 'pino';

/** The one structured logger; subsystems take a child with a `category`. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { app: 'motcua-hub' }, redact: ['password', '*.password', 'token', '*.token', 'req.headers.authorization'] });
}
