import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

describe('hub configuration from the environment', () => {
  it('has working defaults for a new user', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.timeZone).toBe('Asia/Ho_Chi_Minh');
    expect(c.seed).toBe('demo');
    expect(c.synchronous).toBe('FULL');
    expect(c.virtualPrinter).toEqual({ host: '127.0.0.1', port: 9100 });
    expect(c.issuingHours).toBeNull();
  });

  it('parses issuing hours and the virtual printer address', () => {
    const c = loadConfig({ MOTCUA_ISSUING_HOURS: '07:30-11:30,13:30-17:00', MOTCUA_VIRTUAL_PRINTER: 'off' });
    expect(c.issuingHours).toEqual([
      ['07:30', '11:30'],
      ['13:30', '17:00'],
    ]);
    expect(c.virtualPrinter).toBeNull();
  });

  it('refuses to start with every bad setting listed, not just the first', () => {
    try {
      loadConfig({ PORT: 'abc', MOTCUA_TIME_ZONE: 'Mars/Olympus', MOTCUA_ISSUING_HOURS: '25:00-26:00', MOTCUA_SEED: 'x' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      const problems = (e as ConfigError).problems.join('\n');
      for (const key of ['PORT', 'MOTCUA_TIME_ZONE', 'MOTCUA_ISSUING_HOURS', 'MOTCUA_SEED']) expect(problems).toContain(key);
    }
    expect(() => loadConfig({ MOTCUA_ISSUING_HOURS: '11:30-07:30' })).toThrow(ConfigError);
  });
});
