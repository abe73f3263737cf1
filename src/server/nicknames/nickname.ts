// Checks a nickname someone typed and makes it unique in its room ("小林" → "小林 2").
import { WorkshopError } from '../errors.ts';
import { isBlocked } from './word-filter.ts';

export const NICKNAME_MAX = 16;
const segmenter = new Intl.Segmenter('zh', { granularity: 'grapheme' });

/** Trims and tidies a nickname, or throws a WorkshopError saying why it cannot be used. */
export function cleanNickname(raw: string): string {
  const name = raw.normalize('NFC').replace(/\s+/g, ' ').replace(/[\p{Cc}\p{Cf}]/gu, '').trim();
  if (name.length === 0) throw new WorkshopError('nickname-invalid', 'the nickname is empty');
  // Phone numbers and ID numbers do not belong on a projector.
  if (/\d{7,}/.test(name.replace(/[\s-]/g, ''))) throw new WorkshopError('nickname-refused', 'a nickname may not contain a long number');
  if ([...segmenter.segment(name)].length > NICKNAME_MAX) throw new WorkshopError('nickname-invalid', `a nickname has at most ${NICKNAME_MAX} characters`);
  if (isBlocked(name)) throw new WorkshopError('nickname-refused', 'this nickname is not allowed');
  return name;
}

const key = (name: string) => name.normalize('NFKC').toLowerCase();

/** The name itself if nobody in the room has it, else the name with the first free number. */
export function uniqueNickname(name: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map(key));
  if (!used.has(key(name))) return name;
  for (let n = 2; ; n++) {
    const candidate = `${name} ${n}`;
    if (!used.has(key(candidate))) return candidate;
  }
}
