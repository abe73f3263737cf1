// A custom case for browser tests: one group chat of two genuine members, in rounds of messages
// each ended by a single reply, then an ending. Long enough rounds make the chat scroll.
import { loadScenario } from '../../src/engine/index.ts';
import type { Scenario } from '../../src/engine/schema.ts';
import { readCatalogue } from '../../scripts/lib/content-files.ts';

export interface Round { messages: number; reply: { id: string; zh: string; en: string } }

/** The case as data, checked like a bundled one; play it with `__rfc.startCustom(scenario, 'g')`. */
export function groupChatScenario(id: string, rounds: Round[]): Scenario {
  const message = (round: number, i: number) => `      - {id: r${round}m${i}, kind: text, from: ${i % 2 ? 'a' : 'b'}, text: {zh: "第${i}条消息，说一说今天的安排。", en: "Message ${i} about today's plans."}}`;
  const yaml = [
    `id: ${id}`, 'title: {zh: 测试群聊, en: Test chat}', 'summary: {zh: 测试。, en: A test.}', 'scamType: genuine', 'difficulty: easy', 'minutes: 1', 'wallet: 100',
    'variants: {n: [1, 2]}', 'contacts:', '  a: {name: {zh: 小王, en: Wang}, role: genuine, avatar: {color: "#3A7BD5", glyph: 王}}',
    '  b: {name: {zh: 小李, en: Li}, role: genuine, avatar: {color: "#D5803A", glyph: 李}}',
    'conversations:', '  g: {kind: group, title: {zh: 测试群, en: Test group}, members: [a, b]}', 'start: round0', 'nodes:',
    ...rounds.flatMap((round, r) => [
      `  round${r}:`, '    in: g', '    messages:', ...Array.from({ length: round.messages }, (_, i) => message(r, i)),
      '    choices:', `      - {id: ${round.reply.id}, text: {zh: ${round.reply.zh}, en: ${round.reply.en}}, goto: ${r + 1 < rounds.length ? `round${r + 1}` : 'end'}}`,
    ]),
    '  end:', '    messages: []', '    ending: done',
    'endings:', '  done: {outcome: resolved, title: {zh: 结束, en: Done}, debrief: {zh: 结束了。, en: The end.}}',
  ].join('\n');
  return loadScenario(yaml, `${id}.yaml`, readCatalogue()).scenario;
}
