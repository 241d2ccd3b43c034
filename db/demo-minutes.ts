import type { AttendanceRole, ItemConclusion } from '@/domain/vocabulary';
import type { DemoUnitKey } from './demo-directory';

// The demo meeting's minutes records. The chair is the meeting's; everyone else in the attendance, and
// every conclusion and assignment, is made up for the demo (the names say "demo" / 演示): the province
// does not publish its executive meetings' minutes. Dates follow the release: the vehicle policy took
// effect on March 6, 2024.

export const DEMO_ATTENDANCE: {
  role: AttendanceRole;
  /** A person of the demo directory, by English name; or a guest typed in. */
  person?: string;
  guest?: { name: string; nameZh: string; title: string; titleZh: string; unit: DemoUnitKey | null };
  reason?: { en: string; zh: string };
}[] = [
  { role: 'present', person: 'Huang Qiang' },
  { role: 'present', person: 'Wang Ming (demo)' },
  { role: 'absent', person: 'Chen Jing (demo)', reason: { en: 'on official travel', zh: '因公出差' } },
  {
    role: 'non_voting',
    guest: {
      name: 'Zhou Ping (demo)',
      nameZh: '周平（演示）',
      title: 'Director',
      titleZh: '厅长',
      unit: 'finance',
    },
  },
  {
    role: 'minute_taker',
    guest: { name: 'Sun Li (demo)', nameZh: '孙丽（演示）', title: '', titleZh: '', unit: 'generalOffice' },
  },
];

/** Per agenda item of DEMO_AGENDA, in its order: what was deliberated, the conclusion, one assignment. */
export const DEMO_OUTCOMES: {
  deliberation: { en: string; zh: string };
  conclusion: ItemConclusion;
  assignment: { en: string; zh: string; lead: DemoUnitKey; co: DemoUnitKey[]; deadline: string };
}[] = [
  {
    deliberation: {
      zh: '会议传达学习了中共中央政治局第十一次集体学习精神',
      en: 'The meeting conveyed and studied the spirit of the 11th Collective Learning of the Political Bureau of the CPC Central Committee',
    },
    conclusion: 'noted',
    assignment: {
      zh: '结合实际抓好贯彻落实，及时报告进展情况',
      en: 'see to its implementation and report on progress',
      lead: 'generalOffice',
      co: [],
      deadline: '2024-03-31',
    },
  },
  {
    deliberation: {
      zh: '会议研究了贯彻落实省委常委会会议要求的具体措施',
      en: 'The meeting studied how to implement the requirements of the meeting of the Standing Committee',
    },
    conclusion: 'agreed',
    assignment: {
      zh: '细化分解任务，明确责任单位和完成时限',
      en: 'break the tasks down, naming the units responsible and their deadlines',
      lead: 'generalOffice',
      co: ['development'],
      deadline: '2024-03-08',
    },
  },
  {
    deliberation: {
      zh: '会议研究部署了加快发展新质生产力工作',
      en: 'The meeting studied and deployed the work of accelerating the development of new productive forces',
    },
    conclusion: 'agreed',
    assignment: {
      zh: '研究提出加快发展新质生产力的具体举措',
      en: 'propose specific measures for accelerating the development of new productive forces',
      lead: 'development',
      co: ['economy', 'finance'],
      deadline: '2024-04-30',
    },
  },
  {
    deliberation: {
      zh: '会议审议了《支持新能源与智能网联汽车产业高质量发展若干政策措施》',
      en: 'The meeting deliberated the Several Policies and Measures of Sichuan Province for Supporting the High-quality Development of New Energy and Intelligent Connected Vehicle Industry',
    },
    conclusion: 'agreed',
    assignment: {
      zh: '按程序以省政府名义印发，同步做好政策解读',
      en: 'have it issued in the name of the provincial government, with its interpretation published at the same time',
      lead: 'economy',
      co: ['development', 'finance'],
      deadline: '2024-03-06',
    },
  },
  {
    deliberation: {
      zh: '会议审议了《关于进一步做好土地征收工作的通知》《四川省自然资源督察办法》、第四届四川慈善奖拟表彰对象名单和第三批省级生态县命名事项',
      en: 'The meeting deliberated the Notice on Further Facilitating Land Acquisition, the Measures of Sichuan Province for Natural Resources Supervision, the list of nominations for the 4th Sichuan Charity Award and the naming of the third provincial ecological counties',
    },
    conclusion: 'agreed',
    assignment: {
      zh: '按程序印发实施，做好公示和命名工作',
      en: 'issue them for implementation and carry out the public notice and the naming',
      lead: 'naturalResources',
      co: ['civilAffairs', 'ecology'],
      deadline: '2024-03-15',
    },
  },
  {
    deliberation: { zh: '会议还研究了其他事项', en: 'The meeting also studied other issues' },
    conclusion: 'noted',
    assignment: {
      zh: '抓好会议议定事项的督促落实',
      en: 'follow up the matters the meeting decided',
      lead: 'generalOffice',
      co: [],
      deadline: '2024-03-31',
    },
  },
];

export const DEMO_DISTRIBUTION: { main: DemoUnitKey[]; cc: DemoUnitKey[] } = {
  main: ['economy', 'development', 'finance', 'naturalResources', 'civilAffairs', 'ecology'],
  cc: ['generalOffice'],
};

/** The liaison of the demo's unit for vehicles, who reads the minutes issued to it. */
export const DEMO_LIAISON_UNIT: DemoUnitKey = 'economy';

// The minutes' workflow, in UTC: drafted the day after the meeting, signed and issued on February 27.
export const DEMO_MINUTES_TIMES = {
  drafted: new Date('2024-02-24T02:00:00Z'),
  submitted: new Date('2024-02-26T02:00:00Z'),
  approved: new Date('2024-02-27T01:00:00Z'),
  issued: new Date('2024-02-27T02:00:00Z'),
};
