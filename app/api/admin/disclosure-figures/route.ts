import { NextResponse, type NextRequest } from 'next/server';
import { countAnonymousRefusal } from '@/data/anonymous-refusals';
import { disclosureFigures } from '@/data/disclosure-figures';
import { GazetteError } from '@/data/errors';
import { getSiteSettings } from '@/data/site-settings';
import { isoDateInZone } from '@/domain/dates';
import { figuresCsv } from '@/domain/disclosure-figures';
import { disclosureYear } from '@/domain/disclosure-year';
import { clientAddressOf } from '@/web/client-address';
import { currentUser } from '@/web/session';
import { translator } from '@/messages';

const noStore = { 'Cache-Control': 'no-store' };

/** A year's annual information-disclosure figures as CSV (`?year=2024`; this year by default). Admins only. */
export async function GET(request: NextRequest) {
  const user = await currentUser();
  if (!user) {
    countAnonymousRefusal(clientAddressOf(request.headers), 'disclosureFigures.read');
    return NextResponse.json(
      { error: translator('en')('disclosure.signInRequired') },
      { status: 401, headers: noStore },
    );
  }
  const thisYear = Number(isoDateInZone(new Date(), getSiteSettings().timeZone).slice(0, 4));
  const year = disclosureYear(request.nextUrl.searchParams.get('year') ?? undefined, thisYear);
  try {
    const csv = figuresCsv(disclosureFigures(user.actor, year));
    // The byte-order mark lets Excel read the UTF-8 (Chinese headlines and reasons).
    return new NextResponse(`\uFEFF${csv}`, {
      headers: {
        ...noStore,
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="gazette-disclosure-${year}.csv"`,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch (error) {
    if (!(error instanceof GazetteError)) throw error;
    const status = { forbidden: 403, not_found: 404, invalid: 400, conflict: 409 }[error.kind];
    return NextResponse.json({ error: user.t(error.key, error.params) }, { status, headers: noStore });
  }
}
