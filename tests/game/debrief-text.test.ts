// The debrief in words (for the accessible layer) from a real play of the test fixture.
import { describe, expect, it } from 'vitest';
import { debriefSections, flagRuleLine, mistakeLabel, protectiveLabel } from '../../src/game/debrief-text.ts';
import { catalogue, loadFixture, startSession } from '../helpers.ts';

function endedPlay() {
  const model = loadFixture('mini-scam');
  const { session, settle } = startSession(model, { seed: 'words', pacing: 'instant' });
  for (let i = 0; i < 50; i++) {
    const snap = settle();
    if (snap.status === 'ended') break;
    const flaggable = snap.entries.find((e) => e.message && e.from !== 'player' && !snap.flagged.some((f) => f.message === e.message));
    if (flaggable && i % 2 === 0) session.send({ type: 'flag', message: flaggable.message!, flag: catalogue.flags[0]!.id });
    else if (snap.choices[0]) session.send({ type: 'choose', choice: snap.choices[0].id });
  }
  return session.debrief();
}

describe('the debrief in words', () => {
  const debrief = endedPlay();

  it('has every part of the debrief screen, in order, in each language', () => {
    for (const lang of ['zh', 'en'] as const) {
      const sections = debriefSections(debrief, lang, catalogue.rules);
      const all = sections.flatMap((s) => [s.heading, ...s.paragraphs]).join('\n');
      expect(sections[0]!.heading).toBe(debrief.outcome!.title[lang]);
      expect(sections.map((s) => s.heading)).toContain(lang === 'zh' ? '误判' : 'Misjudgements');
      expect(all).toContain(`${debrief.score.total}/100`);
      for (const flag of debrief.flags) expect(all).toContain(flag.explanation[lang]);
      for (const stage of debrief.stages) if (stage.script) expect(all).toContain(stage.script[lang]);
      expect(all).toContain(catalogue.rules.transfer[lang]);
      expect(sections.at(-1)!.paragraphs.at(-1)).toMatch(/96110/);
      if (lang === 'en') expect(all).not.toMatch(/[，：]/);
    }
  });

  it('names the rule of 三不一多 each red flag falls under', () => {
    const spotted = debrief.flags.find((f) => f.spotted)!;
    const missed = debrief.flags.find((f) => f.status === 'missed')!;
    expect(flagRuleLine(spotted, 'zh')).toBe(`三不一多：${spotted.ruleText.zh}`);
    expect(flagRuleLine(missed, 'en')).toBe(`Rule to remember: ${missed.ruleText.en}`);
    expect(protectiveLabel('block-or-report', 'zh')).toBe('拉黑/举报');
    expect(protectiveLabel('verify', 'en')).toBe('Verified who they were');
    expect(mistakeLabel('false-flag', 'zh')).toBe('把正常消息当成了危险信号');
  });
});
