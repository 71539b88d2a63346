"use client";

import type { ReactNode } from "react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { NotificationLink } from "./notifications/notification-link";

const LINKS = [
  { href: "/desk", label: "Work queue" },
  { href: "/desk/my-work", label: "My work" },
  { href: "/desk/articles", label: "Articles" },
  { href: "/desk/claims", label: "Claims" },
  { href: "/desk/events", label: "Events" },
  { href: "/desk/articles/new", label: "Add articles" },
  { href: "/desk/inbox", label: "Inbox" },
  { href: "/desk/sources", label: "Sources" },
  { href: "/desk/tokens", label: "Your account" },
] as const;
const ADMIN_LINKS = [
  { href: "/desk/admin/users", label: "Accounts" },
  { href: "/desk/webhooks", label: "Webhooks" },
  { href: "/desk/admin/settings", label: "Settings" },
  { href: "/desk/admin/deleted-articles", label: "Deleted articles" },
] as const;

export type DeskNavProps = { isAdmin: boolean; account: ReactNode };

export function DeskNav({ isAdmin, account }: DeskNavProps) {
  const pathname = usePathname();
  const links = isAdmin ? [...LINKS, ...ADMIN_LINKS] : LINKS;
  const onNotifications = pathname.startsWith("/desk/notifications");
  // The notifications page is marked by its own link, not by "Work queue" (/desk) as a prefix.
  const current = onNotifications
    ? undefined
    : links.filter((l) => pathname === l.href || pathname.startsWith(l.href + "/")).sort((a, b) => b.href.length - a.href.length)[0];
  return (
    <nav className="desk-nav" aria-label="Editor desk">
      <div className="container row">
        {links.map((l) => (
          <Link key={l.href} href={l.href} aria-current={current?.href === l.href ? "page" : undefined}>
            {l.label}
          </Link>
        ))}
        <NotificationLink current={onNotifications} />
        {account}
      </div>
    </nav>
  );
}
