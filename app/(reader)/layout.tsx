import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/reader/site-footer";
import { SiteHeader } from "@/components/ui/site-header";
import { env } from "@/server/platform/env";

export const metadata: Metadata = {
  // Absolute URLs for Open Graph images and canonical links.
  metadataBase: new URL(env.HINDSIGHT_SITE_URL),
  alternates: { types: { "application/atom+xml": [{ url: "/feed.xml", title: "Hindsight — new and changed verdicts" }] } },
};

export default function ReaderLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <SiteHeader />
      <main className="container" id="main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
