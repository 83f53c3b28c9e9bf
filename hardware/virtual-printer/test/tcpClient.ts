// Raw TCP client for tests: what a printer transport would do, with no library in between.
import net from 'node:net';

export interface RawClient {
  socket: net.Socket;
  /** Every byte the printer sent so far. */
  received(): number[];
  /** Resolves when at least `count` bytes arrived (rejects if the socket closes first). */
  waitForBytes(count: number): Promise<number[]>;
  /** Resolves when the socket is fully closed, with the error that closed it, if any. */
  closed: Promise<Error | null>;
  write(bytes: Uint8Array | number[]): Promise<void>;
  /** Half-closes (end of job) and waits for the printer to close too. */
  end(): Promise<void>;
}

export function connect(port: number): Promise<RawClient> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    const bytes: number[] = [];
    const waiters: Array<() => void> = [];
    let error: Error | null = null;
    let isClosed = false;
    socket.on('data', (chunk: Buffer) => {
      bytes.push(...chunk);
      for (const w of waiters.splice(0)) w();
    });
    socket.on('error', (err) => {
      error = err;
    });
    const closed = new Promise<Error | null>((r) =>
      socket.on('close', () => {
        isClosed = true;
        for (const w of waiters.splice(0)) w();
        r(error);
      }),
    );
    socket.once('connect', () => {
      socket.off('error', reject);
      resolve({
        socket,
        received: () => [...bytes],
        waitForBytes: (count) =>
          new Promise((res, rej) => {
            const check = (): void => {
              if (bytes.length >= count) res(bytes.slice(0, count));
              else if (isClosed) rej(new Error(`socket closed after ${bytes.length} of ${count} bytes`));
              else waiters.push(check);
            };
            check();
          }),
        closed,
        write: (data) =>
          new Promise((res, rej) => socket.write(Uint8Array.from(data), (err) => (err ? rej(err) : res()))),
        end: async () => {
          socket.end();
          await closed;
        },
      });
    });
    socket.once('error', reject);
  });
}

/** Sends one whole job on its own connection and waits until the printer closed it. */
export async function sendJob(port: number, bytes: Uint8Array): Promise<void> {
  const client = await connect(port);
  await client.write(bytes);
  await client.end();
}

/** Resolves with the error code of a connection attempt (`null` if it connected). */
export function connectError(port: number): Promise<string | null> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(null);
    });
    socket.once('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? err.message));
  });
}

/** Connects and waits until the printer drops the connection; returns what arrived and the error code. */
export function connectUntilDropped(port: number): Promise<{ received: number[]; error: string | null }> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    const received: number[] = [];
    let error: string | null = null;
    socket.on('data', (chunk: Buffer) => received.push(...chunk));
    socket.on('error', (err: NodeJS.ErrnoException) => {
      error = err.code ?? err.message;
    });
    socket.on('close', () => resolve({ received, error }));
  });
}
