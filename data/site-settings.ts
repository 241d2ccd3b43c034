import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb, schema } from '@/db';
import { tagsAfterSettingsChange } from '@/domain/cache-tags.mjs';
import { recordPurge } from './cache-purges';
import type { Locale } from '@/messages';
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
  sectionNameZh: string;
  hostedByZh: string;
  operatorZh: string;
  icpNumberZh: string;
  securityRecordZh: string;
  timeZone: string;
  /** How many days before its deadline a follow-up item's units are reminded of it. */
  followUpReminderDays: number;
  /** Whether a translation may be published before its original (by default it waits). */
  translationFirst: boolean;
};

/** What a public page in one language names itself and shows in its footer. */
export type SiteIdentity = Pick<
  SiteSettings,
  'sectionName' | 'hostedBy' | 'operator' | 'websiteCode' | 'icpNumber' | 'securityRecord'
>;

const columns = {
  sectionName: schema.siteSettings.sectionName,
  hostedBy: schema.siteSettings.hostedBy,
  operator: schema.siteSettings.operator,
  websiteCode: schema.siteSettings.websiteCode,
  icpNumber: schema.siteSettings.icpNumber,
  securityRecord: schema.siteSettings.securityRecord,
  sectionNameZh: schema.siteSettings.sectionNameZh,
  hostedByZh: schema.siteSettings.hostedByZh,
  operatorZh: schema.siteSettings.operatorZh,
  icpNumberZh: schema.siteSettings.icpNumberZh,
  securityRecordZh: schema.siteSettings.securityRecordZh,
  timeZone: schema.siteSettings.timeZone,
  followUpReminderDays: schema.siteSettings.followUpReminderDays,
  translationFirst: schema.siteSettings.translationFirst,
};

/** Public: the footer identity block and time zone every page shows. */
export function getSiteSettings(): SiteSettings {
  const row = getDb().select(columns).from(schema.siteSettings).where(eq(schema.siteSettings.id, 1)).get();
  if (!row) throw new Error('site_settings row missing: migrations did not run');
  return row;
}

/**
 * The site's name and footer values in one language. The Chinese site shows its own values only: one left
 * empty is left out, never filled with the English one. The website identification code is a number, the
 * same in both.
 */
export function siteIdentity(settings: SiteSettings, locale: Locale): SiteIdentity {
  if (locale === 'en') {
    const { sectionName, hostedBy, operator, websiteCode, icpNumber, securityRecord } = settings;
    return { sectionName, hostedBy, operator, websiteCode, icpNumber, securityRecord };
  }
  return {
    sectionName: settings.sectionNameZh,
    hostedBy: settings.hostedByZh,
    operator: settings.operatorZh,
    websiteCode: settings.websiteCode,
    icpNumber: settings.icpNumberZh,
    securityRecord: settings.securityRecordZh,
  };
}

export function updateSiteSettings(
  actor: Actor,
  input: Omit<SiteSettings, 'followUpReminderDays'> & { followUpReminderDays?: number },
): void {
  authorize(actor, 'siteSettings.update', { attempted: 'settings.update', type: 'settings' });
  getDb().transaction(
    (tx) => {
      tx.update(schema.siteSettings).set(input).where(eq(schema.siteSettings.id, 1)).run();
      recordPurge(tx, tagsAfterSettingsChange(), 'settings.updated');
      recordAudit(
        actor,
        { action: 'settings.updated', subjectType: 'settings', subjectId: 1, detail: input },
        tx,
      );
    },
    { behavior: 'immediate' },
  );
}
