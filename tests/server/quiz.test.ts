// The quiz flow of the server (open, draw, answer, score, dashboard, report). The engine's item
// bank (src/engine/quiz.ts) is not written yet, so a tiny stand-in bank is injected here; without
// a bank the server refuses quizzes, which is tested too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QuizBank } from '../../src/server/quiz.ts';
import type { QuizPhase } from '../../src/workshop/protocol.ts';
import { api, createRoom, hostDo, hostSocket, joinRoom, participantSocket, startTestServer, type TestServer } from './helpers.ts';

const ITEMS: Record<QuizPhase, { id: string; scam: boolean }[]> = {
  before: [{ id: 'b1', scam: true }, { id: 'b2', scam: false }, { id: 'b3', scam: true }, { id: 'b4', scam: false }],
  after: [{ id: 'a1', scam: true }, { id: 'a2', scam: false }, { id: 'a3', scam: true }, { id: 'a4', scam: false }],
};
const standInBank: QuizBank = {
  draw: (_seed, phase) => ITEMS[phase].map((i) => ({ id: i.id, text: { zh: `消息 ${i.id}`, en: `Message ${i.id}` } })),
  score(_seed, phase, answers) {
    const items = ITEMS[phase];
    if (answers.length !== items.length || !items.every((i) => answers.some((a) => a.item === i.id))) throw new Error('answer every item drawn, once');
    const scamOf = new Map(items.map((i) => [i.id, i.scam]));
    return {
      hits: answers.filter((a) => scamOf.get(a.item) && a.answer === 'scam').length, scams: items.filter((i) => i.scam).length,
      falseAlarms: answers.filter((a) => !scamOf.get(a.item) && a.answer === 'scam').length, genuine: items.filter((i) => !i.scam).length,
    };
  },
};

let t: TestServer;
beforeAll(async () => { t = await startTestServer({ quiz: standInBank }); });
afterAll(async () => { await t.close(); });

describe('the before/after quiz', () => {
  it('opens for everyone, scores answers on the server, and shows the class before vs after', async () => {
    const room = await createRoom(t.url);
    const host = await hostSocket(t, room);
    const a = await joinRoom(t.url, room.pin, 'A');
    const b = await joinRoom(t.url, room.pin, 'B');
    const pa = await participantSocket(t, a.token);
    const pb = await participantSocket(t, b.token);
    expect(await pa.socket.request({ type: 'quiz-answers', phase: 'before', answers: [] })).toMatchObject({ type: 'error', code: 'quiz-not-open' });

    await hostDo(host, room, { type: 'host:quiz', phase: 'before', state: 'open' });
    const quiz = await pa.socket.nextOfType('quiz');
    expect(quiz.phase).toBe('before');
    expect(quiz.items.map((i) => i.id)).toEqual(['b1', 'b2', 'b3', 'b4']);
    expect(JSON.stringify(quiz)).not.toMatch(/scam|genuine/);

    const answersA = [{ item: 'b1', answer: 'scam' }, { item: 'b2', answer: 'scam' }, { item: 'b3', answer: 'genuine' }, { item: 'b4', answer: 'genuine' }];
    const ackA = await pa.socket.request({ type: 'quiz-answers', phase: 'before', answers: answersA });
    expect(ackA).toMatchObject({ type: 'ack', quiz: { hits: 1, scams: 2, falseAlarms: 1, genuine: 2 } });
    expect(await pa.socket.request({ type: 'quiz-answers', phase: 'before', answers: answersA.slice(0, 2) })).toMatchObject({ type: 'error', code: 'quiz-already-answered' });
    expect(await pb.socket.request({ type: 'quiz-answers', phase: 'before', answers: [{ item: 'zz', answer: 'scam' }] })).toMatchObject({ type: 'error', code: 'quiz-answers-invalid' });
    // Someone who reconnects while the quiz is open gets it again, until they have answered.
    pb.socket.close();
    const pb2 = await participantSocket(t, b.token);
    expect(pb2.welcome.quiz?.phase).toBe('before');
    const pa2 = await participantSocket(t, a.token);
    expect(pa2.welcome.quiz).toBeNull();
    await pb2.socket.request({ type: 'quiz-answers', phase: 'before', answers: ITEMS.before.map((i) => ({ item: i.id, answer: 'scam' })) });
    await hostDo(host, room, { type: 'host:quiz', phase: 'before', state: 'done' });

    await hostDo(host, room, { type: 'host:start' });
    await hostDo(host, room, { type: 'host:quiz', phase: 'after', state: 'open' });
    const after = await pa2.socket.nextOfType('quiz');
    expect(after.items.map((i) => i.id)).toEqual(['a1', 'a2', 'a3', 'a4']);
    await pa2.socket.request({ type: 'quiz-answers', phase: 'after', answers: ITEMS.after.map((i) => ({ item: i.id, answer: i.scam ? 'scam' : 'genuine' })) });
    const counters = await host.next((m) => m.type === 'participant' && m.dashboard.quiz.after.answered === 1);
    if (counters.type !== 'participant') return;
    expect(counters.dashboard.quiz.before).toEqual({ answered: 2, hitRate: 3 / 4, falseAlarmRate: 3 / 4 });
    expect(counters.dashboard.quiz.after).toEqual({ answered: 1, hitRate: 1, falseAlarmRate: 0 });

    const report = (await api(t.url, `/api/rooms/${room.roomId}/report.json`, { token: room.hostToken })).json;
    expect(report.quiz.before.answered).toBe(2);
    expect(report.quiz.after).toEqual({ answered: 1, hitRate: 1, falseAlarmRate: 0 });
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
