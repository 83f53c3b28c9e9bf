import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AgentEnvError, loadAgentEnv, maskToken, parsePrinterProfiles, parseScannerSpecs, scannerSources } from '../src/index.js';

const base = { MOTCUA_HUB_URL: 'http://192.0.2.10:8080', MOTCUA_DEVICE_TOKEN: 'dev_0123456789abcdef' };
const usb = { id: 'kiosk-1-usb', name: 'Máy in kiosk 1', transport: { kind: 'usb-file', path: '/dev/usb/lp0' }, widthDots: 576, dpi: 203 };
const serial = { id: 'kiosk-1-serial', name: 'Máy in nối tiếp', transport: { kind: 'serial', path: '/dev/ttyUSB0' }, widthDots: 512, dpi: 180 };

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadAgentEnv(env);
  } catch (e) {
    if (e instanceof AgentEnvError) return e.problems;
    throw e;
  }
  return [];
}

describe('standalone agent settings', () => {
  it('parses hub, token and scanner list', () => {
    const env = loadAgentEnv({
      MOTCUA_HUB_URL: 'http://192.0.2.10:8080/kiosk/',
      MOTCUA_DEVICE_TOKEN: 'dev_0123456789abcdef',
      MOTCUA_SCANNERS: 'hid, hid:0C2E:0b61 ,hid:/dev/hidraw3,serial:/dev/ttyACM0,serial:/dev/ttyUSB0@115200',
    });
    expect(env.hubUrl).toBe('http://192.0.2.10:8080');
    expect(env.logLevel).toBe('info');
    expect(env.scanners).toEqual([
      { kind: 'hid-pos' },
      { kind: 'hid-pos', vendorId: 0x0c2e, productId: 0x0b61 },
      { kind: 'hid-pos', path: '/dev/hidraw3' },
      { kind: 'serial', path: '/dev/ttyACM0', baudRate: 9600 },
      { kind: 'serial', path: '/dev/ttyUSB0', baudRate: 115200 },
    ]);
    expect(scannerSources(env.scanners).map((s) => s.id)).toEqual([
      'hid:usage page 0x8c',
      'hid:0c2e:0b61',
      'hid:/dev/hidraw3',
      'serial:/dev/ttyACM0',
      'serial:/dev/ttyUSB0',
    ]);
  });

  it('lists every bad setting at once', () => {
    let err: unknown;
    try {
      loadAgentEnv({ MOTCUA_HUB_URL: 'ftp://x', MOTCUA_SCANNERS: 'usb:/dev/lp0', LOG_LEVEL: 'loud' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(AgentEnvError);
    const problems = (err as AgentEnvError).problems;
    expect(problems).toHaveLength(4);
    expect(problems.join('\n')).toMatch(/MOTCUA_HUB_URL.*\n.*MOTCUA_DEVICE_TOKEN.*\n.*usb:\/dev\/lp0.*\n.*LOG_LEVEL/);
  });

  it('an empty scanner list is fine; tokens are masked for logs', () => {
    expect(parseScannerSpecs('')).toEqual([]);
    expect(maskToken('dev_0123456789abcdef')).toBe('dev_01…(20)');
  });
});

describe('MOTCUA_PRINTERS', () => {
  it('takes a JSON array of printer profiles, defaults filled in (serial at 115200 baud)', () => {
    const env = loadAgentEnv({ ...base, MOTCUA_PRINTERS: JSON.stringify([usb, serial]) });
    expect(env.printers.map((p) => p.id)).toEqual(['kiosk-1-usb', 'kiosk-1-serial']);
    expect(env.printers[1]?.transport).toEqual({ kind: 'serial', path: '/dev/ttyUSB0', baudRate: 115200 });
    expect(env.printers[0]).toMatchObject({ cut: 'partial', statusTimeoutMs: 1500, textMode: null });
    expect(loadAgentEnv(base).printers).toEqual([]);
  });

  it('or the path of a JSON file holding that array', () => {
    const dir = mkdtempSync(join(tmpdir(), 'motcua-agent-env-'));
    try {
      const file = join(dir, 'printers.json');
      writeFileSync(file, JSON.stringify([usb]));
      expect(loadAgentEnv({ ...base, MOTCUA_PRINTERS: file }).printers.map((p) => p.transport)).toEqual([{ kind: 'usb-file', path: '/dev/usb/lp0' }]);
      writeFileSync(file, '{ "id": ');
      expect(problemsOf({ ...base, MOTCUA_PRINTERS: file })).toEqual([expect.stringMatching(/^MOTCUA_PRINTERS \(.*printers\.json\): not JSON/)]);
      expect(problemsOf({ ...base, MOTCUA_PRINTERS: join(dir, 'missing.json') })).toEqual([
        expect.stringMatching(/^MOTCUA_PRINTERS: cannot read .*missing\.json \(ENOENT\)/),
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names every bad profile and field, with the other bad settings', () => {
    const problems = problemsOf({
      MOTCUA_HUB_URL: 'http://192.0.2.10:8080',
      MOTCUA_PRINTERS: JSON.stringify([
        { ...usb, widthDots: 576, dpi: 180 },
        { ...usb, id: 'net', transport: { kind: 'tcp', host: '192.0.2.50' } },
        usb,
        usb,
        { ...serial, transport: { kind: 'serial' } },
      ]),
    });
    expect(problems).toEqual([
      expect.stringMatching(/^MOTCUA_DEVICE_TOKEN/),
      expect.stringMatching(/^MOTCUA_PRINTERS\[0\]\.dpi: khổ in/),
      expect.stringMatching(/^MOTCUA_PRINTERS\[1\]\.transport\.kind: "tcp" is not for an agent/),
      'MOTCUA_PRINTERS[3].id: "kiosk-1-usb" is used twice',
      expect.stringMatching(/^MOTCUA_PRINTERS\[4\]\.transport\.path: /),
    ]);
    expect(problemsOf({ ...base, MOTCUA_PRINTERS: '{"id":"x"}' })).toEqual(['MOTCUA_PRINTERS: must be a JSON array of printer profiles']);
  });

  it('a profile without an id takes the one given at pairing; only one may', () => {
    const { id: _id, ...noId } = usb;
    expect(parsePrinterProfiles([noId], 'printers.json', 'kiosk-7').profiles.map((p) => p.id)).toEqual(['kiosk-7']);
    expect(parsePrinterProfiles([noId], 'printers.json').problems).toEqual([expect.stringMatching(/^printers\.json\[0\]\.id: missing/)]);
    expect(parsePrinterProfiles([noId, noId], 'printers.json', 'kiosk-7').problems).toEqual([
      expect.stringMatching(/^printers\.json\[1\]\.id: missing, and only one printer/),
    ]);
  });
});
