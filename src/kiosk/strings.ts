// Everything the kiosk screens say, in Chinese and English (the game's own strings are in
// src/game/i18n.ts). Nothing here asks a visitor for anything personal.
import type { Lang } from '../engine/index.ts';
import { fillPlaceholders } from '../engine/text.ts';

const STRINGS = {
  attractHeadline: { zh: '这条消息，你会信吗？', en: 'Would you fall for this?' },
  attractSub: { zh: '和骗子聊几分钟，看你能不能识破', en: 'Chat with a scammer for a few minutes. Can you see through it?' },
  attractTouch: { zh: '点一下开始', en: 'Touch to start' },
  attractNote: { zh: '约 3–5 分钟 · 不留下任何个人信息', en: 'About 3–5 minutes · nothing about you is kept' },
  attractNewMessage: { zh: '新消息', en: 'New message' },
  attractNow: { zh: '刚刚', en: 'now' },
  lockTime: { zh: '星期三 5月 14日', en: 'Wednesday, 14 May' },
  pickTitle: { zh: '选一个骗局，试试你的眼力', en: 'Pick a scam and test your eye' },
  pickPractice: { zh: '练习模式：每标记一条可疑消息，马上告诉你对不对', en: 'Practice: each time you flag a message, you find out at once if you were right' },
  pickChallenge: { zh: '挑战模式：结束后才揭晓你找对了多少', en: 'Challenge: you find out how you did at the end' },
  pickHowTo: { zh: '觉得哪条消息不对劲，就点它旁边的 ⚑', en: 'If a message seems off, tap the ⚑ beside it' },
  pickPrivacy: { zh: '这里不保存你的任何操作，离开后自动清空', en: "Nothing you do here is kept: it's all cleared when you leave" },
  pickRandom: { zh: '随机来一个', en: 'Surprise me' },
  pickDone: { zh: '结束', en: 'Done' },
  pickMinutes: { zh: '约 {n} 分钟', en: 'About {n} min' },
  otherLanguage: { zh: 'English', en: '中文' },
  stillThere: { zh: '还在吗？', en: 'Still there?' },
  stillThereBody: { zh: '{n} 秒后回到开始画面，你的聊天会被清空', en: 'Back to the start in {n} s. Your chat will be cleared' },
  stillHere: { zh: '我还在', en: "I'm still here" },
  adminTitle: { zh: '展台管理', en: 'Kiosk admin' },
  adminEnterPin: { zh: '请输入管理密码', en: 'Enter the admin PIN' },
  adminWrongPin: { zh: '密码不对，还可以试 {n} 次', en: 'Wrong PIN. {n} tries left' },
  adminLocked: { zh: '错误次数太多，请 {n} 分钟后再试', en: 'Too many wrong PINs. Try again in {n} min' },
  adminClear: { zh: '清除', en: 'Clear' },
  adminDelete: { zh: '删除', en: 'Delete' },
  adminOk: { zh: '确定', en: 'OK' },
  adminClose: { zh: '关闭', en: 'Close' },
  adminDefaultPin: { zh: '仍在使用默认密码，请在 kiosk.config.json 里设置 pin', en: 'The default PIN is still in use: set "pin" in kiosk.config.json' },
  adminConfigProblems: { zh: '配置文件有问题（已沿用默认值）', en: 'Problems in the config file (defaults kept)' },
  adminRotation: { zh: '轮播的场景', en: 'Scenarios on rotation' },
  adminLanguage: { zh: '默认语言', en: 'Default language' },
  adminMode: { zh: '模式', en: 'Mode' },
  adminVolume: { zh: '音量', en: 'Volume' },
  adminIdle: { zh: '无操作多久后提醒', en: 'Quiet time before "Still there?"' },
  adminCountdown: { zh: '倒计时', en: 'Countdown' },
  adminDebrief: { zh: '复盘页停留', en: 'Debrief stays' },
  adminSeconds: { zh: '{n} 秒', en: '{n} s' },
  adminCounters: { zh: '匿名统计', en: 'Anonymous counters' },
  adminSince: { zh: '自 {date} 起', en: 'Since {date}' },
  adminPlays: { zh: '开始 {n} 次 · 玩到结局 {m} 次', en: '{n} plays · {m} finished' },
  adminOutcomes: { zh: '结局', en: 'Endings' },
  adminFlags: { zh: '危险信号识别率', en: 'Red flags spotted' },
  adminNoData: { zh: '还没有数据', en: 'No data yet' },
  adminExport: { zh: '导出 CSV', en: 'Export CSV' },
  adminResetCounters: { zh: '清零统计', en: 'Reset counters' },
  adminResetCountersConfirm: { zh: '再点一次确认清零', en: 'Tap again to reset' },
  adminRestoreConfig: { zh: '恢复配置文件的设置', en: "Use the config file's settings" },
  adminExit: { zh: '退出展台模式', en: 'Exit kiosk mode' },
  adminExitConfirm: { zh: '再点一次确认退出', en: 'Tap again to exit' },
  adminSaved: { zh: '已保存', en: 'Saved' },
  adminAll: { zh: '全选', en: 'All' },
} as const satisfies Record<string, { zh: string; en: string }>;

export type KioskStringKey = keyof typeof STRINGS;

export function kt(key: KioskStringKey, lang: Lang, values: Record<string, string | number> = {}): string {
  return fillPlaceholders(STRINGS[key][lang], values);
}

export const KIOSK_STRINGS: Readonly<Record<string, { zh: string; en: string }>> = STRINGS;

/** The scam messages the attract loop's phone receives: made up, no real names, brands or numbers. */
export const ATTRACT_MESSAGES: readonly { sender: { zh: string; en: string }; glyph: string; color: string; text: { zh: string; en: string } }[] = [
  {
    sender: { zh: '在线客服', en: 'Online Support' }, glyph: '客', color: '#3D7BD9',
    text: { zh: '您好，您的会员即将自动扣费 800 元/月，如需取消请点击链接，并按提示操作……', en: 'Your membership renews at ¥800 a month. To cancel, tap the link and follow the steps…' },
  },
  {
    sender: { zh: '老同学', en: 'Old Classmate' }, glyph: '同', color: '#E0853A',
    text: { zh: '在吗？我手机丢了，这是新号。急用 5000 块，明天一早就还你！', en: "You there? Lost my phone, this is my new number. Need ¥5,000 urgently, I'll pay you back tomorrow!" },
  },
  {
    sender: { zh: '财富导师', en: 'Wealth Mentor' }, glyph: '财', color: '#C9453B',
    text: { zh: '内部消息，这只股票下周翻倍，名额只剩 3 个，先交会员费锁定……', en: 'Inside tip: this stock doubles next week. 3 places left: pay the fee to lock one in…' },
  },
];
