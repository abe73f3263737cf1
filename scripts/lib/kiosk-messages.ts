// What npm run kiosk (scripts/kiosk.ts) tells the technician, in Chinese and English. The terminal
// (or the system journal) shows both: whoever sets the machine up may read either, and a kiosk's
// locale says nothing about its technician.
import { fillPlaceholders } from '../../src/engine/text.ts';
import type { KioskConfig } from '../../src/kiosk/config.ts';

export interface Bilingual { zh: string; en: string }

const MESSAGES = {
  needsValue: { zh: '{name} 后面要跟一个值', en: '{name} needs a value' },
  badPort: { zh: '--port 要填 0 到 65535 之间的数字', en: '--port takes a number from 0 to 65535' },
  unknownOption: { zh: '不认识的选项 {arg}', en: 'unknown option {arg}' },
  noConfig: { zh: '没有找到 {path}：全部使用内置默认值（把 kiosk.config.example.json 复制为 {path} 再修改即可）。', en: 'No {path}: using the built-in defaults (copy kiosk.config.example.json to {path} to change them).' },
  configProblem: { zh: '{path}：{text}', en: '{path}: {text}' },
  defaultPin: { zh: '注意：管理密码还是默认的 {pin}。请在 {path} 里设置 "pin"。', en: 'Warning: the admin PIN is the default ({pin}). Set "pin" in {path}.' },
  settings: {
    zh: '当前设置：语言 {language}，{mode}，消息节奏 {pacing}，音量 {volume}%，无操作 {idle} 秒后倒计时 {countdown} 秒，复盘页停留 {debrief} 秒，{reload}，场景：{scenarios}。',
    en: 'Settings: language {language}, {mode} mode, {pacing} pacing, volume {volume}%, idle {idle} s + countdown {countdown} s, debrief {debrief} s, {reload}, scenarios: {scenarios}.',
  },
  reloadEvery: { zh: '每 {n} 小时重新加载一次', en: 'reload every {n} h' },
  reloadNever: { zh: '从不定时重新加载', en: 'no periodic reload' },
  allShort: { zh: '全部短场景', en: 'all short ones' },
  building: { zh: '正在把游戏构建到 {dist}/（它还不存在，或比源文件旧）……', en: 'Building the game into {dist}/ (it was missing or older than the sources)…' },
  distMissing: { zh: '{dist}/index.html 不存在：请先构建游戏（npm run build），或者去掉 --no-build。', en: '{dist}/index.html is missing: build the game (npm run build) or leave out --no-build.' },
  portInUse: { zh: '端口 {port} 已被占用：用 --port 换一个', en: 'port {port} is in use: pass another with --port' },
  serving: { zh: '正在提供 {dist}/，地址 {url}', en: 'Serving {dist}/ at {url}' },
  openToNetwork: { zh: '注意：别的电脑也能访问这个服务，而它的状态和退出接口没有密码。', en: 'Warning: other machines can reach this server, and its state and exit endpoints have no password.' },
  noBrowser: { zh: '{chromium} 处没有浏览器（可设置 $CHROMIUM 或 --chromium）：只提供服务。请用浏览器打开 {url}。', en: 'No browser at {chromium} (set $CHROMIUM or --chromium): serving only. Open {url} in a browser.' },
  browserStarted: { zh: '已用展台模式启动 {chromium}。', en: 'Started {chromium} in kiosk mode.' },
  browserExited: { zh: '浏览器退出了（{how}），{seconds} 秒后重新启动。', en: 'The browser exited ({how}); starting it again in {seconds} s.' },
  exitCode: { zh: '退出码 {code}', en: 'code {code}' },
  browserFailed: { zh: '无法启动浏览器（{binary}）：{error}', en: 'could not start the browser ({binary}): {error}' },
  adminExit: { zh: '管理员退出了展台模式。', en: 'The admin left kiosk mode.' },
  closing: { zh: '收到 {signal}：正在关闭。', en: '{signal}: closing.' },
  serveError: { zh: '提供 {url} 时出错：{error}', en: 'error serving {url}: {error}' },
  exported: { zh: '已把统计导出到 {file}（开始 {plays} 次，玩到结局 {completions} 次，自 {since} 起）。', en: 'Counters exported to {file} ({plays} plays, {completions} finished, since {since}).' },
  noCounters: { zh: '{file} 里还没有统计：这里还没记录过任何一次游玩（展台是不是用了别的 --data 文件夹？）。', en: 'No counters in {file} yet: no play has been counted there (does the kiosk run with another --data folder?).' },
  countersDamaged: { zh: '统计里有损坏的条目，已略过：{what}', en: 'Damaged entries were left out: {what}' },
  cannotWrite: { zh: '无法写入 {file}：{error}', en: 'could not write {file}: {error}' },
  countersUnreadable: { zh: '{file} 里的统计读不出来，没有导出任何东西。', en: 'The counters in {file} cannot be read; nothing was exported.' },
} as const satisfies Record<string, Bilingual>;

export type MessageKey = keyof typeof MESSAGES;

export const KIOSK_MESSAGES: Readonly<Record<string, Bilingual>> = MESSAGES;

/** A message with its `{placeholders}` filled; a value given in both languages goes in as each. */
export function say(key: MessageKey, values: Record<string, string | number | Bilingual> = {}): Bilingual {
  const inLang = (lang: 'zh' | 'en') => Object.fromEntries(Object.entries(values).map(([k, v]) => [k, typeof v === 'object' ? v[lang] : v]));
  return { zh: fillPlaceholders(MESSAGES[key].zh, inLang('zh')), en: fillPlaceholders(MESSAGES[key].en, inLang('en')) };
}

/** Chinese, then English, each on its own line(s). */
export function bothLines(message: Bilingual): string[] {
  return [message.zh, message.en];
}

/** An error whose message is in both languages. */
export function bilingualError(message: Bilingual, more = ''): Error {
  return new Error(`${message.zh}\n${message.en}${more}`);
}

const PACING_ZH: Record<KioskConfig['pacing'], string> = { realtime: '真实速度', fast: '快速', instant: '立即' };

/** The settings in force, in one line per language. */
export function settingsSummary(c: KioskConfig): Bilingual {
  const zh = fillPlaceholders(MESSAGES.settings.zh, {
    language: c.language === 'zh' ? '中文' : '英文', mode: c.mode === 'practice' ? '练习模式' : '挑战模式', pacing: PACING_ZH[c.pacing],
    volume: Math.round(c.volume * 100), idle: c.idleSeconds, countdown: c.countdownSeconds, debrief: c.debriefSeconds,
    reload: c.reloadHours ? fillPlaceholders(MESSAGES.reloadEvery.zh, { n: c.reloadHours }) : MESSAGES.reloadNever.zh,
    scenarios: c.scenarios === 'all' ? MESSAGES.allShort.zh : c.scenarios.join('、'),
  });
  const en = fillPlaceholders(MESSAGES.settings.en, {
    language: c.language, mode: c.mode, pacing: c.pacing, volume: Math.round(c.volume * 100), idle: c.idleSeconds, countdown: c.countdownSeconds,
    debrief: c.debriefSeconds, reload: c.reloadHours ? fillPlaceholders(MESSAGES.reloadEvery.en, { n: c.reloadHours }) : MESSAGES.reloadNever.en, scenarios: c.scenarios === 'all' ? MESSAGES.allShort.en : c.scenarios.join(', '),
  });
  return { zh, en };
}

export const USAGE = `用法：npm run kiosk -- [--config kiosk.config.json] [--port 8090] [--no-browser]

  --config 文件        展台的设置（默认：当前文件夹的 kiosk.config.json；参见 kiosk.config.example.json）
  --port 端口          在本机哪个端口提供服务（默认 8090）
  --host 地址          默认 127.0.0.1：只有本机能访问
  --data 文件夹        浏览器重启之间保存统计和管理设置的地方（默认 ./kiosk-data）
  --dist 文件夹        构建好的游戏（默认 ./dist；不存在或比源文件旧时先自动构建）
  --no-build           不构建，按 --dist 原样提供
  --no-browser         只提供服务；自己用浏览器打开 http://127.0.0.1:端口/?mode=kiosk
  --chromium 路径      浏览器（默认 $CHROMIUM，否则 /usr/bin/chromium）
  --chromium-flags "…" 给浏览器的其他参数（例如 "--ozone-platform=wayland"）
  --check              不启动展台：只检查配置文件，说明哪里有问题（有错误时退出码为 1）
  --export-csv 文件    不启动展台：把 --data 里的匿名统计导出为 CSV 文件后退出

Usage: npm run kiosk -- [--config kiosk.config.json] [--port 8090] [--no-browser]

  --config FILE        the kiosk's settings (default: kiosk.config.json here; see kiosk.config.example.json)
  --port N             local port to serve on (default 8090)
  --host ADDRESS       127.0.0.1 (default): this machine only
  --data DIR           where counters and admin settings are kept between browser restarts (default ./kiosk-data)
  --dist DIR           the built game (default ./dist; built first when missing or older than the sources)
  --no-build           serve --dist as it is
  --no-browser         only serve; open http://127.0.0.1:PORT/?mode=kiosk yourself
  --chromium PATH      the browser (default $CHROMIUM, else /usr/bin/chromium)
  --chromium-flags "…" extra flags for the browser (e.g. "--ozone-platform=wayland")
  --check              do not start the kiosk: only check the config file and say what is wrong (exit code 1 if anything is)
  --export-csv FILE    do not start the kiosk: write the anonymous counters kept in --data to a CSV file, then exit`;
