import { describe, expect, it } from 'vitest';
import { emptyCounters, parseCounters, recordCompletion, recordPlay, type Counters } from '../../src/kiosk/counters.ts';
import { countersCsv, csvCell, csvFileName, type CsvNames } from '../../src/kiosk/csv.ts';

const NAMES: CsvNames = {
  outcome: (id) => ({ scammed: { zh: '被骗了', en: 'Scammed' }, escaped: { zh: '全身而退', en: 'Escaped' } } as Record<string, { zh: string; en: string }>)[id],
  scenario: (id) => (id === 'warm-uncle' ? { zh: '暖心大叔', en: 'The "kind uncle", again' } : undefined),
  flag: (id) => (id === 'urgency' ? { zh: '催你马上转账，"不然就晚了"', en: 'Rush, "now or never"' } : undefined),
};

function sample(): Counters {
  let c = emptyCounters(Date.UTC(2025, 4, 1));
  c = recordPlay(c, 'warm-uncle');
  c = recordPlay(c, 'warm-uncle');
  c = recordPlay(c, 'fake-friend');
  c = recordCompletion(c, { scenarioId: 'warm-uncle', outcome: 'scammed', flags: [{ flag: 'urgency', status: 'missed' }, { flag: 'unsolicited-contact', status: 'late' }] });
  c = recordCompletion(c, { scenarioId: 'fake-friend', outcome: 'escaped', flags: [{ flag: 'urgency', status: 'spotted' }] });
  return c;
}

describe('anonymous counters', () => {
  it('count plays, completions, endings by outcome and each flag', () => {
    const c = sample();
    expect(c.plays).toBe(3);
    expect(c.completions).toBe(2);
    expect(c.outcomes).toEqual({ scammed: 1, escaped: 1 });
    expect(c.scenarios).toEqual({ 'warm-uncle': { plays: 2, completions: 1 }, 'fake-friend': { plays: 1, completions: 1 } });
    expect(c.flags).toEqual({ urgency: { shown: 2, spotted: 1, late: 0 }, 'unsolicited-contact': { shown: 1, spotted: 0, late: 1 } });
  });

  it('never change the counters they are given', () => {
    const before = emptyCounters(0);
    const frozen = JSON.stringify(before);
    recordCompletion(recordPlay(before, 'x'), { scenarioId: 'x', outcome: 'scammed', flags: [{ flag: 'f', status: 'spotted' }] });
    expect(JSON.stringify(before)).toBe(frozen);
  });

  it('survive a round trip through storage', () => {
    const c = sample();
    expect(parseCounters(JSON.stringify(c), 5)).toEqual({ counters: c, problem: null, dropped: [] });
  });

  it('drop damaged entries one by one and keep the rest', () => {
    const c = sample();
    const damaged = { ...c, plays: -3, flags: { ...c.flags, urgency: { shown: 'x' } } };
    const { counters, problem, dropped } = parseCounters(JSON.stringify(damaged), 5);
    expect(dropped).toEqual(['plays', 'flags.urgency']);
    expect(counters.plays).toBe(0);
    expect(counters.completions).toBe(2);
    expect(counters.flags).toEqual({ 'unsolicited-contact': c.flags['unsolicited-contact'] });
    expect(problem).toBe('damaged counters were dropped: plays, flags.urgency');
  });

  it('start from zero when the store holds something else', () => {
    for (const raw of ['nonsense', '[]', '{"version": 2}']) {
      const { counters, problem, dropped } = parseCounters(raw, 42);
      expect(dropped).toBe('all');
      expect(counters).toEqual(emptyCounters(42));
      expect(problem).toMatch(/start again from zero/);
    }
    expect(parseCounters(null, 42)).toEqual({ counters: emptyCounters(42), problem: null, dropped: [] });
  });
});

/** A small RFC 4180 reader, to check the file reads back as written. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (ch === '"') quoted = false; else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(cell); cell = ''; } else if (ch === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; } else cell += ch;
  }
  return rows;
}

describe('CSV export', () => {
  const exportedAt = Date.UTC(2025, 5, 2, 10, 30);
  const csv = countersCsv(sample(), NAMES, exportedAt);

  it('is UTF-8 with a byte-order mark and CRLF line ends', () => {
    expect(csv.startsWith('\uFEFFmetric,id,name_zh,name_en,count,out_of,rate\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\n/);
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)).toBe(csv);
  });

  it('holds every figure with its rate, names in both languages, quotes escaped', () => {
    const rows = readCsv(csv.slice(1));
    const find = (metric: string, id = '') => rows.find((r) => r[0] === metric && r[1] === id);
    expect(find('counting_since')![4]).toBe('2025-05-01T00:00:00.000Z');
    expect(find('exported_at')![4]).toBe('2025-06-02T10:30:00.000Z');
    expect(find('plays')!.slice(4)).toEqual(['3', '', '']);
    expect(find('completions')!.slice(4)).toEqual(['2', '3', '66.7%']);
    expect(find('abandoned')!.slice(4)).toEqual(['1', '3', '33.3%']);
    expect(find('outcome', 'scammed')).toEqual(['outcome', 'scammed', '被骗了', 'Scammed', '1', '2', '50.0%']);
    expect(find('scenario_plays', 'warm-uncle')!.slice(2, 5)).toEqual(['暖心大叔', 'The "kind uncle", again', '2']);
    expect(find('flag_spotted', 'urgency')).toEqual(['flag_spotted', 'urgency', '催你马上转账，"不然就晚了"', 'Rush, "now or never"', '1', '2', '50.0%']);
    expect(find('flag_missed', 'urgency')!.slice(4)).toEqual(['1', '2', '50.0%']);
    expect(find('flag_spotted_late', 'unsolicited-contact')!.slice(4)).toEqual(['1', '1', '100.0%']);
    expect(rows.every((r) => r.length === 7)).toBe(true);
  });

  it('quotes only what needs it', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(' padded')).toBe('" padded"');
  });

  it('empty counters still give a readable file', () => {
    const rows = readCsv(countersCsv(emptyCounters(0), NAMES, 0).slice(1));
    expect(rows.map((r) => r[0])).toEqual(['metric', 'counting_since', 'exported_at', 'plays', 'completions', 'abandoned']);
    expect(rows.find((r) => r[0] === 'completions')![6]).toBe('');
  });

  it('is named after the day it was exported', () => {
    expect(csvFileName(exportedAt)).toBe('red-flag-chat-kiosk-2025-06-02.csv');
  });
});
