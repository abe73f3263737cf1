// What the workshop screens say to a participant, in Chinese and English. They are DOM text (the
// browser fetches their font pieces by itself), so they stay out of the canvas strings in i18n.ts.
import type { Lang } from '../../engine/index.ts';
import { fillPlaceholders } from '../../engine/text.ts';

const STRINGS = {
  joinTitle: { zh: '加入课堂', en: 'Join a workshop' },
  joinIntro: { zh: '输入主持人给的 6 位课堂码，再起个昵称。', en: 'Enter the 6-digit code your trainer gave you, and pick a nickname.' },
  pinLabel: { zh: '课堂码', en: 'Workshop code' },
  pinHint: { zh: '6 位数字', en: '6 digits' },
  nicknameLabel: { zh: '昵称', en: 'Nickname' },
  nicknameHint: { zh: '会显示在主持人的大屏幕上，不要用真名或手机号', en: "Shown on the trainer's screen: not your real name or phone number" },
  suggest: { zh: '换一个', en: 'Suggest' },
  join: { zh: '加入', en: 'Join' },
  joining: { zh: '正在加入…', en: 'Joining…' },
  cancel: { zh: '取消', en: 'Cancel' },
  otherLanguage: { zh: 'English', en: '中文' },
  connecting: { zh: '正在连接课堂…', en: 'Connecting to the workshop…' },
  lobbyTitle: { zh: '等待主持人开始', en: 'Waiting for the trainer' },
  lobbyHello: { zh: '你好，{name}（{n} 号）', en: 'Hello, {name} (no. {n})' },
  lobbyBody: { zh: '你已经进入课堂。主持人开始后，聊天会自动出现在这里。', en: "You're in. The chats appear here by themselves when the trainer starts." },
  lobbyStarting: { zh: '主持人已开始，正在准备你的案例…', en: 'The trainer has started. Getting your case ready…' },
  leave: { zh: '退出课堂', en: 'Leave the workshop' },
  leaveConfirm: { zh: '确定退出？退出后要重新输入课堂码才能回来。', en: "Leave? You'll need the code again to come back." },
  pauseTitle: { zh: '请抬头，跟主持人一起讨论', en: 'Heads up: discussion time' },
  pauseBody: { zh: '聊天已暂停。主持人继续后，你可以接着玩。', en: 'The chat is paused. You can carry on when the trainer resumes.' },
  doneTitle: { zh: '你已完成全部案例', en: "You've finished every case" },
  doneBody: { zh: '请等待主持人，一起看看全班的结果。', en: "Wait for the trainer: you'll look at the class's results together." },
  seeDebrief: { zh: '再看看我的复盘', en: 'Back to my debrief' },
  endedTitle: { zh: '本场已结束，谢谢参与', en: 'The session has ended' },
  endedBody: { zh: '记住三不一多：未知链接不点击，陌生来电不轻信，个人信息不透露，转账汇款多核实。', en: "Thanks for taking part. Remember: don't click unknown links, don't trust unexpected calls, don't give out personal details, and always check before you pay." },
  removedTitle: { zh: '你已被移出课堂', en: 'You were removed from the workshop' },
  removedBody: { zh: '主持人把你移出了这个课堂。如有疑问，请问问主持人。', en: 'The trainer removed you from this workshop. Ask them if you are not sure why.' },
  replacedTitle: { zh: '课堂在别处打开了', en: 'Opened somewhere else' },
  replacedBody: { zh: '你在另一个页面或设备上打开了这个课堂，这里先停下。', en: 'This workshop was opened in another tab or device, so this one has stopped.' },
  continueHere: { zh: '在这里继续', en: 'Continue here' },
  backHome: { zh: '回到主页', en: 'Back to Home' },
  offline: { zh: '已离线，联网后自动重试', en: 'Offline: will retry' },
  quizTitle: { zh: '防骗小测', en: 'Quick check' },
  quizIntro: { zh: '下面每条消息，你觉得是诈骗还是正常？', en: 'For each message: is it a scam, or genuine?' },
  quizBefore: { zh: '课前小测', en: 'Before the session' },
  quizAfter: { zh: '课后小测', en: 'After the session' },
  quizScam: { zh: '是诈骗', en: 'Scam' },
  quizGenuine: { zh: '是正常消息', en: 'Genuine' },
  quizItem: { zh: '第 {n} 条，共 {total} 条', en: 'Message {n} of {total}' },
  quizSubmit: { zh: '提交', en: 'Submit' },
  quizMissing: { zh: '还有 {n} 条没回答', en: '{n} still to answer' },
  quizSending: { zh: '正在提交…', en: 'Sending…' },
  quizThanks: { zh: '已提交：认出了 {hits}/{scams} 条诈骗，误判了 {alarms}/{genuine} 条正常消息。', en: 'Sent: you caught {hits} of {scams} scams and wrongly flagged {alarms} of {genuine} genuine messages.' },
  quizClose: { zh: '好的', en: 'OK' },
  error_network: { zh: '连不上课堂服务器，请检查网络后再试。', en: "Can't reach the workshop server. Check your connection and try again." },
  error_noServer: { zh: '这个网址没有课堂服务器，请用主持人给的链接或二维码打开。', en: "There's no workshop server at this address. Open the link or QR code your trainer gave you." },
  'error_pin-format': { zh: '课堂码是 6 位数字。', en: 'The code is 6 digits.' },
  'error_pin-unknown': { zh: '没有找到这个课堂，请核对课堂码（课堂结束后码会失效）。', en: 'No workshop has this code. Check it (codes stop working when a workshop ends).' },
  'error_room-locked': { zh: '主持人已锁定课堂，暂时不能加入。', en: 'The trainer has locked this workshop: no one can join right now.' },
  'error_room-started': { zh: '课堂已经开始，不再接受新成员。', en: 'This workshop has started and takes no one new.' },
  'error_room-ended': { zh: '这个课堂已经结束。', en: 'This workshop has ended.' },
  'error_nickname-refused': { zh: '这个昵称不能用，请换一个。', en: "That nickname can't be used. Please pick another." },
  'error_nickname-invalid': { zh: '昵称要有 1 到 16 个字。', en: 'A nickname has 1 to 16 characters.' },
  'error_rate-limited': { zh: '同时加入的人太多，请等几秒再试。', en: 'Too many people joining at once. Wait a few seconds and try again.' },
  'error_participant-token-refused': { zh: '找不到你之前加入的课堂，请重新输入课堂码。', en: "The workshop you joined before can't be found. Enter the code again." },
  error_other: { zh: '出了点问题（{code}），请再试一次。', en: 'Something went wrong ({code}). Please try again.' },
} as const satisfies Record<string, { zh: string; en: string }>;

export type WorkshopStringKey = keyof typeof STRINGS;
export const WORKSHOP_STRINGS: Readonly<Record<string, { zh: string; en: string }>> = STRINGS;

export function ws(key: WorkshopStringKey, lang: Lang, values: Record<string, string | number> = {}): string {
  return fillPlaceholders(STRINGS[key][lang], values);
}
