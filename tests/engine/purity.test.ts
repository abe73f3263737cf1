import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The lint rule is what keeps src/engine runnable in Node and the browser alike.
describe('the engine purity lint rule', () => {
  const eslint = new ESLint();
  const problems = async (code: string, filePath = 'src/engine/probe.ts') => (await eslint.lintText(code, { filePath }))[0]!.messages.map((m) => m.message);

  it('forbids Phaser, Howler, Node built-ins and UI modules in src/engine', async () => {
    expect(await problems("import Phaser from 'phaser';\nexport const p = Phaser;\n")).toEqual([expect.stringMatching(/must not depend on Phaser/)]);
    expect(await problems("import { Howl } from 'howler';\nexport const h = Howl;\n")).toEqual([expect.stringMatching(/must not depend on Howler/)]);
    expect(await problems("import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n")).toEqual([expect.stringMatching(/no Node built-ins/)]);
    expect(await problems("import { x } from '../game/chat';\nexport const y = x;\n")).toEqual([expect.stringMatching(/Dependencies point one way/)]);
  });

  it('forbids DOM globals in src/engine', async () => {
    expect(await problems('export const t = () => document.title;\n')).toEqual([expect.stringMatching(/DOM global "document"/)]);
    expect(await problems('export const s = () => localStorage.getItem("x");\n')).toEqual([expect.stringMatching(/DOM global "localStorage"/)]);
  });

  it('allows the same code outside the engine', async () => {
    expect(await problems('export const t = () => document.title;\n', 'src/game/probe.ts')).toEqual([]);
  });
});
