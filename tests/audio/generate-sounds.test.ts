// The generated sound sprite: a valid small WAV, six audible sounds where the map says, silence
// between them, deterministic, and the committed assets equal a fresh render.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  AUDIO_DIR, SAMPLE_RATE, SOUND_NAMES, renderSprite, spriteJson, type SpriteMap,
} from '../../scripts/generate-sounds.ts';
import { SOUND_NAMES as GAME_SOUND_NAMES, parseSpriteMap } from '../../src/audio/sound.ts';

interface Wav { format: number; channels: number; sampleRate: number; byteRate: number; blockAlign: number; bits: number; samples: Int16Array }

function parseWav(bytes: Uint8Array): Wav {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tag = (offset: number) => String.fromCharCode(...bytes.subarray(offset, offset + 4));
  expect(tag(0)).toBe('RIFF');
  expect(view.getUint32(4, true)).toBe(bytes.length - 8);
  expect(tag(8)).toBe('WAVE');
  let offset = 12;
  let fmt: Omit<Wav, 'samples'> | undefined;
  let samples: Int16Array | undefined;
  while (offset + 8 <= bytes.length) {
    const id = tag(offset);
    const size = view.getUint32(offset + 4, true);
    const body = offset + 8;
    if (id === 'fmt ') {
      fmt = {
        format: view.getUint16(body, true), channels: view.getUint16(body + 2, true),
        sampleRate: view.getUint32(body + 4, true), byteRate: view.getUint32(body + 8, true),
        blockAlign: view.getUint16(body + 12, true), bits: view.getUint16(body + 14, true),
      };
    } else if (id === 'data') {
      expect(body + size).toBeLessThanOrEqual(bytes.length);
      samples = new Int16Array(size / 2);
      for (let i = 0; i < samples.length; i++) samples[i] = view.getInt16(body + i * 2, true);
    }
    offset = body + size + (size % 2);
  }
  expect(fmt).toBeDefined();
  expect(samples).toBeDefined();
  return { ...fmt!, samples: samples! };
}

const { wav, sprite } = renderSprite();
const parsed = parseWav(wav);
const toSample = (ms: number) => Math.round((ms * SAMPLE_RATE) / 1000);
const dbfs = (v: number) => 20 * Math.log10(Math.max(v, 1e-9) / 32768);

function stats(from: number, to: number) {
  let peak = 0;
  let sum = 0;
  for (let i = from; i < to; i++) {
    const v = parsed.samples[i]!;
    peak = Math.max(peak, Math.abs(v));
    sum += v * v;
  }
  return { peak, rms: Math.sqrt(sum / Math.max(1, to - from)) };
}

const DURATION_RANGES: Record<(typeof SOUND_NAMES)[number], [number, number]> = {
  ding: [200, 320],
  send: [100, 200],
  typing: [40, 90],
  transfer: [400, 600],
  alert: [500, 700],
  debrief: [750, 1050],
};

describe('generate-sounds', () => {
  it('writes 16-bit PCM mono at 22050 Hz, under 200 KB', () => {
    expect(parsed).toMatchObject({ format: 1, channels: 1, sampleRate: 22050, bits: 16, byteRate: 44100, blockAlign: 2 });
    expect(wav.length).toBeLessThan(200 * 1024);
  });

  it('maps exactly the six game sounds, in order, inside the audio', () => {
    expect(Object.keys(sprite)).toEqual([...SOUND_NAMES]);
    expect([...SOUND_NAMES]).toEqual([...GAME_SOUND_NAMES]);
    const totalMs = (parsed.samples.length / SAMPLE_RATE) * 1000;
    let previousEnd: number | undefined;
    for (const name of SOUND_NAMES) {
      const [start, duration] = sprite[name];
      expect(Number.isInteger(start) && Number.isInteger(duration)).toBe(true);
      expect(start).toBeGreaterThanOrEqual(0);
      expect(start + duration).toBeLessThanOrEqual(totalMs);
      // ~150 ms of silence between sounds
      if (previousEnd !== undefined) expect(start - previousEnd).toBeGreaterThanOrEqual(140);
      previousEnd = start + duration;
    }
  });

  it.each(SOUND_NAMES)('%s has a duration in its range', (name) => {
    const [lo, hi] = DURATION_RANGES[name];
    expect(sprite[name][1]).toBeGreaterThanOrEqual(lo);
    expect(sprite[name][1]).toBeLessThanOrEqual(hi);
  });

  it.each(SOUND_NAMES)('%s is audible inside its span and fades in and out', (name) => {
    const [start, duration] = sprite[name];
    const from = toSample(start);
    const to = toSample(start + duration);
    const { peak, rms } = stats(from, to);
    expect(dbfs(peak)).toBeGreaterThan(-15);
    expect(dbfs(rms)).toBeGreaterThan(-40);
    // no click at either edge: the first and last few samples are tiny
    expect(stats(from, from + 3).peak).toBeLessThan(0.02 * 32768);
    expect(stats(to - 3, to).peak).toBeLessThan(0.02 * 32768);
  });

  it('is silent between and after the sounds', () => {
    const edges = SOUND_NAMES.map((name) => [toSample(sprite[name][0]), toSample(sprite[name][0] + sprite[name][1])] as const);
    const gaps: Array<[number, number]> = [];
    edges.forEach(([, end], i) => gaps.push([end + 1, i + 1 < edges.length ? edges[i + 1]![0] - 1 : parsed.samples.length]));
    for (const [from, to] of gaps) {
      expect(to - from).toBeGreaterThan(toSample(100));
      expect(stats(from, to).peak).toBeLessThanOrEqual(1);
    }
  });

  it('peaks at about -3 dBFS and never clips', () => {
    const { peak } = stats(0, parsed.samples.length);
    expect(peak).toBeLessThanOrEqual(32767);
    expect(dbfs(peak)).toBeGreaterThan(-4);
    expect(dbfs(peak)).toBeLessThan(-2);
  });

  it('is byte-identical on two runs', () => {
    const again = renderSprite();
    expect(Buffer.from(again.wav).equals(Buffer.from(wav))).toBe(true);
    expect(again.sprite).toEqual(sprite);
  });

  it('committed assets/audio files equal a fresh render (run scripts/generate-sounds.ts)', () => {
    const committedWav = readFileSync(join(AUDIO_DIR, 'sfx.wav'));
    expect(committedWav.equals(Buffer.from(wav))).toBe(true);
    const committedJson = readFileSync(join(AUDIO_DIR, 'sfx.json'), 'utf8');
    expect(committedJson).toBe(spriteJson(sprite));
    expect(JSON.parse(committedJson)).toEqual({ sprite });
    expect(parseSpriteMap(JSON.parse(committedJson))).toEqual(sprite satisfies SpriteMap);
  });
});
