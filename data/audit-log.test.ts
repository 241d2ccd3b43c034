import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb, schema } from '@/db';
import { useTempDatabase } from '@/test/support/temp-db';
import type { Role } from '@/domain/vocabulary';
import { systemActor, type Actor } from './actor';
import { recordAudit } from './audit';
import { auditEventsCsv, listAuditEvents, type AuditFilters } from './audit-log';
import { GazetteError } from './errors';
import { getSiteSettings, updateSiteSettings } from './site-settings';
import { createUser } from './users';

let cleanup: () => void;
let admin: Actor & { kind: 'user' };
let leader: Actor & { kind: 'user' };

async function makeUser(username: string, displayName: string, roles: Role[]) {
  const { id } = await createUser(systemActor('seed'), {
    username,
    displayName,
    password: 'a-long-password',
    roles,
  });
  return { kind: 'user', userId: id, roles } as const;
}

const at = (iso: string) => new Date(iso);

beforeAll(async () => {
  cleanup = useTempDatabase();
  admin = await makeUser('audit-admin', 'Ada Admin', ['admin']);
  leader = await makeUser('audit-leader', 'Lee Leader', ['leader']);
  // Asia/Shanghai (the default) is UTC+8: 16:00Z is midnight of the next day there.
  recordAudit(admin, {
    action: 'document.saved',
    subjectType: 'document',
    subjectId: 7,
    at: at('2024-03-01T15:59:59Z'),
  });
  recordAudit(leader, {
    action: 'document.published',
    subjectType: 'document',
    subjectId: 7,
    at: at('2024-03-01T16:00:00Z'),
  });
  recordAudit(null, { action: 'signin.failed', subjectType: 'user', at: at('2024-03-02T01:00:00Z') });
  recordAudit(leader, {
    action: 'signin.succeeded',
    subjectType: 'user',
    subjectId: leader.userId,
    at: at('2024-03-02T02:00:00Z'),
  });
  recordAudit(admin, {
    action: 'documentary.made',
    subjectType: 'document',
    subjectId: 70,
    at: at('2024-03-03T02:00:00Z'),
  });
});
afterAll(() => cleanup());

const IN_2024: AuditFilters = { from: '2024-01-01', to: '2024-12-31' };
const actions = (filters: AuditFilters) =>
  listAuditEvents(admin, { ...IN_2024, ...filters }, 1, 50).rows.map((r) => r.action);

describe('listAuditEvents', () => {
  it('lists newest first with the actor’s name, and no password hash', () => {
    const { rows, total } = listAuditEvents(admin, IN_2024, 1, 50);
    expect(total).toBe(5);
    expect(rows.map((r) => r.action)).toEqual([
      'documentary.made',
      'signin.succeeded',
      'signin.failed',
      'document.published',
      'document.saved',
    ]);
    expect(rows[1]).toMatchObject({
      actorName: 'Lee Leader',
      actorKind: 'user',
      subjectId: String(leader.userId),
    });
    expect(rows[2]).toMatchObject({ actorName: null, actorKind: 'anonymous' });
    expect(JSON.stringify(rows)).not.toMatch(/argon|password/i);
  });

  it('filters by user, by document and by action (exact or prefix)', () => {
    expect(actions({ userId: leader.userId })).toEqual(['signin.succeeded', 'document.published']);
    expect(actions({ documentId: 7 })).toEqual(['document.published', 'document.saved']);
    expect(actions({ action: 'document.' })).toEqual(['document.published', 'document.saved']);
    expect(actions({ action: 'signin' })).toEqual(['signin.succeeded', 'signin.failed']);
    expect(actions({ action: 'signin.failed' })).toEqual(['signin.failed']);
    expect(actions({ action: 'document.sav' })).toEqual([]);
    expect(actions({ action: '%' })).toEqual([]);
    expect(actions({ userId: admin.userId, documentId: 7 })).toEqual(['document.saved']);
  });

  it('takes from and to as whole days in the site’s time zone', () => {
    expect(actions({ from: '2024-03-02', to: '2024-03-02' })).toEqual([
      'signin.succeeded',
      'signin.failed',
      'document.published',
    ]);
    expect(actions({ from: '2024-03-01', to: '2024-03-01' })).toEqual(['document.saved']);
    const settings = getSiteSettings();
    try {
      updateSiteSettings(systemActor('seed'), { ...settings, timeZone: 'UTC' });
      expect(actions({ from: '2024-03-01', to: '2024-03-01' })).toEqual([
        'document.published',
        'document.saved',
      ]);
      // New York moved to daylight time on 2025-03-09: that day ends at 04:00Z, not 05:00Z.
      recordAudit(admin, { action: 'dst.before', subjectType: 'test', at: at('2025-03-10T03:59:59Z') });
      recordAudit(admin, { action: 'dst.after', subjectType: 'test', at: at('2025-03-10T04:00:00Z') });
      updateSiteSettings(systemActor('seed'), { ...settings, timeZone: 'America/New_York' });
      expect(actions({ from: '2025-03-09', to: '2025-03-09', action: 'dst.' })).toEqual(['dst.before']);
      expect(actions({ from: '2025-03-10', to: '2025-03-10', action: 'dst.' })).toEqual(['dst.after']);
    } finally {
      updateSiteSettings(systemActor('seed'), settings);
    }
  });

  it('pages with a stable total', () => {
    for (let i = 0; i < 7; i++) {
      recordAudit(admin, { action: 'bulk.item', subjectType: 'test', subjectId: i });
    }
    const first = listAuditEvents(admin, { action: 'bulk.' }, 1, 3);
    const last = listAuditEvents(admin, { action: 'bulk.' }, 3, 3);
    expect(first.total).toBe(7);
    expect(last.total).toBe(7);
    expect(first.rows).toHaveLength(3);
    expect(last.rows).toHaveLength(1);
    expect(last.rows[0]!.subjectId).toBe('0');
  });

  it('refuses anyone but an admin, and records the refusal', () => {
    for (const attempt of [() => listAuditEvents(leader, {}, 1, 50), () => auditEventsCsv(leader, {})]) {
      expect(attempt).toThrow(GazetteError);
      try {
        attempt();
      } catch (error) {
        expect((error as GazetteError).kind).toBe('forbidden');
      }
    }
    const refused = listAuditEvents(admin, { userId: leader.userId, action: 'permission.refused' }, 1, 50);
    expect(refused.rows.map((r) => JSON.parse(r.detail).attempted)).toContain('audit.list');
  });
});

/** A strict RFC 4180 reader: quoted cells may hold commas, quotes and line breaks; rows end in CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"' && (quoted || cell === '')) {
      quoted = !quoted;
    } else if (quoted) {
      cell += c;
    } else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      rows.push([...row, cell]);
      row = [];
      cell = '';
      i++;
    } else if (c === '\r' || c === '\n' || c === '"') {
      throw new Error(`stray ${JSON.stringify(c)} outside quotes at ${i}`);
    } else {
      cell += c;
    }
  }
  if (cell || row.length || quoted) throw new Error('last row not terminated by CRLF');
  return rows;
}

describe('auditEventsCsv', () => {
  it('quotes commas and quotes, writes line breaks as escapes (one line per event), defuses formulas', async () => {
    const nasty = '=1+2,"quoted"\r\nsecond line';
    const eve = await makeUser('audit-eve', '@Eve, "the"\nclerk', ['admin']);
    recordAudit(eve, { action: 'csv.nasty', subjectType: 'document', subjectId: nasty });
    recordAudit(null, { action: 'csv.plain', subjectType: '-x', detail: { note: 'a\r\nb' } });

    const csv = [...auditEventsCsv(admin, { action: 'csv.' }).lines].join('');
    const rows = parseCsv(csv);
    expect(rows).toHaveLength(1 + listAuditEvents(admin, { action: 'csv.' }, 1, 50).total);
    expect(csv.split(/\r\n|\n|\r/).filter(Boolean)).toHaveLength(rows.length);
    const [header, plain, bad] = rows;
    expect(header).toEqual([
      'id',
      'created_at',
      'actor_kind',
      'actor_id',
      'actor_name',
      'action',
      'subject_type',
      'subject_id',
      'detail',
    ]);
    expect(bad).toHaveLength(9);
    expect(bad![4]).toBe(`'@Eve, "the"\\nclerk`);
    expect(bad![7]).toBe(`'=1+2,"quoted"\\r\\nsecond line`);
    expect(plain![2]).toBe('anonymous');
    expect(plain![6]).toBe("'-x");
    expect(JSON.parse(plain![8]!)).toEqual({ note: 'a\r\nb' });
    expect(new Date(plain![1]!).toISOString()).toBe(plain![1]);
  });

  it('reads the log a batch at a time, in order, without losing or repeating events that share a time', () => {
    const at = new Date('2030-01-01T00:00:00Z');
    // Seven events of one millisecond: the order within it is the id's.
    getDb()
      .insert(schema.auditEvents)
      .values(
        Array.from({ length: 7 }, (_, i) => ({
          actorKind: 'system' as const,
          action: 'csv.batch',
          subjectType: 'document',
          subjectId: String(i),
          createdAt: at,
        })),
      )
      .run();
    const whole = [...auditEventsCsv(admin, { action: 'csv.batch' }).lines].join('');
    const { rows, lines } = auditEventsCsv(admin, { action: 'csv.batch' }, { batch: 2 });
    const chunks = [...lines];
    expect(rows).toBe(7);
    expect(chunks).toHaveLength(1 + 4); // the header, then batches of 2, 2, 2 and 1
    expect(chunks.join('')).toBe(whole);
    expect(
      parseCsv(whole)
        .slice(1)
        .map((r) => r[7]),
    ).toEqual(['6', '5', '4', '3', '2', '1', '0']);
  });

  it('leaves out events recorded while it is read, its own first', () => {
    const { lines } = auditEventsCsv(admin, { action: 'csv.' });
    recordAudit(null, { action: 'csv.later', subjectType: 'document' });
    expect([...lines].join('')).not.toContain('csv.later');
  });

  it('records that the log was exported', () => {
    auditEventsCsv(admin, { action: 'csv.plain' });
    const exported = listAuditEvents(admin, { action: 'audit.exported' }, 1, 1).rows[0]!;
    expect(exported.actorName).toBe('Ada Admin');
    expect(JSON.parse(exported.detail)).toEqual({ filters: { action: 'csv.plain' }, rows: 1 });
  });
});
