import type { ReactNode } from "react";
import { QueryProvider } from "@/components/editor/query-provider";
import { DeskNav } from "@/components/editor/desk-nav";
import { SiteHeader } from "@/components/ui/site-header";

export default function EditorLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <SiteHeader section="desk" />
      <DeskNav />
      <main className="container">
        <QueryProvider>{children}</QueryProvider>
      </main>
    </>
  );
}
