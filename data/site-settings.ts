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
  /** The masthead: the body the site speaks for, and the alt text of its emblem, in each language. */
  bodyName: string;
  bodyNameZh: string;
  emblemAlt: string;
  emblemAltZh: string;
};

/** The settings as stored: with when the emblem was last uploaded (null: the placeholder is shown). */
export type StoredSiteSettings = SiteSettings & { emblemUpdatedAt: Date | null };

/** What the masthead of a public page in one language shows beside the section name. */
export type Masthead = { bodyName: string; emblemAlt: string; emblemSrc: string };

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
  bodyName: schema.siteSettings.bodyName,
  bodyNameZh: schema.siteSettings.bodyNameZh,
  emblemAlt: schema.siteSettings.emblemAlt,
  emblemAltZh: schema.siteSettings.emblemAltZh,
  emblemUpdatedAt: schema.siteSettings.emblemUpdatedAt,
};

/** Public: the footer identity block and time zone every page shows. */
export function getSiteSettings(): StoredSiteSettings {
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

/**
 * The masthead in one language. The emblem's address changes with each upload, so it can be cached for long;
 * its alt text is the admin's, or empty beside the name when the site shows its placeholder (decorative).
 */
export function masthead(settings: StoredSiteSettings, locale: Locale): Masthead {
  const uploaded = settings.emblemUpdatedAt?.getTime();
  return {
    bodyName: locale === 'en' ? settings.bodyName : settings.bodyNameZh,
    emblemAlt: uploaded ? (locale === 'en' ? settings.emblemAlt : settings.emblemAltZh) : '',
    emblemSrc: uploaded ? `/emblem?v=${uploaded}` : '/emblem',
  };
}

/** An emblem to store with the settings, or 'remove' to go back to the placeholder. */
export type EmblemChange = { bytes: Buffer; type: string } | 'remove' | null;

export function updateSiteSettings(
  actor: Actor,
  input: Omit<SiteSettings, 'followUpReminderDays'> & { followUpReminderDays?: number },
  emblem: EmblemChange = null,
): void {
  authorize(actor, 'siteSettings.update', { attempted: 'settings.update', type: 'settings' });
  getDb().transaction(
    (tx) => {
      const emblemColumns =
        emblem === 'remove'
          ? { emblem: null, emblemType: null, emblemUpdatedAt: null }
          : emblem
            ? { emblem: emblem.bytes, emblemType: emblem.type, emblemUpdatedAt: new Date() }
            : {};
      tx.update(schema.siteSettings)
        .set({ ...input, ...emblemColumns })
        .where(eq(schema.siteSettings.id, 1))
        .run();
      recordPurge(tx, tagsAfterSettingsChange(), 'settings.updated');
      const emblemDetail =
        emblem === 'remove'
          ? 'removed'
          : emblem
            ? { type: emblem.type, bytes: emblem.bytes.length }
            : undefined;
      recordAudit(
        actor,
        {
          action: 'settings.updated',
          subjectType: 'settings',
          subjectId: 1,
          detail: emblemDetail ? { ...input, emblem: emblemDetail } : input,
        },
        tx,
      );
    },
    { behavior: 'immediate' },
  );
}

/** Public: the uploaded emblem's bytes and type, or null when the site shows its placeholder. */
export function getSiteEmblem(): { bytes: Buffer; type: string } | null {
  const row = getDb()
    .select({ bytes: schema.siteSettings.emblem, type: schema.siteSettings.emblemType })
    .from(schema.siteSettings)
    .where(eq(schema.siteSettings.id, 1))
    .get();
  return row?.bytes && row.type ? { bytes: row.bytes, type: row.type } : null;
}
