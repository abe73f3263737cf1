// The casebook's promises (issue #4), checked on the real scenario files.
import { describe, expect, it } from 'vitest';
import { estimatePlayLength } from '../../scripts/lib/estimate.ts';
import { readScenarios, scenarioFiles } from '../../scripts/lib/content-files.ts';
import { catalogue } from '../helpers.ts';

const { models } = readScenarios(scenarioFiles(), catalogue);
const scams = models.filter((m) => m.scenario.scamType !== 'genuine');
const flagsOf = (m: (typeof models)[number]) => new Set([...m.messages.values()].flatMap((x) => x.flags));

describe.each(models.map((m) => [m.scenario.id, m] as const))('scenario %s', (_id, model) => {
  const { scenario } = model;
  const contacts = Object.values(scenario.contacts);

  it('has at least three endings and genuine contacts beside any scammer', () => {
    expect(Object.keys(scenario.endings).length).toBeGreaterThanOrEqual(3);
    expect(contacts.some((c) => c.role !== 'scammer')).toBe(true);
  });

  it('has seeded variants, so a replay is not identical', () => {
    const variants = Object.values(scenario.variants ?? {});
    expect(variants.some((options) => options.length >= 2)).toBe(true);
  });

  it.runIf(scenario.scamType !== 'genuine')('shows 8–15 red flags, tells its script and who is behind each account', () => {
    const flags = flagsOf(model);
    expect(flags.size).toBeGreaterThanOrEqual(8);
    expect(flags.size).toBeLessThanOrEqual(15);
    expect(scenario.script).toBeDefined();
    for (const c of contacts.filter((x) => x.role === 'scammer')) expect(c.behind).toBeDefined();
    const stages = new Set(Object.values(scenario.nodes).map((n) => n.stage).filter(Boolean));
    for (const stage of ['approach', 'trust', 'induce', 'harvest']) expect(stages.has(stage as never), stage).toBe(true);
  });

  it.runIf(scenario.scamType === 'genuine')('a genuine scenario carries no red flags at all', () => {
    expect(flagsOf(model).size).toBe(0);
    expect(contacts.every((c) => c.role !== 'scammer')).toBe(true);
  });

  it.runIf(scenario.short === true)('a kiosk version plays in 3–5 minutes or less at fast pacing', () => {
    expect(estimatePlayLength(model, 'fast').medianMinutes).toBeLessThanOrEqual(5);
  });
});

describe('the casebook as a whole', () => {
  it.runIf(scams.length >= 12)('uses every red flag of the catalogue somewhere', () => {
    const used = new Set(models.flatMap((m) => [...flagsOf(m)]));
    expect(catalogue.flags.map((f) => f.id).filter((id) => !used.has(id))).toEqual([]);
  });

  it.runIf(scams.length >= 12)('covers the twelve scam types of the brief', () => {
    const types = new Set(scams.map((m) => m.scenario.scamType));
    for (const t of ['romance', 'insider', 'investment-group', 'task-rebate', 'customer-service', 'police-impersonation', 'prize', 'loan', 'sim-card', 'friend-impersonation', 'shopping']) {
      expect(types.has(t as never), t).toBe(true);
    }
  });

  it.runIf(scams.length >= 12)('mixes in at least five different genuine contacts across the set', () => {
    const genuine = new Set(models.flatMap((m) => Object.values(m.scenario.contacts).filter((c) => c.role === 'genuine').map((c) => c.name.zh)));
    expect(genuine.size).toBeGreaterThanOrEqual(5);
  });

  it('offers a kiosk-length version of every scam type', () => {
    const short = new Set(scams.filter((m) => m.scenario.short).map((m) => m.scenario.scamType));
    expect([...new Set(scams.map((m) => m.scenario.scamType))].filter((t) => !short.has(t))).toEqual([]);
  });
});
