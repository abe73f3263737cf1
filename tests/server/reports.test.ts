import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replay } from '../../src/engine/index.ts';
import { reportData, type CreateRoomResponse, type ReportData } from '../../src/workshop/protocol.ts';
import { api, createRoom, hostDo, hostSocket, joinRoom, model, participantSocket, playScenario, startTestServer, type TestServer } from './helpers.ts';

let t: TestServer;
let room: CreateRoomResponse;
/** What the engine itself says of each play, computed here from the same logs. */
const expected: { nickname: string; debrief: ReturnType<typeof replay>['debrief']; choices: string[] }[] = [];

const SCENARIO = 'warm-uncle';

beforeAll(async () => {
  t = await startTestServer();
  room = await createRoom(t.url, { scenarios: [SCENARIO] });
  const host = await hostSocket(t, room);
  const people = [];
  for (const nickname of ['=cmd|calc', '小林, "老王"', 'Anna']) {
    const joined = await joinRoom(t.url, room.pin, nickname);
    people.push({ nickname: joined.nickname, ...(await participantSocket(t, joined.token)) });
  }
  await hostDo(host, room, { type: 'host:start' });
  const strategies = [{ spotAll: true }, { pay: true }, { pay: true, partial: true }];
  for (const [i, person] of people.entries()) {
    const play = (await person.socket.nextOfType('welcome')).plays[0]!;
    const steps = playScenario(model(play.scenario), play.seed, play.mode, strategies[i]);
    const step = strategies[i]!.partial ? steps[Math.floor(steps.length / 2)]! : steps.at(-1)!;
    const type = strategies[i]!.partial ? 'progress' : 'result';
    const ack = await person.socket.request({ type, scenario: play.scenario, delivered: step.delivered, log: step.log });
    if (ack.type !== 'ack') throw new Error(JSON.stringify(ack));
    const result = replay(model(play.scenario), { seed: play.seed, mode: play.mode, delivered: step.delivered }, step.log);
    const choices = step.log.flatMap((e) => (e.event.type === 'choose' ? [e.event.choice] : []));
    expected.push({ nickname: person.nickname, debrief: result.debrief, choices });
    person.socket.close();
  }
  host.close();
});
afterAll(async () => { await t.close(); });

const report = async (query = ''): Promise<ReportData> => reportData.parse((await api(t.url, `/api/rooms/${room.roomId}/report.json${query}`, { token: room.hostToken })).json);

/** Parses our CSV (quoted cells, CRLF) back into rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [], cell = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; } else if (c === '\r') continue;
    else if (c === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; } else cell += c;
  }
  return rows;
}

describe('the class report', () => {
  it('counts each red flag as spotted before a transfer, after one, or missed, as the engine does', async () => {
    const data = await report();
    expect(data.participants).toBe(3);
    const counts = new Map<string, { shown: number; before: number; after: number; missed: number }>();
    for (const { debrief } of expected) {
      for (const f of debrief.flags) {
        const c = counts.get(f.flag) ?? { shown: 0, before: 0, after: 0, missed: 0 };
        c.shown++;
        if (f.status === 'spotted') c.before++; else if (f.status === 'late') c.after++; else c.missed++;
        counts.set(f.flag, c);
      }
    }
    expect(Object.fromEntries(data.flags.map((f) => [f.flag, { shown: f.shown, before: f.before, after: f.after, missed: f.missed }]))).toEqual(Object.fromEntries(counts));
    expect(data.flags.some((f) => f.before > 0)).toBe(true);
    expect(data.flags.every((f) => f.name.zh && f.name.en)).toBe(true);
    expect(data.totalSent).toBe(expected.reduce((sum, e) => sum + e.debrief.money.sentToScammers, 0));
    expect(data.transferred).toBe(expected.filter((e) => e.debrief.money.sentToScammers > 0).length);
  });

  it('gives choice counts at each key decision and the endings reached', async () => {
    const data = await report();
    for (const decision of data.decisions) {
      const total = decision.choices.reduce((sum, c) => sum + c.count, 0);
      expect(total).toBeGreaterThanOrEqual(decision.reached);
      for (const c of decision.choices) {
        expect(c.count).toBe(expected.filter((e) => e.choices.includes(c.choice)).length);
        expect(c.text.zh).not.toMatch(/\{/);
      }
    }
    expect(data.decisions.length).toBeGreaterThan(0);
    const endings = data.outcomes.map((o) => [o.ending, o.count]);
    const finished = expected.filter((e) => e.debrief.finished);
    expect(endings).toEqual(expect.arrayContaining([[null, 3 - finished.length]]));
    for (const e of finished) expect(data.outcomes.some((o) => o.ending === e.debrief.outcome!.ending && o.count >= 1)).toBe(true);
  });

  it('is anonymised unless the host asks for nicknames', async () => {
    const anonymous = await report();
    expect(anonymous.named).toBe(false);
    expect(anonymous.plays.map((p) => p.nickname)).toEqual([null, null, null]);
    expect(anonymous.plays.map((p) => p.number)).toEqual([1, 2, 3]);
    const csv = await api(t.url, `/api/rooms/${room.roomId}/report.csv`, { token: room.hostToken });
    const html = await api(t.url, `/api/rooms/${room.roomId}/report.html`, { token: room.hostToken });
    for (const { nickname } of expected) {
      expect(csv.text).not.toContain(nickname.replace(/"/g, '""'));
      expect(html.text).not.toContain('Anna');
    }
    const named = await report('?names=1');
    expect(named.plays.map((p) => p.nickname)).toEqual(expected.map((e) => e.nickname));
  });

  it('exports CSV with a UTF-8 BOM, one row per play, and cells a spreadsheet will not run', async () => {
    const response = await api(t.url, `/api/rooms/${room.roomId}/report.csv?names=1`, { token: room.hostToken });
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="red-flag-chat-\d{4}-\d{2}-\d{2}-plays\.csv"/);
    const bytes = new Uint8Array(await (await fetch(`${t.url}/api/rooms/${room.roomId}/report.csv`, { headers: { authorization: `Bearer ${room.hostToken}` } })).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(response.text.replace(/^\uFEFF/, ''));
    const [header, ...body] = rows;
    expect(header!.slice(0, 4)).toEqual(['participant', 'nickname', 'scenario', 'finished']);
    expect(body).toHaveLength(3);
    const column = (name: string) => body.map((r) => r[header!.indexOf(name)]);
    expect(column('participant')).toEqual(['1', '2', '3']);
    expect(column('nickname')).toEqual(["'=cmd|calc", '小林, "老王"', 'Anna']);
    expect(column('score')).toEqual(expected.map((e) => String(e.debrief.score.total)));
    expect(column('sent_to_scammers')).toEqual(expected.map((e) => String(e.debrief.money.sentToScammers)));
    expect(column('finished')).toEqual(expected.map((e) => String(e.debrief.finished)));

    const flags = parseCsv((await api(t.url, `/api/rooms/${room.roomId}/report.csv?table=flags`, { token: room.hostToken })).text.replace(/^\uFEFF/, ''));
    expect(flags[0]).toEqual(['flag', 'name_zh', 'name_en', 'shown', 'spotted_before_transfer', 'spotted_after_transfer', 'missed']);
    expect(flags.length - 1).toBe((await report()).flags.length);
    expect((await api(t.url, `/api/rooms/${room.roomId}/report.csv?table=secrets`, { token: room.hostToken })).json.code).toBe('bad-message');
  });

  it('prints as one HTML page with bilingual headings', async () => {
    const html = (await api(t.url, `/api/rooms/${room.roomId}/report.html`, { token: room.hostToken })).text;
    for (const heading of ['危险信号识别', 'Red flags spotted', '关键抉择', 'Key decisions', '结局', 'Outcomes', '课堂总结', 'Class debrief']) {
      expect(html).toContain(heading);
    }
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('@media print');
  });
});
