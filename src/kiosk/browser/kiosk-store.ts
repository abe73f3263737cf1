// The kiosk's own keys (admin settings, counters, PIN lockout) in localStorage, mirrored to the
// local kiosk server when there is one (scripts/kiosk.ts): Chromium runs --incognito, so its
// storage is gone whenever it restarts, but the server's file is not. Whichever copy was saved
// last wins at start-up.
import { isKioskKey, KIOSK_PREFIX } from '../wipe.ts';

const SAVED_AT = `${KIOSK_PREFIX}savedAt`;
const STATE_URL = './kiosk-state.json';

export interface KioskStateFile {
  savedAt: number;
  entries: Record<string, string>;
}

function storage(): Storage | null {
  try { return globalThis.localStorage ?? null; } catch { return null; }
}

function localEntries(): Record<string, string> {
  const s = storage();
  const entries: Record<string, string> = {};
  if (!s) return entries;
  for (let i = 0; i < s.length; i++) {
    const key = s.key(i);
    if (key && isKioskKey(key) && key !== SAVED_AT) entries[key] = s.getItem(key) ?? '';
  }
  return entries;
}

export class KioskStore {
  private pushTimer: ReturnType<typeof setTimeout> | null = null;
  /** Whether a kiosk server answered (plain static hosting has none). */
  private serverKeeps = false;

  /** Adopts the server's copy when it is newer than this browser's. */
  async load(): Promise<void> {
    let remote: KioskStateFile | null = null;
    try {
      const response = await fetch(STATE_URL, { cache: 'no-store' });
      if (!response.ok || !/json/.test(response.headers.get('content-type') ?? '')) await response.body?.cancel();
      else {
        const data = await response.json() as Partial<KioskStateFile>;
        if (typeof data.savedAt === 'number' && typeof data.entries === 'object' && data.entries) {
          remote = data as KioskStateFile;
          this.serverKeeps = true;
        }
      }
    } catch { /* no server, or offline: this browser's copy it is */ }
    const s = storage();
    const localAt = Number(s?.getItem(SAVED_AT) ?? 0) || 0;
    if (remote && remote.savedAt < localAt) this.schedulePush();
    if (!remote || remote.savedAt <= localAt || !s) return;
    for (const [key, value] of Object.entries(remote.entries)) {
      if (isKioskKey(key) && typeof value === 'string') { try { s.setItem(key, value); } catch { /* full */ } }
    }
    try { s.setItem(SAVED_AT, String(remote.savedAt)); } catch { /* full */ }
  }

  /** Sends what is left to send when the page goes away (a reload, the browser closing). */
  flushOnExit() {
    addEventListener('pagehide', () => {
      if (!this.pushTimer) return;
      clearTimeout(this.pushTimer);
      this.pushTimer = null;
      navigator.sendBeacon?.(STATE_URL, new Blob([JSON.stringify(this.snapshot())], { type: 'application/json' }));
    });
  }

  private snapshot(): KioskStateFile {
    return { savedAt: Number(this.get(SAVED_AT) ?? Date.now()), entries: localEntries() };
  }

  get(key: string): string | null {
    try { return storage()?.getItem(key) ?? null; } catch { return null; }
  }

  set(key: string, value: string | null) {
    const s = storage();
    try {
      if (value === null) s?.removeItem(key); else s?.setItem(key, value);
      s?.setItem(SAVED_AT, String(Date.now()));
    } catch { /* a full or missing storage keeps nothing; the kiosk still runs */ }
    this.schedulePush();
  }

  private schedulePush() {
    if (!this.serverKeeps || this.pushTimer) return;
    this.pushTimer = setTimeout(() => { this.pushTimer = null; void this.push(); }, 1000);
  }

  /** Sends every kiosk key to the server now. */
  async push(): Promise<boolean> {
    if (!this.serverKeeps) return false;
    try {
      const response = await fetch(STATE_URL, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(this.snapshot()) });
      // Read the answer to the end: an unread body keeps its loader alive (one per visitor, for days).
      await response.arrayBuffer();
      return response.ok;
    } catch { return false; }
  }
}
