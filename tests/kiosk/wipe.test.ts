import { describe, expect, it } from 'vitest';
import { deleteDatabases, isKioskKey, KIOSK_KEYS, wipeStorage, type DatabaseFactory } from '../../src/kiosk/wipe.ts';

/** The Web Storage interface over a Map, as browsers order keys (insertion order here). */
function fakeStorage(entries: Record<string, string>) {
  const map = new Map(Object.entries(entries));
  return {
    map,
    get length() { return map.size; },
    key: (i: number) => [...map.keys()][i] ?? null,
    removeItem: (k: string) => { map.delete(k); },
  };
}

describe('wiping a visitor', () => {
  it('removes every key but the kiosk\'s own', () => {
    const storage = fakeStorage({ 'rfc.game': '{}', 'rfc.settings': '{}', 'rfc.best': '{}', [KIOSK_KEYS.counters]: '{}', [KIOSK_KEYS.pin]: '{}', other: 'x', [KIOSK_KEYS.admin]: '{}' });
    const removed = wipeStorage(storage, isKioskKey);
    expect(removed.sort()).toEqual(['other', 'rfc.best', 'rfc.game', 'rfc.settings']);
    expect([...storage.map.keys()].sort()).toEqual([KIOSK_KEYS.admin, KIOSK_KEYS.counters, KIOSK_KEYS.pin].sort());
  });

  it('without a keep rule removes everything (session storage)', () => {
    const storage = fakeStorage({ a: '1', b: '2' });
    expect(wipeStorage(storage)).toEqual(['a', 'b']);
    expect(storage.length).toBe(0);
  });

  it('copes with no storage and with a storage that refuses', () => {
    expect(wipeStorage(null)).toEqual([]);
    const stubborn = { length: 1, key: () => 'k', removeItem: () => { throw new Error('denied'); } };
    expect(wipeStorage(stubborn)).toEqual(['k']);
  });

  it('deletes every listed database and the known ones, reporting blocked deletions', async () => {
    const deleted: string[] = [];
    const factory: DatabaseFactory = {
      databases: async () => [{ name: 'visitor-db' }, { name: 'open-db' }, {}],
      deleteDatabase(name: string) {
        deleted.push(name);
        const request = { onsuccess: null, onerror: null, onblocked: null } as { onsuccess: (() => void) | null; onerror: (() => void) | null; onblocked: (() => void) | null };
        queueMicrotask(() => (name === 'open-db' ? request.onblocked?.() : name === 'bad' ? request.onerror?.() : request.onsuccess?.()));
        return request as never;
      },
    };
    const results = await deleteDatabases(factory, ['extra', 'visitor-db', 'bad']);
    expect(deleted.sort()).toEqual(['bad', 'extra', 'open-db', 'visitor-db']);
    expect(results.sort((a, b) => a.name.localeCompare(b.name))).toEqual([
      { name: 'bad', result: 'failed' }, { name: 'extra', result: 'deleted' }, { name: 'open-db', result: 'blocked' }, { name: 'visitor-db', result: 'deleted' },
    ]);
  });

  it('falls back to the known names when databases cannot be listed', async () => {
    const deleted: string[] = [];
    const factory: DatabaseFactory = {
      databases: async () => { throw new Error('not supported'); },
      deleteDatabase(name: string) {
        deleted.push(name);
        const request = { onsuccess: null as (() => void) | null, onerror: null, onblocked: null };
        queueMicrotask(() => request.onsuccess?.());
        return request as never;
      },
    };
    expect(await deleteDatabases(factory, ['known'])).toEqual([{ name: 'known', result: 'deleted' }]);
    expect(await deleteDatabases(null)).toEqual([]);
  });
});
