import { notFound } from 'next/navigation';

/** Any other public address: the site's own 404 page, in its frame. */
export default function UnknownPublicPage() {
  notFound();
}
