import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { ContentError, formatIssue, loadCatalogue, loadScenario, type ContentIssue } from '../../src/engine/index.ts';
import { catalogue, fixtureText, loadFixture } from '../helpers.ts';

const FILE = 'broken.yaml';

/** Loads the fixture after `edit` changed it, and returns the problems found (none if it loads). */
function problemsAfter(edit: (doc: Record<string, any>) => void): ContentIssue[] {
  const doc = parse(fixtureText('mini-scam'));
  edit(doc);
  return problemsOf(stringify(doc));
}

function problemsOf(text: string): ContentIssue[] {
  try {
    loadScenario(text, FILE, catalogue);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).issues;
  }
}

const pathOf = (issue: ContentIssue) => issue.path.join('.');

describe('loading a scenario', () => {
  it('loads the fixture and indexes its messages and choices', () => {
    const model = loadFixture('mini-scam');
    expect(model.scenario.id).toBe('mini-scam');
    expect(model.messages.get('m-mom')).toMatchObject({ nodeId: 'hello', from: 'mom', conversation: 'family', flags: [] });
    expect(model.messages.get('m-hello')).toMatchObject({ from: 'teacher', conversation: 'dm', flags: ['unsolicited-contact'] });
    expect(model.choices.get('c-how')).toMatchObject({ nodeId: 'hello', conversation: 'dm' });
    expect(model.contentHash).toMatch(/^[0-9a-f]{8}$/);
  });

  it('reports bad YAML with its line, a hint, and not a flood of follow-on errors', () => {
    const text = fixtureText('mini-scam').replace('{zh: 妈妈, en: Mum}', '{zh: 妈妈{x}, en: Mum}');
    const issues = problemsOf(text);
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.length).toBeLessThanOrEqual(3);
    const line = text.split('\n').findIndex((l) => l.includes('妈妈{x}')) + 1;
    expect(issues[0]!.line).toBe(line);
    expect(issues[0]!.message).toMatch(/YAML syntax/);
    expect(formatIssue(issues[0]!)).toContain(`${FILE}:${line}:`);
  });

  it('refuses a file that is not a map', () => {
    expect(problemsOf('- just\n- a list\n')[0]!.message).toMatch(/must be a YAML map/);
    expect(problemsOf('')[0]!.message).toMatch(/empty or not a map/);
  });

  it('names an unknown field with its path and line', () => {
    const issues = problemsAfter((d) => { d.nodes.hello.mesages = []; });
    expect(issues).toHaveLength(1);
    expect(pathOf(issues[0]!)).toBe('nodes.hello.mesages');
    expect(issues[0]!.message).toMatch(/unknown field "mesages"/);
    expect(issues[0]!.line).toBeGreaterThan(1);
  });

  it('says a required field is missing, whatever its type', () => {
    const issues = problemsAfter((d) => { delete d.endings.escaped.outcome; delete d.scamType; });
    expect(issues.map((i) => [pathOf(i), i.message])).toEqual([
      ['scamType', 'missing required field "scamType"'],
      ['endings.escaped.outcome', 'missing required field "outcome"'],
    ]);
  });

  it('names a wrong value with the allowed ones', () => {
    const issues = problemsAfter((d) => { d.difficulty = 'extreme'; });
    expect(pathOf(issues[0]!)).toBe('difficulty');
    expect(issues[0]!.message).toMatch(/"extreme" is not allowed here; use one of "easy", "medium", "hard"/);
  });

  it('reports a missing translation in either language', () => {
    const issues = problemsAfter((d) => {
      delete d.nodes.hello.messages[0].text.en;
      d.nodes.pitch.messages[0].text.zh = '';
    });
    expect(issues.map((i) => [pathOf(i), i.message])).toEqual(expect.arrayContaining([
      ['nodes.hello.messages.0.text.en', 'missing English text (en)'],
      ['nodes.pitch.messages.0.text.zh', 'missing Chinese text (zh)'],
    ]));
  });

  it('catches text left untranslated', () => {
    const issues = problemsAfter((d) => { d.endings.escaped.title.en = '全身而退'; });
    expect(issues[0]!.message).toMatch(/English text looks untranslated/);
  });

  it('reports an unknown red flag id', () => {
    const issues = problemsAfter((d) => { d.nodes.hello.messages[0].flags = ['unsolicited-contact', 'made-up-flag']; });
    expect(issues).toHaveLength(1);
    expect(pathOf(issues[0]!)).toBe('nodes.hello.messages.0.flags.1');
    expect(issues[0]!.message).toMatch(/unknown red flag "made-up-flag"/);
  });

  it('reports dangling node and message references', () => {
    const issues = problemsAfter((d) => {
      d.nodes.hello.choices[0].goto = 'nowhere';
      d.nodes.pitch.next = 'pitchh';
      d.nodes.pitch.messages[3].recalls = 'm-ghost';
      d.nodes.fee.on[1].message = 'm-ghost';
      d.start = 'begin';
    });
    expect(issues.map(pathOf).sort()).toEqual([
      'nodes.fee.on.1.message', 'nodes.hello.choices.0.goto', 'nodes.pitch.messages.3.recalls', 'nodes.pitch.next', 'start',
    ]);
    expect(issues.find((i) => pathOf(i) === 'nodes.pitch.next')!.message).toMatch(/node "pitchh", which does not exist \(did you mean "pitch"\?\)/);
  });

  it('reports duplicate ids: message, choice and YAML keys', () => {
    const issues = problemsAfter((d) => {
      d.nodes.pitch.messages[1].id = 'm-hello';
      d.nodes.ask.choices[0].id = 'm-chart';
    });
    expect(issues.map((i) => [pathOf(i), i.message])).toEqual([
      ['nodes.pitch.messages.1.id', expect.stringMatching(/duplicate id "m-hello"/)],
      ['nodes.ask.choices.0.id', expect.stringMatching(/duplicate id "m-chart"/)],
    ]);
    const dupKey = fixtureText('mini-scam').replace('  fee:\n', '  push:\n');
    expect(problemsOf(dupKey)[0]!.message).toMatch(/unique/);
  });

  it('reports unknown contacts, conversations, variables and placeholders', () => {
    const issues = problemsAfter((d) => {
      d.nodes.hello.messages[1].from = 'dad';
      d.nodes.pitch.in = 'dm2';
      d.nodes.hello.choices[1].set = { doubt: '+1' };
      d.nodes.ask.choices[0].when = { mood: 'happy' };
      d.endings.scammed.debrief = { zh: '损失 {money} 元', en: 'Lost {money} yuan' };
      d.nodes.hello.messages[1].text = { zh: '{teacher}好', en: 'Hello' };
    });
    const byPath = Object.fromEntries(issues.map((i) => [pathOf(i), i.message]));
    expect(byPath['nodes.hello.messages.1.from']).toMatch(/unknown contact "dad"/);
    expect(byPath['nodes.pitch.in']).toMatch(/unknown conversation "dm2"/);
    expect(byPath['nodes.hello.choices.1.set.doubt']).toMatch(/variable "doubt", which is not declared/);
    expect(byPath['nodes.ask.choices.0.when.mood']).toMatch(/variable "mood"/);
    expect(byPath['endings.scammed.debrief.zh']).toMatch(/\{money\}/);
    expect(byPath['nodes.hello.messages.1.text']).toMatch(/different placeholders/);
  });

  it('checks that a sender belongs to the conversation and a scammer has a backstory', () => {
    const issues = problemsAfter((d) => {
      d.nodes.hello.messages[1].from = 'teacher';
      delete d.contacts.teacher.behind;
    });
    expect(issues.map((i) => [pathOf(i), i.message])).toEqual(expect.arrayContaining([
      ['nodes.hello.messages.1.from', '"teacher" is not in the conversation "family"'],
      ['contacts.teacher', expect.stringMatching(/needs "behind"/)],
    ]));
  });

  it('checks a node has exactly one way forward', () => {
    const issues = problemsAfter((d) => {
      d.nodes.pitch.choices = d.nodes.hello.choices.map((c: any) => ({ ...c, id: `${c.id}-x` }));
      d.nodes.blocked = { messages: [] };
    });
    expect(issues.map((i) => [pathOf(i), i.message])).toEqual(expect.arrayContaining([
      ['nodes.pitch', expect.stringMatching(/one way only.*choices and next/)],
      ['nodes.blocked', expect.stringMatching(/no way forward/)],
    ]));
  });

  it('catches an unquoted +1 that YAML would read as the number 1', () => {
    const text = fixtureText('mini-scam').replace('set: {doubts: "+1"}', 'set: {doubts: +1}');
    const issues = problemsOf(text);
    expect(issues.map((i) => [pathOf(i), i.message])).toEqual([['nodes.hello.choices.1.set.doubts', expect.stringMatching(/write "\+N" in quotes/)]]);
    expect(issues[0]!.line).toBe(text.split('\n').findIndex((l) => l.includes('doubts: +1')) + 1);
  });

  it('keeps red flags off genuine contacts and makes every scammer blockable', () => {
    const issues = problemsAfter((d) => {
      d.nodes.hello.messages[1].flags = ['urgency'];
      d.on = d.on.filter((r: any) => r.action !== 'block');
      d.nodes.hello.next = undefined;
      d.nodes.pitch.timeout = { seconds: 5, goto: 'ask' };
    });
    expect(issues.map((i) => [pathOf(i), i.message])).toEqual(expect.arrayContaining([
      ['nodes.hello.messages.1.flags', expect.stringMatching(/"mom" is a genuine contact: their messages carry no red flags/)],
      ['contacts.teacher', expect.stringMatching(/nothing happens when the player blocks this scammer/)],
      ['nodes.pitch.timeout', expect.stringMatching(/never fires on a node with "next"/)],
    ]));
  });

  it('refuses reserved contact ids and over-long avatar glyphs', () => {
    const reserved = problemsAfter((d) => { d.contacts.player = structuredClone(d.contacts.mom); });
    expect(reserved.map((i) => [pathOf(i), i.message])).toEqual([['contacts.player', expect.stringMatching(/reserved/)]]);
    const glyph = problemsAfter((d) => { d.contacts.mom.avatar.glyph = '🌷🌷🌷'; });
    expect(glyph.map((i) => [pathOf(i), i.message])).toEqual([['contacts.mom.avatar.glyph', 'one or two characters or emoji']]);
    expect(problemsAfter((d) => { d.contacts.mom.avatar.glyph = '👨‍👩‍👧'; })).toEqual([]);
  });

  it('reports every problem at once, not just the first', () => {
    const issues = problemsAfter((d) => {
      d.nodes.hello.messages[0].flags = ['nope'];
      d.nodes.pitch.next = 'gone';
      delete d.endings.escaped.title.zh;
    });
    // The shape error (missing zh) stops the semantic pass, so fix it first and see both others.
    expect(issues.map(pathOf)).toEqual(['endings.escaped.title.zh']);
    const semantic = problemsAfter((d) => {
      d.nodes.hello.messages[0].flags = ['nope'];
      d.nodes.pitch.next = 'gone';
      d.nodes.ask.on[0].contact = 'nobody';
    });
    expect(semantic.map(pathOf).sort()).toEqual(['nodes.ask.on.0.contact', 'nodes.hello.messages.0.flags.0', 'nodes.pitch.next']);
  });
});

describe('loading the red-flag catalogue', () => {
  it('loads the bundled catalogue with unique ids and all four rules', () => {
    expect(catalogue.flags.length).toBeGreaterThanOrEqual(18);
    expect(new Set(catalogue.flags.map((f) => f.id)).size).toBe(catalogue.flags.length);
    for (const rule of ['link', 'call', 'info', 'transfer'] as const) expect(catalogue.flags.some((f) => f.rule === rule)).toBe(true);
  });

  it('refuses a duplicate flag id and a missing explanation, naming the path', () => {
    const doc = { rules: catalogue.rules, flags: [catalogue.flags[0], catalogue.flags[0], { ...catalogue.flags[1], explanation: { zh: '解释' } }] };
    try {
      loadCatalogue(stringify(doc), 'flags.yaml');
      expect.unreachable();
    } catch (error) {
      const issues = (error as ContentError).issues;
      expect(issues.map((i) => [i.file, pathOf(i)])).toEqual([['flags.yaml', 'flags.2.explanation.en']]);
    }
    try {
      loadCatalogue(stringify({ rules: catalogue.rules, flags: [catalogue.flags[0], catalogue.flags[0]] }), 'flags.yaml');
      expect.unreachable();
    } catch (error) {
      expect((error as ContentError).issues[0]!.message).toMatch(/duplicate red flag id/);
    }
  });
});
