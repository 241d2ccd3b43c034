import { chineseNumeral } from './chinese-numerals';
import { englishOrdinal, ordinal } from './ordinal';
import type { AttendanceRole, ContentLanguage, ItemConclusion } from './vocabulary';

// The minutes (会议纪要) in the standard form, drafted from the meeting's records in one language: the
// heading, the meeting's date, place and chair, who attended, one numbered section per agenda item with
// what was deliberated, the conclusion and the assignments (请X牵头，Y配合，于…前完成), then the distribution.
// The number (〔2024〕3号) is not in the text: it is given when the minutes are issued, and printed above it.

export type MinutesAssignment = {
  /** A verb phrase: "抓紧制定实施细则" / "draw up the implementing rules". */
  task: string;
  leadUnit: string;
  coUnits: readonly string[];
  /** 'YYYY-MM-DD', or null. */
  deadline: string | null;
};

export type MinutesItem = {
  title: string;
  deliberation: string;
  conclusion: ItemConclusion | null;
  assignments: readonly MinutesAssignment[];
};

export type MinutesAttendee = {
  role: AttendanceRole;
  name: string;
  title: string;
  unit: string;
  reason: string;
};

/** A meeting's records as the minutes read them, every value in the language being written. */
export type MinutesRecords = {
  bodyName: string;
  meetingName: string;
  sessionNumber: number;
  heldOn: string;
  location: string;
  chairName: string;
  chairTitle: string;
  attendance: readonly MinutesAttendee[];
  items: readonly MinutesItem[];
  distribution: { main: readonly string[]; cc: readonly string[] };
};

export type MinutesDraft = { headline: string; body: string };

/** The sentence that states each conclusion. */
export const CONCLUSION_SENTENCES: Record<ContentLanguage, Record<ItemConclusion, string>> = {
  zh: {
    agreed: '会议同意。',
    agreed_in_principle: '会议原则同意。',
    revise_resubmit: '会议要求修改完善后再提交会议审议。',
    noted: '会议听取了汇报。',
  },
  en: {
    agreed: 'The meeting agreed.',
    agreed_in_principle: 'The meeting agreed in principle.',
    revise_resubmit: 'The meeting asked for it to be revised and submitted again.',
    noted: 'The meeting took note.',
  },
};

/** "省政府第25次常务会议纪要" / "Minutes of the 25th Executive Meeting of the People's Government of …" */
export function minutesHeading(records: MinutesRecords, language: ContentLanguage): string {
  const { bodyName, meetingName, sessionNumber } = records;
  return language === 'zh'
    ? `${bodyName.trim()}${ordinal(sessionNumber, 'zh')}${meetingName.trim()}纪要`
    : `Minutes of the ${englishOrdinal(sessionNumber)} ${meetingName.trim()} of ${bodyName.trim()}`;
}

/** "2024年3月31日" / "31 March 2024": dates in minutes carry their year. */
export function minutesDate(isoDate: string, language: ContentLanguage): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (language === 'zh') return `${year}年${month}月${day}日`;
  const monthName = new Date(Date.UTC(2000, month! - 1, 1)).toLocaleString('en-GB', {
    month: 'long',
    timeZone: 'UTC',
  });
  return `${day} ${monthName} ${year}`;
}

/** The sentence of one assignment: "请X牵头，Y、Z配合，task，于2024年3月31日前完成。" */
export function assignmentSentence(a: MinutesAssignment, language: ContentLanguage): string {
  const task = trimEnd(a.task);
  if (language === 'zh') {
    const co = a.coUnits.length > 0 ? `，${a.coUnits.join('、')}配合` : '';
    const due = a.deadline ? `，于${minutesDate(a.deadline, 'zh')}前完成` : '';
    return `请${a.leadUnit}牵头${co}，${task}${due}。`;
  }
  const co = a.coUnits.length > 0 ? `, with ${englishList(a.coUnits)} co-operating,` : '';
  const due = a.deadline ? ` by ${minutesDate(a.deadline, 'en')}` : '';
  return `${capitalised(a.leadUnit)} is to lead${co} and ${task}${due}.`;
}

/** "Name, title (unit)" as an attendance list writes one person; an absent one's reason follows. */
function attendeeText(a: MinutesAttendee, language: ContentLanguage): string {
  const zh = language === 'zh';
  const who = [a.unit, a.title].filter(Boolean).join(zh ? '' : ', ');
  const named = zh ? `${a.name}${who ? `（${who}）` : ''}` : `${a.name}${who ? ` (${who})` : ''}`;
  if (a.role !== 'absent' || !a.reason.trim()) return named;
  return zh ? `${named}，${trimEnd(a.reason)}` : `${named}, ${trimEnd(a.reason)}`;
}

const LIST_LABELS: Record<
  ContentLanguage,
  Record<AttendanceRole | 'main' | 'cc' | 'chair' | 'date' | 'place', string>
> = {
  zh: {
    date: '时间',
    place: '地点',
    chair: '主持',
    present: '出席',
    non_voting: '列席',
    absent: '请假',
    minute_taker: '记录',
    main: '主送',
    cc: '抄送',
  },
  en: {
    date: 'Date',
    place: 'Place',
    chair: 'Chair',
    present: 'Present',
    non_voting: 'Attending',
    absent: 'Absent',
    minute_taker: 'Minutes taken by',
    main: 'To',
    cc: 'Copied to',
  },
};

/** The drafted minutes: the heading as the headline, the text as Markdown. */
export function draftMinutes(records: MinutesRecords, language: ContentLanguage): MinutesDraft {
  const zh = language === 'zh';
  const labels = LIST_LABELS[language];
  const line = (label: string, value: string) => `**${label}${zh ? '：' : ':'}** ${value}`;
  const separator = zh ? '；' : '; ';
  const chair = zh
    ? `${records.chairName.trim()}（${records.chairTitle.trim()}）`.replace('（）', '')
    : `${records.chairName.trim()}${records.chairTitle.trim() ? `, ${records.chairTitle.trim()}` : ''}`;

  const details = [
    line(labels.date, minutesDate(records.heldOn, language)),
    ...(records.location.trim() ? [line(labels.place, records.location.trim())] : []),
    line(labels.chair, chair),
    ...(['present', 'non_voting', 'absent', 'minute_taker'] as const).flatMap((role) => {
      const people = records.attendance.filter((a) => a.role === role);
      return people.length > 0
        ? [line(labels[role], people.map((a) => attendeeText(a, language)).join(separator))]
        : [];
    }),
  ];

  const designation = zh
    ? `${records.bodyName.trim()}${ordinal(records.sessionNumber, 'zh')}${records.meetingName.trim()}`
    : `the ${englishOrdinal(records.sessionNumber)} ${records.meetingName.trim()} of ${records.bodyName.trim()}`;
  const opening = zh
    ? `${minutesDate(records.heldOn, 'zh')}，${records.chairName.trim()}主持召开${designation}。现将会议议定事项纪要如下：`
    : `On ${minutesDate(records.heldOn, 'en')}, ${records.chairName.trim()} presided over ${designation}. The matters the meeting decided are recorded as follows.`;

  // An item the minutes record nothing of (nothing deliberated, concluded or assigned) has no section.
  const recorded = records.items.filter(
    (item) => item.deliberation.trim() || item.conclusion || item.assignments.length > 0,
  );
  const sections = recorded.map((item, i) => {
    const number = zh ? `${chineseNumeral(i + 1)}、` : `${i + 1}. `;
    const paragraph = [
      item.deliberation.trim() ? ensureSentence(item.deliberation, language) : '',
      item.conclusion ? CONCLUSION_SENTENCES[language][item.conclusion] : '',
    ].join(zh ? '' : ' ');
    return [
      `**${number}${item.title.trim()}**`,
      ...(paragraph.trim() ? [paragraph.trim()] : []),
      ...item.assignments.map((a) => assignmentSentence(a, language)),
    ].join('\n\n');
  });

  const distribution = (['main', 'cc'] as const).flatMap((kind) =>
    records.distribution[kind].length > 0
      ? [line(labels[kind], records.distribution[kind].join(zh ? '，' : ', '))]
      : [],
  );

  const blocks = [details.join('  \n'), opening, ...sections];
  if (distribution.length > 0) blocks.push('---', distribution.join('  \n'));
  return { headline: minutesHeading(records, language), body: blocks.join('\n\n') };
}

const ENDS = /[。．.！!？?；;，,、\s]+$/u;
const trimEnd = (text: string) => text.trim().replace(ENDS, '');
const ensureSentence = (text: string, language: ContentLanguage) =>
  `${trimEnd(text)}${language === 'zh' ? '。' : '.'}`;
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function englishList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
