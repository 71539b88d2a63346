import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createNote, deleteNote } from "@/server/notes/notes";
import { db } from "@/server/platform/db";
import { signedIn } from "@/test/auth";
import { claimWorld } from "@/test/fixtures";
import { sendDigests, type SmtpSettings } from "./digest";
import { updateMyNotificationSettings } from "./notifications";

// Email digests against a real SMTP conversation: a local server on loopback,
// started here, records every message it is given.

type Mail = { from: string; to: string[]; raw: string };
const received: Mail[] = [];
let server: SMTPServer;
let smtp: SmtpSettings;
let refuse = false;

type Who = Awaited<ReturnType<typeof signedIn>>;
let ann: Who;
let ben: Who;
let cleo: Who;
let world: Awaited<ReturnType<typeof claimWorld>>;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(address, _session, callback) {
      callback(refuse ? Object.assign(new Error("Mailbox unavailable"), { responseCode: 550 }) : undefined);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  smtp = { host: "127.0.0.1", port: (server.server.address() as AddressInfo).port, secure: false, from: "Hindsight desk <desk@hindsight.test>" };
  ann = await signedIn();
  ben = await signedIn();
  cleo = await signedIn();
  world = await claimWorld();
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** The decoded text part of a message (quoted-printable soft breaks joined). */
const textOf = (raw: string) => raw.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));

describe("email digests", () => {
  it("send each editor one email of their unread notifications — unpublished work included, deleted notes not — and never twice", async () => {
    // The claim is not published: the desk may talk about it by email.
    expect((await db.claim.findUniqueOrThrow({ where: { id: world.claimId }, select: { publishedAt: true } })).publishedAt).toBeNull();
    await createNote({ claimId: world.claimId }, { body: `Unpublished lead, @{${ben.user.id}}: call the promoter.` }, ann.user);
    const gone = await createNote({ articleId: world.pre }, { body: `Withdrawn remark for @{${ben.user.id}}` }, ann.user);
    await deleteNote(gone.id, ann.user);
    await createNote({ articleId: world.pre }, { body: `Cleo, @{${cleo.user.id}}, see the archive copy.` }, ann.user);
    // Ann opted out; she has a notification all the same.
    await createNote({ claimId: world.claimId }, { body: `Noted, @{${ann.user.id}}.` }, ben.user);
    await updateMyNotificationSettings({ emailDigest: false }, ann.user);

    const report = await sendDigests({ smtp });
    const mine = received.filter((m) => [ann, ben, cleo].some((w) => m.to.includes(w.user.email)));
    expect(report.failed).toBe(0);
    expect(mine.map((m) => m.to).sort()).toEqual([[ben.user.email], [cleo.user.email]].sort());
    const toBen = textOf(mine.find((m) => m.to.includes(ben.user.email))!.raw);
    expect(toBen).toMatch(/^Subject: Hindsight: 1 unread notification$/m);
    expect(toBen).toContain("desk@hindsight.test");
    expect(toBen).toContain(`${ann.user.name} mentioned you on The band will reunite.`);
    expect(toBen).toContain(`Unpublished lead, @${ben.user.name}: call the promoter.`);
    expect(toBen).toMatch(new RegExp(`/desk/claims/${world.claimId}#note-`));
    expect(toBen).not.toContain("Withdrawn remark");
    expect(textOf(mine.find((m) => m.to.includes(cleo.user.email))!.raw)).toContain("see the archive copy");

    const again = received.length;
    await sendDigests({ smtp });
    expect(received.length).toBe(again);
  });

  it("give the notifications back when the server refuses, so the retry sends them", async () => {
    await createNote({ claimId: world.claimId }, { body: `Retry me, @{${cleo.user.id}}` }, ann.user);
    refuse = true;
    await expect(sendDigests({ smtp })).rejects.toThrow(/1 failed/);
    expect(await db.notification.count({ where: { userId: cleo.user.id, readAt: null, emailedAt: null } })).toBe(1);
    refuse = false;
    const before = received.length;
    await sendDigests({ smtp });
    expect(received.slice(before).map((m) => m.to)).toEqual([[cleo.user.email]]);
    expect(textOf(received.at(-1)!.raw)).toContain("Retry me");
  });

  it("send nothing without SMTP settings", async () => {
    await createNote({ claimId: world.claimId }, { body: `Quiet, @{${ben.user.id}}` }, ann.user);
    expect(await sendDigests({ smtp: null })).toEqual({ sent: 0, failed: 0 });
    expect(await db.notification.count({ where: { userId: ben.user.id, emailedAt: null } })).toBeGreaterThan(0);
  });
});
