// WeChat-style time labels. Dates are built with local-time constructors, so the tests pass in
// any time zone and locale.
import { describe, expect, it } from 'vitest';
import { daysBefore, listTime, timeLabel, timeOfDay, withTimeLabels } from '../../src/game/layout/time-labels.ts';

// "Now" is Thursday 5 November 2026, 22:15 local time.
const now = new Date(2026, 10, 5, 22, 15);
const at = (month: number, day: number, hour: number, minute: number, year = 2026) => new Date(year, month - 1, day, hour, minute);

describe('timeOfDay', () => {
  it('uses 凌晨/上午/中午/下午/晚上 and a 12-hour clock in Chinese', () => {
    const zh = (h: number, m: number) => timeOfDay(at(11, 5, h, m), 'zh');
    expect(zh(0, 30)).toBe('凌晨 12:30');
    expect(zh(2, 10)).toBe('凌晨 2:10');
    expect(zh(5, 59)).toBe('凌晨 5:59');
    expect(zh(6, 0)).toBe('上午 6:00');
    expect(zh(9, 5)).toBe('上午 9:05');
    expect(zh(11, 59)).toBe('上午 11:59');
    expect(zh(12, 0)).toBe('中午 12:00');
    expect(zh(12, 45)).toBe('中午 12:45');
    expect(zh(13, 0)).toBe('下午 1:00');
    expect(zh(15, 40)).toBe('下午 3:40');
    expect(zh(17, 59)).toBe('下午 5:59');
    expect(zh(18, 0)).toBe('晚上 6:00');
    expect(zh(20, 30)).toBe('晚上 8:30');
    expect(zh(23, 59)).toBe('晚上 11:59');
  });

  it('uses AM/PM in English', () => {
    const en = (h: number, m: number) => timeOfDay(at(11, 5, h, m), 'en');
    expect(en(0, 30)).toBe('12:30 AM');
    expect(en(9, 5)).toBe('9:05 AM');
    expect(en(12, 0)).toBe('12:00 PM');
    expect(en(15, 40)).toBe('3:40 PM');
    expect(en(23, 1)).toBe('11:01 PM');
  });
});

describe('timeLabel', () => {
  it('today: the time only', () => {
    expect(timeLabel(at(11, 5, 9, 5), now, 'zh')).toBe('上午 9:05');
    expect(timeLabel(at(11, 5, 15, 40), now, 'zh')).toBe('下午 3:40');
    expect(timeLabel(at(11, 5, 2, 10), now, 'zh')).toBe('凌晨 2:10');
    expect(timeLabel(at(11, 5, 20, 30), now, 'zh')).toBe('晚上 8:30');
    expect(timeLabel(at(11, 5, 9, 5), now, 'en')).toBe('9:05 AM');
    expect(timeLabel(at(11, 5, 0, 0), now, 'en')).toBe('12:00 AM');
  });

  it('yesterday', () => {
    expect(timeLabel(at(11, 4, 15, 40), now, 'zh')).toBe('昨天 下午 3:40');
    expect(timeLabel(at(11, 4, 23, 59), now, 'zh')).toBe('昨天 晚上 11:59');
    expect(timeLabel(at(11, 4, 15, 40), now, 'en')).toBe('Yesterday 3:40 PM');
    // Just after midnight, a message of a few minutes ago is already "yesterday".
    expect(timeLabel(at(11, 4, 23, 58), at(11, 5, 0, 2), 'en')).toBe('Yesterday 11:58 PM');
  });

  it('within the last 7 days: the weekday', () => {
    expect(timeLabel(at(11, 3, 15, 40), now, 'zh')).toBe('星期二 下午 3:40');
    expect(timeLabel(at(11, 3, 15, 40), now, 'en')).toBe('Tue 3:40 PM');
    expect(timeLabel(at(11, 1, 8, 0), now, 'zh')).toBe('星期日 上午 8:00');
    expect(timeLabel(at(10, 30, 12, 15), now, 'en')).toBe('Fri 12:15 PM');
    expect(timeLabel(at(10, 30, 12, 15), now, 'zh')).toBe('星期五 中午 12:15');
  });

  it('earlier this year: the date', () => {
    // Seven days ago is the same weekday as today, so it shows the date.
    expect(timeLabel(at(10, 29, 15, 40), now, 'zh')).toBe('10月29日 下午 3:40');
    expect(timeLabel(at(1, 3, 15, 40), now, 'zh')).toBe('1月3日 下午 3:40');
    expect(timeLabel(at(1, 3, 15, 40), now, 'en')).toBe('Jan 3 3:40 PM');
    expect(timeLabel(at(10, 29, 6, 5), now, 'en')).toBe('Oct 29 6:05 AM');
  });

  it('another year: the date with the year', () => {
    expect(timeLabel(at(11, 3, 15, 40, 2025), now, 'zh')).toBe('2025年11月3日 下午 3:40');
    expect(timeLabel(at(11, 3, 15, 40, 2025), now, 'en')).toBe('Nov 3, 2025 3:40 PM');
    // New Year's Eve seen on New Year's Day is still "yesterday".
    expect(timeLabel(at(12, 31, 20, 0, 2025), at(1, 1, 9, 0), 'zh')).toBe('昨天 晚上 8:00');
    expect(timeLabel(at(12, 28, 20, 0, 2025), at(1, 1, 9, 0), 'en')).toBe('Sun 8:00 PM');
  });

  it('counts calendar days, not 24-hour spans', () => {
    expect(daysBefore(at(11, 5, 0, 0), now)).toBe(0);
    expect(daysBefore(at(11, 4, 23, 59), at(11, 5, 0, 1))).toBe(1);
    expect(daysBefore(at(3, 1, 12, 0), at(3, 31, 12, 0))).toBe(30);
    expect(daysBefore(at(11, 6, 9, 0), now)).toBe(-1);
  });

  it('shows a later day (a clock set wrong) as a date', () => {
    expect(timeLabel(at(11, 6, 9, 0), now, 'zh')).toBe('11月6日 上午 9:00');
  });
});

describe('listTime', () => {
  it('gives the short form of each bucket in both languages', () => {
    expect(listTime(at(11, 5, 15, 40), now, 'zh')).toBe('下午 3:40');
    expect(listTime(at(11, 5, 15, 40), now, 'en')).toBe('3:40 PM');
    expect(listTime(at(11, 4, 15, 40), now, 'zh')).toBe('昨天');
    expect(listTime(at(11, 4, 15, 40), now, 'en')).toBe('Yesterday');
    expect(listTime(at(11, 3, 15, 40), now, 'zh')).toBe('星期二');
    expect(listTime(at(11, 3, 15, 40), now, 'en')).toBe('Tue');
    expect(listTime(at(10, 29, 15, 40), now, 'zh')).toBe('2026/10/29');
    expect(listTime(at(10, 29, 15, 40), now, 'en')).toBe('10/29/26');
    expect(listTime(at(11, 3, 15, 40, 2025), now, 'zh')).toBe('2025/11/3');
    expect(listTime(at(11, 3, 15, 40, 2025), now, 'en')).toBe('11/3/25');
    expect(listTime(at(1, 2, 8, 0, 2005), now, 'en')).toBe('1/2/05');
  });
});

describe('withTimeLabels', () => {
  const min = 60_000;
  const items = (...minutes: number[]) => minutes.map((m, i) => ({ id: i, at: m * min }));
  const shape = (out: ReturnType<typeof withTimeLabels<{ id: number; at: number }>>) =>
    out.map((x) => ('label' in x ? `L${x.label / min}` : x.item.id));

  it('labels the first item and every item at least 5 minutes after the previous label', () => {
    expect(shape(withTimeLabels(items(0, 1, 4, 5, 6, 12), (x) => x.at))).toEqual(['L0', 0, 1, 2, 'L5', 3, 4, 'L12', 5]);
  });

  it('labels at most once per 5-minute span, even when messages keep coming', () => {
    // One message a minute for 20 minutes: labels at 0, 5, 10, 15, 20.
    const out = withTimeLabels(items(...Array.from({ length: 21 }, (_, i) => i)), (x) => x.at);
    expect(out.filter((x) => 'label' in x).map((x) => ('label' in x ? x.label / min : -1))).toEqual([0, 5, 10, 15, 20]);
    // Just under 5 minutes is not enough.
    expect(shape(withTimeLabels([{ id: 0, at: 0 }, { id: 1, at: 5 * min - 1 }], (x) => x.at))).toEqual(['L0', 0, 1]);
  });

  it('takes another gap, and gives nothing for no items', () => {
    expect(shape(withTimeLabels(items(0, 1, 2, 3), (x) => x.at, 2 * min))).toEqual(['L0', 0, 1, 'L2', 2, 3]);
    expect(withTimeLabels([], () => 0)).toEqual([]);
  });
});
