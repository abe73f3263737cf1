// Forgetting a visitor: every storage key that is not the kiosk's own goes, and every IndexedDB
// database is deleted. The kiosk's own keys (admin settings, anonymous counters, the PIN lockout)
// live under one prefix and stay. Storage objects are passed in, so Node tests use fakes.

export const KIOSK_PREFIX = 'rfc-kiosk.';
export const KIOSK_KEYS = { admin: `${KIOSK_PREFIX}admin`, counters: `${KIOSK_PREFIX}counters`, pin: `${KIOSK_PREFIX}pin` } as const;

export const isKioskKey = (key: string) => key.startsWith(KIOSK_PREFIX);

export interface StorageLike {
  readonly length: number;
  key(index: number): string | null;
  removeItem(key: string): void;
  clear?(): void;
}

/** Removes every key `keep` does not claim; returns the removed keys. */
export function wipeStorage(storage: StorageLike | null, keep: (key: string) => boolean = () => false): string[] {
  if (!storage) return [];
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key !== null) keys.push(key);
  }
  const removed = keys.filter((key) => !keep(key));
  for (const key of removed) {
    try { storage.removeItem(key); } catch { /* a storage that refuses stays as it was */ }
  }
  return removed;
}

interface DeleteRequest {
  onsuccess: ((this: never, ev: never) => unknown) | null;
  onerror: ((this: never, ev: never) => unknown) | null;
  onblocked: ((this: never, ev: never) => unknown) | null;
}

export interface DatabaseFactory {
  databases?(): Promise<{ name?: string }[]>;
  deleteDatabase(name: string): DeleteRequest;
}

/**
 * Deletes every IndexedDB database the browser lists (and any `known` names, for browsers that
 * cannot list them). A database still open elsewhere is deleted as soon as it closes ("blocked").
 */
export async function deleteDatabases(factory: DatabaseFactory | null, known: readonly string[] = []): Promise<{ name: string; result: 'deleted' | 'blocked' | 'failed' }[]> {
  if (!factory) return [];
  let listed: string[] = [];
  try { listed = (await factory.databases?.() ?? []).map((d) => d.name).filter((n): n is string => typeof n === 'string'); } catch { /* not listable */ }
  const names = [...new Set([...listed, ...known])];
  return Promise.all(names.map((name) => new Promise<{ name: string; result: 'deleted' | 'blocked' | 'failed' }>((resolve) => {
    try {
      const request = factory.deleteDatabase(name);
      request.onsuccess = () => resolve({ name, result: 'deleted' });
      request.onerror = () => resolve({ name, result: 'failed' });
      request.onblocked = () => resolve({ name, result: 'blocked' });
    } catch {
      resolve({ name, result: 'failed' });
    }
  })));
}
