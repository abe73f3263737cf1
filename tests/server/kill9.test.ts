// Kill -9: the server runs as its own process (as `npm start` runs it), takes results, is killed
// with SIGKILL mid-stream and started again on the same data folder. Everything it acknowledged
// must be there, and clients must find their way back by themselves.
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import WebSocket from 'ws';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/content-files.ts';
import { createRoom, joinRoom, WorkshopClient, type WebSocketConstructor } from '../../src/workshop/client.ts';
import type { ServerMessage } from '../../src/workshop/protocol.ts';
import { model, playScenario, tempDir, type PlayStep } from './helpers.ts';

const dataDir = tempDir('workshop-kill9-');
const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

/**
 * Starts src/server/main.ts with tsx as a loader inside one Node process (the tsx command would
 * put a wrapper process in between, and SIGKILL on the wrapper would leave the server running),
 * and resolves with its port once it listens.
 */
function startServer(port: number): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/server/main.ts'), '--port', String(port), '--data', dataDir], {
    cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 30_000);
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const match = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(out);
      if (match) { clearTimeout(timer); resolve({ child, port: Number(match[1]) }); }
    });
    child.stderr!.on('data', (chunk) => { out += chunk; });
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`server exited (${code}): ${out}`)); });
  });
}

const until = async (check: () => boolean, what: string, ms = 20_000) => {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
};

interface Player {
  client: WorkshopClient;
  messages: ServerMessage[];
  welcomes: () => Extract<ServerMessage, { type: 'welcome' }>[];
}

describe('kill -9 and restart', () => {
  it('loses nothing it acknowledged, and clients reconnect by themselves', { timeout: 120_000 }, async () => {
    const first = await startServer(0);
    const base = `http://127.0.0.1:${first.port}`;
    const wsUrl = `ws://127.0.0.1:${first.port}/ws`;
    const room = await createRoom(base, { scenarios: ['warm-uncle', 'insider'] });
    const options = { WebSocket: WebSocket as unknown as WebSocketConstructor, minDelayMs: 50, maxDelayMs: 400 };

    const hostMessages: ServerMessage[] = [];
    const host = new WorkshopClient({ url: wsUrl, hello: { type: 'hello', role: 'host', roomId: room.roomId, hostToken: room.hostToken }, onMessage: (m) => hostMessages.push(m), ...options });
    const players: Player[] = [];
    for (let i = 0; i < 4; i++) {
      const joined = await joinRoom(base, { pin: room.pin, nickname: `P${i}` });
      const messages: ServerMessage[] = [];
      const client = new WorkshopClient({ url: wsUrl, hello: { type: 'hello', role: 'participant', token: joined.token }, onMessage: (m) => messages.push(m), ...options });
      players.push({ client, messages, welcomes: () => messages.filter((m): m is Extract<ServerMessage, { type: 'welcome' }> => m.type === 'welcome') });
    }
    await until(() => host.status === 'open' && players.every((p) => p.client.status === 'open'), 'everyone connected');
    await host.request({ type: 'host:start', hostToken: room.hostToken });
    await until(() => players.every((p) => p.welcomes().some((w) => w.plays.length === 2)), 'the assignments');

    // Every player reports each step of both plays without waiting, and the server is killed
    // while those reports are still arriving.
    const acked = new Map<string, PlayStep>();
    const sent: Promise<unknown>[] = [];
    for (const [i, p] of players.entries()) {
      for (const play of p.welcomes().at(-1)!.plays) {
        const steps = playScenario(model(play.scenario), play.seed, play.mode, { pay: i % 2 === 1 });
        steps.forEach((step, n) => {
          const final = n === steps.length - 1;
          const body = final ? { type: 'result' as const, scenario: play.scenario, delivered: step.delivered, log: step.log }
            : { type: 'progress' as const, scenario: play.scenario, delivered: step.delivered, log: step.log };
          sent.push(p.client.request(body).then((reply) => {
            if (reply.type !== 'ack') throw new Error(JSON.stringify(reply));
            const key = `${i}:${play.scenario}`;
            if ((acked.get(key)?.log.length ?? -1) <= step.log.length) acked.set(key, step);
          }));
        });
      }
    }
    await until(() => acked.size >= 3, 'a few acknowledgements');
    first.child.kill('SIGKILL');
    await new Promise((r) => first.child.once('exit', r));
    const ackedAtKill = new Map([...acked].map(([k, v]) => [k, structuredClone(v)]));
    expect(ackedAtKill.size).toBeGreaterThan(0);

    // What the dead server acknowledged is in its file.
    const db = new Database(join(dataDir, 'workshop.sqlite'), { readonly: true });
    const rows = db.prepare('SELECT p.number, pl.scenario, pl.delivered, pl.log FROM plays pl JOIN participants p ON p.id = pl.participant_id').all() as { number: number; scenario: string; delivered: number; log: string }[];
    db.close();
    for (const [key, step] of ackedAtKill) {
      const [i, scenario] = key.split(':');
      const row = rows.find((r) => r.number === Number(i) + 1 && r.scenario === scenario)!;
      expect(row.delivered, key).toBeGreaterThanOrEqual(step.delivered);
      expect(JSON.parse(row.log).length, key).toBeGreaterThanOrEqual(step.log.length);
    }

    // Same port, same data: the clients come back on their own and their unanswered reports go through.
    await startServer(first.port);
    await Promise.all(sent);
    await until(() => host.status === 'open' && players.every((p) => p.client.status === 'open' && p.welcomes().length >= 3), 'everyone back');
    const hostWelcomes = hostMessages.filter((m) => m.type === 'host-welcome');
    const latest = hostWelcomes.at(-1)!;
    expect(hostWelcomes.length).toBeGreaterThanOrEqual(2);
    if (latest.type !== 'host-welcome') return;
    expect(latest.room).toMatchObject({ id: room.roomId, pin: room.pin, status: 'playing' });
    expect(latest.participants.map((p) => p.nickname)).toEqual(['P0', 'P1', 'P2', 'P3']);
    // The live dashboard catches up as the resent results arrive: the host sees the counters of its
    // newest welcome or participant update (results resent before the host is back come in its welcome).
    const dashboard = () => [...hostMessages].reverse().find((m) => m.type === 'participant' || m.type === 'host-welcome');
    await until(() => { const d = dashboard(); return (d?.type === 'participant' || d?.type === 'host-welcome') && d.dashboard.finished === 4; }, 'all four finished on the dashboard', 60_000);

    const report = await fetch(`${base}/api/rooms/${room.roomId}/report.json`, { headers: { authorization: `Bearer ${room.hostToken}` } }).then((r) => r.json());
    expect(report.plays).toHaveLength(8);
    expect(report.plays.every((p: { finished: boolean }) => p.finished)).toBe(true);
    expect(report.transferred).toBe(2);
    for (const p of players) p.client.close();
    host.close();
  });
});
