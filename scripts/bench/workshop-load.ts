// Workshop load benchmark: the real server in its own process (as `npm start` runs it), simulated
// participants that play real scenarios with the engine and report every delivered message and
// action at a human pace, and a host socket per room. Measures event-to-dashboard latency (a
// participant sends progress → the server replays, stores and pushes → the host socket receives
// it) and checks that every final result is in the SQLite file. The baseline, measured in the same
// run with the same clients and payloads, is a bare `ws` relay that forwards each event to the
// host socket: what the latency would be if the server did nothing but pass messages on.
//
//   npx tsx scripts/bench/workshop-load.ts [--seconds 40] [--interval 3] [--quick] [--normal]
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import WebSocket from 'ws';
import { createRandom, GameSession, type LoggedEvent, type ScenarioModel } from '../../src/engine/index.ts';
import { createRoom, joinRoom, WorkshopClient, type WebSocketConstructor } from '../../src/workshop/client.ts';
import type { ServerMessage } from '../../src/workshop/protocol.ts';
import { loadBundledContent } from '../../src/server/content.ts';
import { ROOT } from '../lib/content-files.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const QUICK = args.includes('--quick');
/** How long participants send progress before everyone submits their result. */
const SECONDS = option('--seconds', QUICK ? 12 : 40);
/** Mean seconds between one participant's reports (a report per delivered message or action). */
const INTERVAL = option('--interval', 3);
const TARGET_P95_MS = 100;
const WS = WebSocket as unknown as WebSocketConstructor;
const DURABILITY = args.includes('--normal') ? 'normal' : 'full';

const content = loadBundledContent();

// ---- plays, made with the real engine ----------------------------------------------------------

interface Report { delivered: number; log: LoggedEvent[] }

/**
 * A varied play (seeded random replies, sometimes paying) and the reports a game would send: one
 * per delivered message or action. Time is frozen and messages are delivered one by one, as the
 * server's replay does. Tries other replies until the play reaches an ending.
 */
function reportsOf(model: ScenarioModel, seed: string): { progress: Report[]; result: Report } {
  for (let attempt = 0; ; attempt++) {
    const random = createRandom(`bench:${seed}:${attempt}`);
    const clock = { now: () => 0, setTimeout: () => null, clearTimeout: () => undefined };
    const session = GameSession.start(model, { seed, mode: 'challenge', pacing: 'realtime', clock });
    const points: Report[] = [];
    const mark = () => points.push({ delivered: session.deliveredCount, log: structuredClone(session.save().state.log) });
    const deliver = () => { while (session.deliverNextNow()) mark(); };
    deliver();
    for (let step = 0; step < 200 && session.getSnapshot().status === 'playing'; step++) {
      const snap = session.getSnapshot();
      const payee = snap.transferTo[0];
      if (payee && random.next() < 0.3 && session.send({ type: 'transfer', contact: payee.contact, amount: Math.min(payee.amount ?? 100, snap.balance) }).ok) {
        mark(); deliver(); continue;
      }
      if (snap.choices.length) session.send({ type: 'choose', choice: random.pick(snap.choices).id });
      else if (!session.timeoutNow()) break;
      mark(); deliver();
    }
    const ended = session.getSnapshot().status === 'ended';
    const result = { delivered: session.deliveredCount, log: structuredClone(session.save().state.log) };
    session.dispose();
    if (!ended && attempt < 50) continue;
    if (!ended) throw new Error(`no ending reached in ${model.scenario.id} with seed ${seed}`);
    // One report per delivered count (the host's row is keyed by it), the latest of each.
    const progress = points.filter((p, i) => i === points.length - 1 || points[i + 1]!.delivered !== p.delivered);
    return { progress, result };
  }
}

// ---- processes ------------------------------------------------------------------------------

function startProcess(argv: string[], ready: RegExp): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, argv, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const match = ready.exec(out);
      if (match) resolve({ child, port: Number(match[1]) });
    });
    child.stderr!.on('data', (chunk) => { out += chunk; });
    child.on('exit', (code) => reject(new Error(`process exited (${code}): ${out}`)));
  });
}

/** A bare relay: each socket says which room it is in; participants' messages go to their room's host sockets. */
const RELAY = `
import { WebSocketServer } from 'ws';
const wss = new WebSocketServer({ port: 0, host: '127.0.0.1', perMessageDeflate: false });
const hosts = new Map();
wss.on('connection', (ws) => {
  let room = null, host = false;
  ws.on('message', (data) => {
    if (room === null) { const hello = JSON.parse(data); room = hello.room; host = hello.host; if (host) { if (!hosts.has(room)) hosts.set(room, new Set()); hosts.get(room).add(ws); } return; }
    for (const h of hosts.get(room) ?? []) h.send(data);
  });
  ws.on('close', () => { if (host) hosts.get(room)?.delete(ws); });
});
wss.on('listening', () => console.log('relay on ' + wss.address().port));
`;

function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Exponential gaps with the given mean, so reports are not in lockstep. */
const gap = (random: () => number) => -Math.log(1 - random()) * INTERVAL * 1000;

interface Participant {
  room: number;
  id: string;
  reports: { progress: Report[]; result: Report };
  scenario: string;
}

interface Outcome {
  latencies: number[];
  acks: number[];
  sent: number;
  errors: string[];
  cpu: number;
  seconds: number;
}

/** Sends every participant's reports at a human pace for SECONDS, then their results; times each one's arrival on the host socket. */
async function drive(participants: Participant[], send: (p: Participant, body: object, final: boolean) => Promise<void>, hostKeyed: Map<string, number>, cpu: () => number): Promise<Outcome> {
  const latencies: number[] = [];
  const acks: number[] = [];
  const errors: string[] = [];
  let sent = 0;
  const cpu0 = cpu();
  const t0 = performance.now();
  const end = t0 + SECONDS * 1000;
  await Promise.all(participants.map(async (p, index) => {
    const random = createRandom(`pace:${index}`);
    await sleep(random.next() * INTERVAL * 1000);
    for (const report of p.reports.progress) {
      if (performance.now() > end) break;
      const key = `${p.id}:${report.delivered}`;
      const at = performance.now();
      hostKeyed.set(key, at);
      sent++;
      await send(p, { type: 'progress', scenario: p.scenario, delivered: report.delivered, log: report.log }, false)
        .then(() => acks.push(performance.now() - at), (e: Error) => errors.push(e.message));
      await sleep(gap(() => random.next()));
    }
    const at = performance.now();
    await send(p, { type: 'result', scenario: p.scenario, delivered: p.reports.result.delivered, log: p.reports.result.log }, true)
      .then(() => acks.push(performance.now() - at), (e: Error) => errors.push(`result: ${e.message}`));
  }));
  const seconds = (performance.now() - t0) / 1000;
  await sleep(300);
  return { latencies, acks, sent, errors, cpu: cpu() - cpu0, seconds };
}

/** The host socket's side: a received row whose key we sent is one latency sample. */
function recordArrival(hostKeyed: Map<string, number>, latencies: number[], key: string) {
  const sentAt = hostKeyed.get(key);
  if (sentAt === undefined) return;
  hostKeyed.delete(key);
  latencies.push(performance.now() - sentAt);
}

// ---- one layout (rooms × people) against the workshop server --------------------------------

async function workshopRun(rooms: number, perRoom: number, scenarios: string[]) {
  const dataDir = mkdtempSync(join(tmpdir(), 'workshop-bench-'));
  const { child, port } = await startProcess(['--import', 'tsx', 'src/server/main.ts', '--port', '0', '--data', dataDir, '--join-limit', '100000', '--durability', DURABILITY], /listening on http:\/\/127\.0\.0\.1:(\d+)/);
  const base = `http://127.0.0.1:${port}`;
  const wsUrl = `ws://127.0.0.1:${port}/ws`;
  const hostKeyed = new Map<string, number>();
  const latencies: number[] = [];
  const participants: Participant[] = [];
  const clients = new Map<string, WorkshopClient>();
  const hosts: WebSocket[] = [];
  const roomIds: string[] = [];
  try {
    for (let r = 0; r < rooms; r++) {
      const scenario = scenarios[r % scenarios.length]!;
      const room = await createRoom(base, { scenarios: [scenario], mode: 'challenge' });
      roomIds.push(room.roomId);
      const host = new WebSocket(wsUrl);
      await new Promise((resolve) => host.once('open', resolve));
      host.send(JSON.stringify({ v: 1, type: 'hello', role: 'host', roomId: room.roomId, hostToken: room.hostToken }));
      host.on('message', (data) => {
        const m = JSON.parse(data.toString()) as ServerMessage;
        if (m.type === 'participant') recordArrival(hostKeyed, latencies, `${m.participant.id}:${m.participant.messages}`);
      });
      hosts.push(host);
      const welcomes = new Map<string, Extract<ServerMessage, { type: 'welcome' }>>();
      for (let i = 0; i < perRoom; i++) {
        const joined = await joinRoom(base, { pin: room.pin, lang: i % 2 ? 'en' : 'zh' });
        const client = new WorkshopClient({
          url: wsUrl, hello: { type: 'hello', role: 'participant', token: joined.token }, WebSocket: WS,
          onMessage: (m) => { if (m.type === 'welcome') welcomes.set(joined.participantId, m); },
        });
        clients.set(joined.participantId, client);
      }
      await until(() => [...clients.values()].every((c) => c.status === 'open'));
      const hostClient = new WorkshopClient({ url: wsUrl, hello: { type: 'hello', role: 'host', roomId: room.roomId, hostToken: room.hostToken }, WebSocket: WS });
      await hostClient.request({ type: 'host:start', hostToken: room.hostToken });
      hostClient.close();
      await until(() => [...welcomes.values()].filter((w) => w.plays.length).length === perRoom);
      for (const [id, welcome] of welcomes) {
        const play = welcome.plays[0]!;
        participants.push({ room: r, id, scenario: play.scenario, reports: reportsOf(content.models.get(play.scenario)!, play.seed) });
      }
    }
    const send = async (p: Participant, body: object) => {
      const reply = await clients.get(p.id)!.request(body as never);
      if (reply.type !== 'ack') throw new Error(JSON.stringify(reply));
    };
    const outcome = await drive(participants, send, hostKeyed, () => cpuSeconds(child.pid!));
    outcome.latencies = latencies;
    const health = await (await fetch(`${base}/api/health`)).json() as { stats: { reportToPush: { p50: number; p95: number; p99: number } | null; eventLoopDelay: { p99: number; max: number } } };

    // Zero lost: every result is in the file, exactly as sent.
    const db = new Database(join(dataDir, 'workshop.sqlite'), { readonly: true });
    const rows = db.prepare('SELECT participant_id AS id, log, finished FROM plays').all() as { id: string; log: string; finished: number }[];
    db.close();
    const byId = new Map(rows.map((r) => [r.id, r]));
    const lost = participants.filter((p) => {
      const row = byId.get(p.id);
      return !row || row.finished !== 1 || row.log !== JSON.stringify(p.reports.result.log);
    }).length;
    return { ...outcome, lost, participants: participants.length, inside: health.stats };
  } finally {
    for (const c of clients.values()) c.close();
    for (const h of hosts) h.close();
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The same clients, pace and payloads through a bare relay. */
async function baselineRun(rooms: number, perRoom: number, template: Participant[]) {
  const { child, port } = await startProcess(['--input-type=module', '-e', RELAY], /relay on (\d+)/);
  const url = `ws://127.0.0.1:${port}`;
  const hostKeyed = new Map<string, number>();
  const latencies: number[] = [];
  const sockets = new Map<string, WebSocket>();
  const hosts: WebSocket[] = [];
  const open = async (hello: object) => {
    const ws = new WebSocket(url, { perMessageDeflate: false });
    await new Promise((resolve) => ws.once('open', resolve));
    ws.send(JSON.stringify(hello));
    return ws;
  };
  try {
    for (let r = 0; r < rooms; r++) {
      const host = await open({ room: r, host: true });
      host.on('message', (data) => {
        const m = JSON.parse(data.toString()) as { pid: string; delivered: number };
        recordArrival(hostKeyed, latencies, `${m.pid}:${m.delivered}`);
      });
      hosts.push(host);
    }
    const participants = template.slice(0, rooms * perRoom);
    for (const p of participants) sockets.set(p.id, await open({ room: p.room, host: false }));
    // The relay has no acknowledgement: "sent" is when the bytes are handed to the socket.
    const send = async (p: Participant, body: object) => { sockets.get(p.id)!.send(JSON.stringify({ v: 1, pid: p.id, ...body })); };
    const outcome = await drive(participants, send, hostKeyed, () => cpuSeconds(child.pid!));
    outcome.latencies = latencies;
    return outcome;
  } finally {
    for (const s of sockets.values()) s.close();
    for (const h of hosts) h.close();
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

async function until(check: () => boolean, ms = 60_000) {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out while setting up');
    await sleep(20);
  }
}

// ---- run and report ---------------------------------------------------------------------------

const fmt = (n: number) => (Number.isFinite(n) ? n.toFixed(1).padStart(7) : '      —');

interface Inside { reportToPush: { p50: number; p95: number; p99: number } | null; eventLoopDelay: { p99: number; max: number } }

function summary(label: string, o: Outcome & { lost?: number; participants?: number; inside?: Inside }, baseline?: Outcome) {
  const sorted = [...o.latencies].sort((a, b) => a - b);
  const ackSorted = [...o.acks].sort((a, b) => a - b);
  const [p50, p95, p99] = [50, 95, 99].map((p) => percentile(sorted, p)) as [number, number, number];
  const base = baseline ? [...baseline.latencies].sort((a, b) => a - b) : null;
  const ratio = base ? ` (${(p95 / percentile(base, 95)).toFixed(1)}× baseline p95)` : '';
  console.log(`  ${label.padEnd(34)} p50 ${fmt(p50)} ms  p95 ${fmt(p95)} ms  p99 ${fmt(p99)} ms${ratio}`);
  console.log(`  ${''.padEnd(34)} ${o.latencies.length}/${o.sent} progress events reached the host, ${(o.sent / o.seconds).toFixed(0)} events/s, server CPU ${((o.cpu / o.seconds) * 100).toFixed(0)}% of a core`
    + (o.acks.length ? `, ack p50 ${percentile(ackSorted, 50).toFixed(1)} ms / p95 ${percentile(ackSorted, 95).toFixed(1)} ms` : '')
    + (o.lost !== undefined ? `, results lost ${o.lost}/${o.participants}` : '') + (o.errors.length ? `, ERRORS ${o.errors.length}: ${o.errors[0]}` : ''));
  if (o.inside?.reportToPush) {
    const r = o.inside.reportToPush;
    console.log(`  ${''.padEnd(34)} inside the server: report in → dashboard update out p50 ${r.p50} ms, p95 ${r.p95} ms, p99 ${r.p99} ms; event-loop delay p99 ${o.inside.eventLoopDelay.p99} ms, max ${o.inside.eventLoopDelay.max} ms`);
  }
  return { label, p50, p95, p99, inside: o.inside ?? null, events: o.sent, delivered: o.latencies.length, eventsPerSecond: o.sent / o.seconds, serverCpu: o.cpu / o.seconds, lost: o.lost ?? null, errors: o.errors.length };
}

export async function runWorkshopBench(): Promise<boolean> {
  console.log(`Workshop load benchmark — ${SECONDS} s of reports per layout, one report every ${INTERVAL} s per participant on average, durability ${DURABILITY}, Node ${process.version}`);
  console.log(`  machine: ${cpus().length} cores, load average ${loadavg()[0]!.toFixed(1)} at the start (other work slows both the server and the baseline)`);
  const layouts: [string, number, number, string[]][] = [
    ['1 room × 200 participants', 1, 200, ['warm-uncle']],
    ['10 rooms × 50 participants', 10, 50, ['warm-uncle', 'insider', 'fake-friend', 'task-rebate', 'online-loan', 'stock-group', 'sweet-girlfriend', 'police-impersonation', 'fake-customer-service', 'free-oil-sim']],
  ];
  const rows = [];
  let ok = true;
  for (const [label, rooms, perRoom, scenarios] of layouts) {
    const run = await workshopRun(rooms, perRoom, scenarios);
    const baseline = await baselineRun(rooms, perRoom, syntheticTemplate(rooms, perRoom, scenarios));
    rows.push(summary(`baseline: bare ws relay, ${label}`, baseline));
    const row = summary(`workshop server, ${label}`, run, baseline);
    rows.push(row);
    const pass = row.p95 < TARGET_P95_MS && run.lost === 0 && run.errors.length === 0;
    console.log(`  → ${pass ? 'within' : 'OUTSIDE'} the target (p95 < ${TARGET_P95_MS} ms, nothing lost, no errors)`);
    ok &&= pass;
  }
  mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
  console.log(`  load average ${loadavg()[0]!.toFixed(1)} at the end`);
  writeFileSync(join(ROOT, 'bench-results/workshop.json'), JSON.stringify({ date: new Date().toISOString(), seconds: SECONDS, interval: INTERVAL, durability: DURABILITY, loadAverage: loadavg()[0], rows }, null, 2));
  return ok;
}

/** Baseline participants: the same plays (reports from the same scenarios and seeds) as a workshop run would use. */
function syntheticTemplate(rooms: number, perRoom: number, scenarios: string[]): Participant[] {
  const list: Participant[] = [];
  for (let r = 0; r < rooms; r++) {
    const scenario = scenarios[r % scenarios.length]!;
    for (let i = 0; i < perRoom; i++) {
      const seed = `baseline-${r}-${i}`;
      list.push({ room: r, id: `p${r}-${i}`, scenario, reports: reportsOf(content.models.get(scenario)!, seed) });
    }
  }
  return list;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const ok = await runWorkshopBench();
  if (!ok) process.exitCode = 1;
}
