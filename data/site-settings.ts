import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb, schema } from '@/db';
import type { Actor } from './actor';
import { authorize } from './authorize';
import { recordAudit } from './audit';

export type SiteSettings = {
  sectionName: string;
  hostedBy: string;
  operator: string;
  websiteCode: string;
  icpNumber: string;
  securityRecord: string;
  timeZone: string;
};

const columns = {
  sectionName: schema.siteSettings.sectionName,
  hostedBy: schema.siteSettings.hostedBy,
  operator: schema.siteSettings.operator,
  websiteCode: schema.siteSettings.websiteCode,
  icpNumber: schema.siteSettings.icpNumber,
  securityRecord: schema.siteSettings.securityRecord,
  timeZone: schema.siteSettings.timeZone,
};

/** Public: the footer identity block and time zone every page shows. */
export function getSiteSettings(): SiteSettings {
  const row = getDb().select(columns).from(schema.siteSettings).where(eq(schema.siteSettings.id, 1)).get();
  if (!row) throw new Error('site_settings row missing: migrations did not run');
  return row;
}

export function updateSiteSettings(actor: Actor, input: SiteSettings): void {
  authorize(actor, 'siteSettings.update', { attempted: 'settings.update', type: 'settings' });
  getDb().transaction(
    (tx) => {
      tx.update(schema.siteSettings).set(input).where(eq(schema.siteSettings.id, 1)).run();
      recordAudit(
        actor,
        { action: 'settings.updated', subjectType: 'settings', subjectId: 1, detail: input },
        tx,
      );
    },
    { behavior: 'immediate' },
  );
}
