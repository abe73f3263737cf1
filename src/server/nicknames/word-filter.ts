// Decides whether a nickname may be shown to the class.
import { BLOCKED_ANYWHERE, BLOCKED_WORDS } from './blocked-words.ts';

const LOOK_ALIKES: Record<string, string> = { '0': 'o', '1': 'i', '!': 'i', '3': 'e', '4': 'a', '@': 'a', '5': 's', '$': 's', '7': 't' };

/** Full-width to ASCII, lower case, look-alike digits to letters. */
function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[0-9!@$]/g, (c) => LOOK_ALIKES[c] ?? c);
}

/** Letters and CJK only, everything else dropped: "f.u c k" → "fuck". */
const squeeze = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '');

export function isBlocked(nickname: string): boolean {
  const folded = fold(nickname);
  const squeezed = squeeze(folded);
  const plain = squeeze(nickname.normalize('NFKC').toLowerCase());
  if (BLOCKED_ANYWHERE.some((word) => squeezed.includes(word) || plain.includes(word))) return true;
  const words = folded.split(/[^\p{L}]+/u).filter(Boolean);
  return words.some((word) => BLOCKED_WORDS.includes(word)) || BLOCKED_WORDS.includes(squeezed);
}
