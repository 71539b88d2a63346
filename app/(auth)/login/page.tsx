import type { Metadata, Route } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getSession } from "@/server/auth/session";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

/** Only same-site paths, so the form cannot be used to bounce someone elsewhere. */
function safeNext(value: string | string[] | undefined): Route {
  const next = typeof value === "string" ? value : "";
  return (next.startsWith("/desk") && !next.startsWith("//") ? next : "/desk") as Route;
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const next = safeNext((await searchParams).next);
  if (await getSession()) redirect(next);
  return (
    <section className="stack">
      <h1>Sign in to the editor desk</h1>
      <p className="muted">Readers need no account. Editor accounts are made by an admin.</p>
      <SignInForm next={next} />
    </section>
  );
}
