'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

export type SectionLink = { href: string; label: string; path: string; under: readonly string[] };

/**
 * The primary navigation's links; the current section is marked (aria-current) from the address in the
 * browser, so the layout above stays the same for every page and cacheable.
 */
export function SectionLinks({ links }: { links: SectionLink[] }) {
  const pathname = (usePathname() ?? '/').replace(/^\/(en|zh)(?=\/|$)/, '') || '/';
  const current = links.find(
    (l) => l.path === pathname || l.under.some((p) => pathname === p || pathname.startsWith(`${p}/`)),
  );
  return (
    <ul className="flex flex-col md:flex-row md:flex-wrap">
      {links.map((l) => (
        <li key={l.href}>
          <Link
            href={l.href}
            aria-current={l === current ? 'page' : undefined}
            className="block px-4 py-3 font-medium text-inverse hover:bg-accent-strong hover:underline aria-[current=page]:bg-accent-strong aria-[current=page]:underline md:py-2"
          >
            {l.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
