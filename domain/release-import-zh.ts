// Reads a Chinese press release (the house style of ../shared/seed/zh-house-style.md) into the same shape
// as an English one: "{月}月{日}日，{职务}{姓名}主持召开省政府第{N}次常务会议，{目的}。", what the meeting
// stressed, "会议审议通过《…》《…》。", "会议原则通过《…》", "会议决定命名…", the closing sentence. Pure.
import { isIsoDate } from './dates';
import { sessionNumberOf } from './chinese-numerals';
import { dateInFileName, meetingDate } from './release-import-dates';
import type { ImportedDecision } from './release-import-decisions';
import { ReleaseParseError, type ParsedRelease, type ParseOptions } from './release-import';
import type { DecisionKind } from './vocabulary';

/** More Han characters than Latin letters: a Chinese text. */
export function isChineseText(text: string): boolean {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return han > latin;
}

const STAMP =
  /^(?:发布时间|发布日期|日期|更新时间|时间|Date|Updated)\s*[:：]\s*(\d{4})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})/i;
const FOOTER = /^(主办[:：]|承办[:：]|网站标识码|.*ICP备|.*公网安备|版权所有|©)/;
const NAVIGATION =
  /^(首页|政务公开|政府信息公开|新闻发布|要闻动态|常务会议|打印|关闭|分享|返回|字号.*|来源[:：].*)$/;
const OPENING = /^(\d{1,2})月(\d{1,2})日(?:上午|下午|晚上)?[，,]/;
// "省委副书记、省长黄强主持召开省政府第25次常务会议，传达学习…。"
const CHAIR_SENTENCE =
  /^(?<month>\d{1,2})月(?<day>\d{1,2})日(?:上午|下午|晚上)?[，,](?<chair>[^，,。]+?)(?<verb>主持召开|主持)(?<body>[^，,。第]*?)第(?<n>[0-9一二三四五六七八九十百零〇]+)次(?<meeting>[^，,。]*?会议)(?:[，,](?<purpose>.*)|。?)$/;
const TITLE_END = /(?:省长|副省长|书记|主任|主席|秘书长|市长|县长|部长|厅长|委员)$/;

export function parseReleaseZh(text: string, options: ParseOptions = {}): ParsedRelease {
  const warnings: string[] = [];
  const fail = (line: number, reason: string, code: 'empty' | 'no_body_text' | 'no_headline'): never => {
    throw new ReleaseParseError(line, reason, options.fileName, code);
  };
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((raw, i) => ({ n: i + 1, text: raw.trim() }));
  if (!lines.some((l) => l.text)) fail(1, 'the file is empty', 'empty');

  let stamp: string | null = null;
  const content = lines.map((l) => {
    const m = l.text.length < 80 ? STAMP.exec(l.text) : null;
    if (!m) return l;
    const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
    if (isIsoDate(iso)) stamp ??= iso;
    return { n: l.n, text: '' };
  });
  const published = options.published ?? stamp ?? dateInFileName(options.fileName);

  const start = content.findIndex((l) => OPENING.test(l.text));
  if (start === -1)
    fail(
      content.length,
      'no body: expected an opening paragraph such as "2月23日，…主持召开…"',
      'no_body_text',
    );
  const headline = content
    .slice(0, start)
    .filter((l) => l.text && !NAVIGATION.test(l.text) && !FOOTER.test(l.text))
    .at(-1);
  if (!headline)
    return fail(content[start]!.n, 'no headline: the body starts before any headline line', 'no_headline');

  const footerAt = content.findIndex((l, i) => i > start && FOOTER.test(l.text));
  const paragraphs = content
    .slice(start, footerAt === -1 ? undefined : footerAt)
    .map((l) => l.text)
    .filter(Boolean);
  const cut = !/[。！？”」）)]$/.test(paragraphs.at(-1)!);
  if (cut) {
    warnings.push(
      'the text is cut off mid-sentence (its last paragraph does not end a sentence): nothing is read from the unfinished sentence',
    );
  }

  const m = CHAIR_SENTENCE.exec(paragraphs[0]!);
  const g = m?.groups;
  if (!g)
    warnings.push(
      'the opening paragraph is not "…月…日，{职务}{姓名}主持召开…第N次…会议，…": chair and meeting not read',
    );
  const { name, title } = g ? splitChair(g.chair!) : { name: null, title: null };
  const date = g
    ? meetingDate(
        { month: Number(g.month), day: Number(g.day), text: `${g.month}月${g.day}日` },
        null,
        options.year,
        published,
        warnings,
      )
    : null;
  const purpose = !g || (cut && paragraphs.length === 1) ? '' : (g.purpose ?? '').trim();
  const decisions = paragraphs
    .slice(1)
    .flatMap((p, i) => readDecisionsZh(p, warnings, cut && i === paragraphs.length - 2));

  return {
    language: 'zh',
    headline: headline.text,
    date,
    meetingNumber: g ? chineseNumber(g.n!) : null,
    chair: name,
    chairTitle: title,
    verb: g?.verb ?? null,
    purpose: g ? purpose : null,
    decisions,
    bodyParagraphs: paragraphs,
    warnings,
    body: g?.body?.trim() || options.body || null,
    meetingName: g?.meeting ?? null,
    updated: stamp,
    published,
    cut,
    lines: { headline: headline.n, opening: content[start]!.n },
  };
}

/** "省委副书记、省长黄强" → title "省委副书记、省长", name "黄强": the title ends at its last title word. */
function splitChair(text: string): { name: string | null; title: string } {
  for (let i = text.length - 2; i > 0; i--) {
    if (TITLE_END.test(text.slice(0, i))) return { name: text.slice(i), title: text.slice(0, i) };
  }
  return { name: text || null, title: '' };
}

/** "25", "七", "十二", "二十五", "一百零三" → the number; null when it is none. */
function chineseNumber(text: string): number | null {
  const n = sessionNumberOf(text);
  return Number.isNaN(n) || n === 0 ? null : n;
}

function readDecisionsZh(paragraph: string, warnings: string[], cut: boolean): ImportedDecision[] {
  const all = paragraph
    .split(/(?<=[。！？])/)
    .map((s) => s.trim())
    .filter(Boolean);
  const decisions: ImportedDecision[] = [];
  for (const sentence of cut ? all.slice(0, -1) : all) {
    const naming = /会议决定命名(.+?)[。]?$/.exec(sentence);
    if (naming) {
      decisions.push({ title: naming[1]!, kind: 'naming', outcome: 'adopted' });
      continue;
    }
    const adoption = /会议(?:审议|研究)?(原则)?通过(.+)$/.exec(sentence);
    if (!adoption) continue;
    const outcome = adoption[1] ? 'adopted_in_principle' : 'adopted';
    const rest = adoption[2]!;
    const titled = /^((?:《[^》]+》[、和及与]?)+)/.exec(rest);
    const titles = titled
      ? [...titled[1]!.matchAll(/《([^》]+)》/g)].map((t) => t[1]!)
      : [rest.split(/[，,。；]/)[0]!];
    for (const title of titles.filter(Boolean)) {
      const kind = kindZh(title);
      if (!kind) warnings.push(`could not guess the kind of decision from its title: ${title}`);
      decisions.push({ title, kind, outcome });
    }
  }
  return decisions;
}

function kindZh(title: string): DecisionKind | null {
  if (/政策措施$/.test(title)) return 'policies_and_measures';
  if (/名单$/.test(title)) return 'nomination_list';
  if (/通知$/.test(title)) return 'notice';
  if (/(措施|办法)$/.test(title)) return 'measures';
  if (/(规划|方案|计划|纲要)$/.test(title)) return 'plan';
  if (/报告$/.test(title)) return 'report';
  return null;
}
