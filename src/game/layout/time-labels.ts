// WeChat-style time labels: the centred labels between messages of a chat and the short times in
// the chat list's right column. Explicit formatting from the Date's local fields only (never
// toLocaleString), so the results do not depend on the machine's locale; day buckets are counted
// in calendar days, so daylight-saving changes do not move them.

export type TimeLang = 'zh' | 'en';

const ZH_WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'] as const;
const EN_WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** Default span between two time labels: 5 minutes. */
export const TIME_LABEL_GAP_MS = 5 * 60_000;

/**
 * Calendar days from `at` to `now` in local time: 0 the same day, 1 the day before, negative for
 * a later day.
 */
export function daysBefore(at: Date, now: Date): number {
  const day = (d: Date) => Date.UTC(d.getFullYear(), d.getMonth(), d.getDate());
  return Math.round((day(now) - day(at)) / 86_400_000);
}

type Bucket = 'today' | 'yesterday' | 'week' | 'year' | 'older';

/** Today, yesterday, 2–6 days ago (a weekday is unambiguous), this year, or another year. */
function bucketOf(at: Date, now: Date): Bucket {
  const days = daysBefore(at, now);
  if (days === 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days >= 2 && days <= 6) return 'week';
  return at.getFullYear() === now.getFullYear() ? 'year' : 'older';
}

/** The zh period of the day: 凌晨 0–5, 上午 6–11, 中午 12, 下午 13–17, 晚上 18–23. */
function zhPeriod(hour: number): string {
  if (hour < 6) return '凌晨';
  if (hour < 12) return '上午';
  if (hour === 12) return '中午';
  if (hour < 18) return '下午';
  return '晚上';
}

/** 12-hour clock, no leading zero on the hour, two-digit minutes: "9:05", "12:30". */
function clock12(at: Date): string {
  const hour = at.getHours() % 12 || 12;
  return `${hour}:${String(at.getMinutes()).padStart(2, '0')}`;
}

/** The time of day: "下午 3:40" / "3:40 PM". */
export function timeOfDay(at: Date, lang: TimeLang): string {
  return lang === 'zh'
    ? `${zhPeriod(at.getHours())} ${clock12(at)}`
    : `${clock12(at)} ${at.getHours() < 12 ? 'AM' : 'PM'}`;
}

/**
 * The label shown centred between messages: "上午 9:05", "昨天 下午 3:40", "星期二 下午 3:40",
 * "11月3日 下午 3:40", "2025年11月3日 下午 3:40"; in English "9:05 AM", "Yesterday 3:40 PM",
 * "Tue 3:40 PM", "Nov 3 3:40 PM", "Nov 3, 2025 3:40 PM".
 */
export function timeLabel(at: Date, now: Date, lang: TimeLang): string {
  const time = timeOfDay(at, lang);
  const month = at.getMonth();
  const date = at.getDate();
  switch (bucketOf(at, now)) {
    case 'today': return time;
    case 'yesterday': return lang === 'zh' ? `昨天 ${time}` : `Yesterday ${time}`;
    case 'week': return `${(lang === 'zh' ? ZH_WEEKDAYS : EN_WEEKDAYS)[at.getDay()]} ${time}`;
    case 'year': return lang === 'zh' ? `${month + 1}月${date}日 ${time}` : `${EN_MONTHS[month]} ${date} ${time}`;
    case 'older': return lang === 'zh'
      ? `${at.getFullYear()}年${month + 1}月${date}日 ${time}`
      : `${EN_MONTHS[month]} ${date}, ${at.getFullYear()} ${time}`;
  }
}

/**
 * The short time in the chat list's right column: today the time ("下午 3:40" / "3:40 PM"),
 * yesterday "昨天" / "Yesterday", 2–6 days ago the weekday ("星期二" / "Tue"), else the date
 * ("2025/11/3" / "11/3/25").
 */
export function listTime(at: Date, now: Date, lang: TimeLang): string {
  switch (bucketOf(at, now)) {
    case 'today': return timeOfDay(at, lang);
    case 'yesterday': return lang === 'zh' ? '昨天' : 'Yesterday';
    case 'week': return (lang === 'zh' ? ZH_WEEKDAYS : EN_WEEKDAYS)[at.getDay()]!;
    default: return lang === 'zh'
      ? `${at.getFullYear()}/${at.getMonth() + 1}/${at.getDate()}`
      : `${at.getMonth() + 1}/${at.getDate()}/${String(at.getFullYear() % 100).padStart(2, '0')}`;
  }
}

export type TimeLabelled<T> = { label: number } | { item: T };

/**
 * Interleaves time labels with chat items (in chronological order): a label before the first item
 * and before every item that comes at least `gapMs` after the previous label, so at most one label
 * per 5-minute span. A label carries the time (ms) of the item it introduces.
 */
export function withTimeLabels<T>(items: readonly T[], timeOf: (item: T) => number, gapMs = TIME_LABEL_GAP_MS): Array<TimeLabelled<T>> {
  const out: Array<TimeLabelled<T>> = [];
  let lastLabel: number | null = null;
  for (const item of items) {
    const at = timeOf(item);
    if (lastLabel === null || at - lastLabel >= gapMs) {
      out.push({ label: at });
      lastLabel = at;
    }
    out.push({ item });
  }
  return out;
}
