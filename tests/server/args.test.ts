import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/server/args.ts';

describe('server command line', () => {
  it('defaults to this computer only, port 8080, ./data', () => {
    expect(parseArgs([])).toEqual({ port: 8080, host: '127.0.0.1', dataDir: 'data', help: false });
  });

  it('reads every option, with a space or an equals sign', () => {
    expect(parseArgs(['--port', '0', '--host=0.0.0.0', '--data', '/tmp/w', '--public-url', 'http://192.168.1.5:8080', '--join-limit=500', '--socket-limit', '2000', '--end-idle-rooms', '0.5', '--durability', 'normal'])).toEqual({
      port: 0, host: '0.0.0.0', dataDir: '/tmp/w', publicUrl: 'http://192.168.1.5:8080', joinLimit: 500, socketLimit: 2000, endIdleRoomsHours: 0.5, durability: 'normal', help: false,
    });
    // 0 turns the idle end off.
    expect(parseArgs(['--end-idle-rooms=0']).endIdleRoomsHours).toBe(0);
    expect(parseArgs(['-h']).help).toBe(true);
  });

  it('says what is wrong with a bad option', () => {
    expect(() => parseArgs(['--port', 'eighty'])).toThrow(/--port takes a number/);
    expect(() => parseArgs(['--port', '70000'])).toThrow(/--port/);
    expect(() => parseArgs(['--host'])).toThrow(/--host needs a value/);
    expect(() => parseArgs(['--public-url', 'phone'])).toThrow(/--public-url takes a URL/);
    expect(() => parseArgs(['--join-limit', '0'])).toThrow(/--join-limit/);
    expect(() => parseArgs(['--socket-limit', '0'])).toThrow(/--socket-limit takes a whole number/);
    expect(() => parseArgs(['--end-idle-rooms', 'tomorrow'])).toThrow(/--end-idle-rooms takes a number of hours/);
    expect(() => parseArgs(['--end-idle-rooms', '-1'])).toThrow(/--end-idle-rooms takes a number of hours/);
    expect(() => parseArgs(['--end-idle-rooms'])).toThrow(/--end-idle-rooms needs a value/);
    expect(() => parseArgs(['--durability', 'maybe'])).toThrow(/--durability is "full" or "normal"/);
    expect(() => parseArgs(['--verbose'])).toThrow(/unknown option --verbose/);
  });
});
