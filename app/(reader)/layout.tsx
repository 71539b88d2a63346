import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/reader/site-footer";
import { SiteHeader } from "@/components/ui/site-header";

export const metadata: Metadata = {
  alternates: { types: { "application/atom+xml": [{ url: "/feed.xml", title: "Hindsight — new and changed verdicts" }] } },
};

export default function ReaderLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <SiteHeader section="reader" />
      <main className="container">{children}</main>
      <SiteFooter />
    </>
  );
}
