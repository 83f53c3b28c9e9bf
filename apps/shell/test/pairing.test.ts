import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normaliseHub, pairWithHub } from '../src/pairing.js';

/** A tiny stand-in for the hub's pairing endpoint: `POST /api/devices/pair { code }`. */
function fakeHub(): Promise<{ url: string; server: Server; requests: Array<{ method: string; path: string; body: unknown; type: string }> }> {
  const requests: Array<{ method: string; path: string; body: unknown; type: string }> = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let text = '';
    req.on('data', (c: Buffer) => (text += c.toString()));
    req.on('end', () => {
      const body: unknown = text ? JSON.parse(text) : null;
      requests.push({ method: req.method ?? '', path: req.url ?? '', body, type: req.headers['content-type'] ?? '' });
      const code = (body as { code?: string } | null)?.code;
      const send = (status: number, json: unknown): void => {
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(json));
      };
      if (req.url !== '/api/devices/pair' || req.method !== 'POST') return send(404, { error: { code: 'NOT_FOUND', message: 'Không có' } });
      if (code === 'KIOSK-1') return send(200, { deviceToken: 'dev_kiosk_0123456789', role: 'kiosk', name: 'Kiosk sảnh' });
      if (code === 'QUAY-3') return send(200, { deviceToken: 'dev_counter_0123456789', role: 'counter-display', name: 'Màn hình quầy 3', counterId: 'q3' });
      if (code === 'WEIRD') return send(200, { token: 'x' });
      if (code === 'NOJSON') return void res.writeHead(502).end('Bad gateway');
      return send(401, { error: { code: 'UNAUTHENTICATED', message: 'Mã ghép nối không đúng hoặc đã hết hạn.' } });
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server, requests })),
  );
}

describe('pairing client', () => {
  let hub: Awaited<ReturnType<typeof fakeHub>>;
  beforeAll(async () => {
    hub = await fakeHub();
  });
  afterAll(() => new Promise<void>((r) => hub.server.close(() => r())));

  it('sends POST /api/devices/pair { code } and turns the answer into a config', async () => {
    const r = await pairWithHub(`${hub.url}/admin/`, '  KIOSK-1 ');
    expect(r).toEqual({ ok: true, name: 'Kiosk sảnh', config: { hubUrl: hub.url, role: 'kiosk', deviceToken: 'dev_kiosk_0123456789' } });
    expect(hub.requests.at(-1)).toEqual({ method: 'POST', path: '/api/devices/pair', body: { code: 'KIOSK-1' }, type: 'application/json' });
  });

  it('keeps the counter of a counter display', async () => {
    const r = await pairWithHub(hub.url, 'QUAY-3');
    expect(r.ok && r.config).toEqual({ hubUrl: hub.url, role: 'counter-display', deviceToken: 'dev_counter_0123456789', counterId: 'q3' });
  });

  it("passes the hub's error on, for the pairing page to show", async () => {
    expect(await pairWithHub(hub.url, 'WRONG')).toEqual({
      ok: false,
      error: { code: 'UNAUTHENTICATED', message: 'Mã ghép nối không đúng hoặc đã hết hạn.' },
    });
    expect(await pairWithHub(hub.url, 'NOJSON')).toMatchObject({ ok: false, error: { code: 'HTTP_502' } });
    expect(await pairWithHub(hub.url, 'WEIRD')).toMatchObject({ ok: false, error: { code: 'BAD_ANSWER' } });
  });

  it('an unreachable hub or a bad address is a clear error, never a throw', async () => {
    const closed = await fakeHub();
    await new Promise<void>((r) => closed.server.close(() => r()));
    expect(await pairWithHub(closed.url, 'KIOSK-1')).toMatchObject({ ok: false, error: { code: 'UNREACHABLE' } });
    expect(await pairWithHub('ftp://192.0.2.1', 'KIOSK-1')).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(await pairWithHub(hub.url, 'x')).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
  });

  it('accepts an address typed without http://', () => {
    expect(normaliseHub('192.0.2.10:8080')).toBe('http://192.0.2.10:8080');
    expect(normaliseHub(' https://mot-cua.local/ ')).toBe('https://mot-cua.local');
    expect(normaliseHub('file:///etc')).toBeNull();
  });
});
