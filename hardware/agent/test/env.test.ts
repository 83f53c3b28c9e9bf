import { describe, expect, it } from 'vitest';
import { AgentEnvError, loadAgentEnv, maskToken, parseScannerSpecs, scannerSources } from '../src/index.js';

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
