import { describe, expect, it } from 'vitest';
import { WorkshopStore, type PlayReport } from '../../src/game/workshop/credentials.ts';
import { memoryStore } from '../../src/game/state/storage.ts';

const credentials = { roomId: 'room-abcdefgh', participantId: 'person-abcdefgh', token: 'token-abcdefghijkl', pin: '123456', nickname: '小林', number: 3 };
const report: PlayReport = { type: 'progress', scenario: 'warm-uncle', seed: 'seed-1', delivered: 4, log: [{ seq: 2, at: 1500, event: { type: 'choose', choice: 'c-1' } }] };

describe('what a participant\'s device keeps', () => {
  it('keeps the credentials and the report waiting for an answer, under rfc.workshop', () => {
    const kv = memoryStore();
    const store = new WorkshopStore(kv);
    expect(store.load()).toBeNull();
    store.save(credentials);
    expect(store.load()).toEqual({ ...credentials, pending: null });
    store.setPending(report);
    expect(store.load()!.pending).toEqual(report);
    store.setPending(null);
    expect(store.load()!.pending).toBeNull();
    store.clear();
    expect(store.load()).toBeNull();
    expect(kv.get('workshop')).toBeNull();
  });

  it('reads a damaged record as none, and forgets it', () => {
    const kv = memoryStore();
    const store = new WorkshopStore(kv);
    for (const damaged of ['{', 'null', '[]', JSON.stringify({ ...credentials, token: '' }), JSON.stringify({ roomId: 'x' })]) {
      kv.set('workshop', damaged);
      expect(store.load(), damaged).toBeNull();
      expect(kv.get('workshop')).toBeNull();
    }
  });

  it('drops a damaged waiting report but keeps the credentials', () => {
    const kv = memoryStore();
    kv.set('workshop', JSON.stringify({ ...credentials, pending: { type: 'boast', scenario: 'x' } }));
    expect(new WorkshopStore(kv).load()).toEqual({ ...credentials, pending: null });
  });

  it('keeps no waiting report once the credentials are gone', () => {
    const store = new WorkshopStore(memoryStore());
    store.setPending(report);
    expect(store.load()).toBeNull();
  });
});
