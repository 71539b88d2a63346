import type { Metadata } from "next";
import { WebhookCard } from "@/components/admin/webhook-card";
import { WebhookForm } from "@/components/admin/webhook-form";
import { getSession } from "@/server/auth/session";
import { listDeliveries, listWebhooks } from "@/server/webhooks/config";

export const metadata: Metadata = { title: "Webhooks" };
export const dynamic = "force-dynamic";

export default async function WebhooksPage() {
  const session = await getSession();
  if (session?.user.role !== "admin") {
    return (
      <section className="stack">
        <h1>Admins only</h1>
        <p role="alert">Only an admin can manage webhooks. Ask one of your admins.</p>
      </section>
    );
  }
  const hooks = await listWebhooks(session.user);
  const logs = await Promise.all(hooks.map((h) => listDeliveries(h.id, session.user, 20)));
  return (
    <section className="stack">
      <h1>Webhooks</h1>
      <p className="muted">
        Your newsroom&apos;s systems are told when a verdict or claim is published, a rumor is voided or a quoted article is edited, signed so they can check it
        came from Hindsight (docs/api.md). Failed deliveries are retried with backoff, in order; nothing unpublished is ever sent.
      </p>
      {hooks.map((h, i) => (
        <WebhookCard key={h.id} webhook={h} deliveries={logs[i]!} />
      ))}
      <WebhookForm />
    </section>
  );
}
