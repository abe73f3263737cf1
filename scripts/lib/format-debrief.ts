// The debrief as plain text, for the terminal player and for reading plays in tests.
import type { Debrief, Lang, ScenarioModel, SessionSnapshot } from '../../src/engine/index.ts';

const STAGE_NAMES = { approach: { zh: '搭讪', en: 'Approach' }, trust: { zh: '建立信任', en: 'Build trust' }, induce: { zh: '诱导', en: 'Lure' }, harvest: { zh: '收割', en: 'Harvest' } };
const PROTECTIVE = { 'block-or-report': { zh: '拉黑/举报骗子', en: 'Blocked/reported the scammer' }, 'call-96110': { zh: '拨打 96110 核实', en: 'Called 96110 to check' }, 'ask-family': { zh: '问家人', en: 'Asked family' }, 'check-official': { zh: '查官方渠道', en: 'Checked an official channel' }, verify: { zh: '换个渠道核实身份', en: 'Verified who they were another way' } };

export function formatDebrief(debrief: Debrief, model: ScenarioModel, lang: Lang, snapshot?: SessionSnapshot): string {
  const t = (zh: string, en: string) => (lang === 'zh' ? zh : en);
  const out: string[] = [];
  const { score, money } = debrief;
  out.push(`══ ${debrief.outcome ? debrief.outcome.title[lang] : t('未完成', 'Not finished')} ══`);
  if (debrief.outcome) out.push(debrief.outcome.text[lang]);
  out.push('');
  out.push(`${t('资金', 'Money')}: ${t('损失', 'lost')} ¥${money.lost} · ${t('转出', 'sent')} ¥${money.sent} · ${t('收到', 'received')} ¥${money.received} · ${t('余额', 'balance')} ¥${money.balance}`);
  out.push(`${t('得分', 'Score')}: ${score.total}/100 — ${t('识别', 'detection')} ${score.parts.detection}/${score.max.detection} · ${t('资金安全', 'safety')} ${score.parts.safety}/${score.max.safety} · ${t('防护', 'protection')} ${score.parts.protection}/${score.max.protection} · ${t('辨别扣分', 'discernment')} ${score.parts.discernment}`);
  out.push('');
  out.push(t('危险信号时间线：', 'Red flag timeline:'));
  if (debrief.flags.length === 0) out.push(t('  这次没有出现危险信号。', '  No red flags came up this time.'));
  for (const flag of debrief.flags) {
    const mark = flag.status === 'spotted' ? '✓' : flag.status === 'late' ? '~' : '✗';
    const when = flag.spotted
      ? t(`第 ${flag.firstSeen.seq} 条消息出现，第 ${flag.spotted.seq} 条时识别${flag.status === 'late' ? '（转账之后）' : ''}`, `appeared at message ${flag.firstSeen.seq}, spotted at ${flag.spotted.seq}${flag.status === 'late' ? ' (after a transfer)' : ''}`)
      : t(`第 ${flag.firstSeen.seq} 条消息出现，未识别`, `appeared at message ${flag.firstSeen.seq}, missed`);
    out.push(`  ${mark} ${flag.name[lang]} — ${when} [${flag.ruleText[lang]}]`);
    if (flag.seenIn) out.push(`      “${flag.seenIn[lang]}”`);
    out.push(`      ${flag.explanation[lang]}`);
  }
  if (debrief.mistakes.length) {
    out.push(t('失误：', 'Mistakes:'));
    for (const m of debrief.mistakes) {
      // The words as the player saw them (variants filled in), else as written.
      const seen = m.message ? snapshot?.entries.find((e) => e.message === m.message)?.text : undefined;
      const msg = m.message ? model.messages.get(m.message) : undefined;
      const written = msg && 'text' in msg.def && msg.def.text ? msg.def.text : undefined;
      const text = seen ?? written ? `“${(seen ?? written)![lang]}”` : '';
      const who = m.contact ? snapshot?.contacts.find((c) => c.id === m.contact)?.name[lang] ?? m.contact : '';
      out.push(`  ✗ ${{
        'false-flag': t(`把正常消息当成了危险信号 ${text}`, `flagged a harmless message ${text}`),
        'wrong-category': t(`信号类型选错了 ${text}`, `picked the wrong kind of red flag ${text}`),
        'wronged-genuine': t(`拉黑/举报了真实的联系人 ${who}`, `blocked/reported a genuine contact (${who})`),
        'missed-out': t('把真实的人当成了骗子', 'treated a real person as a scammer'),
      }[m.kind]}`);
    }
  }
  if (debrief.protective.length) {
    out.push(t('防护行动：', 'Protective actions:'));
    for (const kind of new Set(debrief.protective.map((p) => p.kind))) out.push(`  ✓ ${PROTECTIVE[kind][lang]}`);
  }
  if (debrief.exposures.length) {
    out.push(t('泄露与风险操作：', 'Exposures:'));
    for (const e of debrief.exposures) out.push(`  ✗ ${e.kind === 'click-link' ? t('点开了骗子的链接', "opened the scammer's link") : t(`把个人信息（${e.info}）发给了骗子`, `sent personal information (${e.info}) to the scammer`)}`);
  }
  if (debrief.stages.some((s) => s.script)) {
    out.push('');
    out.push(t('骗子的剧本：', "The scammer's script:"));
    for (const stage of debrief.stages) if (stage.script) out.push(`  ${STAGE_NAMES[stage.stage][lang]}: ${stage.script[lang]}`);
  }
  for (const b of debrief.behind) out.push('', `${t('账号背后', 'Behind the account')} — ${b.name[lang]}: ${b.text[lang]}`);
  if (debrief.genuine.length) out.push('', `${t('真实的联系人', 'Genuine contacts')}: ${debrief.genuine.map((g) => g.name[lang]).join('、')}`);
  return out.join('\n');
}
