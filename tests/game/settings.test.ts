import { describe, expect, it } from 'vitest';
import { defaultSettings, loadSettings, nearestVolumePreset, saveSettings, VOLUME_PRESETS } from '../../src/game/state/settings.ts';
import { memoryStore } from '../../src/game/state/storage.ts';

describe('settings', () => {
  it('start in the browser language and motion preference', () => {
    expect(defaultSettings({ language: 'zh-CN' }).lang).toBe('zh');
    expect(defaultSettings({ language: 'en-GB', prefersReducedMotion: true })).toMatchObject({ lang: 'en', reducedMotion: true });
  });

  it('come back as saved', () => {
    const store = memoryStore();
    const chosen = { ...defaultSettings(), lang: 'en' as const, volume: 0.4, pacing: 'instant' as const };
    saveSettings(store, chosen);
    expect(loadSettings(store, defaultSettings())).toEqual(chosen);
  });

  it('replace each damaged value by its default and keep the rest', () => {
    const store = memoryStore();
    store.set('settings', JSON.stringify({ lang: 'fr', volume: 7, sound: false, pacing: 'instant', textSize: 3 }));
    const defaults = defaultSettings();
    expect(loadSettings(store, defaults)).toEqual({ ...defaults, sound: false, pacing: 'instant' });
    store.set('settings', '{not json');
    expect(loadSettings(store, defaults)).toEqual(defaults);
  });

  it('offer the default volume as one of the presets, and show any other volume as the nearest', () => {
    expect(VOLUME_PRESETS).toContain(defaultSettings().volume);
    expect(nearestVolumePreset(0.5)).toBe(0.4);
    expect(nearestVolumePreset(0.7)).toBe(0.8);
    expect(nearestVolumePreset(0.95)).toBe(1);
    expect(nearestVolumePreset(0)).toBe(0.4);
  });
});
