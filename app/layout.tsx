import type { Metadata } from "next";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Hindsight — rumors checked against what happened", template: "%s · Hindsight" },
  description: "What was rumored before an event, what actually happened, and which outlets get it right.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
