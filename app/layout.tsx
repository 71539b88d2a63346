import type { Metadata } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Hindsight — rumors checked against what happened", template: "%s · Hindsight" },
  description: "What was rumored before an event, what actually happened, and which outlets get it right.",
};

// Reading the request makes every page render per request, so each gets the
// CSP nonce proxy.ts made (Next applies it to its own scripts).
export default async function RootLayout({ children }: { children: ReactNode }) {
  await headers();
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
