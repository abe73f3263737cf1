import { rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { SqliteStorage } from '../../src/server/storage/sqlite.ts';
import { PinTakenError, type RoomRecord } from '../../src/server/storage/storage.ts';
import { tempDir } from './helpers.ts';

const dirs: string[] = [];
afterEach(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });

const room = (id: string, pin: string): RoomRecord => ({
  id, pin, hostTokenHash: 'ab'.repeat(32), status: 'lobby', paused: false, locked: false, mode: 'challenge', lateJoin: 'allow',
  scenarios: ['warm-uncle'], quiz: { before: 'closed', after: 'closed' }, createdAt: 1, endedAt: null,
});

describe('SQLite storage', () => {
  it('uses a WAL journal in the data folder and survives reopening', async () => {
    const dir = tempDir(); dirs.push(dir);
    const file = join(dir, 'nested', 'w.sqlite');
    const storage = new SqliteStorage(file);
    await storage.createRoom(room('room-aaaaaaa', '123456'));
    await storage.close();
    const raw = new Database(file, { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();
    const again = new SqliteStorage(file);
    expect((await again.getRoom('room-aaaaaaa'))?.pin).toBe('123456');
    await again.close();
  });

  it('keeps a PIN unique among live rooms and frees it when the room ends', async () => {
    const dir = tempDir(); dirs.push(dir);
    const storage = new SqliteStorage(join(dir, 'w.sqlite'));
    await storage.createRoom(room('room-aaaaaaa', '123456'));
    await expect(storage.createRoom(room('room-bbbbbbb', '123456'))).rejects.toBeInstanceOf(PinTakenError);
    await storage.updateRoom('room-aaaaaaa', { status: 'ended', endedAt: 2 });
    expect(await storage.findLiveRoomByPin('123456')).toBeNull();
    await storage.createRoom(room('room-bbbbbbb', '123456'));
    expect((await storage.findLiveRoomByPin('123456'))?.id).toBe('room-bbbbbbb');
    expect((await storage.getRoom('room-aaaaaaa'))?.status).toBe('ended');
    await storage.close();
  });

  it('lists the rooms not ended, each with the time of the last thing stored about it', async () => {
    const dir = tempDir(); dirs.push(dir);
    const storage = new SqliteStorage(join(dir, 'w.sqlite'));
    await storage.createRoom({ ...room('room-quiet00', '111111'), createdAt: 100 });
    await storage.createRoom({ ...room('room-joined0', '222222'), createdAt: 100 });
    await storage.createRoom({ ...room('room-played0', '333333'), createdAt: 100 });
    await storage.createRoom({ ...room('room-ended00', '444444'), createdAt: 100 });
    const person = (id: string, roomId: string, joinedAt: number) => ({
      id, roomId, number: 1, nickname: id, tokenHash: id.padEnd(64, '0'), joinedAt, removed: false, quizSeed: 's',
    });
    await storage.addParticipant(person('p-joined', 'room-joined0', 500));
    await storage.addParticipant(person('p-played', 'room-played0', 200));
    await storage.assignPlays([{ participantId: 'p-played', roomId: 'room-played0', scenario: 'warm-uncle', position: 0, seed: 's', delivered: 0, log: [], summary: null, finished: false, updatedAt: 200 }]);
    await storage.savePlayProgress('p-played', 'warm-uncle', { delivered: 3, log: [], summary: null, finished: false, updatedAt: 900 });
    await storage.updateRoom('room-ended00', { status: 'ended', endedAt: 1000 });
    const open = (await storage.openRooms()).map((r) => [r.room.id, r.lastStoredAt]).sort();
    expect(open).toEqual([['room-joined0', 500], ['room-played0', 900], ['room-quiet00', 100]]);
    await storage.close();
  });

  it('refuses a data file from a newer server instead of guessing', async () => {
    const dir = tempDir(); dirs.push(dir);
    const file = join(dir, 'w.sqlite');
    const raw = new Database(file);
    raw.pragma('user_version = 99');
    raw.close();
    expect(() => new SqliteStorage(file)).toThrow(/newer server/);
  });
});
