import { describe, expect, it } from 'vitest';
import { WorkshopClientError } from '../../src/workshop/client.ts';
import { joinProblem } from '../../src/game/workshop/join-errors.ts';
import { ws } from '../../src/game/workshop/strings.ts';

describe('a failed join, in the player\'s words', () => {
  it('says what each refusal means, in the player\'s language, and points at the field to fix', () => {
    expect(joinProblem(new WorkshopClientError('pin-unknown', 'no open room has this PIN', 404), 'zh')).toEqual({ message: ws('error_pin-unknown', 'zh'), field: 'pin' });
    expect(joinProblem(new WorkshopClientError('room-locked', 'locked', 403), 'en')).toEqual({ message: ws('error_room-locked', 'en'), field: null });
    expect(joinProblem(new WorkshopClientError('room-started', 'started', 403), 'en').message).toMatch(/has started/);
    expect(joinProblem(new WorkshopClientError('nickname-refused', 'no', 422), 'zh')).toEqual({ message: ws('error_nickname-refused', 'zh'), field: 'nickname' });
    expect(joinProblem(new WorkshopClientError('rate-limited', 'wait', 429), 'zh').message).toBe(ws('error_rate-limited', 'zh'));
  });

  it('tells a network failure from a page with no workshop server behind it', () => {
    expect(joinProblem(new TypeError('Failed to fetch'), 'en').message).toBe(ws('error_network', 'en'));
    expect(joinProblem(new WorkshopClientError('http', 'HTTP 404', 404), 'zh').message).toBe(ws('error_noServer', 'zh'));
  });

  it('names an unexpected error by its code rather than hiding it', () => {
    expect(joinProblem(new WorkshopClientError('server-error', 'oops', 500), 'en').message).toContain('server-error');
  });
});
