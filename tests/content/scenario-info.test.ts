// The home screen's case order: easiest first, then by id, the same order a locale-aware sort gives.
import { describe, expect, it } from 'vitest';
import { byDifficulty, scenarioInfo, type ScenarioInfo } from '../../src/content/scenario-info.ts';
import { readScenarios, scenarioFiles } from '../../scripts/lib/content-files.ts';
import { catalogue } from '../helpers.ts';

const infos = readScenarios(scenarioFiles(), catalogue).models.map((m) => scenarioInfo(m.scenario));
const RANK = { easy: 0, medium: 1, hard: 2 } as const;
const byLocale = (a: ScenarioInfo, b: ScenarioInfo) => RANK[a.difficulty] - RANK[b.difficulty] || a.id.localeCompare(b.id);
const info = (id: string, difficulty: ScenarioInfo['difficulty']) => ({ ...infos[0]!, id, difficulty });

describe('byDifficulty', () => {
  it('puts easier cases first', () => {
    const sorted = [info('a', 'hard'), info('b', 'easy'), info('c', 'medium')].sort(byDifficulty);
    expect(sorted.map((s) => s.id)).toEqual(['b', 'c', 'a']);
  });

  it('orders ids of one difficulty as a locale-aware sort would, for every character an id may hold', () => {
    const ids = ['a-b', 'ab', 'a0', 'a9b', 'a-9', 'z', '0a', '9-z', 'aa-', 'a', 'b-a', 'ba'];
    const cases = ids.map((id) => info(id, 'easy'));
    expect([...cases].sort(byDifficulty).map((s) => s.id)).toEqual([...cases].sort(byLocale).map((s) => s.id));
  });

  it('gives the bundled cases the order they had', () => {
    expect(infos.length).toBeGreaterThan(5);
    expect([...infos].sort(byDifficulty).map((s) => s.id)).toEqual([...infos].sort(byLocale).map((s) => s.id));
  });
});
