// The workshop PIN a page was opened with: the join link /j/123456 (the QR code), or ?pin=123456.
const JOIN_PATH = /\/j\/(\d{6})\/?$/;

/** The 6-digit PIN in a page address, or null when the address names none. */
export function pinFromLocation(location: { pathname: string; search: string }): string | null {
  const fromPath = JOIN_PATH.exec(location.pathname)?.[1];
  if (fromPath) return fromPath;
  const fromQuery = new URLSearchParams(location.search).get('pin')?.trim() ?? '';
  return /^\d{6}$/.test(fromQuery) ? fromQuery : null;
}

/** A PIN as people type it ("123 456", full-width digits) reduced to its digits. */
export function normalizePin(typed: string): string {
  return typed.normalize('NFKC').replace(/\D/g, '').slice(0, 6);
}
