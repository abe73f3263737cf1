// A failed join (or a refused reconnect) in the participant's language, with the field to fix.
import type { Lang } from '../../engine/index.ts';
import { WorkshopClientError } from '../../workshop/client.ts';
import { ws, type WorkshopStringKey } from './strings.ts';

export interface JoinProblem {
  message: string;
  field: 'pin' | 'nickname' | null;
}

const KNOWN: Record<string, { key: WorkshopStringKey; field: JoinProblem['field'] }> = {
  'pin-unknown': { key: 'error_pin-unknown', field: 'pin' },
  'room-locked': { key: 'error_room-locked', field: null },
  'room-started': { key: 'error_room-started', field: null },
  'room-ended': { key: 'error_room-ended', field: 'pin' },
  'nickname-refused': { key: 'error_nickname-refused', field: 'nickname' },
  'nickname-invalid': { key: 'error_nickname-invalid', field: 'nickname' },
  'rate-limited': { key: 'error_rate-limited', field: null },
  'participant-token-refused': { key: 'error_participant-token-refused', field: 'pin' },
};

export function joinProblem(error: unknown, lang: Lang): JoinProblem {
  if (error instanceof WorkshopClientError) {
    const known = KNOWN[error.code];
    if (known) return { message: ws(known.key, lang), field: known.field };
    // A page with no workshop server behind it answers with its own 404 page, not our JSON.
    if (error.code === 'http' || error.code === 'not-found') return { message: ws('error_noServer', lang), field: null };
    return { message: ws('error_other', lang, { code: error.code }), field: null };
  }
  // fetch() itself failed: no network, or the server is down.
  if (error instanceof TypeError) return { message: ws('error_network', lang), field: null };
  return { message: ws('error_other', lang, { code: error instanceof Error ? error.name : 'unknown' }), field: null };
}
