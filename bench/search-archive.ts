import type Database from 'better-sqlite3';

// A generated archive of published press releases for the search benchmark: English text whose words
// follow a Zipf-like distribution (a few words such as "the", "meeting" and "development" in nearly every
// release, a long tail of words in a handful), and about one release in five in Chinese, built the same
// way from Chinese words. Deterministic: the same size always gives the same archive, so figures compare
// across runs and sizes. Rows go into `meetings`, `documents` and `revisions`; publishing them (an UPDATE
// of `documents`) fires the triggers that fill the search tables, as a publication in the app does.

export const CHINESE_SHARE = 0.2;

/** mulberry32: small, fast, seeded. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Ranked by frequency: the first words of a government press release, then a synthetic tail.
const ENGLISH_HEAD = `the of and to in a meeting development for on with is that be by as work province
government people's sichuan executive we it at from an must will this are should economic social
construction reform promote industry measures projects service new more its which plan all high quality
implementation security system enterprises public protection management policy local innovation rural
support urban key efforts major green growth investment safety science technology education health
energy market ensure improve strengthen advance level areas further deepen coordination modern
agriculture water environmental resources talent culture tourism transport digital infrastructure
finance funds households employment income region counties cities departments county city governor
chaired held adopted studied discussed approved regulations opinions notice draft report annual
progress year first second quarter targets tasks responsibility supervision inspection risk prevention
emergency disaster flood forest ecological carbon emissions pollution control river lake mountain
housing medical insurance pension elderly children schools students teachers hospitals villages
farmers grain food production manufacturing equipment vehicles materials chemical electronic
information network data platform open trade export import foreign cooperation belt road chengdu
chongqing western region national central council spirit instructions general secretary xi jinping
important speech thought socialism chinese characteristics new era party committee leadership
discipline integrity conduct style formalism bureaucratism grassroots burden services approval
business environment private economy small medium sized financing credit bank loans tax fees
revenue budget expenditure debt audit statistics census planning land use space resources minerals
natural gas hydropower electricity grid power stations renewable solar wind hydrogen battery
automobile aviation aerospace biomedicine pharmaceutical liquor tea panda heritage sites museums`
  .split(/\s+/u)
  .filter(Boolean);

const SYLLABLES =
  'ba be bi bo bu da de di do du ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu pa pe pi po pu ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo vu za ze zi zo zu'.split(
    ' ',
  );

/** A tail word from its rank: three syllables and a final letter, unlike any English word. */
export function tailWord(rank: number): string {
  const n = SYLLABLES.length;
  const s = (i: number) => SYLLABLES[i % n]!;
  return `${s(rank)}${s(Math.floor(rank / n))}${s(Math.floor(rank / (n * n)))}x`;
}

const ENGLISH_TAIL = 30_000;
export const englishVocabulary = [
  ...new Set(ENGLISH_HEAD),
  ...Array.from({ length: ENGLISH_TAIL }, (_, i) => tailWord(i)),
];

const CHINESE_HEAD =
  `会议 发展 政府 工作 推进 加强 建设 经济 常务会议 人民 社会 全省 高质量 推动 实施 落实 坚持 服务
改革 创新 安全 重点 项目 产业 企业 要求 强调 研究 部署 审议 通过 方案 措施 意见 规划 提升 完善 健全 机制 体系
城市 农村 乡村振兴 生态 环境 保护 文化 旅游 教育 医疗 卫生 就业 民生 保障 资金 投资 消费 市场 开放 合作 交通
能源 水利 防汛 应急 管理 监管 风险 防范 化解 债务 财政 税收 金融 科技 人才 数字 网络 数据 平台 制造业 新能源汽车
电子信息 装备制造 食品饮料 先进材料 能源化工 医药健康 现代农业 粮食 生产 耕地 森林 草原 河湖 大熊猫 国家公园 成渝地区
双城经济圈 西部大开发 一带一路 营商环境 民营经济 中小企业 纾困 减税降费 稳就业 稳增长 防风险 省长 主持 召开 第 次`
    .split(/\s+/u)
    .filter(Boolean);

const CHINESE_CHARS = `安百北备本边变标表别病部才材采参查产长常场厂车成城程持出初除处川传创春词此从村存达打大代带单当导道得地第点电定东动都度段对多儿发法反方防放非费分风服福府负复改盖干感刚高告革格各根工公功共构古关观管光广规国果过海含汉好合和河黑红后湖花化话环黄回会活火获机积基及集级极几计记技季济继加家价架间建江将交角教接街节结解界金今进近京经精境九就局举句决军开看康科可克空口快况矿困拉来蓝劳老乐类冷离李理力历立利连联良量料林临领流六龙陆路绿律论马满毛貌美门米密面民名明命模母木目牧南难内能年宁农浓女排派判配批片品平评普七期齐其奇企起气器千前强桥青清情庆区取去全群然让热人认日容融如入三色森山善商上少设社深审升生声省师十石时实识史使始示世市式事势视是适室收首受书术树数水税顺说思司四松送苏素速算随孙所他台太谈汤特提题体天田条铁听通同统头图土团推外万王网往望危围为委卫位温文问我无五武务物西希息习系细下夏先线县现乡相香向象消小效校协心新信星行形兴性修需许续宣选学雪训压亚严研盐眼演验羊阳养样药要业叶一医依移以艺议易益意因音银引印应英营影用优由游有友右于鱼与语育域元员原圆源远院约月越云运杂灾再在早造则责增展战站张章长招照者真整正证政之支知执直职植止指至制治质致中终种重州周主助住注著专转资子自字宗综总走族组最作坐做`;

const CHINESE_TAIL = 20_000;
/** A tail word: two characters picked by rank, so it is the same in every run. */
export function chineseTailWord(rank: number): string {
  const chars = [...CHINESE_CHARS];
  const n = chars.length;
  return `${chars[(rank * 7 + 3) % n]!}${chars[(rank * 13 + Math.floor(rank / n) + 5) % n]!}`;
}
export const chineseVocabulary = [
  ...new Set(CHINESE_HEAD),
  ...Array.from({ length: CHINESE_TAIL }, (_, i) => chineseTailWord(i)),
];

/** A sampler drawing word indexes with weight 1 / (rank + 2.7): a table of slots, one draw per word. */
function zipf(size: number, next: () => number) {
  const slots = new Uint32Array(1 << 22);
  let total = 0;
  for (let r = 0; r < size; r++) total += 1 / (r + 2.7);
  let at = 0;
  let carry = 0;
  for (let r = 0; r < size && at < slots.length; r++) {
    carry += (slots.length * (1 / (r + 2.7))) / total;
    const n = Math.floor(carry);
    carry -= n;
    slots.fill(r, at, Math.min(slots.length, at + n));
    at += n;
  }
  slots.fill(size - 1, at);
  return () => slots[Math.floor(next() * slots.length)]!;
}

/** The document frequency a word of this rank is expected to have (share of releases containing it). */
export function expectedShare(rank: number, vocabularySize: number, wordsPerRelease: number): number {
  let total = 0;
  for (let r = 0; r < vocabularySize; r++) total += 1 / (r + 2.7);
  const p = 1 / (rank + 2.7) / total;
  return 1 - Math.pow(1 - p, wordsPerRelease);
}

const ORDINAL = (n: number) => {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${s}`;
};

export const ENGLISH_WORDS_PER_RELEASE = 600;
export const CHINESE_WORDS_PER_RELEASE = 550;

export type GeneratedRelease = { chinese: boolean; headline: string; body: string };

/**
 * Rare on purpose: PLANTED_RELEASES releases of every archive, spread over its years, carry this sentence
 * (in both languages), so a rare query has the same few matches at every size.
 */
export const PLANTED_RELEASES = 5;
export const PLANTED = {
  en: 'The meeting adopted the Quokka Wetland Charter.',
  zh: '会议通过了麒麟湿地保护章程。',
};
const planted = (i: number, count: number) => i % Math.floor(count / PLANTED_RELEASES) === 7;

/** A generator of releases: `release(i)` is the i-th release of every archive of `count` releases. */
export function releaseGenerator(count: number, seed = 20240223) {
  const next = random(seed);
  const english = zipf(englishVocabulary.length, next);
  const chinese = zipf(chineseVocabulary.length, next);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const topicsEn = [
    'economic development',
    'ecological protection',
    'flood prevention',
    'rural revitalization',
  ];
  const topicsZh = ['经济发展', '生态环境保护', '防汛减灾', '乡村振兴'];

  const englishSentence = () => {
    const n = 8 + Math.floor(next() * 16);
    const words: string[] = [];
    for (let i = 0; i < n; i++) words.push(englishVocabulary[english()]!);
    const s = words.join(' ');
    return `${s[0]!.toUpperCase()}${s.slice(1)}.`;
  };
  const chineseSentence = () => {
    const n = 6 + Math.floor(next() * 14);
    let s = '';
    for (let i = 0; i < n; i++) s += chineseVocabulary[chinese()]! + (i % 5 === 4 && i < n - 1 ? '，' : '');
    return `${s}。`;
  };

  return (i: number): GeneratedRelease => {
    const session = (i % 150) + 1;
    if (next() < CHINESE_SHARE) {
      const topic = pick(topicsZh);
      const paragraphs = [`四川省人民政府召开第${session}次常务会议，研究部署${topic}等工作。`];
      let words = 0;
      while (words < CHINESE_WORDS_PER_RELEASE) {
        let p = '';
        for (let k = 0; k < 4; k++) {
          const s = chineseSentence();
          p += s;
          words += s.length / 2.2;
        }
        paragraphs.push(p);
      }
      return {
        chinese: true,
        headline: `四川省人民政府召开第${session}次常务会议 研究${topic}`,
        body: (planted(i, count) ? [...paragraphs, `${PLANTED.zh} ${PLANTED.en}`] : paragraphs).join('\n\n'),
      };
    }
    const topic = pick(topicsEn);
    const paragraphs = [
      `The People's Government of Sichuan Province held its ${ORDINAL(session)} Executive Meeting. The meeting studied ${topic} and other work.`,
    ];
    let words = 0;
    while (words < ENGLISH_WORDS_PER_RELEASE) {
      const sentences: string[] = [];
      for (let k = 0; k < 5; k++) {
        const s = englishSentence();
        sentences.push(s);
        words += s.split(' ').length;
      }
      paragraphs.push(sentences.join(' '));
    }
    return {
      chinese: false,
      headline: `The ${ORDINAL(session)} Executive Meeting of the Provincial Government Studies ${topic
        .split(' ')
        .map((w) => `${w[0]!.toUpperCase()}${w.slice(1)}`)
        .join(' ')}`,
      body: (planted(i, count) ? [...paragraphs, `${PLANTED.en} ${PLANTED.zh}`] : paragraphs).join('\n\n'),
    };
  };
}

/**
 * Fills a migrated, empty database with `count` published press releases, oldest first (so document ids
 * follow publication order, as they do in an archive), in one transaction.
 */
export function generateArchive(sqlite: Database.Database, count: number): void {
  const release = releaseGenerator(count);
  const start = Date.UTC(2000, 0, 1);
  sqlite.pragma('synchronous = OFF');
  const body = sqlite
    .prepare(`INSERT INTO bodies (name, meeting_name) VALUES (?, ?)`)
    .run("the People's Government of Sichuan Province", 'Executive Meeting').lastInsertRowid;
  const meeting = sqlite.prepare(
    `INSERT INTO meetings (body_id, session_number, held_on, chair_name, status) VALUES (?, ?, ?, 'Governor', 'held')`,
  );
  const document = sqlite.prepare(
    `INSERT INTO documents (meeting_id, kind, visibility, slug) VALUES (?, 'press_release', 'public', ?)`,
  );
  const revision = sqlite.prepare(
    `INSERT INTO revisions (document_id, number, headline, body, source) VALUES (?, 1, ?, ?, 'import')`,
  );
  const publish = sqlite.prepare(
    `UPDATE documents SET publication_state = 'published', working_state = 'published',
       published_revision_id = ?, current_revision_id = ?, first_published_at = ?, last_published_at = ?
     WHERE id = ?`,
  );
  sqlite.transaction(() => {
    for (let i = 0; i < count; i++) {
      const at = start + i * 4 * 3_600_000;
      const day = new Date(at).toISOString().slice(0, 10);
      const r = release(i);
      const meetingId = meeting.run(body, (i % 150) + 1, day).lastInsertRowid;
      const documentId = document.run(meetingId, `executive-meeting-${i + 1}`).lastInsertRowid;
      const revisionId = revision.run(documentId, r.headline, r.body).lastInsertRowid;
      publish.run(revisionId, revisionId, at, at, documentId);
    }
  })();
  sqlite.pragma('synchronous = FULL');
}
