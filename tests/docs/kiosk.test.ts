// docs/kiosk.md and docs/kiosk.zh-CN.md (the technician's guide, in English and Chinese) must say
// what the kiosk really does: every setting with its real default, every case id, every option
// of npm run kiosk, the admin panel's buttons by the names they show, and the terminal's messages
// as the command prints them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/content-files.ts';
import { bundledScenarios, describeConfig } from '../../scripts/kiosk.ts';
import { USAGE } from '../../scripts/lib/kiosk-messages.ts';
import { CONFIG_KEYS, KIOSK_DEFAULTS, parseKioskConfig, parseKioskConfigText } from '../../src/kiosk/config.ts';
import { KIOSK_STRINGS } from '../../src/kiosk/strings.ts';

const GUIDES = { en: 'docs/kiosk.md', zh: 'docs/kiosk.zh-CN.md' } as const;
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const scenarios = bundledScenarios(join(ROOT, 'assets/scenarios'));

/** The admin panel's buttons and sections a technician is sent to. */
const PANEL_WORDS = ['adminExport', 'adminResetCounters', 'adminRestoreConfig', 'adminExit', 'adminRotation', 'adminCounters'] as const;

for (const [lang, file] of Object.entries(GUIDES) as [keyof typeof GUIDES, string][]) {
  describe(file, () => {
    const doc = read(file);

    it('lists every setting with its real default', () => {
      for (const key of CONFIG_KEYS) {
        const row = doc.split('\n').find((line) => line.startsWith(`| \`${key}\` |`));
        expect(row, key).toBeDefined();
        expect(row!.split('|')[2]!.trim(), key).toBe(`\`${JSON.stringify(KIOSK_DEFAULTS[key])}\``);
      }
    });

    it('lists every case a kiosk may offer, by its id', () => {
      for (const s of scenarios.filter((x) => x.short)) expect(doc, s.id).toContain(`| \`${s.id}\` |`);
    });

    it('describes every option of npm run kiosk', () => {
      const options = [...USAGE.matchAll(/^ {2}(--[a-z-]+)/gm)].map((m) => m[1]!);
      expect(options.length).toBeGreaterThan(8);
      for (const option of new Set(options)) expect(doc, option).toMatch(new RegExp(`^ {2}${option}\\b`, 'm'));
    });

    it('names the admin panel\'s buttons as the panel shows them', () => {
      for (const key of PANEL_WORDS) expect(doc, key).toContain(`**${KIOSK_STRINGS[key]![lang]}**`);
    });

    it('quotes the terminal as npm run kiosk -- --check prints it', () => {
      const config = parseKioskConfig({ idleSeconds: 'soon', scenarios: ['warm-uncle', 'fake-friend'], pin: '482916' }, { scenarios });
      const lines = describeConfig('kiosk.config.json', { ...config, found: true });
      const block = /npm run kiosk -- --check\n```\n\n[^\n]*\n\n```\n([\s\S]*?)```/.exec(doc)?.[1];
      expect(block).toBe(`${lines.join('\n')}\n`);
    });

    it('quotes the config problems it explains as the kiosk words them', () => {
      const messages = [
        parseKioskConfigText('{\n  "idleSeconds": 30,\n  "language": "en",,\n}').problems[0]!,
        ...parseKioskConfig({ idleSecond: 1, pin: '1', scenarios: ['warm-uncle', 'nope'], idleSeconds: 15, countdownSeconds: 20 }, { scenarios }).problems,
      ].map((p) => (lang === 'zh' ? p.zh : p.message));
      const quoted = [...doc.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]!).filter((q) => /^"|^not valid|^不是有效/.test(q));
      expect(quoted.length).toBeGreaterThanOrEqual(5);
      for (const q of quoted) {
        // "…" stands for any text; the quote may stop before the end of the message.
        const pattern = new RegExp(q.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/…/g, '.+?').replace(/\\\d+/g, '\\d+').replace(/\d+/g, '\\d+'));
        expect(messages.some((m) => pattern.test(m)), q).toBe(true);
      }
    });

    it('links only to files that exist', () => {
      for (const [, target] of doc.matchAll(/\]\(([^)#]+)(?:#[^)]*)?\)/g)) {
        if (/^[a-z]+:/.test(target!)) continue;
        expect(() => readFileSync(join(ROOT, 'docs', target!)), target).not.toThrow();
      }
    });

    it('links only to its own headings', () => {
      const anchors = new Set([...doc.matchAll(/^#{2,3} (.+)$/gm)].map((m) => m[1]!.toLowerCase().replace(/[^\p{L}\p{N} -]/gu, '').replace(/ /g, '-')));
      for (const [, anchor] of doc.matchAll(/\]\(#([^)]+)\)/g)) expect(anchors, anchor).toContain(decodeURIComponent(anchor!));
    });
  });
}
