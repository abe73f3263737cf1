// The class debrief as one printable HTML page (bilingual headings, no scripts, no outside files).
import type { LocalizedText } from '../../engine/index.ts';
import type { QuizClassScore, ReportData } from '../../workshop/protocol.ts';
import { rankDecisions } from '../../workshop/report-tables.ts';

const TOP_DECISIONS = 12;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const both = (t: LocalizedText) => `${escapeHtml(t.zh)}<br><span class="en">${escapeHtml(t.en)}</span>`;
const heading = (zh: string, en: string) => `<h2>${escapeHtml(zh)} <span class="en">· ${escapeHtml(en)}</span></h2>`;
const pct = (part: number, whole: number) => (whole ? `${Math.round((part / whole) * 100)}%` : '—');
const money = (n: number) => `¥${n.toLocaleString('en-US')}`;
const rate = (r: number | null) => (r === null ? '—' : `${Math.round(r * 100)}%`);

function bar(parts: { share: number; kind: string }[]): string {
  return `<div class="bar">${parts.map((p) => `<span class="${p.kind}" style="width:${(p.share * 100).toFixed(1)}%"></span>`).join('')}</div>`;
}

function flagsSection(report: ReportData): string {
  if (!report.flags.length) return `${heading('危险信号识别', 'Red flags spotted')}<p>还没有数据。<span class="en">No plays yet.</span></p>`;
  const rows = report.flags.map((f) => `<tr><td>${both(f.name)}</td><td class="n">${f.shown}</td>
    <td class="n">${pct(f.before, f.shown)}</td><td class="n">${pct(f.after, f.shown)}</td><td class="n">${pct(f.missed, f.shown)}</td>
    <td>${bar([{ share: f.shown ? f.before / f.shown : 0, kind: 'before' }, { share: f.shown ? f.after / f.shown : 0, kind: 'after' }])}</td></tr>`);
  return `${heading('危险信号识别', 'Red flags spotted')}
  <p class="legend"><span class="key before"></span>转账前识破 <span class="en">before any transfer</span>
  <span class="key after"></span>转账后才识破 <span class="en">only after a transfer</span></p>
  <table><thead><tr><th>危险信号 <span class="en">Red flag</span></th><th>出现 <span class="en">Shown</span></th>
  <th>转账前 <span class="en">Before</span></th><th>转账后 <span class="en">After</span></th><th>漏掉 <span class="en">Missed</span></th><th></th></tr></thead>
  <tbody>${rows.join('')}</tbody></table>`;
}

function decisionsSection(report: ReportData, titles: Map<string, LocalizedText>): string {
  if (!report.decisions.length) return '';
  const ranked = rankDecisions(report.decisions);
  const blocks = ranked.slice(0, TOP_DECISIONS).map((d) => `<div class="decision"><h3>${both(titles.get(d.scenario) ?? { zh: d.scenario, en: d.scenario })}</h3>
    ${d.prompt ? `<p class="prompt">“${escapeHtml(d.prompt.zh)}”<br><span class="en">“${escapeHtml(d.prompt.en)}”</span></p>` : ''}
    <table><tbody>${d.choices.map((c) => `<tr><td>${both(c.text)}</td><td class="n">${c.count} / ${d.reached}</td>
    <td>${bar([{ share: d.reached ? c.count / d.reached : 0, kind: 'choice' }])}</td></tr>`).join('')}</tbody></table></div>`);
  const note = `<p class="note">分歧最大的抉择排在前面${ranked.length > TOP_DECISIONS ? `；共 ${ranked.length} 个，完整列表见 CSV（decisions）` : ''}。
  <span class="en">Where the class split most comes first${ranked.length > TOP_DECISIONS ? `; all ${ranked.length} are in the CSV (decisions)` : ''}.</span></p>`;
  return `${heading('关键抉择', 'Key decisions')}${note}${blocks.join('')}`;
}

function outcomesSection(report: ReportData, titles: Map<string, LocalizedText>): string {
  if (!report.outcomes.length) return '';
  const rows = report.outcomes.map((o) => `<tr><td>${both(titles.get(o.scenario) ?? { zh: o.scenario, en: o.scenario })}</td>
    <td>${both(o.title)}</td><td class="n">${o.count}</td></tr>`);
  return `${heading('结局', 'Outcomes')}<table><thead><tr><th>案例 <span class="en">Case</span></th><th>结局 <span class="en">Ending</span></th>
  <th>人次 <span class="en">Plays</span></th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function quizSection(report: ReportData): string {
  const { before, after } = report.quiz;
  if (!before.answered && !after.answered) return '';
  const row = (zh: string, en: string, q: QuizClassScore) => `<tr><td>${zh}<br><span class="en">${en}</span></td><td class="n">${q.answered}</td>
    <td class="n">${rate(q.hitRate)}</td><td class="n">${rate(q.falseAlarmRate)}</td>
    <td class="n">${q.discernment === null ? '—' : (q.discernment > 0 ? '+' : '') + q.discernment.toFixed(2)}</td></tr>`;
  return `${heading('测验：课前与课后', 'Quiz: before vs after')}
  <table><thead><tr><th></th><th>答题人数 <span class="en">Answered</span></th><th>识破骗局 <span class="en">Scams caught</span></th>
  <th>误判真消息 <span class="en">Genuine called scam</span></th>
  <th>辨别力 <span class="en">Discernment</span></th></tr></thead>
  <tbody>${row('课前', 'Before', before)}${row('课后', 'After', after)}</tbody></table>
  <p class="note">辨别力 = 识破骗局的比例 − 误判真消息的比例（−1 到 1）。 · Discernment = scams caught − genuine messages called scams (−1 to 1).</p>`;
}

function playsSection(report: ReportData): string {
  if (!report.plays.length) return '';
  const rows = report.plays.map((p) => `<tr><td>${p.nickname === null ? `#${p.number}` : `#${p.number} ${escapeHtml(p.nickname)}`}</td>
    <td>${escapeHtml(p.scenario)}</td><td>${p.finished ? escapeHtml(p.outcome ?? '') : '…'}</td><td class="n">${p.score}</td>
    <td class="n">${p.spotted} / ${p.late} / ${p.missed}</td><td class="n">${money(p.sentToScammers)}</td></tr>`);
  return `${heading('每一局', 'Each play')}<table><thead><tr><th>参与者 <span class="en">Participant</span></th><th>案例 <span class="en">Case</span></th>
  <th>结果 <span class="en">Outcome</span></th><th>得分 <span class="en">Score</span></th>
  <th>转账前/后识破/漏掉 <span class="en">Before/after/missed</span></th><th>转给骗子 <span class="en">Sent to scammers</span></th></tr></thead>
  <tbody>${rows.join('')}</tbody></table>`;
}

const STYLE = `
body{font-family:"Noto Sans SC","PingFang SC","Microsoft YaHei",system-ui,sans-serif;margin:2rem auto;max-width:60rem;color:#111;line-height:1.45;padding:0 1rem}
h1{font-size:1.8rem;margin:0 0 .3rem}h2{margin-top:2rem;border-bottom:2px solid #111;padding-bottom:.2rem}h3{margin:.8rem 0 .2rem;font-size:1rem}
.en{color:#555;font-weight:normal;font-size:.85em}table{border-collapse:collapse;width:100%;margin:.5rem 0}
th,td{border-bottom:1px solid #ccc;padding:.35rem .5rem;text-align:left;vertical-align:top}td.n{text-align:right;white-space:nowrap}
.bar{display:flex;width:12rem;height:.9rem;background:#eee;border:1px solid #999}.bar span{display:block;height:100%}
.before{background:#1a7f37}.after{background:#d4a017}.choice{background:#2b6cb0}
.key{display:inline-block;width:.9rem;height:.9rem;margin:0 .3rem 0 1rem;vertical-align:middle}
.summary{display:flex;gap:2rem;flex-wrap:wrap}.summary div{font-size:1.1rem}.summary b{font-size:1.6rem;display:block}
.prompt{color:#333;margin:.2rem 0}.note{color:#555;font-size:.9rem}.decision{break-inside:avoid}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}tr{break-inside:avoid}.bar,.key,.before,.after,.choice{print-color-adjust:exact;-webkit-print-color-adjust:exact}}
`;

/** `fontStylesheet`: the full address of the game's font stylesheet, if there is one to link. */
export function reportHtml(report: ReportData, fontStylesheet: string | null = null): string {
  const titles = new Map(report.room.scenarios.map((s) => [s.id, s.title]));
  const date = new Date(report.room.createdAt).toISOString().slice(0, 16).replace('T', ' ');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>识骗 · 课堂总结 — Red Flag Chat · Class debrief</title>${fontStylesheet ? `<link rel="stylesheet" href="${escapeHtml(fontStylesheet)}">` : ''}<style>${STYLE}</style></head><body>
<h1>识骗 · 课堂总结 <span class="en">· Red Flag Chat · Class debrief</span></h1>
<p>${escapeHtml(date)} UTC · ${report.room.mode === 'practice' ? '练习模式 <span class="en">practice mode</span>' : '挑战模式 <span class="en">challenge mode</span>'}
 · ${report.named ? '显示昵称 <span class="en">with nicknames</span>' : '匿名 <span class="en">anonymised</span>'}</p>
<p>${report.room.scenarios.map((s) => both(s.title)).join('；')}</p>
<div class="summary">
<div><b>${report.participants}</b>参与者 <span class="en">participants</span></div>
<div><b>${report.plays.filter((p) => p.finished).length}</b>完成的局 <span class="en">plays finished</span></div>
<div><b>${report.transferred}</b>有人转账给骗子 <span class="en">sent money to a scammer</span></div>
<div><b>${money(report.totalSent)}</b>转给骗子共计 <span class="en">sent to scammers in all</span></div>
</div>
${flagsSection(report)}${decisionsSection(report, titles)}${outcomesSection(report, titles)}${quizSection(report)}${playsSection(report)}
</body></html>
`;
}
