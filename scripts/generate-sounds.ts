// npx tsx scripts/generate-sounds.ts: synthesises the game's six sound effects in pure TypeScript
// (additive sine/triangle tones, envelopes, a little seeded noise) and writes one audio sprite:
//   assets/audio/sfx.wav   16-bit PCM, mono, 22050 Hz, 150 ms of silence after every sound
//   assets/audio/sfx.json  the Howler sprite map { "sprite": { name: [startMs, durationMs] } }
// Nothing is downloaded and nothing imitates WeChat's own sounds. The output is deterministic:
// tests/audio/generate-sounds.test.ts checks that the committed files equal a fresh render.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const SAMPLE_RATE = 22050;
export const GAP_MS = 150;
export const SOUND_NAMES = ['ding', 'send', 'typing', 'transfer', 'alert', 'debrief'] as const;
export type SoundName = (typeof SOUND_NAMES)[number];
export type SpriteMap = Record<SoundName, [number, number]>;

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const AUDIO_DIR = join(ROOT, 'assets', 'audio');

const FADE_IN_MS = 3;
const FADE_OUT_MS = 12;

/** Samples in `ms` milliseconds at SAMPLE_RATE. */
export const msToSamples = (ms: number): number => Math.round((ms * SAMPLE_RATE) / 1000);
const dbToGain = (db: number): number => 10 ** (db / 20);

/** mulberry32: a small seeded PRNG, so the noise (and the file) is the same on every run. */
function seededNoise(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) / 4294967296) * 2 - 1;
  };
}

interface Tone {
  /** When the note starts, in ms from the start of the sound. */
  at: number;
  /** Fundamental in Hz; `to` glides there (exponentially) over the note's length. */
  freq: number;
  to?: number;
  /** Note length in ms; it ends with a short release to zero. */
  length: number;
  gain: number;
  attack: number;
  /** Exponential decay time constant in ms (Infinity: sustained). */
  decay: number;
  /** [frequency ratio, amplitude] pairs; default a pure sine. */
  partials?: ReadonlyArray<readonly [number, number]>;
  release?: number;
}

/** A band-limited triangle (odd harmonics, alternating sign) — soft, no aliasing. */
const TRIANGLE: ReadonlyArray<readonly [number, number]> = [[1, 1], [3, -1 / 9], [5, 1 / 25], [7, -1 / 49]];

function addTone(out: Float64Array, tone: Tone): void {
  const start = msToSamples(tone.at);
  const n = Math.min(msToSamples(tone.length), out.length - start);
  const attack = Math.max(1, msToSamples(tone.attack));
  const release = Math.max(1, msToSamples(tone.release ?? 20));
  const partials = tone.partials ?? [[1, 1]];
  const phases = partials.map(() => 0);
  const glide = tone.to === undefined ? 1 : tone.to / tone.freq;
  for (let i = 0; i < n; i++) {
    const t = i / SAMPLE_RATE;
    const f = tone.freq * glide ** (i / n);
    let env = Number.isFinite(tone.decay) ? Math.exp((-t * 1000) / tone.decay) : 1;
    if (i < attack) env *= 0.5 - 0.5 * Math.cos((Math.PI * i) / attack);
    if (i > n - release) env *= 0.5 - 0.5 * Math.cos((Math.PI * (n - i)) / release);
    let v = 0;
    for (let p = 0; p < partials.length; p++) {
      const [ratio, amp] = partials[p]!;
      const pf = f * ratio;
      if (pf < SAMPLE_RATE / 2 - 500) v += amp * Math.sin(phases[p]!);
      phases[p] = (phases[p]! + (2 * Math.PI * pf) / SAMPLE_RATE) % (2 * Math.PI);
    }
    out[start + i]! += tone.gain * env * v;
  }
}

interface Noise {
  at: number;
  length: number;
  gain: number;
  seed: number;
  /** One-pole low-pass cutoff in Hz, gliding from `cutoff` to `cutoffTo`. */
  cutoff: number;
  cutoffTo?: number;
  /** Subtract the low-passed signal from the raw noise (a gentle high-pass) instead. */
  highpass?: boolean;
  /** Envelope: rise time in ms, then exponential decay with time constant `decay` ms. */
  rise: number;
  decay: number;
}

function addNoise(out: Float64Array, noise: Noise): void {
  const start = msToSamples(noise.at);
  const n = Math.min(msToSamples(noise.length), out.length - start);
  const rise = Math.max(1, msToSamples(noise.rise));
  const random = seededNoise(noise.seed);
  let lp = 0;
  for (let i = 0; i < n; i++) {
    const x = random();
    const cutoff = noise.cutoff * ((noise.cutoffTo ?? noise.cutoff) / noise.cutoff) ** (i / n);
    const k = 1 - Math.exp((-2 * Math.PI * cutoff) / SAMPLE_RATE);
    lp += k * (x - lp);
    const v = noise.highpass ? x - lp : lp;
    let env = i < rise ? 0.5 - 0.5 * Math.cos((Math.PI * i) / rise) : Math.exp((-(i - rise) * 1000) / SAMPLE_RATE / noise.decay);
    if (i > n - rise) env *= (n - i) / rise;
    out[start + i]! += noise.gain * env * v;
  }
}

// Note frequencies (equal temperament, A4 = 440 Hz).
const NOTE = {
  E4: 329.63, F4: 349.23, G4: 392.0, A4: 440.0, C5: 523.25, D5: 587.33, E5: 659.26,
  A5: 880.0, C6: 1046.5, E6: 1318.51, G6: 1567.98, C7: 2093.0,
} as const;

const BELL: ReadonlyArray<readonly [number, number]> = [[1, 1], [2, 0.18], [3, 0.05], [4.16, 0.03]];
const COIN: ReadonlyArray<readonly [number, number]> = [[1, 1], [2, 0.22], [2.76, 0.08], [4.2, 0.04]];
const SOFT_KEYS: ReadonlyArray<readonly [number, number]> = [[1, 1], [2, 0.14], [3, 0.04]];

interface SoundSpec {
  /** Nominal length in ms: the sprite duration. */
  duration: number;
  /** Peak level after normalisation, in dBFS (the loudest sounds sit at about -3 dBFS). */
  peakDb: number;
  build(out: Float64Array): void;
}

/** The six sounds. Durations are the sprite durations; every sound fades to silence inside them. */
export const SOUNDS: Record<SoundName, SoundSpec> = {
  // Incoming message: two soft bell notes a fifth apart, rising (A5 -> E6).
  ding: {
    duration: 260,
    peakDb: -4,
    build(out) {
      addTone(out, { at: 0, freq: NOTE.A5, length: 120, gain: 0.8, attack: 4, decay: 70, partials: BELL, release: 30 });
      addTone(out, { at: 95, freq: NOTE.E6, length: 165, gain: 0.7, attack: 4, decay: 60, partials: BELL, release: 40 });
    },
  },
  // Message sent: a soft upward pop with a short breath of filtered noise behind it.
  send: {
    duration: 150,
    peakDb: -6,
    build(out) {
      addNoise(out, { at: 0, length: 150, gain: 0.9, seed: 0x5e4d, cutoff: 700, cutoffTo: 3200, rise: 45, decay: 30 });
      addTone(out, { at: 20, freq: 520, to: 980, length: 90, gain: 0.55, attack: 6, decay: 28, release: 25 });
    },
  },
  // One key tick: a tiny high noise click over a muted low knock.
  typing: {
    duration: 60,
    peakDb: -10,
    build(out) {
      addNoise(out, { at: 0, length: 40, gain: 0.9, seed: 0x7e9, cutoff: 2500, highpass: true, rise: 1, decay: 5 });
      addTone(out, { at: 0, freq: 210, to: 150, length: 55, gain: 0.5, attack: 1, decay: 12, release: 15 });
      addTone(out, { at: 0, freq: 1900, length: 30, gain: 0.15, attack: 1, decay: 6, release: 10 });
    },
  },
  // Money sent: a quick rising C-major arpeggio of coin-like tones, the last one ringing on.
  transfer: {
    duration: 520,
    peakDb: -3,
    build(out) {
      const notes = [NOTE.C6, NOTE.E6, NOTE.G6, NOTE.C7];
      notes.forEach((freq, i) => {
        const last = i === notes.length - 1;
        const at = i * 65;
        addTone(out, {
          at, freq, length: 520 - at, gain: last ? 0.55 : 0.45, attack: 3,
          decay: last ? 140 : 80, partials: COIN, release: 60,
        });
      });
    },
  },
  // Risk warning: two low, rounded triangle tones falling a major third (A4 -> F4), twice
  // their octave below for body. Slow attacks, no buzz: serious but not harsh.
  alert: {
    duration: 600,
    peakDb: -4,
    build(out) {
      for (const [at, freq] of [[0, NOTE.A4], [300, NOTE.F4]] as const) {
        addTone(out, { at, freq, length: 270, gain: 0.6, attack: 25, decay: 600, partials: TRIANGLE, release: 60 });
        addTone(out, { at, freq: freq / 2, length: 270, gain: 0.35, attack: 30, decay: 500, release: 60 });
      }
    },
  },
  // End of scenario: E5 -> D5 -> C5 (3-2-1), the last note landing on a soft C-major chord.
  debrief: {
    duration: 900,
    peakDb: -3,
    build(out) {
      addTone(out, { at: 0, freq: NOTE.E5, length: 400, gain: 0.5, attack: 8, decay: 220, partials: SOFT_KEYS, release: 120 });
      addTone(out, { at: 190, freq: NOTE.D5, length: 400, gain: 0.5, attack: 8, decay: 220, partials: SOFT_KEYS, release: 120 });
      addTone(out, { at: 380, freq: NOTE.C5, length: 520, gain: 0.55, attack: 10, decay: 300, partials: SOFT_KEYS, release: 200 });
      addTone(out, { at: 380, freq: NOTE.G4, length: 520, gain: 0.25, attack: 20, decay: 300, partials: SOFT_KEYS, release: 200 });
      addTone(out, { at: 380, freq: NOTE.E4, length: 520, gain: 0.2, attack: 30, decay: 300, partials: SOFT_KEYS, release: 200 });
    },
  },
};

/** Renders one sound as floats in [-1, 1]: built, faded in and out, normalised to its peak level. */
export function renderSound(name: SoundName): Float64Array {
  const spec = SOUNDS[name];
  const out = new Float64Array(msToSamples(spec.duration));
  spec.build(out);
  const fadeIn = msToSamples(FADE_IN_MS);
  const fadeOut = msToSamples(FADE_OUT_MS);
  for (let i = 0; i < fadeIn; i++) out[i]! *= i / fadeIn;
  for (let i = 0; i < fadeOut; i++) out[out.length - 1 - i]! *= i / fadeOut;
  let peak = 0;
  for (const v of out) peak = Math.max(peak, Math.abs(v));
  const scale = peak > 0 ? dbToGain(spec.peakDb) / peak : 0;
  for (let i = 0; i < out.length; i++) out[i]! *= scale;
  return out;
}

/** Encodes mono samples in [-1, 1] as a 16-bit PCM WAV file. */
export function encodeWav(samples: ArrayLike<number>, sampleRate = SAMPLE_RATE): Uint8Array {
  const dataBytes = samples.length * 2;
  const bytes = new Uint8Array(44 + dataBytes);
  const view = new DataView(bytes.buffer);
  const ascii = (offset: number, text: string) => {
    for (let i = 0; i < text.length; i++) view.setUint8(offset + i, text.charCodeAt(i));
  };
  ascii(0, 'RIFF');
  view.setUint32(4, 36 + dataBytes, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  view.setUint32(16, 16, true); // fmt chunk size
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * 2, true); // byte rate
  view.setUint16(32, 2, true); // block align
  view.setUint16(34, 16, true); // bits per sample
  ascii(36, 'data');
  view.setUint32(40, dataBytes, true);
  for (let i = 0; i < samples.length; i++) {
    const v = Math.max(-1, Math.min(1, samples[i]!));
    view.setInt16(44 + i * 2, Math.round(v * 32767), true);
  }
  return bytes;
}

/** Lays the six sounds end to end, GAP_MS of silence after each, and encodes the result. */
export function renderSprite(): { wav: Uint8Array; sprite: SpriteMap } {
  const sprite = {} as SpriteMap;
  const rendered: Array<[number, Float64Array]> = [];
  let cursorMs = 0;
  for (const name of SOUND_NAMES) {
    const duration = SOUNDS[name].duration;
    sprite[name] = [cursorMs, duration];
    rendered.push([msToSamples(cursorMs), renderSound(name)]);
    cursorMs += duration + GAP_MS;
  }
  const samples = new Float64Array(msToSamples(cursorMs));
  for (const [offset, sound] of rendered) samples.set(sound, offset);
  return { wav: encodeWav(samples), sprite };
}

/** The sprite map file: Howler's { sprite } shape, one sound per line. */
export function spriteJson(sprite: SpriteMap): string {
  const lines = SOUND_NAMES.map((name) => `    ${JSON.stringify(name)}: [${sprite[name][0]}, ${sprite[name][1]}]`);
  return `{\n  "sprite": {\n${lines.join(',\n')}\n  }\n}\n`;
}

/** Renders and writes sfx.wav and sfx.json into `dir`; returns their paths. */
export function writeAssets(dir = AUDIO_DIR): { wavPath: string; jsonPath: string; wavBytes: number; sprite: SpriteMap } {
  const { wav, sprite } = renderSprite();
  mkdirSync(dir, { recursive: true });
  const wavPath = join(dir, 'sfx.wav');
  const jsonPath = join(dir, 'sfx.json');
  writeFileSync(wavPath, wav);
  writeFileSync(jsonPath, spriteJson(sprite));
  return { wavPath, jsonPath, wavBytes: wav.length, sprite };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { wavPath, jsonPath, wavBytes, sprite } = writeAssets();
  console.log(`wrote ${wavPath} (${(wavBytes / 1024).toFixed(1)} KB) and ${jsonPath}`);
  for (const name of SOUND_NAMES) console.log(`  ${name.padEnd(9)} start ${String(sprite[name][0]).padStart(5)} ms  ${sprite[name][1]} ms`);
}
