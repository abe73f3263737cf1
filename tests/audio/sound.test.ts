// The Howler wrapper with a fake Howl: no audio hardware needed.
import { describe, expect, it } from 'vitest';
import {
  createSound, parseSpriteMap, SOUND_NAMES, THROTTLE_MS,
  type HowlFactory, type HowlFactoryOptions, type HowlLike, type SoundOptions,
} from '../../src/audio/sound.ts';

const SPRITE: Record<string, [number, number]> = {
  ding: [0, 260], send: [410, 150], typing: [710, 60], transfer: [920, 520], alert: [1590, 600], debrief: [2340, 900],
};

class FakeHowl implements HowlLike {
  plays: string[] = [];
  volumes: number[] = [];
  mutes: boolean[] = [];
  unloaded = 0;
  constructor(public options: HowlFactoryOptions) {}
  play(sprite?: string) {
    this.plays.push(sprite ?? '');
    return this.plays.length;
  }
  volume(v: number) {
    this.volumes.push(v);
    return this;
  }
  mute(m: boolean) {
    this.mutes.push(m);
    return this;
  }
  unload() {
    this.unloaded++;
  }
}

function setup(extra: Partial<SoundOptions> = {}) {
  const howls: FakeHowl[] = [];
  const clock = { t: 1000 };
  const howlFactory: HowlFactory = (options) => {
    const h = new FakeHowl(options);
    howls.push(h);
    return h;
  };
  const sound = createSound({ src: ['sfx.wav'], sprite: SPRITE, howlFactory, now: () => clock.t, ...extra });
  const plays = () => howls.flatMap((h) => h.plays);
  return { sound, howls, clock, plays };
}

describe('createSound', () => {
  it('plays nothing before unlock, and does not even create the Howl', () => {
    const { sound, howls, clock } = setup();
    for (const name of SOUND_NAMES) {
      sound.play(name);
      clock.t += 1000;
    }
    expect(howls).toHaveLength(0);
    expect(sound.available).toBe(false);
  });

  it('drops (does not queue) sounds played before unlock, then plays after it', () => {
    const { sound, howls, clock, plays } = setup();
    sound.play('ding');
    sound.unlock();
    expect(howls).toHaveLength(1);
    expect(plays()).toEqual([]);
    clock.t += 1000;
    sound.play('ding');
    sound.play('transfer');
    expect(plays()).toEqual(['ding', 'transfer']);
    expect(sound.available).toBe(true);
  });

  it('hands the factory the sprite, source, volume and mute state', () => {
    const { sound, howls } = setup({ volume: 0.4, muted: true });
    sound.unlock();
    expect(howls[0]!.options).toMatchObject({ src: ['sfx.wav'], sprite: SPRITE, volume: 0.4, mute: true, preload: true });
  });

  it('unlock is idempotent: one Howl however often it is called', () => {
    const { sound, howls } = setup();
    sound.unlock();
    sound.unlock();
    sound.unlock();
    expect(howls).toHaveLength(1);
  });

  it('throttles the same sound to once per 80 ms, but not different sounds', () => {
    const { sound, clock, plays } = setup();
    sound.unlock();
    sound.play('ding');
    sound.play('ding');
    sound.play('send');
    clock.t += THROTTLE_MS - 1;
    sound.play('ding');
    sound.play('send');
    expect(plays()).toEqual(['ding', 'send']);
    clock.t += 1;
    sound.play('ding');
    expect(plays()).toEqual(['ding', 'send', 'ding']);
    expect(THROTTLE_MS).toBe(80);
  });

  it('a burst of ten messages within 50 ms gives one ding', () => {
    const { sound, clock, plays } = setup();
    sound.unlock();
    for (let i = 0; i < 10; i++) {
      sound.play('ding');
      clock.t += 5;
    }
    expect(plays()).toEqual(['ding']);
  });

  it('passes volume (clamped) and mute through, before and after unlock', () => {
    const { sound, howls, clock, plays } = setup();
    sound.setVolume(0.5);
    sound.setMuted(true);
    expect(sound.volume).toBe(0.5);
    expect(sound.muted).toBe(true);
    sound.unlock();
    const howl = howls[0]!;
    expect(howl.options).toMatchObject({ volume: 0.5, mute: true });
    sound.setVolume(2);
    sound.setVolume(-1);
    sound.setVolume(Number.NaN);
    expect(howl.volumes).toEqual([1, 0, 0]);
    expect(sound.volume).toBe(0);
    sound.play('alert');
    expect(plays()).toEqual([]);
    sound.setMuted(false);
    expect(howl.mutes).toEqual([false]);
    expect(sound.muted).toBe(false);
    clock.t += 100;
    sound.play('alert');
    expect(plays()).toEqual(['alert']);
  });

  it('ignores names missing from the sprite map', () => {
    const { sound, plays } = setup({ sprite: { ding: [0, 260] } });
    sound.unlock();
    sound.play('debrief');
    sound.play('ding');
    expect(plays()).toEqual(['ding']);
  });

  it('a factory that throws leaves a silent object that keeps working', () => {
    const sound = createSound({
      src: ['sfx.wav'], sprite: SPRITE,
      howlFactory: () => { throw new Error('AudioContext is not available'); },
    });
    expect(() => {
      sound.unlock();
      for (const name of SOUND_NAMES) sound.play(name);
      sound.setVolume(0.3);
      sound.setMuted(true);
      sound.unlock();
      sound.dispose();
    }).not.toThrow();
    expect(sound.volume).toBe(0.3);
    expect(sound.muted).toBe(true);
    expect(sound.available).toBe(false);
  });

  it('a Howl whose methods throw, or whose file fails to load, goes silent without throwing', () => {
    const broken: HowlLike = {
      play: () => { throw new Error('boom'); },
      volume: () => { throw new Error('boom'); },
      mute: () => { throw new Error('boom'); },
      unload: () => { throw new Error('boom'); },
    };
    const sound = createSound({ src: ['x'], sprite: SPRITE, howlFactory: () => broken });
    expect(() => {
      sound.unlock();
      sound.play('ding');
      sound.play('send');
      sound.setVolume(0.2);
      sound.setMuted(true);
      sound.dispose();
    }).not.toThrow();

    const { sound: s2, howls, clock, plays } = setup();
    s2.unlock();
    howls[0]!.options.onloaderror(0, 'decode failed');
    clock.t += 1000;
    s2.play('ding');
    expect(plays()).toEqual([]);
    expect(howls[0]!.unloaded).toBe(1);
    expect(s2.available).toBe(false);
  });

  it('dispose unloads the Howl and later calls are no-ops', () => {
    const { sound, howls, clock, plays } = setup();
    sound.unlock();
    sound.dispose();
    expect(howls[0]!.unloaded).toBe(1);
    clock.t += 1000;
    sound.play('ding');
    sound.unlock();
    expect(plays()).toEqual([]);
    expect(howls).toHaveLength(1);
  });

  it('with the real Howler in Node (no AudioContext) nothing throws', () => {
    const sound = createSound({ src: ['/nonexistent/sfx.wav'], sprite: SPRITE });
    expect(() => {
      sound.play('ding');
      sound.unlock();
      sound.play('ding');
      sound.setVolume(0.5);
      sound.setMuted(true);
      sound.dispose();
    }).not.toThrow();
  });
});

describe('parseSpriteMap', () => {
  it('accepts the sprite file shape and rejects a missing or malformed entry', () => {
    expect(parseSpriteMap({ sprite: SPRITE })).toEqual(SPRITE);
    const { ding: _ding, ...noDing } = SPRITE;
    expect(() => parseSpriteMap({ sprite: noDing })).toThrow(/"ding"/);
    expect(() => parseSpriteMap({ sprite: { ...SPRITE, alert: ['a', 1] } })).toThrow(/"alert"/);
    expect(() => parseSpriteMap(null)).toThrow(/sprite/);
  });
});
