// The site's own neutral emblem, shown until an admin uploads the body's: a plain seal of rings and a folded
// page. Deliberately no national or regional symbol (their use is restricted by law).
export const PLACEHOLDER_EMBLEM = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64">
<circle cx="32" cy="32" r="30" fill="#991b1b"/>
<circle cx="32" cy="32" r="25" fill="none" stroke="#fef3c7" stroke-width="2"/>
<path d="M22 18h14l8 8v20H22z" fill="#fef3c7"/>
<path d="M36 18v8h8" fill="#fcd34d"/>
<path d="M26 31h14M26 36h14M26 41h9" stroke="#991b1b" stroke-width="2" stroke-linecap="round"/>
</svg>`;
