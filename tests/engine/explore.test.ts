import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { exploreScenario, loadScenario, GameSession } from '../../src/engine/index.ts';
import { catalogue, fixtureText, loadFixture } from '../helpers.ts';

function exploreEdited(edit: (doc: Record<string, any>) => void) {
  const doc = parse(fixtureText('mini-scam'));
  edit(doc);
  return exploreScenario(loadScenario(stringify(doc), 'edited.yaml', catalogue));
}
const messages = (r: ReturnType<typeof exploreScenario>) => r.issues.map((i) => `${i.path.join('.')}: ${i.message}`);

describe('exploring the state graph', () => {
  it('finds every node and ending of the fixture and no problem', () => {
    const result = exploreScenario(loadFixture('mini-scam'));
    expect(result.issues).toEqual([]);
    expect(result.endingsReached.sort()).toEqual(['escaped', 'reported', 'scammed']);
    expect(result.states).toBeGreaterThanOrEqual(Object.keys(loadFixture('mini-scam').scenario.nodes).length);
    expect(result.transitions).toBeGreaterThan(result.states);
    expect(result.paths).toBeGreaterThan(3);
    expect(result.pathsCapped).toBe(false);
  });

  it('reports an unreachable node', () => {
    const r = exploreEdited((d) => {
      d.nodes.orphan = { messages: [], ending: 'escaped' };
    });
    expect(messages(r)).toEqual(['nodes.orphan: this node is never reached from the start']);
  });

  it('reports an ending never reached', () => {
    const r = exploreEdited((d) => {
      d.endings.unused = { outcome: 'escaped', title: { zh: '没用', en: 'Unused' }, debrief: { zh: '没用', en: 'Unused' } };
    });
    expect(messages(r)).toEqual(['endings.unused: this ending is never reached']);
  });

  it('reports a state with no way to an ending', () => {
    const r = exploreEdited((d) => {
      delete d.on;
      d.nodes.hello.on = [{ action: 'call-96110', goto: 'hotline' }, { action: 'block', contact: 'teacher', goto: 'blocked' }];
      d.nodes.ask.choices[0].goto = 'loop';
      d.nodes.loop = { messages: [], choices: [{ id: 'c-loop', text: { zh: '再来', en: 'Again' }, goto: 'loop', in: 'dm' }] };
    });
    expect(messages(r)).toEqual([expect.stringMatching(/^nodes.loop: a play can get stuck here with no way to an ending/)]);
  });

  it('reports a node where every choice is ruled out by its conditions', () => {
    const r = exploreEdited((d) => {
      d.nodes.hello.choices[0].when = { warned: true };
      d.nodes.hello.choices[1].when = { doubts: { gt: 5 } };
    });
    expect(messages(r)).toEqual(expect.arrayContaining([expect.stringMatching(/^nodes.hello: nothing moves the dialogue on here/)]));
  });

  it('reports a transfer to a scammer possible before any red flag was shown', () => {
    const r = exploreEdited((d) => {
      d.start = 'pre';
      d.nodes.pre = {
        from: 'teacher', in: 'dm', messages: [{ id: 'm-pre', kind: 'text', text: { zh: '在吗？', en: 'Hi there?' } }],
        on: [{ action: 'transfer', contact: 'teacher', goto: 'scammed' }],
        choices: [{ id: 'c-pre', text: { zh: '在', en: 'Yes' }, goto: 'hello' }],
      };
    });
    expect(messages(r)).toEqual(['nodes.pre: a transfer to a scammer is possible here, but no red flag can have been shown before it']);
  });

  it('stays finite when a counter can grow forever', () => {
    const r = exploreEdited((d) => {
      d.on.push({ action: 'ask-family', set: { doubts: '+1' } });
      d.nodes.ask.choices.push({ id: 'c-sure', text: { zh: '我确定', en: "I'm sure" }, when: { doubts: { gte: 3 } }, goto: 'walk-away' });
    });
    expect(r.issues).toEqual([]);
    expect(r.states).toBeLessThan(500);
  });

  it('knows which live states can still end', () => {
    const model = loadFixture('mini-scam');
    const result = exploreScenario(model);
    const session = GameSession.start(model, { seed: 'x', pacing: 'instant' });
    expect(result.canReachEnding(session.getDialogueSnapshot())).toBe(true);
    session.send({ type: 'choose', choice: 'c-how' });
    expect(result.canReachEnding(session.getDialogueSnapshot())).toBe(true);
  });
});
