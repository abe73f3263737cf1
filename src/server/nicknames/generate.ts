// Made-up nicknames for people who would rather not type one: a friendly adjective and an animal.
import { randomInt } from 'node:crypto';
import type { Lang } from '../../workshop/protocol.ts';

const ZH_ADJECTIVES = ['机灵的', '淡定的', '勇敢的', '细心的', '清醒的', '快乐的', '聪明的', '稳重的', '警觉的', '好奇的', '认真的', '冷静的'];
const ZH_ANIMALS = ['熊猫', '海豚', '狐狸', '猫头鹰', '松鼠', '企鹅', '小鹿', '刺猬', '考拉', '水獭', '仙鹤', '柴犬'];
const EN_ADJECTIVES = ['Clever', 'Calm', 'Brave', 'Careful', 'Sharp', 'Jolly', 'Bright', 'Steady', 'Alert', 'Curious', 'Keen', 'Cool'];
const EN_ANIMALS = ['Panda', 'Dolphin', 'Fox', 'Owl', 'Squirrel', 'Penguin', 'Deer', 'Hedgehog', 'Koala', 'Otter', 'Crane', 'Shiba'];

const pick = (list: readonly string[]) => list[randomInt(list.length)]!;

export function generateNickname(lang: Lang): string {
  return lang === 'zh' ? `${pick(ZH_ADJECTIVES)}${pick(ZH_ANIMALS)}` : `${pick(EN_ADJECTIVES)} ${pick(EN_ANIMALS)}`;
}
