// docs/workshop.md (the trainer's guide) quotes the words on the host page and on the phones as
// "**中文 / English**": they must be the ones the screens show, so a trainer finds every button.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/content-files.ts';
import { ALL_STRINGS } from '../../src/game/i18n.ts';
import { WORKSHOP_STRINGS } from '../../src/game/workshop/strings.ts';
import { STRINGS as HOST_STRINGS } from '../../src/workshop/host/strings.ts';

const doc = readFileSync(join(ROOT, 'docs/workshop.md'), 'utf8');

type Label = { zh: string; en: string };

/** Every bold "中文 / English" span in a piece of the guide, line breaks taken as spaces. */
function quotedLabels(text: string): string[] {
  return [...text.replace(/\n\s*/g, ' ').matchAll(/\*\*([^*]+?)\*\*/g)].map((m) => m[1]!).filter((span) => /[\u4e00-\u9fff]/.test(span) && / \/ /.test(span));
}

/** A screen's string as the guide may quote it: "中文 / English", a {placeholder} standing for any text. */
function labelPattern(s: Label): RegExp {
  const escape = (text: string) => text.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}/g, '.+?');
  return new RegExp(`^${escape(s.zh)} / ${escape(s.en)}$`);
}

function unknownLabels(quoted: string[], known: readonly Label[]): string[] {
  const patterns = known.map(labelPattern);
  return quoted.filter((q) => !patterns.some((p) => p.test(q)));
}

/** The guide's section whose heading starts with this number. */
function section(number: number): string {
  const start = doc.search(new RegExp(`^## ${number}\\. `, 'm'));
  expect(start, `section ${number}`).toBeGreaterThan(-1);
  const next = doc.slice(start + 1).search(/^## \d+\. /m);
  return next === -1 ? doc.slice(start) : doc.slice(start, start + 1 + next);
}

const PHONE_STRINGS: Label[] = [...Object.values(WORKSHOP_STRINGS), ...Object.values(ALL_STRINGS)];

describe('docs/workshop.md', () => {
  it('quotes every label exactly as the host page or the phones show it, in both languages', () => {
    const quoted = quotedLabels(doc);
    expect(quoted.length).toBeGreaterThan(40);
    expect(unknownLabels(quoted, [...PHONE_STRINGS, ...Object.values(HOST_STRINGS)])).toEqual([]);
  });

  it('describes the participants\' screens in its own section, in the words the phones show', () => {
    const participants = section(11);
    expect(participants).toMatch(/^## 11\. What participants see/);
    const quoted = quotedLabels(participants);
    expect(quoted.length).toBeGreaterThan(10);
    expect(unknownLabels(quoted, PHONE_STRINGS)).toEqual([]);
    // The join link, the lobby, the pause, the resend after a dropped connection, the rebuild of a lost save.
    for (const topic of [/\/j\/\d{6}/, /等待主持人开始 \/ Waiting for the trainer/, /Heads up: discussion time/, /sent again once the\s+connection is back/, /rebuilt from\s+what the laptop received/]) {
      expect(participants).toMatch(topic);
    }
  });

  it('links only to files that exist', () => {
    for (const [, target] of doc.matchAll(/\]\(([^)#]+)(?:#[^)]*)?\)/g)) {
      if (/^[a-z]+:/.test(target!)) continue;
      expect(() => readFileSync(join(ROOT, 'docs', target!)), target).not.toThrow();
    }
  });
});
