import "server-only";
import nodemailer from "nodemailer";
import type { NotificationRow } from "@/lib/contracts/notes";
import { db } from "@/server/platform/db";
import { env } from "@/server/platform/env";
import { notificationSelect, toNotificationRows } from "./notifications";

// Email digests (ADR 0029): one email per editor with their unread
// notifications not yet emailed, sent with nodemailer. Each editor's rows are
// claimed first (emailedAt set by a compare-and-swap), so two workers never
// send the same notification; a failed send gives them back and the job retries.
// The desk is the place to read them: a digest is a nudge with links.

export type SmtpSettings = { host: string; port: number; secure: boolean; user?: string; password?: string; from: string };

/** The deployment's SMTP settings, or null when email is off. */
export function smtpSettings(): SmtpSettings | null {
  if (!env.HINDSIGHT_SMTP_HOST || !env.HINDSIGHT_SMTP_FROM) return null;
  return {
    host: env.HINDSIGHT_SMTP_HOST,
    port: env.HINDSIGHT_SMTP_PORT,
    secure: env.HINDSIGHT_SMTP_SECURE,
    user: env.HINDSIGHT_SMTP_USER,
    password: env.HINDSIGHT_SMTP_PASSWORD,
    from: env.HINDSIGHT_SMTP_FROM,
  };
}

const PER_EMAIL = 50;

const KIND_TEXT: Record<NotificationRow["kind"], string> = {
  assigned: "assigned you",
  "review-requested": "asked for your review of",
  "changes-requested": "asked for changes to",
  mention: "mentioned you on",
  "past-deadline": "Past its deadline without a verdict:",
};

function line(n: NotificationRow) {
  const who = n.actor?.name ?? "Hindsight";
  return n.kind === "past-deadline" ? `${KIND_TEXT[n.kind]} ${n.subject.title}` : `${who} ${KIND_TEXT[n.kind]} ${n.subject.title}`;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

function digestMessage(name: string, items: NotificationRow[], site = env.HINDSIGHT_SITE_URL) {
  const link = (n: NotificationRow) => `${site}${n.subject.href}`;
  const subject = `Hindsight: ${items.length} unread notification${items.length === 1 ? "" : "s"}`;
  const text = [
    `Hello ${name},`,
    "",
    `You have ${items.length} unread notification${items.length === 1 ? "" : "s"} on the Hindsight desk:`,
    "",
    ...items.flatMap((n) => [`- ${line(n)}`, ...(n.excerpt ? [`  “${n.excerpt}”`] : []), `  ${link(n)}`]),
    "",
    `All of them: ${site}/desk/notifications`,
    `To stop these emails, turn off email digests at ${site}/desk/notifications.`,
  ].join("\n");
  const html =
    `<p>Hello ${escapeHtml(name)},</p><p>You have ${items.length} unread notification${items.length === 1 ? "" : "s"} on the Hindsight desk:</p><ul>` +
    items.map((n) => `<li><a href="${escapeHtml(link(n))}">${escapeHtml(line(n))}</a>${n.excerpt ? `<br>“${escapeHtml(n.excerpt)}”` : ""}</li>`).join("") +
    `</ul><p><a href="${escapeHtml(site)}/desk/notifications">All notifications</a> · to stop these emails, turn off email digests there.</p>`;
  return { subject, text, html };
}

export type DigestReport = { sent: number; failed: number };

/** Sends every editor who wants one their digest; throws after the rest are sent when any failed, so the job retries. */
export async function sendDigests(options: { smtp?: SmtpSettings | null; now?: Date } = {}): Promise<DigestReport> {
  const smtp = options.smtp === undefined ? smtpSettings() : options.smtp;
  if (!smtp) return { sent: 0, failed: 0 };
  const transport = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    auth: smtp.user ? { user: smtp.user, pass: smtp.password ?? "" } : undefined,
  });
  const waiting = await db.notification.findMany({ where: { readAt: null, emailedAt: null }, distinct: ["userId"], select: { userId: true } });
  const optedOut = new Set(
    (await db.notificationSetting.findMany({ where: { userId: { in: waiting.map((w) => w.userId) }, emailDigest: false }, select: { userId: true } })).map(
      (s) => s.userId,
    ),
  );
  const users = await db.user.findMany({
    where: { id: { in: waiting.map((w) => w.userId).filter((id) => !optedOut.has(id)) }, disabledAt: null },
    select: { id: true, name: true, email: true },
  });
  const report: DigestReport = { sent: 0, failed: 0 };
  let lastError: unknown = null;
  try {
    for (const user of users) {
      const marker = options.now ?? new Date();
      const candidates = await db.notification.findMany({
        where: { userId: user.id, readAt: null, emailedAt: null },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: PER_EMAIL,
        select: { id: true },
      });
      const ids = candidates.map((c) => c.id);
      await db.notification.updateMany({ where: { id: { in: ids }, emailedAt: null }, data: { emailedAt: marker } });
      const mine = await db.notification.findMany({
        where: { id: { in: ids }, emailedAt: marker },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        select: notificationSelect,
      });
      const items = await toNotificationRows(mine);
      if (items.length === 0) continue;
      try {
        await transport.sendMail({ from: smtp.from, to: { name: user.name, address: user.email }, ...digestMessage(user.name, items) });
        report.sent++;
      } catch (error) {
        lastError = error;
        report.failed++;
        await db.notification.updateMany({ where: { id: { in: mine.map((m) => m.id) }, emailedAt: marker }, data: { emailedAt: null } });
      }
    }
  } finally {
    transport.close();
  }
  if (lastError) throw new Error(`Email digests: ${report.failed} failed (${lastError instanceof Error ? lastError.message : String(lastError)}).`);
  return report;
}
