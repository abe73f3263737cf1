// The scoring contract (docs/scoring.md states it in words, with worked examples).
// Pure: the same content, variants and log always give the same score.
import type { ProtectiveAction } from './actions.ts';
import { resolveAmount } from './compile.ts';
import { isScammer, type ScenarioModel, type VariantValues } from './model.ts';
import type { InfoKind } from './schema.ts';
import type { SessionState } from './session-types.ts';
import { flagResult } from './rules.ts';

export const SCORING = {
  detectionMax: 60,
  safetyMax: 25,
  protectionMax: 15,
  /** Credit lost for each message that arrived between a flag's first showing and its spotting. */
  lagPenalty: 0.03,
  /** Lateness stops growing after this many messages. */
  lagCap: 10,
  /** A flag spotted after the first transfer to a scammer counts this much. */
  afterTransferFactor: 0.5,
  /** The most the safety part can be once any money is lost. */
  safetyAfterLoss: 12,
  exposurePenalty: 5,
  protective: { 'block-or-report': 6, 'call-96110': 5, 'ask-family': 4, 'check-official': 4, verify: 4 },
  falseFlagPenalty: 10,
  wrongCategoryPenalty: 3,
  wrongBlockPenalty: 25,
  missedOutPenalty: 15,
} as const;

export type ProtectiveKind = keyof typeof SCORING.protective;

export interface FlagOutcome {
  flag: string;
  firstSeen: { message: string; seq: number; at: number };
  spotted: { message: string; seq: number; at: number; lag: number; afterTransfer: boolean } | null;
  status: 'spotted' | 'late' | 'missed';
  /** 0–1: the share of this flag's points earned. */
  credit: number;
}

export interface Mistake {
  kind: 'false-flag' | 'wrong-category' | 'wronged-genuine' | 'missed-out';
  message?: string;
  flag?: string;
  contact?: string;
  at: number;
}

export interface Exposure {
  kind: 'share-info' | 'click-link';
  contact: string;
  info?: InfoKind;
  message?: string;
  at: number;
}

export interface PlayAnalysis {
  flags: FlagOutcome[];
  mistakes: Mistake[];
  /** `choice` is set when a reply stood for the move (e.g. "let's video call first"). */
  protective: { kind: ProtectiveKind; action: ProtectiveAction | 'choose'; contact?: string; choice?: string; at: number }[];
  exposures: Exposure[];
  money: { wallet: number; sent: number; sentToScammers: number; received: number; receivedFromScammers: number; lost: number; balance: number };
  firstScamTransfer: { seq: number; at: number } | null;
}

export interface ScoreParts {
  detection: number;
  safety: number;
  protection: number;
  discernment: number;
}

export interface Score {
  total: number;
  parts: ScoreParts;
  max: { detection: number; safety: number; protection: number };
}

export function analysePlay(model: ScenarioModel, state: SessionState, values: VariantValues): PlayAnalysis {
  const { scenario } = model;
  const scammer = (id: string) => isScammer(scenario, id);

  const flags = new Map<string, FlagOutcome>();
  for (const d of state.delivered) {
    for (const flag of model.messages.get(d.message)?.flags ?? []) {
      if (!flags.has(flag)) flags.set(flag, { flag, firstSeen: { message: d.message, seq: d.seq, at: d.at }, spotted: null, status: 'missed', credit: 0 });
    }
  }

  const mistakes: Mistake[] = [];
  const protective: PlayAnalysis['protective'] = [];
  const exposures: Exposure[] = [];
  const wronged = new Set<string>();
  const falseFlagged = new Set<string>();
  let firstScamTransfer: PlayAnalysis['firstScamTransfer'] = null;
  let sent = 0, sentToScammers = 0, received = 0, receivedFromScammers = 0;
  const exposed = new Set<string>();
  const expose = (e: Exposure) => {
    const key = `${e.kind}:${e.info ?? e.message}`;
    if (!exposed.has(key)) { exposed.add(key); exposures.push(e); }
  };

  for (const { seq, at, event } of state.log) {
    switch (event.type) {
      case 'flag': {
        const { result } = flagResult(model, event.message, event.flag);
        if (result === 'correct') {
          const outcome = flags.get(event.flag);
          if (outcome && !outcome.spotted) {
            const lag = Math.max(0, seq - outcome.firstSeen.seq);
            const afterTransfer = firstScamTransfer !== null;
            const timeliness = 1 - SCORING.lagPenalty * Math.min(lag, SCORING.lagCap);
            outcome.spotted = { message: event.message, seq, at, lag, afterTransfer };
            outcome.status = afterTransfer ? 'late' : 'spotted';
            outcome.credit = timeliness * (afterTransfer ? SCORING.afterTransferFactor : 1);
          }
        } else if (result === 'wrong-category') {
          mistakes.push({ kind: 'wrong-category', message: event.message, flag: event.flag, at });
        } else if (!falseFlagged.has(event.message)) {
          falseFlagged.add(event.message);
          mistakes.push({ kind: 'false-flag', message: event.message, flag: event.flag, at });
        }
        break;
      }
      case 'block':
      case 'report':
        if (scammer(event.contact)) protective.push({ kind: 'block-or-report', action: event.type, contact: event.contact, at });
        else if (!wronged.has(event.contact)) { wronged.add(event.contact); mistakes.push({ kind: 'wronged-genuine', contact: event.contact, at }); }
        break;
      case 'call-96110':
      case 'ask-family':
      case 'check-official':
        protective.push({ kind: event.type, action: event.type, at });
        break;
      case 'transfer':
        sent += event.amount;
        if (scammer(event.contact)) {
          sentToScammers += event.amount;
          firstScamTransfer ??= { seq, at };
        }
        break;
      case 'receive': {
        const placed = model.messages.get(event.message);
        const def = placed?.def;
        const amount = def && (def.kind === 'transfer' || def.kind === 'red-packet') ? resolveAmount(def.amount, values) ?? 0 : 0;
        received += amount;
        if (placed && scammer(placed.from)) receivedFromScammers += amount;
        break;
      }
      case 'share-info':
        if (scammer(event.contact)) expose({ kind: 'share-info', contact: event.contact, info: event.info, at });
        break;
      case 'click-link': {
        const from = model.messages.get(event.message)?.from ?? '';
        if (scammer(from)) expose({ kind: 'click-link', contact: from, message: event.message, at });
        break;
      }
      case 'choose': {
        const placed = model.choices.get(event.choice);
        const conv = placed ? scenario.conversations[placed.conversation] : undefined;
        const members = conv ? (conv.kind === 'private' ? [conv.with] : conv.members) : [];
        const to = members.find(scammer);
        if (to) for (const info of placed?.def.shares ?? []) expose({ kind: 'share-info', contact: to, info, at });
        for (const kind of placed?.def.protects ?? []) protective.push({ kind, action: 'choose', choice: event.choice, at });
        break;
      }
      default:
        break;
    }
  }

  const ending = state.ending ? scenario.endings[state.ending] : undefined;
  if (ending?.outcome === 'missed-out') mistakes.push({ kind: 'missed-out', at: state.delivered[state.delivered.length - 1]?.at ?? 0 });

  return {
    flags: [...flags.values()],
    mistakes,
    protective,
    exposures,
    money: {
      wallet: scenario.wallet, sent, sentToScammers, received, receivedFromScammers,
      lost: Math.max(0, sentToScammers - receivedFromScammers), balance: state.balance,
    },
    firstScamTransfer,
  };
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export function scoreOf(analysis: PlayAnalysis): Score {
  const { flags, money, mistakes, exposures } = analysis;
  const detection = flags.length === 0 ? SCORING.detectionMax
    : SCORING.detectionMax * flags.reduce((sum, f) => sum + f.credit, 0) / flags.length;

  const moneyPart = money.lost === 0 ? SCORING.safetyMax : SCORING.safetyAfterLoss * (1 - Math.min(1, money.lost / money.wallet));
  const safety = Math.max(0, moneyPart - SCORING.exposurePenalty * exposures.length);

  const kinds = new Set(analysis.protective.map((p) => p.kind));
  const protection = Math.min(SCORING.protectionMax, [...kinds].reduce((sum, k) => sum + SCORING.protective[k], 0));

  const penalty: Record<Mistake['kind'], number> = {
    'false-flag': SCORING.falseFlagPenalty,
    'wrong-category': SCORING.wrongCategoryPenalty,
    'wronged-genuine': SCORING.wrongBlockPenalty,
    'missed-out': SCORING.missedOutPenalty,
  };
  const discernment = 0 - mistakes.reduce((sum, m) => sum + penalty[m.kind], 0);

  const total = Math.round(Math.min(100, Math.max(0, detection + safety + protection + discernment)));
  return {
    total,
    parts: { detection: round1(detection), safety: round1(safety), protection: round1(protection), discernment: round1(discernment) },
    max: { detection: SCORING.detectionMax, safety: SCORING.safetyMax, protection: SCORING.protectionMax },
  };
}
