'use client';

import { useState, type ReactNode } from 'react';

/**
 * The workspace navigation: a row of links on wide screens; on narrow ones (a phone) folded behind a menu
 * button, which closes again when a link is followed.
 */
export function NavMenu({
  label,
  menuLabel,
  children,
}: {
  label: string;
  menuLabel: string;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  return (
    <nav aria-label={label} className="w-full md:w-auto">
      <button
        type="button"
        className="rounded border border-line-strong px-3 py-1 text-sm md:hidden"
        aria-expanded={open}
        aria-controls="workspace-nav"
        onClick={() => setOpen((o) => !o)}
      >
        {menuLabel}
      </button>
      <ul
        id="workspace-nav"
        // Following a link closes the menu (the layout, and this component, stay mounted).
        onClick={(event) => {
          if ((event.target as HTMLElement).closest('a')) setOpen(false);
        }}
        className={`${open ? 'flex' : 'hidden'} mt-3 flex-col gap-3 text-sm md:mt-0 md:flex md:flex-row md:flex-wrap md:items-center md:gap-4`}
      >
        {children}
      </ul>
    </nav>
  );
}
