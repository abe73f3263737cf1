import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { createActor, initialTransition, transition } from 'xstate';
import { compileScenario, currentNode, loadScenario } from '../../src/engine/index.ts';
import { catalogue, fixtureText, loadFixture } from '../helpers.ts';

const model = loadFixture('mini-scam');
const machine = compileScenario(model);
const input = { values: { teacher: { zh: '王老师', en: 'Teacher Wang' }, deposit: 2000 } };

function at(node: string, vars: Record<string, number | boolean | string> = {}) {
  const [start] = initialTransition(machine, input);
  return machine.resolveState({ value: node, context: { ...start.context, vars: { ...start.context.vars, ...vars } } });
}
const step = (snapshot: ReturnType<typeof at>, event: Parameters<typeof transition<typeof machine>>[2]) => transition(machine, snapshot, event)[0];

describe('compiling a scenario into an XState machine', () => {
  it('has one state per node, final states for endings, and starts at `start`', () => {
    expect(Object.keys(machine.root.states).sort()).toEqual(Object.keys(model.scenario.nodes).sort());
    for (const [id, node] of Object.entries(model.scenario.nodes)) expect(machine.root.states[id]!.type).toBe(node.ending ? 'final' : 'atomic');
    const [start] = initialTransition(machine, input);
    expect(currentNode(start)).toBe('hello');
    expect(start.context).toMatchObject({ vars: { doubts: 0, warned: false }, used: [], entries: 1 });
  });

  it('has no delayed transitions: timing belongs to the session', () => {
    expect(JSON.stringify(machine.definition)).not.toMatch(/xstate\.after/);
  });

  it('a choice moves to its node, sets variables and is used up when once-only', () => {
    const s = step(at('hello'), { type: 'choose', choice: 'c-doubt' });
    expect(currentNode(s)).toBe('hello');
    expect(s.context.vars.doubts).toBe(1);
    expect(s.context.used).toEqual(['c-doubt']);
    expect(s.context.entries).toBe(2);
    const again = step(s, { type: 'choose', choice: 'c-doubt' });
    expect(again.context.entries).toBe(2);
    expect(currentNode(step(s, { type: 'choose', choice: 'c-how' }))).toBe('pitch');
  });

  it('ignores a choice of another node', () => {
    expect(currentNode(step(at('hello'), { type: 'choose', choice: 'c-no' }))).toBe('hello');
  });

  it('`next` and `timeout` become events the session sends', () => {
    expect(currentNode(step(at('pitch'), { type: 'continue' }))).toBe('ask');
    expect(currentNode(step(at('ask'), { type: 'timeout' }))).toBe('push');
    expect(currentNode(step(at('hello'), { type: 'timeout' }))).toBe('hello');
  });

  it('transfer reactions match on contact and minimum amount', () => {
    expect(currentNode(step(at('ask'), { type: 'transfer', contact: 'teacher', amount: 1 }))).toBe('fee');
    expect(currentNode(step(at('ask'), { type: 'transfer', contact: 'mom', amount: 5000 }))).toBe('ask');
    expect(currentNode(step(at('fee'), { type: 'transfer', contact: 'teacher', amount: 4999 }))).toBe('fee');
    expect(currentNode(step(at('fee'), { type: 'transfer', contact: 'teacher', amount: 5000 }))).toBe('scammed');
  });

  it('a reaction without goto only sets variables', () => {
    const s = step(at('fee'), { type: 'receive', message: 'm-payout' });
    expect(currentNode(s)).toBe('fee');
    expect(s.context.vars.doubts).toBe(-1);
  });

  it('scenario-wide reactions apply everywhere, and a node reaction wins over them', () => {
    expect(currentNode(step(at('pitch'), { type: 'block', contact: 'teacher' }))).toBe('blocked');
    expect(currentNode(step(at('pitch'), { type: 'block', contact: 'mom' }))).toBe('pitch');
    const doc = parse(fixtureText('mini-scam'));
    doc.nodes.ask.on.unshift({ action: 'block', contact: 'teacher', goto: 'walk-away' });
    const edited = compileScenario(loadScenario(stringify(doc), 'x.yaml', catalogue));
    const actor = createActor(edited, { input, snapshot: edited.resolveState({ value: 'ask', context: { vars: { doubts: 0, warned: false }, used: [], entries: 1, values: input.values } }) }).start();
    actor.send({ type: 'block', contact: 'teacher' });
    expect(currentNode(actor.getSnapshot())).toBe('walk-away');
  });

  it('conditions guard choices', () => {
    const doc = parse(fixtureText('mini-scam'));
    doc.nodes.hello.choices[0].when = { doubts: { gte: 1 } };
    const guarded = compileScenario(loadScenario(stringify(doc), 'x.yaml', catalogue));
    const [start] = initialTransition(guarded, input);
    expect(currentNode(transition(guarded, start, { type: 'choose', choice: 'c-how' })[0])).toBe('hello');
    const doubted = transition(guarded, start, { type: 'choose', choice: 'c-doubt' })[0];
    expect(currentNode(transition(guarded, doubted, { type: 'choose', choice: 'c-how' })[0])).toBe('pitch');
  });

  it('an ending is final: the machine is done and takes no more events', () => {
    const s = step(at('ask'), { type: 'choose', choice: 'c-no' });
    expect(currentNode(s)).toBe('walk-away');
    expect(s.status).toBe('done');
    const actor = createActor(machine, { input, snapshot: s }).start();
    actor.send({ type: 'block', contact: 'teacher' });
    expect(currentNode(actor.getSnapshot())).toBe('walk-away');
  });
});

describe('node entry', () => {
  it('sets the variables of `set` each time a node is entered', () => {
    const doc = parse(fixtureText('mini-scam'));
    doc.nodes.pitch.set = { doubts: '+2', warned: true };
    const edited = compileScenario(loadScenario(stringify(doc), 'x.yaml', catalogue));
    const [start] = initialTransition(edited, input);
    const s = transition(edited, start, { type: 'choose', choice: 'c-how' })[0];
    expect(s.context.vars).toEqual({ doubts: 2, warned: true });
  });
});
