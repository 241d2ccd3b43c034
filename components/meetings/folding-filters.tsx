'use client';

import { useEffect, useRef, type ReactNode } from 'react';

const WIDE = '(min-width: 48rem)';

type Props = { summary: string; open: boolean; children: ReactNode };

/**
 * The register's filters folded under a "Filters" summary on phones, where they would push the meetings
 * off the screen; open when a filter is in use, and always on wide screens (the stylesheet shows them
 * there before any script runs, and this opens the element so that its state says so too).
 */
export function FoldingFilters({ summary, open, children }: Props) {
  const details = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (details.current && window.matchMedia(WIDE).matches) details.current.open = true;
  }, []);
  return (
    <details ref={details} open={open} className="register-filters">
      <summary className="cursor-pointer py-1 font-medium">{summary}</summary>
      {children}
    </details>
  );
}
