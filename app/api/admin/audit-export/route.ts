import { NextResponse, type NextRequest } from 'next/server';
import { countAnonymousRefusal } from '@/data/anonymous-refusals';
import { auditEventsCsv } from '@/data/audit-log';
import { GazetteError } from '@/data/errors';
import { getSiteSettings } from '@/data/site-settings';
import { isoDateInZone } from '@/domain/dates';
import { parseAuditFilters } from '@/web/audit-filters';
import { clientAddressOf } from '@/web/client-address';
import { currentUser } from '@/web/session';
import { textStream } from '@/web/text-stream';
import { translator } from '@/messages';

const noStore = { 'Cache-Control': 'no-store' };

/** The audit log as CSV, with the same filters as the audit page. Admins only. */
export async function GET(request: NextRequest) {
  const user = await currentUser();
  if (!user) {
    countAnonymousRefusal(clientAddressOf(request.headers), 'audit.export');
    const error = translator('en')('audit.signInRequired');
    return NextResponse.json({ error }, { status: 401, headers: noStore });
  }
  const { searchParams } = request.nextUrl;
  const parsed = parseAuditFilters((name) => searchParams.get(name) ?? undefined, user.t);
  if (!parsed.ok) {
    return NextResponse.json(
      { error: user.t('audit.invalidFilters'), problems: parsed.problems },
      { status: 400, headers: noStore },
    );
  }
  try {
    const { lines } = auditEventsCsv(user.actor, parsed.filters);
    const day = isoDateInZone(new Date(), getSiteSettings().timeZone);
    // The byte-order mark lets Excel read the UTF-8 (Chinese names, details) without mojibake.
    return new NextResponse(textStream(withByteOrderMark(lines)), {
      headers: {
        ...noStore,
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="gazette-audit-${day}.csv"`,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch (error) {
    if (!(error instanceof GazetteError)) throw error;
    const status = { forbidden: 403, not_found: 404, invalid: 400, conflict: 409 }[error.kind];
    return NextResponse.json({ error: user.t(error.key, error.params) }, { status, headers: noStore });
  }
}

function* withByteOrderMark(lines: Iterable<string>) {
  yield '\uFEFF';
  yield* lines;
}
