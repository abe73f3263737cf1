// Rooms nobody uses any more are ended exactly as if their host had ended them, so a server left
// running for days does not keep every forgotten room's PIN working and its data in memory. A room
// is idle when neither its host nor its participants have sent anything (keep-alive pings aside),
// nobody has joined, and no host page is connected, for the whole idle time. Rooms not ended
// before a restart are in storage only: what storage holds about them says when they were last used.
import type { ServerContext } from './context.ts';
import { endRoom } from './rooms.ts';

export const DEFAULT_IDLE_ROOM_MS = 24 * 60 * 60_000;
const SWEEP_EVERY_MS = 5 * 60_000;

export class IdleRooms {
  private timer: ReturnType<typeof setInterval> | null = null;
  private running: Promise<string[]> | null = null;

  /** `idleMs` 0 never ends a room. */
  constructor(private readonly ctx: ServerContext, private readonly idleMs: number, private readonly log: (line: string) => void) {}

  /** Sweeps now and then while the server runs, without keeping the process alive. */
  start() {
    if (this.idleMs <= 0) return;
    this.timer = setInterval(() => void this.sweep(), Math.max(1000, Math.min(SWEEP_EVERY_MS, this.idleMs / 4)));
    this.timer.unref();
  }

  /** Ends every room idle for the idle time; resolves with their ids. A sweep under way is joined, not repeated. */
  sweep(): Promise<string[]> {
    if (this.idleMs <= 0) return Promise.resolve([]);
    this.running ??= this.endIdle().finally(() => { this.running = null; });
    return this.running;
  }

  async stop() {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  private async endIdle(): Promise<string[]> {
    const { ctx } = this;
    const ended: string[] = [];
    let open;
    try {
      open = await ctx.storage.openRooms();
    } catch (error) {
      this.log(`error: could not look for idle rooms: ${String(error)}`);
      return ended;
    }
    for (const { room, lastStoredAt } of open) {
      const lastUsed = async () => Math.max(lastStoredAt, (await ctx.rooms.held(room.id))?.lastActivityAt ?? 0);
      const idle = async () => !ctx.hub.hasHost(room.id) && ctx.now() - (await lastUsed()) >= this.idleMs;
      if (!(await idle())) continue;
      try {
        await ctx.queues.run(room.id, async () => {
          // Someone may have come back while the room waited its turn.
          if (!(await idle())) return;
          const live = await ctx.rooms.live(room.id);
          if (!live || !(await idle())) return;
          const hours = (ctx.now() - (await lastUsed())) / 3_600_000;
          await endRoom(ctx, live);
          ended.push(room.id);
          this.log(`room ${room.pin} (${room.id}) ended: unused for ${hours.toFixed(1)} h with no host page open; its report stays available`);
        });
      } catch (error) {
        this.log(`error: could not end idle room ${room.pin} (${room.id}): ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
      }
    }
    return ended;
  }
}
