// The game's sound effects: one Howler audio sprite (assets/audio/sfx.wav + sfx.json, generated
// by scripts/generate-sounds.ts) behind a small wrapper that
//   - stays silent until unlock() (call it from the first pointerdown/keydown): on mobile, audio
//     may only start after a user gesture, so sounds played before it are dropped, never queued;
//     the Howl (and with it Howler's single AudioContext) is only created then;
//   - throttles each sound to once per 80 ms, so a burst of messages does not stack dings;
//   - never throws: with no AudioContext (headless tests, old browsers) or a file that fails to
//     load, it keeps working silently.
// Phaser must run with `audio: { noAudio: true }` so Howler owns the only AudioContext.
import { Howl, Howler } from 'howler';

export const SOUND_NAMES = ['ding', 'send', 'typing', 'transfer', 'alert', 'debrief'] as const;
export type SoundName = (typeof SOUND_NAMES)[number];
export type SpriteMap = Record<string, [number, number]>;

/** The part of Howler's Howl the wrapper uses; tests pass fakes. */
export interface HowlLike {
  play(sprite?: string): unknown;
  volume(volume: number): unknown;
  mute(muted: boolean): unknown;
  unload(): unknown;
}

/** What the wrapper hands the factory: a subset of Howler's HowlOptions. */
export interface HowlFactoryOptions {
  src: string[];
  sprite: SpriteMap;
  volume: number;
  mute: boolean;
  preload: boolean;
  onloaderror: (soundId: number, error: unknown) => void;
  onplayerror: (soundId: number, error: unknown) => void;
}

export type HowlFactory = (options: HowlFactoryOptions) => HowlLike;

export interface SoundOptions {
  /** URLs of the sprite file, e.g. the `?url` import of assets/audio/sfx.wav. */
  src: string[];
  /** Howler sprite map: name -> [startMs, durationMs] (assets/audio/sfx.json's `sprite`). */
  sprite: SpriteMap;
  /** 0..1, default 1. */
  volume?: number;
  muted?: boolean;
  /** Makes the Howl; defaults to `new Howl(options)`. Injected by tests. */
  howlFactory?: HowlFactory;
  /** Milliseconds clock for the throttle; defaults to performance.now(). */
  now?: () => number;
  /** Minimum interval between two plays of the same sound, default 80 ms. */
  throttleMs?: number;
}

export interface Sound {
  /** Plays one sound, or silently does nothing (locked, muted, throttled, unavailable, disposed). */
  play(name: SoundName): void;
  setVolume(volume: number): void;
  setMuted(muted: boolean): void;
  /** Call from a user gesture (first pointerdown/keydown); later calls are harmless. */
  unlock(): void;
  readonly muted: boolean;
  readonly volume: number;
  /** True once unlock() ran and audio could be set up. */
  readonly available: boolean;
  dispose(): void;
}

export const THROTTLE_MS = 80;

const defaultFactory: HowlFactory = (options) => new Howl(options);

const defaultNow = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

const clampVolume = (v: number, fallback: number): number => (Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : fallback);

/** Resumes Howler's AudioContext if the browser created it suspended; never throws. */
function resumeHowlerContext(): void {
  try {
    const ctx = (Howler as { ctx?: AudioContext | null }).ctx;
    if (ctx && ctx.state === 'suspended') void ctx.resume().catch(() => undefined);
  } catch {
    // no Web Audio here: Howler falls back to HTML5 audio or stays silent
  }
}

export function createSound(options: SoundOptions): Sound {
  const factory = options.howlFactory ?? defaultFactory;
  const now = options.now ?? defaultNow;
  const throttleMs = options.throttleMs ?? THROTTLE_MS;
  const sprite = { ...options.sprite };
  const lastPlayed = new Map<SoundName, number>();
  let volume = clampVolume(options.volume ?? 1, 1);
  let muted = options.muted ?? false;
  let howl: HowlLike | null = null;
  let unlocked = false;
  let failed = false;
  let disposed = false;

  const fail = (): void => {
    failed = true;
    const h = howl;
    howl = null;
    try {
      h?.unload();
    } catch {
      // already broken; nothing more to release
    }
  };

  return {
    play(name) {
      if (!howl || failed || muted || !Object.prototype.hasOwnProperty.call(sprite, name)) return;
      const t = now();
      const last = lastPlayed.get(name);
      if (last !== undefined && t - last < throttleMs) return;
      lastPlayed.set(name, t);
      try {
        howl.play(name);
      } catch {
        fail();
      }
    },
    setVolume(v) {
      volume = clampVolume(v, volume);
      try {
        howl?.volume(volume);
      } catch {
        fail();
      }
    },
    setMuted(m) {
      muted = m;
      try {
        howl?.mute(muted);
      } catch {
        fail();
      }
    },
    unlock() {
      if (disposed) return;
      if (!unlocked) {
        unlocked = true;
        try {
          const made = factory({
            src: [...options.src],
            sprite,
            volume,
            mute: muted,
            preload: true,
            onloaderror: () => fail(),
            // Still locked (e.g. iOS wants touchend): Howler's autoUnlock retries on the next
            // gesture; the sound that failed is simply dropped.
            onplayerror: () => undefined,
          });
          howl = made;
          if (failed) fail(); // the load failed while the factory ran
        } catch {
          fail();
        }
      }
      if (howl && !failed && factory === defaultFactory) resumeHowlerContext();
    },
    get muted() {
      return muted;
    },
    get volume() {
      return volume;
    },
    get available() {
      return howl !== null && !failed && !disposed;
    },
    dispose() {
      disposed = true;
      const h = howl;
      howl = null;
      try {
        h?.unload();
      } catch {
        // ignore: we are going away anyway
      }
    },
  };
}

/**
 * Checks a parsed sprite file (assets/audio/sfx.json) and returns its map typed by sound name.
 * Throws, naming the problem, if a sound is missing or an entry is not [startMs, durationMs].
 */
export function parseSpriteMap(json: unknown): Record<SoundName, [number, number]> {
  const sprite = (json as { sprite?: unknown } | null)?.sprite;
  if (typeof sprite !== 'object' || sprite === null) throw new Error('sprite file: missing "sprite" object');
  const out = {} as Record<SoundName, [number, number]>;
  for (const name of SOUND_NAMES) {
    const entry = (sprite as Record<string, unknown>)[name];
    if (!Array.isArray(entry) || entry.length < 2 || !entry.slice(0, 2).every((n) => typeof n === 'number' && Number.isFinite(n) && n >= 0)) {
      throw new Error(`sprite file: "${name}" must be [startMs, durationMs]`);
    }
    out[name] = [entry[0] as number, entry[1] as number];
  }
  return out;
}
