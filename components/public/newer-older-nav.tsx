import Link from 'next/link';

type Neighbour = { href: string; text: string };

/** The links to the next newer and next older page of the archive (a year, a month), when there are any. */
export function NewerOlderNav({
  label,
  newer,
  older,
}: {
  label: string;
  newer?: Neighbour;
  older?: Neighbour;
}) {
  if (!newer && !older) return null;
  return (
    <nav aria-label={label} className="mt-12 flex justify-between gap-4 text-sm">
      {newer ? (
        <Link href={newer.href} rel="next" className="underline">
          {newer.text}
        </Link>
      ) : (
        <span />
      )}
      {older ? (
        <Link href={older.href} rel="prev" className="underline">
          {older.text}
        </Link>
      ) : null}
    </nav>
  );
}
