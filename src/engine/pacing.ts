// How long the other side "types" before a message appears. Pure: time in, time out.
import type { Message } from './schema.ts';

export type Pacing = 'realtime' | 'fast' | 'instant';
export const PACINGS: readonly Pacing[] = ['realtime', 'fast', 'instant'];

const FACTOR: Record<Pacing, number> = { realtime: 1, fast: 0.3, instant: 0 };

/** Milliseconds of pause before the sender starts typing. */
export function delayBefore(message: Message, pacing: Pacing): number {
  const seconds = message.delay ?? (message.kind === 'system' || message.kind === 'recall' ? 0.5 : 0.8);
  return Math.round(seconds * 1000 * FACTOR[pacing]);
}

/** Milliseconds the "typing…" indicator shows; grows with the message's length. */
export function typingTime(message: Message, textLength: number, pacing: Pacing): number {
  let seconds: number;
  if (message.typing !== undefined) seconds = message.typing;
  else if (message.kind === 'system' || message.kind === 'recall') seconds = 0;
  else if (message.kind === 'text') seconds = Math.min(7, 0.9 + 0.12 * textLength);
  else if (message.kind === 'voice') seconds = Math.min(6, 1 + message.seconds * 0.3);
  else seconds = 1.2;
  return Math.round(seconds * 1000 * FACTOR[pacing]);
}
