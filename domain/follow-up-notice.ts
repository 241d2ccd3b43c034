/**
 * The notice to units (督办通知): drafted from a meeting's open follow-up items, as the release is from the
 * records, in the body's language or in English. Pure: the page prints what this returns.
 */
import { chineseNumeral } from './chinese-numerals';
import { englishOrdinal } from './ordinal';
import type { ReportCycle } from './follow-up';

export type NoticeItem = {
  task: string;
  leadUnit: string;
  coUnits: string[];
  deadline: string | null;
  reportCycle: ReportCycle;
};

export type NoticeInput = {
  language: 'zh' | 'en';
  bodyName: string;
  meetingName: string;
  sessionNumber: number;
  heldOn: string;
  items: NoticeItem[];
};

export type Notice = {
  title: string;
  /** 主送: every unit that leads or co-operates, leading units first, each once. */
  addressees: string;
  opening: string;
  items: string[];
  closing: string;
};

const chineseDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};
const englishDate = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`));

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function unitsOf(items: NoticeItem[]): string[] {
  return [...new Set([...items.map((i) => i.leadUnit), ...items.flatMap((i) => i.coUnits)])];
}

export function draftNotice(input: NoticeInput): Notice {
  return input.language === 'zh' ? chineseNotice(input) : englishNotice(input);
}

function chineseNotice(n: NoticeInput): Notice {
  const cycles = new Set(n.items.map((i) => i.reportCycle));
  return {
    title: `关于${n.bodyName}第${n.sessionNumber}次${n.meetingName}议定事项的督办通知`,
    addressees: `${unitsOf(n.items).join('、')}：`,
    opening: `${chineseDate(n.heldOn)}，${n.bodyName}召开第${n.sessionNumber}次${n.meetingName}。现将会议议定事项的督办要求通知如下：`,
    items: n.items.map((i, k) => {
      const co = i.coUnits.length ? `，${i.coUnits.join('、')}配合` : '';
      const by = i.deadline ? `，于${chineseDate(i.deadline)}前完成` : '';
      const cycle =
        i.reportCycle === 'monthly'
          ? '，每月报送进展'
          : i.reportCycle === 'quarterly'
            ? '，每季度报送进展'
            : '';
      return `${chineseNumeral(k + 1)}、${i.task}。由${i.leadUnit}牵头${co}${by}${cycle}。`;
    }),
    closing:
      cycles.has('monthly') || cycles.has('quarterly')
        ? '请各承办单位按照要求抓好落实，按期报送进展情况；如需延期，请说明理由并提前申请。'
        : '请各承办单位按照要求抓好落实，办结后及时报告；如需延期，请说明理由并提前申请。',
  };
}

function englishNotice(n: NoticeInput): Notice {
  const list = (units: string[]) =>
    units.length <= 1 ? units.join('') : `${units.slice(0, -1).join(', ')} and ${units.at(-1)}`;
  return {
    title: `Notice on the follow-up of the decisions of the ${englishOrdinal(n.sessionNumber)} ${n.meetingName} of ${n.bodyName}`,
    addressees: `To: ${unitsOf(n.items).join('; ')}`,
    opening: `The ${englishOrdinal(n.sessionNumber)} ${n.meetingName} of ${n.bodyName} was held on ${englishDate(n.heldOn)}. The work it assigned is to be carried out as follows:`,
    items: n.items.map((i, k) => {
      const co = i.coUnits.length ? `, with ${list(i.coUnits)}` : '';
      const by = i.deadline ? `, by ${englishDate(i.deadline)}` : '';
      const cycle =
        i.reportCycle === 'monthly'
          ? ', reporting progress monthly'
          : i.reportCycle === 'quarterly'
            ? ', reporting progress quarterly'
            : '';
      return `${k + 1}. ${capitalised(i.leadUnit)} is to lead${co}: ${i.task}${by}${cycle}.`;
    }),
    closing:
      'Each unit is asked to carry out its tasks as required and report when they are done; an extension must be asked for in advance, with its reason.',
  };
}
