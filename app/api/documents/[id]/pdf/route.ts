import { NextResponse } from 'next/server';
import { GazetteError } from '@/data/errors';
import { minutesText } from '@/data/issued-minutes';
import { getSiteSettings } from '@/data/site-settings';
import { formatDateTime } from '@/domain/format';
import { formatMinutesNumber } from '@/domain/minutes-number';
import { parseRecordId } from '@/domain/record-id';
import { translator } from '@/messages';
import { renderMinutesPdf } from '@/web/minutes-pdf';
import { currentUser } from '@/web/session';
import { siteOrigin } from '@/web/site-origin';

/**
 * The minutes as a PDF: the issued revision (or the current one while none is), or the revision
 * `?revision=` names — staff may print any, marked DRAFT on every page unless it is the issued one; a unit's
 * liaison the issued one only. Never cached: it is internal, and a draft changes.
 */
export async function GET(request: Request, { params }: RouteContext<'/api/documents/[id]/pdf'>) {
  const user = await currentUser();
  if (!user) return NextResponse.json({ error: 'sign in first' }, { status: 401 });
  const documentId = parseRecordId((await params).id);
  const asked = new URL(request.url).searchParams.get('revision');
  const revisionId = asked === null ? undefined : parseRecordId(asked);
  if (documentId === null || revisionId === null)
    return NextResponse.json({ error: 'not found' }, { status: 404 });
  try {
    const text = minutesText(user.actor, documentId, revisionId);
    // The minutes' own language throughout, whoever prints them.
    const t = translator(text.language);
    const generated = formatDateTime(new Date(), text.language, getSiteSettings().timeZone);
    const pdf = await renderMinutesPdf({
      language: text.language,
      heading: text.headline,
      number: text.number && !text.draft ? formatMinutesNumber(text.number, text.language) : null,
      draft: text.draft,
      markdown: text.body,
      footer: t('minutes.footer', {
        classification: t(`minutes.classification.${text.classification}`),
        time: generated,
        address: `${await siteOrigin()}/api/documents/${documentId}/pdf?revision=${text.revisionId}`,
      }),
    });
    const name = `minutes-${documentId}-r${text.revisionNumber}${text.draft ? '-draft' : ''}.pdf`;
    return new Response(Buffer.from(pdf), {
      headers: {
        'content-type': 'application/pdf',
        'content-disposition': `inline; filename="${name}"`,
        'cache-control': 'private, no-store',
      },
    });
  } catch (error) {
    if (error instanceof GazetteError)
      return NextResponse.json(
        { error: user.t(error.key, error.params) },
        { status: error.kind === 'forbidden' ? 403 : 404 },
      );
    throw error;
  }
}
