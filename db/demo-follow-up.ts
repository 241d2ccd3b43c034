import type { ReportCycle } from '../domain/follow-up';
import type { DemoUnitKey } from './demo-directory';

// The follow-up of the demo meeting's adopted policy (the first of its decisions): some of its measures,
// with the units the policy names for them. The progress reported (in the body's language, Chinese) is made
// up for the demo (演示).

export type DemoFollowUp = {
  en: string;
  zh: string;
  lead: DemoUnitKey;
  co: DemoUnitKey[];
  deadline: string;
  reportCycle: ReportCycle;
  disclosed: boolean;
  responsibleLeader: string;
  /** What happened to it: reported on, done (reported and confirmed), or nothing (and past its deadline). */
  progress:
    | { kind: 'in_progress'; report: { text: string; percent: number; milestone: string; at: Date } }
    | { kind: 'done'; report: { text: string; at: Date }; confirmedAt: Date }
    | { kind: 'none' };
};

export const DEMO_FOLLOW_UP_CREATED = new Date('2024-02-28T02:00:00Z');

export const DEMO_FOLLOW_UPS: DemoFollowUp[] = [
  {
    zh: '加快充（换）电基础设施建设，到2027年实现县域全覆盖',
    en: 'speed up the building of charging and battery-swapping facilities, to cover every county by 2027',
    lead: 'development',
    co: ['economy', 'finance'],
    deadline: '2027-12-31',
    reportCycle: 'quarterly',
    disclosed: true,
    responsibleLeader: '王明（演示）',
    progress: {
      kind: 'in_progress',
      report: {
        text: '（演示）全省183个县中已有142个县建成公共充电站，其余点位正在规划建设。',
        percent: 60,
        milestone: '覆盖142个县',
        at: new Date('2024-09-30T02:00:00Z'),
      },
    },
  },
  {
    zh: '对年产量增长的整车企业给予奖励',
    en: 'reward vehicle makers whose annual output grows',
    lead: 'economy',
    co: ['finance'],
    deadline: '2024-12-31',
    reportCycle: 'none',
    disclosed: true,
    responsibleLeader: '王明（演示）',
    progress: {
      kind: 'done',
      report: {
        text: '（演示）2024年度奖励资金已拨付至符合条件的整车企业。',
        at: new Date('2024-12-20T02:00:00Z'),
      },
      confirmedAt: new Date('2024-12-23T02:00:00Z'),
    },
  },
  {
    zh: '制定重点零部件项目清单并组织对接',
    en: 'draw up the list of key parts projects and match them with vehicle makers',
    lead: 'economy',
    co: ['development'],
    deadline: '2024-06-30',
    reportCycle: 'monthly',
    disclosed: false,
    responsibleLeader: '陈静（演示）',
    progress: { kind: 'none' },
  },
  {
    zh: '推动公共领域车辆全面电动化',
    en: 'move the public sector’s vehicle fleets to new-energy vehicles',
    lead: 'finance',
    co: ['economy'],
    deadline: '2027-06-30',
    reportCycle: 'monthly',
    disclosed: true,
    responsibleLeader: '陈静（演示）',
    progress: { kind: 'none' },
  },
];
