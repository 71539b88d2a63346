import type { ReactNode } from "react";
import { SiteHeader } from "@/components/ui/site-header";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <SiteHeader />
      <main className="container narrow">{children}</main>
    </>
  );
}
