// The before/after quick check through the server, with the real item bank (assets/quiz.yaml):
// open, draw per participant, answer, score on the server, dashboard and report before vs after.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readQuizBank } from '../../scripts/lib/quiz-file.ts';
import type { QuizItemView } from '../../src/workshop/protocol.ts';
import { api, content, createRoom, hostDo, hostSocket, joinRoom, participantSocket, startTestServer, type TestServer } from './helpers.ts';

const kindOf = new Map(readQuizBank(content().catalogue).items.map((item) => [item.id, item.kind]));

/** Answers that call every scam a scam, and `falseAlarms` genuine messages scams too. */
function answers(items: QuizItemView[], { missScams = 0, falseAlarms = 0 } = {}) {
  let missed = 0, alarmed = 0;
  return items.map(({ id }) => {
    if (kindOf.get(id) === 'scam') return { item: id, answer: missed++ < missScams ? 'genuine' : 'scam' };
    return { item: id, answer: alarmed++ < falseAlarms ? 'scam' : 'genuine' };
  });
}

let t: TestServer;
beforeAll(async () => { t = await startTestServer(); });
afterAll(async () => { await t.close(); });

describe('the before/after quick check', () => {
  it('opens for everyone, scores answers on the server, and shows the class before vs after', async () => {
    const room = await createRoom(t.url);
    const host = await hostSocket(t, room);
    const a = await joinRoom(t.url, room.pin, 'A');
    const b = await joinRoom(t.url, room.pin, 'B');
    const pa = await participantSocket(t, a.token);
    const pb = await participantSocket(t, b.token);
    expect(await pa.socket.request({ type: 'quiz-answers', phase: 'before', answers: [] })).toMatchObject({ type: 'error', code: 'quiz-not-open' });

    await hostDo(host, room, { type: 'host:quiz', phase: 'before', state: 'open' });
    const beforeA = await pa.socket.nextOfType('quiz');
    const beforeB = await pb.socket.nextOfType('quiz');
    expect(beforeA.phase).toBe('before');
    // Half scams, half genuine, with texts in both languages and no verdict on the wire.
    const kinds = beforeA.items.map((i) => kindOf.get(i.id));
    expect(kinds.filter((k) => k === 'scam').length).toBe(kinds.length / 2);
    expect(beforeA.items.every((i) => i.text.zh && i.text.en && i.from.zh && i.from.en)).toBe(true);
    expect(JSON.stringify(beforeA)).not.toMatch(/"(kind|why|flag)"/);
    expect(beforeB.items.map((i) => i.id)).not.toEqual(beforeA.items.map((i) => i.id));

    const ackA = await pa.socket.request({ type: 'quiz-answers', phase: 'before', answers: answers(beforeA.items, { missScams: 1, falseAlarms: 1 }) });
    const half = beforeA.items.length / 2;
    expect(ackA).toMatchObject({ type: 'ack', quiz: { hits: half - 1, scams: half, falseAlarms: 1, genuine: half } });
    expect(ackA.type === 'ack' && ackA.quiz!.wrong).toHaveLength(2);
    expect(await pa.socket.request({ type: 'quiz-answers', phase: 'before', answers: answers(beforeA.items) })).toMatchObject({ type: 'error', code: 'quiz-already-answered' });
    expect(await pb.socket.request({ type: 'quiz-answers', phase: 'before', answers: answers(beforeA.items) })).toMatchObject({ type: 'error', code: 'quiz-answers-invalid' });
    expect(await pb.socket.request({ type: 'quiz-answers', phase: 'before', answers: answers(beforeB.items).slice(1) })).toMatchObject({ type: 'error', code: 'quiz-answers-invalid' });
    // Someone who comes back while the quiz is open gets the same items again, until they have answered.
    pb.socket.close();
    const pb2 = await participantSocket(t, b.token);
    expect(pb2.welcome.quiz).toEqual({ phase: 'before', items: beforeB.items });
    const pa2 = await participantSocket(t, a.token);
    expect(pa2.welcome.quiz).toBeNull();
    await pb2.socket.request({ type: 'quiz-answers', phase: 'before', answers: answers(beforeB.items, { falseAlarms: half }) });
    await hostDo(host, room, { type: 'host:quiz', phase: 'before', state: 'done' });
    expect(await pb2.socket.request({ type: 'quiz-answers', phase: 'after', answers: [] })).toMatchObject({ type: 'error', code: 'quiz-not-open' });

    await hostDo(host, room, { type: 'host:start' });
    await hostDo(host, room, { type: 'host:quiz', phase: 'after', state: 'open' });
    const afterA = await pa2.socket.nextOfType('quiz');
    expect(afterA.phase).toBe('after');
    // The after quiz shares no message with the before quiz.
    expect(afterA.items.filter((i) => beforeA.items.some((j) => j.id === i.id))).toEqual([]);
    await pa2.socket.request({ type: 'quiz-answers', phase: 'after', answers: answers(afterA.items) });
    const counters = await host.next((m) => m.type === 'participant' && m.dashboard.quiz.after.answered === 1);
    if (counters.type !== 'participant') return;
    expect(counters.dashboard.quiz.before).toEqual({ answered: 2, hitRate: (2 * half - 1) / (2 * half), falseAlarmRate: (half + 1) / (2 * half), discernment: (2 * half - 1) / (2 * half) - (half + 1) / (2 * half) });
    expect(counters.dashboard.quiz.after).toEqual({ answered: 1, hitRate: 1, falseAlarmRate: 0, discernment: 1 });

    const report = (await api(t.url, `/api/rooms/${room.roomId}/report.json`, { token: room.hostToken })).json;
    expect(report.quiz.before.answered).toBe(2);
    expect(report.quiz.after).toEqual({ answered: 1, hitRate: 1, falseAlarmRate: 0, discernment: 1 });
    expect(report.quizzes.map((q: any) => [q.number, q.before?.hits, q.after?.hits ?? null])).toEqual([[1, half - 1, half], [2, half, null]]);
    const csv = (await api(t.url, `/api/rooms/${room.roomId}/report.csv?table=quiz`, { token: room.hostToken })).text;
    expect(csv.startsWith('participant,before_hits,')).toBe(true); // fetch's text() drops the BOM (tested in reports.test.ts)
    expect(csv.trim().split('\r\n')).toHaveLength(3);
    const html = (await api(t.url, `/api/rooms/${room.roomId}/report.html`, { token: room.hostToken })).text;
    expect(html).toContain('Quiz: before vs after');
    for (const s of [host, pa.socket, pa2.socket, pb2.socket]) s.close();
  });
});

describe('without an item bank', () => {
  it('refuses to open a quiz and says why', async () => {
    const bare = await startTestServer({ quiz: null });
    const room = await createRoom(bare.url);
    const host = await hostSocket(bare, room);
    expect(await hostDo(host, room, { type: 'host:quiz', phase: 'before', state: 'open' })).toMatchObject({ type: 'error', code: 'quiz-unavailable' });
    host.close();
    await bare.close();
  });
});
