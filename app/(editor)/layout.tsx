import type { ReactNode } from "react";
import { redirect } from "next/navigation";
import { SignOutButtons } from "@/components/auth/sign-out-buttons";
import { QueryProvider } from "@/components/editor/query-provider";
import { DeskNav } from "@/components/editor/desk-nav";
import { DraftOwner } from "@/components/editor/drafts/draft-owner";
import { ShortcutHelp } from "@/components/editor/worklists/shortcut-help";
import { SiteHeader } from "@/components/ui/site-header";
import { getSession } from "@/server/auth/session";

// Every desk page is behind a signed-in editor; the data-access layer checks
// again for each read and write, so this is the friendly half.
export default async function EditorLayout({ children }: { children: ReactNode }) {
  const session = await getSession();
  if (!session) redirect("/login");
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <SiteHeader />
      {/* The desk navigation's unread count is a query too. */}
      <QueryProvider>
        <DeskNav isAdmin={session.user.role === "admin"} account={<SignOutButtons name={session.user.name} role={session.user.role} />} />
        <main className="container" id="main" tabIndex={-1}>
          <ShortcutHelp />
          <DraftOwner userId={session.user.id}>{children}</DraftOwner>
        </main>
      </QueryProvider>
    </>
  );
}
