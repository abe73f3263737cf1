// Secrets the server hands out (host tokens, reconnect tokens) and ids. Only a hash of each
// secret is stored, so a copied database file does not let anyone act as a host or participant.
import { createHash, timingSafeEqual } from 'node:crypto';
import { customAlphabet, nanoid } from 'nanoid';

export const newSecret = (): string => nanoid(24);
export const newId = (): string => nanoid(12);
export const newSeed = (): string => nanoid(10);
const digits = customAlphabet('0123456789', 6);
export const newPin = (): string => digits();

export const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('hex');

export function secretMatches(secret: string, hash: string): boolean {
  const a = Buffer.from(hashSecret(secret), 'hex');
  const b = Buffer.from(hash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
