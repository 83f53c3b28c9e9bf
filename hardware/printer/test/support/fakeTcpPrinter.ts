import { createServer, type Server, type Socket } from 'node:net';
import type { StatusRequest } from '../../src/index.js';
import { EscPosStream, type DeviceStatus } from './escposStream.js';
import type { ContractDevice } from './transportContract.js';
import { createTcpTransport } from '../../src/index.js';

export interface FakeTcpPrinter {
  port: number;
  status: DeviceStatus;
  /** Every connection's parsed stream, in order. */
  connections: EscPosStream[];
  /** The next connections are reset once they have received this many bytes. */
  breakAfterBytes: number | null;
  /** The next connections are never read from. */
  stall: boolean;
  close(): Promise<void>;
}

/** A raw TCP 9100 printer double on 127.0.0.1:0: records bytes and answers DLE EOT. */
export async function startFakeTcpPrinter(): Promise<FakeTcpPrinter> {
  const sockets = new Set<Socket>();
  const printer: FakeTcpPrinter = {
    port: 0,
    status: {},
    connections: [],
    breakAfterBytes: null,
    stall: false,
    close: () => {
      for (const s of sockets) s.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    const stream = new EscPosStream(
      (b) => socket.write(Uint8Array.of(b)),
      () => printer.status,
    );
    printer.connections.push(stream);
    const limit = printer.breakAfterBytes;
    if (printer.stall) {
      socket.pause();
      socket.on('error', () => undefined);
      socket.on('close', () => sockets.delete(socket));
      return;
    }
    let seen = 0;
    socket.on('data', (chunk: Buffer) => {
      seen += chunk.length;
      if (limit !== null && seen >= limit) {
        socket.resetAndDestroy();
        return;
      }
      stream.push(chunk);
    });
    socket.on('end', () => {
      stream.end();
      socket.end();
    });
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  printer.port = typeof address === 'object' && address ? address.port : 0;
  return printer;
}

/** A port on 127.0.0.1 that nobody listens on. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 1;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export async function fakeTcpDevice(): Promise<ContractDevice> {
  const printer = await startFakeTcpPrinter();
  const refused = await closedPort();
  return {
    transport: () => createTcpTransport({ host: '127.0.0.1', port: printer.port, connectTimeoutMs: 5000 }),
    unreachable: () => createTcpTransport({ host: '127.0.0.1', port: refused, connectTimeoutMs: 5000 }),
    breaking: () => {
      printer.breakAfterBytes = 64 * 1024;
      return createTcpTransport({ host: '127.0.0.1', port: printer.port, connectTimeoutMs: 5000 });
    },
    stalled: () => {
      printer.stall = true;
      return createTcpTransport({ host: '127.0.0.1', port: printer.port, connectTimeoutMs: 5000, sendTimeoutMs: 500 });
    },
    setStatus: (s) => {
      printer.status = s;
    },
    received: () => Uint8Array.from(printer.connections.flatMap((c) => c.job)),
    questions: () => printer.connections.flatMap((c) => c.questions) as StatusRequest[],
    seesStatusOnlyConnections: true,
    reset: () => {
      printer.connections.length = 0;
      printer.breakAfterBytes = null;
      printer.stall = false;
    },
    close: () => printer.close(),
  };
}
