import type { AgendaItemKind, DecisionKind, DecisionOutcome, Role } from '@/domain/vocabulary';

// The demo: the 25th Executive Meeting of the People's Government of Sichuan Province (February 23, 2024),
// held as records in Chinese (the original) and English (the translation), and one account per role. The
// passwords are printed in the README.
//
// The English values are those of the province's English release. The Chinese values are the province's
// where they are public record — the chair 黄强 and his title line 省委副书记、省长, the designation
// 省政府第25次常务会议, the title 《支持新能源与智能网联汽车产业高质量发展若干政策措施》 and the list's name
// 第四届四川慈善奖拟表彰对象名单 — and otherwise this project's own translations of the English ones.

export const DEMO_USERS: { username: string; displayName: string; roles: Role[]; password: string }[] = [
  {
    username: 'secretary',
    displayName: 'Li Na (Secretariat)',
    roles: ['secretary'],
    password: 'secretary-demo-2024',
  },
  {
    username: 'reviewer',
    displayName: 'Wang Jun (Division Head)',
    roles: ['reviewer'],
    password: 'reviewer-demo-2024',
  },
  {
    username: 'leader',
    displayName: 'Zhang Wei (Secretary-General)',
    roles: ['leader'],
    password: 'leader-demo-2024',
  },
  {
    username: 'admin',
    displayName: 'Chen Jie (Administrator)',
    roles: ['admin'],
    password: 'admin-demo-2024',
  },
  {
    username: 'liaison',
    displayName: 'Zhao Min (Unit liaison)',
    roles: ['unit_liaison'],
    password: 'liaison-demo-2024',
  },
];

export const DEMO_BODY = {
  name: "the People's Government of Sichuan Province",
  meetingName: 'Executive Meeting',
  // As the Chinese release writes them: 省政府第25次常务会议.
  nameZh: '省政府',
  meetingNameZh: '常务会议',
  originalLanguage: 'zh' as const,
};

export const DEMO_SITE_SETTINGS = {
  sectionName: 'Open Governance',
  hostedBy: "General Office of the People's Government of Sichuan Province",
  operator: 'China Telecom Sichuan Branch',
  websiteCode: '5100000062',
  icpNumber: 'Sichuan ICP No. 13001288',
  securityRecord: 'Sichuan Computer Information Network and Internet Security Record No. 51010402000507',
  // The Chinese site's values: the section name, the office and the record numbers as the province's
  // Chinese portal writes them; the operator's name is this project's translation of the English one.
  sectionNameZh: '政务公开',
  hostedByZh: '四川省人民政府办公厅',
  operatorZh: '中国电信四川分公司',
  icpNumberZh: '蜀ICP备13001288号',
  securityRecordZh: '川公网安备51010402000507号',
  timeZone: 'Asia/Shanghai',
  followUpReminderDays: 7,
  translationFirst: false,
  // The masthead names the body; the demo shows the site's own neutral placeholder, never a real emblem.
  bodyName: "People's Government of Sichuan Province",
  bodyNameZh: '四川省人民政府',
  emblemAlt: '',
  emblemAltZh: '',
};

export const DEMO_MEETING = {
  sessionNumber: 25,
  heldOn: '2024-02-23',
  location: 'Chengdu',
  chairName: 'Huang Qiang',
  chairNameZh: '黄强',
  chairTitleZh: '省委副书记、省长',
  purposeZh:
    '传达学习中共中央政治局第十一次集体学习精神，贯彻落实省委常委会会议要求，研究部署加快发展新质生产力、支持新能源与智能网联汽车产业高质量发展等工作',
  chairTitle:
    "Deputy Secretary of the CPC Sichuan Provincial Committee and Governor of the People's Government of Sichuan Province",
  attendees: '',
  purpose:
    'to convey the spirit of the 11th Collective Learning of the Political Bureau of CPC Central Committee, and implement the requirements of the meeting of the Standing Committee of the CPC Sichuan Provincial Committee. The Executive Meeting was also held to discuss the deployment of such tasks as accelerating the development of new productive forces, and supporting the high-quality development of the new energy and intelligent connected vehicle (ICV) industry.',
  status: 'held' as const,
};

const STRESSED_ON_NEW_PRODUCTIVE_FORCES =
  "the necessity to keep in mind the special strategic mission entrusted by the CPC Central Committee, consciously grasp Sichuan's strategic position from the overall situation of the country, take the initiative to shoulder Sichuan's important tasks of the times as a major province in economy as well as science and education and as a strong province in the military industry, insist on taking the development of new productive forces as the inherent requirement and an important focus for promoting high-quality development, accelerate the formation of new productive forces with greater efforts, facilitate significant progress in Sichuan's high-quality development, and make greater contributions to stabilizing the national economy and advancing higher-level self-reliance and strength in science and technology. It is necessary to strengthen the innovation foundation of new productive forces. The province needs to enhance the source supply of strategic scientific and technological capabilities to foster more original, cutting-edge and disruptive achievements, and speed up the transformation and industrialization of innovative outcomes. With a sense of urgency, it should provide extraordinary and precise support for the development of artificial intelligence and robotics industries, in a bid to gain more first-mover advantages. The Executive Meeting called for efforts to expand the scale and raise the level of new productive forces. The province has to build a gradient cultivation system, develop and expand strategic emerging industries, focus on future information, future health, future manufacturing, future energy, future space and other fields, transform cutting-edge technologies and advanced concepts into real productivity as soon as possible, accelerate the pace of intelligent and digital transformation, and encourage traditional industries to move faster towards the middle and high ends. It is necessary to make new productive forces greener. The province must expedite the construction of a new energy system, build a green and low-carbon circular economy system, and facilitate the transformation of production mode through green consumption. A good ecosystem should be established for the development of new productive forces. The province is required to make bold attempts in the spirit of reform, continue to break through institutional barriers with mechanism innovation, promote the smooth flow of various advanced and high-quality production factors towards the development of new productive forces, build a new education, science and technology talent system, and expedite the formation of new production relations compatible with new productive forces.";

// This project's translation of the paragraph above.
const STRESSED_ON_NEW_PRODUCTIVE_FORCES_ZH =
  '要牢记党中央赋予的特殊战略使命，从全国大局中把握四川的战略地位，主动扛起经济大省、科教大省、军工强省的时代重任，坚持把发展新质生产力作为推动高质量发展的内在要求和重要着力点，以更大力度加快形成新质生产力，推动四川高质量发展取得显著进展，为稳定全国经济大盘、推进更高水平科技自立自强作出更大贡献。要夯实新质生产力的创新基础，增强战略科技力量源头供给，催生更多原创性、引领性、颠覆性成果，加快创新成果转化和产业化；以只争朝夕的紧迫感，超常规精准支持人工智能和机器人产业发展，抢占更多先发优势。会议要求，要扩大新质生产力的规模、提升其水平，构建梯度培育体系，发展壮大战略性新兴产业，聚焦未来信息、未来健康、未来制造、未来能源、未来空间等领域，推动前沿技术和先进理念尽快转化为现实生产力，加快智能化数字化转型步伐，推动传统产业加快迈向中高端。要让新质生产力更加绿色，加快构建新型能源体系，构建绿色低碳循环经济体系，以绿色消费推动生产方式转型。要营造发展新质生产力的良好生态，以改革精神大胆探索，持续以机制创新破除体制障碍，推动各类先进优质生产要素向发展新质生产力顺畅流动，构建新型教育科技人才体系，加快形成与新质生产力相适应的新型生产关系';

export const DEMO_AGENDA: {
  kind: AgendaItemKind;
  title: string;
  titleZh: string;
  presenter: string;
  notes: string;
  stressed: string;
  stressedZh: string;
}[] = [
  {
    kind: 'convey_instructions',
    title:
      'Convey the spirit of the 11th Collective Learning of the Political Bureau of CPC Central Committee',
    titleZh: '传达学习中共中央政治局第十一次集体学习精神',
    presenter: "General Office of the People's Government of Sichuan Province",
    notes: '',
    stressed: '',
    stressedZh: '',
  },
  {
    kind: 'convey_instructions',
    title:
      'Implement the requirements of the meeting of the Standing Committee of the CPC Sichuan Provincial Committee',
    titleZh: '贯彻落实省委常委会会议要求',
    presenter: "General Office of the People's Government of Sichuan Province",
    notes: '',
    stressed: '',
    stressedZh: '',
  },
  {
    kind: 'study_and_deploy',
    title: 'Accelerate the development of new productive forces',
    titleZh: '加快发展新质生产力',
    presenter: 'Sichuan Provincial Development and Reform Commission',
    notes: '',
    stressed: STRESSED_ON_NEW_PRODUCTIVE_FORCES,
    stressedZh: STRESSED_ON_NEW_PRODUCTIVE_FORCES_ZH,
  },
  {
    kind: 'deliberate_document',
    title:
      'Support the high-quality development of the new energy and intelligent connected vehicle industry',
    titleZh: '支持新能源与智能网联汽车产业高质量发展',
    presenter: 'Department of Economy and Information Technology of Sichuan Province',
    notes: '',
    stressed: '',
    stressedZh: '',
  },
  {
    kind: 'deliberate_document',
    title:
      'Land acquisition, natural resources supervision, the 4th Sichuan Charity Award and provincial ecological counties',
    titleZh: '土地征收、自然资源督察、第四届四川慈善奖和省级生态县',
    presenter:
      'Department of Natural Resources; Department of Civil Affairs; Department of Ecology and Environment',
    notes: '',
    stressed: '',
    stressedZh: '',
  },
  {
    kind: 'other',
    title: 'Other issues',
    titleZh: '其他事项',
    presenter: '',
    notes: '',
    stressed: '',
    stressedZh: '',
  },
];

/** Each decision names the agenda item (by its index in DEMO_AGENDA) it was taken under. */
export const DEMO_DECISIONS: {
  title: string;
  titleZh: string;
  kind: DecisionKind;
  outcome: DecisionOutcome;
  emphasis: string;
  emphasisZh: string;
  agendaIndex: number;
}[] = [
  {
    title:
      'Several Policies and Measures of Sichuan Province for Supporting the High-quality Development of New Energy and Intelligent Connected Vehicle Industry',
    titleZh: '支持新能源与智能网联汽车产业高质量发展若干政策措施',
    kind: 'policies_and_measures',
    outcome: 'adopted',
    emphasis:
      "the province should pay close attention to leading enterprises with strong driving forces as well as key links and high-value links in the industrial chain, attract investment for major projects, and speed up the construction of FAW Hongqi Chengdu New Energy Vehicle Manufacturing Base. Efforts must be made to expedite intelligent and digital transformation and optimize the stock production capacity. The province needs to vigorously develop core components, make advance layout and continue to put effort into future industries such as hydrogen energy, and foster new advantages in subdivided fields. Besides, it should actively seize the opportunity of the surge in exports, utilize foreign markets to expand the scale and reduce costs, promote new breakthroughs in the development of the province's new energy and ICV industry, and endeavor to transition from a follower to a leader.",
    emphasisZh:
      '要紧盯带动力强的龙头企业和产业链关键环节、高价值环节，招引重大项目，加快一汽红旗成都新能源汽车制造基地建设；加快智能化数字化改造，优化存量产能；大力发展核心零部件，超前布局、持续发力氢能等未来产业，培育细分领域新优势；积极抓住出口井喷机遇，借助国外市场扩大规模、降低成本，推动全省新能源与智能网联汽车产业发展取得新突破，努力实现从跟跑者向领跑者转变',
    agendaIndex: 3,
  },
  {
    title: 'Notice on Further Facilitating Land Acquisition',
    titleZh: '关于进一步做好土地征收工作的通知',
    kind: 'notice',
    outcome: 'adopted',
    emphasis: '',
    emphasisZh: '',
    agendaIndex: 4,
  },
  {
    title: 'Measures of Sichuan Province for Natural Resources Supervision',
    titleZh: '四川省自然资源督察办法',
    kind: 'measures',
    outcome: 'adopted',
    emphasis: '',
    emphasisZh: '',
    agendaIndex: 4,
  },
  {
    title: 'list of nominations for the 4th Sichuan Charity Award',
    titleZh: '第四届四川慈善奖拟表彰对象名单',
    kind: 'nomination_list',
    outcome: 'adopted',
    emphasis: '',
    emphasisZh: '',
    agendaIndex: 4,
  },
  {
    title:
      '13 counties (districts) including Dongqu District of Panzhihua City as the third provincial ecological counties',
    titleZh: '攀枝花市东区等13个县（市、区）为第三批省级生态县',
    kind: 'naming',
    outcome: 'adopted',
    emphasis: '',
    emphasisZh: '',
    agendaIndex: 4,
  },
];

// The times the demo's workflow happened, in UTC (the meeting day in Beijing time): the Chinese original
// first, then its English translation.
export const DEMO_TIMES_ZH = {
  drafted: new Date('2024-02-23T07:00:00Z'),
  submitted: new Date('2024-02-23T07:20:00Z'),
  reviewed: new Date('2024-02-23T07:40:00Z'),
  approved: new Date('2024-02-23T08:00:00Z'),
  published: new Date('2024-02-23T08:15:00Z'),
};

export const DEMO_TIMES = {
  drafted: new Date('2024-02-23T08:00:00Z'),
  submitted: new Date('2024-02-23T08:30:00Z'),
  reviewed: new Date('2024-02-23T09:00:00Z'),
  approved: new Date('2024-02-23T09:30:00Z'),
  published: new Date('2024-02-23T10:00:00Z'),
};
