import 'server-only';
import { Feed } from 'feed';
import { listPublicProgress } from '@/data/follow-up-public';
import { getSiteSettings, siteIdentity } from '@/data/site-settings';
import { shownValue } from '@/domain/shown-value';
import { translator, type Locale } from '@/messages';
import { htmlLang, localePath } from './public-locale';
import { siteOrigin } from './site-origin';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The latest-updated disclosed follow-up items of one edition as Atom, in its language. */
export async function progressFeed(edition: Locale): Promise<Response> {
  const origin = await siteOrigin();
  const t = translator(edition);
  const identity = siteIdentity(getSiteSettings(), edition);
  const { rows } = listPublicProgress({});
  const page = `${origin}${localePath(edition, '/progress')}`;
  const feed = new Feed({
    id: page,
    title: `${t('progress.feedTitle')} · ${identity.sectionName}`,
    link: page,
    language: htmlLang[edition],
    updated: rows[0]?.updatedAt,
    feedLinks: { atom: `${origin}${localePath(edition, '/progress/feed.xml')}` },
    author: { name: identity.hostedBy || identity.sectionName },
    copyright: identity.hostedBy || identity.sectionName,
    generator: 'Gazette',
  });
  for (const r of rows) {
    const task = shownValue({ en: r.task, zh: r.taskZh }, edition).text;
    const unit = shownValue({ en: r.leadUnit.name, zh: r.leadUnit.nameZh }, edition).text;
    const status = t(`followUp.status.${r.status}`);
    const percent = r.percent === null ? '' : ` · ${t('followUp.percent', { percent: r.percent })}`;
    feed.addItem({
      id: `${page}#item-${r.id}`,
      link: `${page}?meeting=${r.meetingId}`,
      title: escapeHtml(`${task} — ${status}`),
      description: escapeHtml(`${t('followUp.leads', { unit })}${percent}`),
      date: r.updatedAt,
    });
  }
  return new Response(feed.atom1(), { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
}
