import { spawnSync } from "node:child_process";
import { chmodSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as authPost } from "@/app/api/auth/[...all]/route";
import { GET as health } from "@/app/api/health/route";
import { GET as deskEvents } from "@/app/api/v1/desk/events/route";
import { POST as createEvent } from "@/app/api/v1/events/route";
import { createAccount } from "@/server/auth/accounts";
import { db } from "@/server/platform/db";
import { databaseFile, databaseProvider, env } from "@/server/platform/env";
import { signedIn } from "@/test/auth";

// A database that can be read but not written (issue 11, item 7): read-only
// storage on SQLite (the file made unwritable, even for root), and on
// PostgreSQL a database whose transactions are read-only by default.

const SITE = "http://localhost:3000";
const noContext = { params: Promise.resolve({}) };
const password = "correct horse battery staple";
let editor: Awaited<ReturnType<typeof signedIn>>;
let email: string;
let cookie: string;
const file = databaseProvider() === "sqlite" ? databaseFile()! : null;

async function makeReadOnly() {
  if (file) {
    // Read-only storage: the file and its folder (no journal can be made).
    for (const path of [file, dirname(file)]) {
      chmodSync(path, 0o555);
      // root ignores file modes; the immutable flag binds it too.
      if (process.getuid?.() === 0) spawnSync("chattr", ["+i", path]);
    }
    return;
  }
  return db.$executeRawUnsafe(`ALTER DATABASE "${new URL(env.DATABASE_URL).pathname.slice(1)}" SET default_transaction_read_only = on`);
}

/** Whether the storage really refuses writes here (a root without CAP_LINUX_IMMUTABLE could still write). */
function sqliteRefusesWrites(): boolean {
  const probe = new Database(file!, { fileMustExist: true });
  try {
    probe.exec(`UPDATE "DataEpoch" SET "epoch" = "epoch"`);
    return false;
  } catch {
    return true;
  } finally {
    probe.close();
  }
}

beforeAll(async () => {
  if (file) {
    // A rollback journal, made beside the file, so every write needs the
    // folder (with WAL the test would also have to freeze the -wal file).
    const raw = new Database(file);
    raw.pragma("journal_mode = DELETE");
    raw.close();
  }
  editor = await signedIn();
  email = `ro-${Date.now()}@test.local`;
  await createAccount({ email, role: "editor", password, name: "Read Only" }, null);
  // A session due for its refresh (older than Better Auth's updateAge), which would write.
  const signIn = await authPost(
    new Request(`${SITE}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: SITE, "x-forwarded-for": "203.0.113.78" },
      body: JSON.stringify({ email, password }),
    }),
  );
  expect(signIn.status).toBe(200);
  cookie = signIn.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const old = new Date(Date.now() - 3 * 3600_000);
  // Better Auth refreshes when expiresAt - expiresIn + updateAge has passed.
  await db.session.updateMany({ data: { updatedAt: old, createdAt: old, expiresAt: new Date(Date.now() + 9 * 3600_000) } });
  expect(await (await health()).json()).toEqual({ ok: true, readerCache: "on" });
  await makeReadOnly();
  // New connections see the read-only database.
  await db.$disconnect();
});

afterAll(() => {
  if (!file) return;
  for (const path of [dirname(file), file]) {
    if (process.getuid?.() === 0) spawnSync("chattr", ["-i", path]);
    chmodSync(path, 0o755);
  }
});

describe("a read-only database", () => {
  it("refuses writes with 503 and a clear message, keeps token reads working, and health says so", async (context) => {
    if (file && !sqliteRefusesWrites()) context.skip("cannot make the file read-only here");
    const write = await createEvent(
      new Request(`${SITE}/api/v1/events`, {
        method: "POST",
        headers: { ...editor.headers, "content-type": "application/json" },
        body: JSON.stringify({ name: "Harvest fair", date: "2025-09-09", timeZone: "Europe/Paris" }),
      }),
      noContext,
    );
    expect(write.status).toBe(503);
    const body = await write.json();
    expect(body.error).toMatchObject({ code: "read_only", message: expect.stringMatching(/read-only/) });
    expect(body.error.message).not.toMatch(/Something went wrong/);

    // A token-authenticated read works although the token's use cannot be recorded.
    const read = await deskEvents(new Request(`${SITE}/api/v1/desk/events`, { headers: editor.headers }), noContext);
    expect(read.status).toBe(200);
    expect(await read.json()).not.toHaveProperty("error");
    // A signed-in editor's reads work too, although the session cannot be refreshed.
    const byCookie = await deskEvents(new Request(`${SITE}/api/v1/desk/events`, { headers: { cookie } }), noContext);
    expect(byCookie.status).toBe(200);

    const signIn = await authPost(
      new Request(`${SITE}/api/auth/sign-in/email`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: SITE, "x-forwarded-for": "203.0.113.77" },
        body: JSON.stringify({ email, password }),
      }),
    );
    expect(signIn.status).toBe(503);
    expect(await signIn.json()).toMatchObject({ message: expect.stringMatching(/read-only/) });

    const status = await health();
    expect(status.status).toBe(200);
    expect(await status.json()).toEqual({ ok: true, readerCache: "on", writable: false });
  });
});
