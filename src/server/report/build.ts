// The class debrief: per red flag who spotted it before or after a transfer, the choices made at
// each key decision, the endings reached, the quiz before vs after, and one row per play.
// Anonymised unless the host asks for nicknames.
import type { LocalizedText, ScenarioModel } from '../../engine/index.ts';
import type { ReportData } from '../../workshop/protocol.ts';
import type { Content } from '../content.ts';
import type { LiveRoom } from '../live-room.ts';
import { quizClassScore } from '../views.ts';

/** Placeholders ({name}, {amount}) differ per player: the class report shows them as "…". */
const generic = (text: LocalizedText): LocalizedText => ({ zh: text.zh.replace(/\{[^}]+\}/g, '…'), en: text.en.replace(/\{[^}]+\}/g, '…') });

const NOT_FINISHED: LocalizedText = { zh: '未完成', en: 'Not finished' };

function decisionsOf(model: ScenarioModel, chosen: { node: string; choice: string }[][]): ReportData['decisions'] {
  return Object.entries(model.scenario.nodes)
    .filter(([, node]) => (node.choices?.length ?? 0) >= 2)
    .map(([nodeId, node]) => {
      const counts = new Map<string, number>();
      let reached = 0;
      for (const play of chosen) {
        const here = new Set(play.filter((c) => c.node === nodeId).map((c) => c.choice));
        if (here.size) reached++;
        for (const choice of here) counts.set(choice, (counts.get(choice) ?? 0) + 1);
      }
      const said = [...node.messages].reverse().find((m) => 'text' in m && m.text);
      return {
        scenario: model.scenario.id, node: nodeId, reached,
        prompt: said && 'text' in said && said.text ? generic(said.text) : null,
        choices: node.choices!.map((c) => ({ choice: c.id, text: generic(c.text), count: counts.get(c.id) ?? 0 })),
      };
    })
    .filter((d) => d.reached > 0);
}

export function buildReport(content: Content, live: LiveRoom, options: { named: boolean; now: number }): ReportData {
  const { room } = live;
  const people = live.active();
  const active = new Set(people.map((p) => p.id));
  const plays = people.flatMap((p) => live.playsOf(p.id).filter((play) => play.summary).map((play) => ({ p, play, s: play.summary! })));

  const flagCounts = new Map<string, { shown: number; before: number; after: number; missed: number }>();
  for (const { s } of plays) {
    for (const f of s.flags) {
      const c = flagCounts.get(f.flag) ?? { shown: 0, before: 0, after: 0, missed: 0 };
      c.shown++;
      if (f.status === 'spotted') c.before++;
      else if (f.status === 'late') c.after++;
      else c.missed++;
      flagCounts.set(f.flag, c);
    }
  }

  const decisions: ReportData['decisions'] = [];
  const outcomes: ReportData['outcomes'] = [];
  for (const id of room.scenarios) {
    const model = content.models.get(id);
    if (!model) continue;
    const ofScenario = plays.filter(({ s }) => s.scenario === id);
    decisions.push(...decisionsOf(model, ofScenario.map(({ s }) => s.choices)));
    const byEnding = new Map<string | null, number>();
    for (const { s } of ofScenario) byEnding.set(s.finished ? s.ending : null, (byEnding.get(s.finished ? s.ending : null) ?? 0) + 1);
    for (const [ending, count] of byEnding) {
      const def = ending ? model.scenario.endings[ending] : undefined;
      outcomes.push({ scenario: id, ending, outcome: def?.outcome ?? null, title: def ? generic(def.title) : NOT_FINISHED, count });
    }
  }

  const quizOf = (participantId: string, phase: 'before' | 'after') => live.quizzes.get(participantId)?.[phase]?.score ?? null;
  const sentBy = new Map<string, number>();
  for (const { p, s } of plays) sentBy.set(p.id, (sentBy.get(p.id) ?? 0) + s.sentToScammers);

  return {
    v: 1,
    room: {
      id: room.id, createdAt: room.createdAt, endedAt: room.endedAt, mode: room.mode,
      scenarios: room.scenarios.map((id) => ({ id, title: content.models.get(id)?.scenario.title ?? { zh: id, en: id } })),
    },
    generatedAt: options.now,
    named: options.named,
    participants: people.length,
    flags: content.catalogue.flags.filter((f) => flagCounts.has(f.id)).map((f) => ({ flag: f.id, name: f.name, ...flagCounts.get(f.id)! })),
    decisions,
    outcomes,
    transferred: [...sentBy.values()].filter((sent) => sent > 0).length,
    totalSent: plays.reduce((sum, { s }) => sum + s.sentToScammers, 0),
    totalLost: plays.reduce((sum, { s }) => sum + s.lost, 0),
    quiz: { before: quizClassScore(live, 'before', active), after: quizClassScore(live, 'after', active) },
    quizzes: people.filter((p) => quizOf(p.id, 'before') || quizOf(p.id, 'after')).map((p) => ({
      number: p.number, nickname: options.named ? p.nickname : null, before: quizOf(p.id, 'before'), after: quizOf(p.id, 'after'),
    })),
    plays: plays.map(({ p, s }) => ({
      number: p.number, nickname: options.named ? p.nickname : null, scenario: s.scenario, finished: s.finished,
      ending: s.ending, outcome: s.outcome, score: s.score,
      spotted: s.flags.filter((f) => f.status === 'spotted').length,
      late: s.flags.filter((f) => f.status === 'late').length,
      missed: s.flags.filter((f) => f.status === 'missed').length,
      sentToScammers: s.sentToScammers, lost: s.lost,
      quizBefore: quizOf(p.id, 'before'), quizAfter: quizOf(p.id, 'after'),
    })),
  };
}
