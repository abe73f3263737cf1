// Player settings, persisted and validated: a damaged value falls back to its default.
import type { Lang, Pacing } from '../../engine/index.ts';
import type { KeyValueStore } from './storage.ts';

export type TextSize = 'standard' | 'large' | 'care';

export interface Settings {
  lang: Lang;
  textSize: TextSize;
  reducedMotion: boolean;
  sound: boolean;
  volume: number;
  pacing: Pacing;
}

export const TEXT_SCALE: Record<TextSize, number> = { standard: 1, large: 1.18, care: 1.35 };

/** The volumes the settings screen offers; the default is one of them. */
export const VOLUME_PRESETS = [0.4, 0.8, 1] as const;

export function nearestVolumePreset(volume: number): number {
  return VOLUME_PRESETS.reduce((best, v) => (Math.abs(v - volume) < Math.abs(best - volume) ? v : best));
}

export function defaultSettings(env: { language?: string; prefersReducedMotion?: boolean } = {}): Settings {
  return {
    lang: env.language && !env.language.toLowerCase().startsWith('zh') ? 'en' : 'zh',
    textSize: 'standard',
    reducedMotion: env.prefersReducedMotion ?? false,
    sound: true,
    volume: 0.8,
    pacing: 'fast',
  };
}

const KEY = 'settings';

export function loadSettings(store: KeyValueStore, defaults: Settings): Settings {
  let raw: unknown;
  try { raw = JSON.parse(store.get(KEY) ?? 'null'); } catch { return defaults; }
  if (typeof raw !== 'object' || raw === null) return defaults;
  const r = raw as Partial<Record<keyof Settings, unknown>>;
  const pick = <K extends keyof Settings>(key: K, ok: (v: unknown) => boolean): Settings[K] => (ok(r[key]) ? (r[key] as Settings[K]) : defaults[key]);
  return {
    lang: pick('lang', (v) => v === 'zh' || v === 'en'),
    textSize: pick('textSize', (v) => v === 'standard' || v === 'large' || v === 'care'),
    reducedMotion: pick('reducedMotion', (v) => typeof v === 'boolean'),
    sound: pick('sound', (v) => typeof v === 'boolean'),
    volume: pick('volume', (v) => typeof v === 'number' && v >= 0 && v <= 1),
    pacing: pick('pacing', (v) => v === 'realtime' || v === 'fast' || v === 'instant'),
  };
}

export function saveSettings(store: KeyValueStore, settings: Settings): void {
  store.set(KEY, JSON.stringify(settings));
}
