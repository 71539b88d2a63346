"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const LINKS = [
  { href: "/desk", label: "Work queue" },
  { href: "/desk/articles", label: "Articles" },
  { href: "/desk/claims", label: "Claims" },
  { href: "/desk/events", label: "Events" },
  { href: "/desk/articles/new", label: "Add articles" },
] as const;

export function DeskNav() {
  const pathname = usePathname();
  const current = LINKS.filter((l) => pathname === l.href || pathname.startsWith(l.href + "/")).sort((a, b) => b.href.length - a.href.length)[0];
  return (
    <nav className="desk-nav" aria-label="Editor desk">
      <div className="container row">
        {LINKS.map((l) => (
          <Link key={l.href} href={l.href} aria-current={current?.href === l.href ? "page" : undefined}>
            {l.label}
          </Link>
        ))}
      </div>
    </nav>
  );
}
