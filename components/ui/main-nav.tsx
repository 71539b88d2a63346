"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

// Each link with the paths it stands for: a claim or rumor page belongs to
// the verdicts, an event page to the events, the sign-in page to the desk.
const LINKS = [
  { href: "/", label: "Verdicts", within: /^\/(?:claims|rumors)\// },
  { href: "/events", label: "Events", within: /^\/events\// },
  { href: "/outlets", label: "Outlets", within: /^\/outlets\// },
  { href: "/desk", label: "Editor desk", within: /^\/(?:desk\/|login$)/ },
] as const;

/** The site's main navigation; the link for this page says `page`, the one for its section `true`. */
export function MainNav() {
  // Client-side, so the mark moves on client navigation (the layout stays mounted).
  const pathname = usePathname();
  return (
    <nav className="nav" aria-label="Main">
      {LINKS.map((l) => (
        <Link key={l.href} href={l.href} aria-current={pathname === l.href ? "page" : l.within.test(pathname) ? "true" : undefined}>
          {l.label}
        </Link>
      ))}
    </nav>
  );
}
