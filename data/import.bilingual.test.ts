import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeUser } from '@/test/support/fixtures';
import { useTempDatabase } from '@/test/support/temp-db';
import type { Actor } from './actor';
import { getDocument } from './documents';
import { importReleases, type ImportVerdict } from './import';
import { getMeeting } from './meetings';

// A Chinese file and an English file of one meeting, in either order, become one meeting with its two
// releases, the translation naming its original, and the records filled in both languages.

const fixture = (name: string) => readFileSync(path.join(__dirname, '../test/fixtures', name), 'utf8');
const english = { fileName: 'en.txt', text: fixture('executive-meeting-2024-02-23.txt'), year: 2024 };
const chinese = { fileName: 'zh.txt', text: fixture('executive-meeting-2024-02-23.zh.txt') };

const created = (v: ImportVerdict | undefined) => {
  if (v?.verdict !== 'created') throw new Error(`expected created, got ${JSON.stringify(v)}`);
  return v;
};

let cleanup: () => void;
let admin: Actor;
let secretary: Actor;
beforeEach(async () => {
  cleanup = useTempDatabase();
  admin = await makeUser('bilingual-admin', ['admin']);
  secretary = await makeUser('bilingual-secretary', ['secretary']);
});
afterEach(() => cleanup());

function expectOneBilingualMeeting(en: ImportVerdict, zh: ImportVerdict) {
  const e = created(en);
  const z = created(zh);
  expect(z.meetingId).toBe(e.meetingId);
  const meeting = getMeeting(secretary, e.meetingId);
  expect(meeting).toMatchObject({
    sessionNumber: 25,
    heldOn: '2024-02-23',
    chairName: 'Huang Qiang',
    chairNameZh: '黄强',
    chairTitleZh: '省委副书记、省长',
  });
  expect(meeting.purposeZh).toMatch(/^传达学习/);
  expect(meeting.decisions.map((d) => [d.title !== '', d.titleZh])).toEqual([
    [true, '支持新能源与智能网联汽车产业高质量发展若干政策措施'],
    [true, '关于进一步便利土地征收的通知'],
    [true, '自然资源监督管理办法'],
    [true, '第四届四川慈善奖拟表彰对象名单'],
    [true, '攀枝花市东区等13个县（市、区）为第三批省级生态县'],
  ]);
  const enRelease = getDocument(secretary, e.documentId);
  const zhRelease = getDocument(secretary, z.documentId);
  expect([enRelease.language, zhRelease.language].sort()).toEqual(['en', 'zh']);
  expect(enRelease.publicationState).toBe('published');
  expect(zhRelease.publicationState).toBe('published');
  // The translation names the original: the body's original language is the first file's.
  const releases = meeting.documents.filter((d) => d.kind === 'press_release');
  const original = releases.find((d) => d.translationOfId === null)!;
  const translation = releases.find((d) => d.translationOfId !== null)!;
  expect(translation.translationOfId).toBe(original.id);
  expect([original.id, translation.id].sort()).toEqual([e.documentId, z.documentId].sort());
  // Published as a pair before Gazette held them: the translation is not stale.
  expect(getDocument(secretary, translation.id).translation?.stale).toBe(false);
}

describe('a Chinese and an English release of one meeting', () => {
  it('English first, then Chinese: the Chinese joins the meeting', () => {
    const [en, zh] = importReleases(admin, [english, chinese]);
    expectOneBilingualMeeting(en!, zh!);
  });

  it('Chinese first, then English: the English joins the meeting and names the body', () => {
    const [zh, en] = importReleases(admin, [chinese, english]);
    expectOneBilingualMeeting(en!, zh!);
    expect(getMeeting(secretary, created(en).meetingId).body.name).toBe(
      "the People's Government of Sichuan Province",
    );
  });

  it('importing either again changes nothing', () => {
    importReleases(admin, [english, chinese]);
    expect(importReleases(admin, [chinese, english]).map((v) => v.verdict)).toEqual([
      'already_imported',
      'already_imported',
    ]);
  });
});
