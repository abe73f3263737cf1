// localStorage that never throws: private modes, full quotas and kiosks without storage all
// degrade to "nothing saved" instead of a crash.
export interface KeyValueStore {
  get(key: string): string | null;
  set(key: string, value: string): boolean;
  remove(key: string): void;
}

export function browserStore(prefix = 'rfc.'): KeyValueStore {
  const storage = (() => {
    try { return globalThis.localStorage ?? null; } catch { return null; }
  })();
  return {
    get: (key) => { try { return storage?.getItem(prefix + key) ?? null; } catch { return null; } },
    set: (key, value) => { try { storage?.setItem(prefix + key, value); return storage !== null; } catch { return false; } },
    remove: (key) => { try { storage?.removeItem(prefix + key); } catch { /* nothing to remove */ } },
  };
}

export function memoryStore(): KeyValueStore {
  const map = new Map<string, string>();
  return { get: (k) => map.get(k) ?? null, set: (k, v) => { map.set(k, v); return true; }, remove: (k) => { map.delete(k); } };
}
