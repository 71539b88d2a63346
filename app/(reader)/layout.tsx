import type { ReactNode } from "react";
import { SiteFooter } from "@/components/reader/site-footer";
import { SiteHeader } from "@/components/ui/site-header";

export default function ReaderLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <SiteHeader section="reader" />
      <main className="container">{children}</main>
      <SiteFooter />
    </>
  );
}
