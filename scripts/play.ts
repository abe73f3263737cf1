// npm run play -- <scenario-id> [--lang en] [--seed s] [--mode challenge] [--pacing instant|fast|realtime]
// Plays a scenario in the terminal, then prints the debrief: the engine needs no UI.
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import {
  GameSession, INFO_KINDS, PACINGS, localize, type ChatEntry, type Lang, type Pacing, type PlayerAction, type ScenarioModel,
} from '../src/engine/index.ts';
import { join } from 'node:path';
import { readCatalogue, readScenarios, scenarioFiles, ROOT, SCENARIO_DIR } from './lib/content-files.ts';
import { formatDebrief } from './lib/format-debrief.ts';

const { values: opts, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    lang: { type: 'string', default: 'zh' },
    seed: { type: 'string', default: String(Date.now()) },
    mode: { type: 'string', default: 'practice' },
    pacing: { type: 'string' },
    /** Also offer the engine's test fixtures (tests/fixtures). */
    fixtures: { type: 'boolean', default: false },
  },
});

const lang = (opts.lang === 'en' ? 'en' : 'zh') as Lang;
const t = (zh: string, en: string) => (lang === 'zh' ? zh : en);
const folders = opts.fixtures ? [SCENARIO_DIR, join(ROOT, 'tests/fixtures')] : [SCENARIO_DIR];
const { models, issues } = readScenarios(scenarioFiles(folders), readCatalogue());
const id = positionals[0];
const model = models.find((m) => m.scenario.id === id);
if (!model) {
  if (issues.length) console.error(`${issues.length} scenario problem(s); run npm run validate`);
  console.error(`${id ? `no scenario "${id}"` : 'name a scenario'}. Available: ${models.map((m) => m.scenario.id).join(', ')}`);
  process.exit(2);
}
const pacing = (opts.pacing && PACINGS.includes(opts.pacing as Pacing) ? opts.pacing : process.stdin.isTTY ? 'fast' : 'instant') as Pacing;
const session = GameSession.start(model, { seed: opts.seed, mode: opts.mode === 'challenge' ? 'challenge' : 'practice', pacing });

const shown = new Map<string, number>();
const numbered: ChatEntry[] = [];
let lastConversation = '';
let lastTyping = '';
let lastChoices = '';

const nameOf = (contact: string) => {
  if (contact === 'player') return t('我', 'Me');
  if (contact === 'system') return t('系统', 'System');
  const c = session.getSnapshot().contacts.find((x) => x.id === contact);
  return c ? c.name[lang] : contact;
};

function describe(entry: ChatEntry): string {
  const text = entry.text?.[lang] ?? '';
  switch (entry.kind) {
    case 'image': return `[${t('图片', 'Image')}] ${text}`;
    case 'voice': return `[${t('语音', 'Voice')} ${entry.seconds}″] ${text}`;
    case 'link': return `[${t('链接', 'Link')}] ${entry.title?.[lang]} — ${text} (${entry.site})`;
    case 'transfer': return `[${t('转账', 'Transfer')} ¥${entry.amount} ${entry.status === 'pending' ? t('待确认收款', 'awaiting receipt') : t('已收款', 'received')}] ${text}`;
    case 'red-packet': return `[${t('红包', 'Red packet')}] ${text || t('恭喜发财，大吉大利', 'Best wishes')}`;
    case 'recall': return t(`"${nameOf(entry.from)}" 撤回了一条消息`, `"${nameOf(entry.from)}" recalled a message`);
    default: return text;
  }
}

function render() {
  const snap = session.getSnapshot();
  for (const entry of snap.entries) {
    if (shown.has(entry.key)) continue;
    numbered.push(entry);
    shown.set(entry.key, numbered.length);
    if (entry.conversation !== lastConversation) {
      const conv = snap.conversations.find((c) => c.id === entry.conversation);
      console.log(`\n── ${conv?.title[lang] ?? entry.conversation} ──`);
      lastConversation = entry.conversation;
    }
    const who = entry.kind === 'system' || entry.kind === 'recall' ? '' : `${nameOf(entry.from)}: `;
    console.log(`[${numbered.length}] ${who}${describe(entry)}`);
  }
  const typing = snap.typing ? `${nameOf(snap.typing.contact)} ${t('正在输入…', 'is typing…')}` : '';
  if (typing && typing !== lastTyping && process.stdin.isTTY) console.log(`   (${typing})`);
  lastTyping = typing;
  const choices = snap.choices.map((c, i) => `  ${i + 1}. ${c.text[lang]}`).join('\n');
  if (choices && choices !== lastChoices) console.log(`\n${t('你的回复：', 'Your reply:')}\n${choices}`);
  lastChoices = choices;
  if (snap.status === 'ended') finish();
}

let finished = false;
function finish() {
  if (finished) return;
  finished = true;
  console.log(`\n${formatDebrief(session.debrief(), model as ScenarioModel, lang, session.getSnapshot())}`);
  session.dispose();
  process.exit(0);
}

const help = t(
  `命令：数字=选择回复 · f <消息号> <危险信号号或id>=标记 · flags=危险信号列表 · block/report <联系人> · 96110 · family · official · pay <联系人> <金额> · share <联系人> <信息> · open <消息号>=点链接 · receive <消息号>=收款 · skip · contacts · quit`,
  `Commands: number = reply · f <msg#> <flag# or id> = flag · flags = list red flags · block/report <contact> · 96110 · family · official · pay <contact> <amount> · share <contact> <info> · open <msg#> = open link · receive <msg#> · skip · contacts · quit`,
);

function parse(line: string): PlayerAction | string | null {
  const [cmd = '', ...rest] = line.trim().split(/\s+/);
  const snap = session.getSnapshot();
  const entry = (n: string | undefined) => numbered[Number(n) - 1];
  const contact = (name: string | undefined) => snap.contacts.find((c) => c.id === name || c.name.zh === name || c.name.en === name)?.id ?? name ?? '';
  if (/^\d+$/.test(cmd) && cmd !== '96110') {
    const choice = snap.choices[Number(cmd) - 1];
    return choice ? { type: 'choose', choice: choice.id } : t('现在没有这个选项。', 'No such reply right now.');
  }
  switch (cmd) {
    case '': return null;
    case 'help': case '?': return help;
    case 'flags': return model!.catalogue.flags.map((f, i) => `  ${i + 1}. ${f.id} — ${f.name[lang]}`).join('\n');
    case 'contacts': return snap.contacts.map((c) => `  ${c.id} — ${c.name[lang]}`).join('\n');
    case 'f': case 'flag': {
      const e = entry(rest[0]);
      const flag = /^\d+$/.test(rest[1] ?? '') ? model!.catalogue.flags[Number(rest[1]) - 1]?.id : rest[1];
      if (!e?.message || !flag) return t('用法：f <消息号> <危险信号号或id>', 'Usage: f <msg#> <flag# or id>');
      return { type: 'flag', message: e.message, flag };
    }
    case 'block': return { type: 'block', contact: contact(rest[0]) };
    case 'report': return { type: 'report', contact: contact(rest[0]) };
    case '96110': return { type: 'call-96110' };
    case 'family': return { type: 'ask-family' };
    case 'official': return { type: 'check-official' };
    case 'pay': return { type: 'transfer', contact: contact(rest[0] ?? snap.transferTo[0]?.contact), amount: Number(rest[1] ?? snap.transferTo[0]?.amount) };
    case 'share': return INFO_KINDS.includes(rest[1] as never) ? { type: 'share-info', contact: contact(rest[0]), info: rest[1] as never } : `${t('信息种类：', 'Kinds: ')}${INFO_KINDS.join(', ')}`;
    case 'open': { const e = entry(rest[0]); return e?.message ? { type: 'click-link', message: e.message } : t('没有这条消息。', 'No such message.'); }
    case 'receive': { const e = entry(rest[0]); return e?.message ? { type: 'receive', message: e.message } : t('没有这条消息。', 'No such message.'); }
    case 'skip': session.skip(); return null;
    case 'quit': case 'exit': finish(); return null;
    default: return `${t('不认识的命令。', 'Unknown command.')} ${help}`;
  }
}

console.log(`${localize(model.scenario.title, lang)} — ${localize(model.scenario.summary, lang)}`);
console.log(`${t('余额', 'Balance')}: ¥${model.scenario.wallet} · ${t('模式', 'Mode')}: ${opts.mode} · ${t('节奏', 'Pacing')}: ${pacing} · seed ${opts.seed}`);
console.log(help);
session.subscribe(render);
render();

const rl = createInterface({ input: process.stdin, terminal: false });
rl.on('line', (line) => {
  const parsed = parse(line);
  if (typeof parsed === 'string') { console.log(parsed); return; }
  if (!parsed) return;
  const result = session.send(parsed);
  if (!result.ok) console.log(`✗ ${result.reason}`);
  else if (result.feedback) {
    const f = result.feedback;
    const name = model.flagsById.get(f.flag)?.name[lang];
    console.log(f.result === 'correct' ? `✓ ${t('找对了', 'Spotted')}: ${name}` : f.result === 'wrong-category'
      ? `~ ${t('这条确实可疑，但不是这一类', 'Suspicious, but not this kind')}: ${f.actual.map((a) => model.flagsById.get(a)?.name[lang]).join(' / ')}`
      : `✗ ${t('这条消息没有问题', 'This message is harmless')}`);
  }
  render();
});
rl.on('close', () => { if (!finished) finish(); });
