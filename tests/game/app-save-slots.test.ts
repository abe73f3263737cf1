// The App keeps a workshop's play apart from the player's own game: joining a workshop, playing
// in it and leaving must leave the solo save as it was. Real engine, real App, an in-memory store.
import { SimulatedClock } from 'xstate';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/game/state/app.ts';
import { memoryStore } from '../../src/game/state/storage.ts';
import { scenarioInfo } from '../../src/content/scenario-info.ts';
import type { ContentSource } from '../../src/content/content-source.ts';
import { catalogue, loadFixture } from '../helpers.ts';

function setup() {
  const model = loadFixture('mini-scam');
  const content: ContentSource = { scenarios: [scenarioInfo(model.scenario)], load: async () => model, catalogue: async () => catalogue };
  const store = memoryStore();
  let slot = 'game';
  const clock = new SimulatedClock();
  const app = new App({ content, store, clock, saveSlot: () => slot, settings: { lang: 'zh', textSize: 'standard', reducedMotion: false, sound: false, volume: 0, pacing: 'instant' } });
  return { app, store, model, clock, useSlot: (s: string) => { slot = s; } };
}

describe('save slots', () => {
  it('a workshop play saves apart and never overwrites or deletes the solo game', async () => {
    const { app, store, model, clock, useSlot } = setup();
    await app.start(model.scenario.id, 'practice', 'solo-seed');
    clock.increment(60_000);
    const solo = store.get('game');
    expect(solo).not.toBeNull();

    useSlot('workshop-game'); // the device joins a workshop
    expect(app.hasSavedGame()).toBe(false);
    await app.start(model.scenario.id, 'challenge', 'room-seed');
    clock.increment(60_000);
    expect(store.get('workshop-game')).toContain('room-seed');
    expect(store.get('game')).toBe(solo);

    app.close(true); // the room ended: its play is put away
    expect(store.get('workshop-game')).toBeNull();
    useSlot('game'); // the device left the workshop
    expect(store.get('game')).toBe(solo);
    expect(await app.resume()).toBe(true);
    expect(app.session!.save().state.seed).toBe('solo-seed');
  });

  it('a session keeps saving where it started, even if the slot changes under it', async () => {
    const { app, store, model, clock, useSlot } = setup();
    useSlot('workshop-game');
    await app.start(model.scenario.id, 'practice', 'room-seed');
    useSlot('game'); // records cleared (room ended) while the debrief or chat is still open
    clock.increment(60_000);
    expect(store.get('game')).toBeNull();
    expect(store.get('workshop-game')).toContain('room-seed');
  });
});
