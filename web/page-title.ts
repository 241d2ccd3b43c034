import 'server-only';
import type { Metadata } from 'next';
import { GazetteError } from '@/data/errors';
import { getDocument } from '@/data/documents';
import { getMeeting } from '@/data/meetings';
import { meetingPageTitle } from '@/domain/page-title';
import { parseRecordId } from '@/domain/record-id';
import { translator, type Locale, type MessageKey, type Translate } from '@/messages';
import { currentUser } from './session';

// Each workspace page's <title>, in the signed-in user's language. The page itself decides who may see what
// (and redirects or shows the 404 page): a title that cannot be read falls back to the layout's default.

async function reader() {
  const user = await currentUser();
  const locale: Locale = user?.locale ?? 'en';
  return { user, locale, t: user?.t ?? translator(locale) };
}

const unreadable = (error: unknown) =>
  error instanceof GazetteError && (error.kind === 'not_found' || error.kind === 'forbidden');

/** A page titled by one message: the review queue, an admin page, the account. */
export async function titleOf(key: MessageKey): Promise<Metadata> {
  const { t } = await reader();
  return { title: t(key) };
}

/** A page of one meeting (its records, a document, its history), titled with the meeting's session and date. */
export async function meetingTitleOf(idSegment: string, page: (t: Translate) => string): Promise<Metadata> {
  const { user, locale, t } = await reader();
  const meetingId = parseRecordId(idSegment);
  if (!user || !meetingId) return {};
  try {
    const meeting = getMeeting(user.actor, meetingId);
    return {
      title: meetingPageTitle(t, locale, page(t), { ...meeting, meetingName: meeting.body.meetingName }),
    };
  } catch (error) {
    if (unreadable(error)) return {};
    throw error;
  }
}

/** A page of one document (its review, a comparison of revisions), titled with its meeting too. */
export async function documentTitleOf(
  idSegment: string,
  page: (t: Translate, documentName: string) => string,
): Promise<Metadata> {
  const { user, locale, t } = await reader();
  const documentId = parseRecordId(idSegment);
  if (!user || !documentId) return {};
  try {
    const doc = getDocument(user.actor, documentId);
    const meeting = getMeeting(user.actor, doc.meetingId);
    const name = t(`documents.kind.${doc.kind}` as MessageKey);
    return {
      title: meetingPageTitle(t, locale, page(t, name), {
        ...meeting,
        meetingName: meeting.body.meetingName,
      }),
    };
  } catch (error) {
    if (unreadable(error)) return {};
    throw error;
  }
}

/** The workspace's title template: each page's title, then the application's name in the reader's language. */
export async function workspaceTitleTemplate(): Promise<Metadata> {
  const { t } = await reader();
  return { title: { default: t('app.name'), template: `%s · ${t('app.name')}` } };
}
