// The one error type the server's services throw: a protocol error code, a sentence for the
// developer of the client, and the HTTP status that goes with it.
import type { ErrorCode } from '../workshop/protocol.ts';

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  'bad-json': 400, 'bad-message': 400, 'unsupported-version': 400, 'too-large': 413, 'not-found': 404,
  'rate-limited': 429, 'not-authenticated': 401, 'host-token-refused': 403, 'participant-token-refused': 403,
  'pin-unknown': 404, 'room-locked': 403, 'room-started': 403, 'room-ended': 410, 'removed': 403,
  'nickname-refused': 422, 'nickname-invalid': 422, 'unknown-scenario': 422, 'server-error': 500,
};

export class WorkshopError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'WorkshopError';
    this.code = code;
  }

  get status(): number {
    return HTTP_STATUS[this.code] ?? 409;
  }
}

export const fail = (code: ErrorCode, message: string): never => {
  throw new WorkshopError(code, message);
};
