// Words a nickname may not contain (it shows on the projector). Compared after normalising
// (see word-filter.ts), so spacing, full-width letters and simple look-alike digits do not help.
/** Chinese words and English words unlikely to occur inside innocent words: matched anywhere. */
export const BLOCKED_ANYWHERE = [
  '傻逼', '傻b', '煞笔', '沙比', '傻屌', '操你', '草你', '肏', '艹你', '草泥马', '他妈的', '你妈', '尼玛', '妈逼', '妈的',
  '狗日', '日你', '婊子', '贱人', '贱货', '鸡巴', '屌丝', '王八蛋', '混蛋', '去死', '滚蛋', '脑残', '智障', '弱智',
  '约炮', '色情', '卖淫', '嫖', '毒品', '冰毒', '赌博', '管理员', '系统消息',
  'fuck', 'fuk', 'shit', 'bitch', 'whore', 'slut', 'asshole', 'bastard', 'nigger', 'nigga', 'faggot',
  'retard', 'porn', 'wanker', 'motherf', 'dickhead',
];
/** Short English words that hide inside innocent ones (peacock, Essex, Scunthorpe): matched as whole words only. */
export const BLOCKED_WORDS = ['ass', 'cunt', 'cunts', 'dick', 'cock', 'sex', 'tit', 'tits', 'cum', 'fag', 'sb', 'nmsl', 'tmd', 'cnm', 'admin', 'kill'];
