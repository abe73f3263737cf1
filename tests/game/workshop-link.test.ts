import { describe, expect, it } from 'vitest';
import { normalizePin, pinFromLocation } from '../../src/game/workshop/link.ts';

describe('the workshop PIN in a page address', () => {
  it('comes from the join link or from ?pin=', () => {
    expect(pinFromLocation({ pathname: '/j/123456', search: '' })).toBe('123456');
    expect(pinFromLocation({ pathname: '/j/012345/', search: '' })).toBe('012345');
    expect(pinFromLocation({ pathname: '/', search: '?pin=654321' })).toBe('654321');
    expect(pinFromLocation({ pathname: '/', search: '?mode=x&pin=%20654321%20' })).toBe('654321');
  });

  it('is absent when the address has none, or a malformed one', () => {
    expect(pinFromLocation({ pathname: '/', search: '' })).toBeNull();
    expect(pinFromLocation({ pathname: '/j/12345', search: '' })).toBeNull();
    expect(pinFromLocation({ pathname: '/j/1234567', search: '' })).toBeNull();
    expect(pinFromLocation({ pathname: '/', search: '?pin=12ab56' })).toBeNull();
  });
});

describe('a PIN as typed', () => {
  it('keeps only its digits, full-width ones included', () => {
    expect(normalizePin('123 456')).toBe('123456');
    expect(normalizePin('１２３４５６')).toBe('123456');
    expect(normalizePin('12-34-56-78')).toBe('123456');
    expect(normalizePin('abc')).toBe('');
  });
});
