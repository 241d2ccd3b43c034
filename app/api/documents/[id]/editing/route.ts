import { NextResponse } from 'next/server';
import { z } from 'zod';
import { acquireEditLock, saveScratchCopy } from '@/data/editing';
import { GazetteError } from '@/data/errors';
import { isSameOrigin } from '@/web/same-origin';
import { parseRecordId } from '@/domain/record-id';
import { currentUser } from '@/web/session';

// Without text it is a heartbeat only: the editor is still open.
const body = z.union([
  z.object({
    baseRevisionId: z.number().int().positive().nullable(),
    headline: z.string().max(300),
    body: z.string().max(100_000),
  }),
  z.object({ heartbeat: z.literal(true) }),
]);

/**
 * The editor's heartbeat and autosave: renews the editing lock and keeps the user's scratch copy (not a
 * revision). Called every few seconds while typing and, by sendBeacon, when the page is left.
 */
export async function POST(request: Request, { params }: RouteContext<'/api/documents/[id]/editing'>) {
  if (!isSameOrigin(request))
    return NextResponse.json({ error: 'cross-site request refused' }, { status: 403 });
  const user = await currentUser();
  if (!user) return NextResponse.json({ error: 'sign in first' }, { status: 401 });
  const documentId = parseRecordId((await params).id);
  const parsed = body.safeParse(await request.json().catch(() => null));
  if (documentId === null || !parsed.success)
    return NextResponse.json({ error: 'invalid autosave' }, { status: 400 });
  try {
    const text = parsed.data;
    const savedAt = 'heartbeat' in text ? null : saveScratchCopy(user.actor, documentId, text);
    const lock = acquireEditLock(user.actor, documentId);
    return NextResponse.json({ savedAt: savedAt?.toISOString() ?? null, lockedByMe: lock.mine });
  } catch (error) {
    if (error instanceof GazetteError) {
      return NextResponse.json(
        { error: user.t(error.key, error.params) },
        { status: error.kind === 'forbidden' ? 403 : 404 },
      );
    }
    throw error;
  }
}
