import type { AgendaItemKind, DecisionKind, DecisionOutcome, Role } from '@/domain/vocabulary';

// The demo: the 25th Executive Meeting of the People's Government of Sichuan Province (February 23, 2024),
// held as records, and one account per role. The passwords are printed in the README.

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
};

export const DEMO_MEETING = {
  sessionNumber: 25,
  heldOn: '2024-02-23',
  location: 'Chengdu',
  chairName: 'Huang Qiang',
  chairTitle:
    "Deputy Secretary of the CPC Sichuan Provincial Committee and Governor of the People's Government of Sichuan Province",
  attendees: '',
  purpose:
    'to convey the spirit of the 11th Collective Learning of the Political Bureau of CPC Central Committee, and implement the requirements of the meeting of the Standing Committee of the CPC Sichuan Provincial Committee. The Executive Meeting was also held to discuss the deployment of such tasks as accelerating the development of new productive forces, and supporting the high-quality development of the new energy and intelligent connected vehicle (ICV) industry.',
  status: 'held' as const,
};

const STRESSED_ON_NEW_PRODUCTIVE_FORCES =
  "the necessity to keep in mind the special strategic mission entrusted by the CPC Central Committee, consciously grasp Sichuan's strategic position from the overall situation of the country, take the initiative to shoulder Sichuan's important tasks of the times as a major province in economy as well as science and education and as a strong province in the military industry, insist on taking the development of new productive forces as the inherent requirement and an important focus for promoting high-quality development, accelerate the formation of new productive forces with greater efforts, facilitate significant progress in Sichuan's high-quality development, and make greater contributions to stabilizing the national economy and advancing higher-level self-reliance and strength in science and technology. It is necessary to strengthen the innovation foundation of new productive forces. The province needs to enhance the source supply of strategic scientific and technological capabilities to foster more original, cutting-edge and disruptive achievements, and speed up the transformation and industrialization of innovative outcomes. With a sense of urgency, it should provide extraordinary and precise support for the development of artificial intelligence and robotics industries, in a bid to gain more first-mover advantages. The Executive Meeting called for efforts to expand the scale and raise the level of new productive forces. The province has to build a gradient cultivation system, develop and expand strategic emerging industries, focus on future information, future health, future manufacturing, future energy, future space and other fields, transform cutting-edge technologies and advanced concepts into real productivity as soon as possible, accelerate the pace of intelligent and digital transformation, and encourage traditional industries to move faster towards the middle and high ends. It is necessary to make new productive forces greener. The province must expedite the construction of a new energy system, build a green and low-carbon circular economy system, and facilitate the transformation of production mode through green consumption. A good ecosystem should be established for the development of new productive forces. The province is required to make bold attempts in the spirit of reform, continue to break through institutional barriers with mechanism innovation, promote the smooth flow of various advanced and high-quality production factors towards the development of new productive forces, build a new education, science and technology talent system, and expedite the formation of new production relations compatible with new productive forces.";

export const DEMO_AGENDA: {
  kind: AgendaItemKind;
  title: string;
  presenter: string;
  notes: string;
  stressed: string;
}[] = [
  {
    kind: 'convey_instructions',
    title:
      'Convey the spirit of the 11th Collective Learning of the Political Bureau of CPC Central Committee',
    presenter: "General Office of the People's Government of Sichuan Province",
    notes: '',
    stressed: '',
  },
  {
    kind: 'convey_instructions',
    title:
      'Implement the requirements of the meeting of the Standing Committee of the CPC Sichuan Provincial Committee',
    presenter: "General Office of the People's Government of Sichuan Province",
    notes: '',
    stressed: '',
  },
  {
    kind: 'study_and_deploy',
    title: 'Accelerate the development of new productive forces',
    presenter: 'Sichuan Provincial Development and Reform Commission',
    notes: '',
    stressed: STRESSED_ON_NEW_PRODUCTIVE_FORCES,
  },
  {
    kind: 'deliberate_document',
    title:
      'Support the high-quality development of the new energy and intelligent connected vehicle industry',
    presenter: 'Department of Economy and Information Technology of Sichuan Province',
    notes: '',
    stressed: '',
  },
  {
    kind: 'deliberate_document',
    title:
      'Land acquisition, natural resources supervision, the 4th Sichuan Charity Award and provincial ecological counties',
    presenter:
      'Department of Natural Resources; Department of Civil Affairs; Department of Ecology and Environment',
    notes: '',
    stressed: '',
  },
  { kind: 'other', title: 'Other issues', presenter: '', notes: '', stressed: '' },
];

/** Each decision names the agenda item (by its index in DEMO_AGENDA) it was taken under. */
export const DEMO_DECISIONS: {
  title: string;
  kind: DecisionKind;
  outcome: DecisionOutcome;
  emphasis: string;
  agendaIndex: number;
}[] = [
  {
    title:
      'Several Policies and Measures of Sichuan Province for Supporting the High-quality Development of New Energy and Intelligent Connected Vehicle Industry',
    kind: 'policies_and_measures',
    outcome: 'adopted',
    emphasis:
      "the province should pay close attention to leading enterprises with strong driving forces as well as key links and high-value links in the industrial chain, attract investment for major projects, and speed up the construction of FAW Hongqi Chengdu New Energy Vehicle Manufacturing Base. Efforts must be made to expedite intelligent and digital transformation and optimize the stock production capacity. The province needs to vigorously develop core components, make advance layout and continue to put effort into future industries such as hydrogen energy, and foster new advantages in subdivided fields. Besides, it should actively seize the opportunity of the surge in exports, utilize foreign markets to expand the scale and reduce costs, promote new breakthroughs in the development of the province's new energy and ICV industry, and endeavor to transition from a follower to a leader.",
    agendaIndex: 3,
  },
  {
    title: 'Notice on Further Facilitating Land Acquisition',
    kind: 'notice',
    outcome: 'adopted',
    emphasis: '',
    agendaIndex: 4,
  },
  {
    title: 'Measures of Sichuan Province for Natural Resources Supervision',
    kind: 'measures',
    outcome: 'adopted',
    emphasis: '',
    agendaIndex: 4,
  },
  {
    title: 'list of nominations for the 4th Sichuan Charity Award',
    kind: 'nomination_list',
    outcome: 'adopted',
    emphasis: '',
    agendaIndex: 4,
  },
  {
    title:
      '13 counties (districts) including Dongqu District of Panzhihua City as the third provincial ecological counties',
    kind: 'naming',
    outcome: 'adopted',
    emphasis: '',
    agendaIndex: 4,
  },
];

// The times the demo's workflow happened, in UTC (the meeting day in Beijing time).
export const DEMO_TIMES = {
  drafted: new Date('2024-02-23T08:00:00Z'),
  submitted: new Date('2024-02-23T08:30:00Z'),
  reviewed: new Date('2024-02-23T09:00:00Z'),
  approved: new Date('2024-02-23T09:30:00Z'),
  published: new Date('2024-02-23T10:00:00Z'),
};
