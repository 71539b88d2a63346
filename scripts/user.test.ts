import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { verifyPassword } from "better-auth/crypto";
import { describe, expect, it } from "vitest";
import { queryRows } from "../test/sql";

// `npm run user` as an admin runs it, on this test file's own database.
const ROOT = path.resolve(__dirname, "..");
const run = promisify(execFile);

async function userCli(...args: string[]) {
  try {
    const { stdout, stderr } = await run(path.join(ROOT, "node_modules/.bin/tsx"), ["--conditions=react-server", "scripts/user.ts", ...args], {
      cwd: ROOT,
      env: { ...process.env },
    });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

const passwordOf = (out: string) => /password[^:]*: (\S+)/i.exec(out)?.[1] ?? "";

describe("npm run user", () => {
  it("bootstraps the first admin once, with a printed one-time password that verifies", async () => {
    const first = await userCli("bootstrap");
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/shown ONCE/);
    const password = passwordOf(first.out);
    expect(password.length).toBeGreaterThanOrEqual(20);
    const [row] = await queryRows<{ password: string }>(
      `SELECT a.password FROM "Account" a JOIN "User" u ON u.id = a."userId" WHERE u.email = 'admin@hindsight.local'`,
    );
    expect(row!.password).not.toContain(password);
    expect(await verifyPassword({ hash: row!.password, password })).toBe(true);
    const again = await userCli("bootstrap");
    expect(again.code).toBe(0);
    expect(again.out.trim()).toBe("");
  });

  it("adds, lists, disables and resets accounts; refuses bad input clearly", async () => {
    const added = await userCli("add", "--email", "Reporter@Example.org", "--role", "editor", "--name", "Rita Reporter");
    expect(added.code).toBe(0);
    expect(added.out).toMatch(/Created editor reporter@example\.org/);
    expect((await userCli("add", "--email", "reporter@example.org", "--role", "editor")).out).toMatch(/already exists/);
    expect((await userCli("add", "--email", "x@example.org", "--role", "boss")).out).toMatch(/Role must be admin or editor/);
    expect((await userCli("add", "--email", "y@example.org", "--role", "editor", "--password", "short")).out).toMatch(/at least 12/);

    expect((await userCli("disable", "--email", "reporter@example.org")).code).toBe(0);
    expect((await userCli("list")).out).toMatch(/reporter@example\.org\teditor\tdisabled\tRita Reporter/);
    const reset = await userCli("reset-password", "--email", "reporter@example.org");
    expect(reset.out).toMatch(/every session was ended/);
    const [row] = await queryRows<{ password: string }>(
      `SELECT a.password FROM "Account" a JOIN "User" u ON u.id = a."userId" WHERE u.email = 'reporter@example.org'`,
    );
    expect(await verifyPassword({ hash: row!.password, password: passwordOf(reset.out) })).toBe(true);

    const token = await userCli("token-create", "--email", "reporter@example.org", "--name", "cron");
    expect(token.out).toMatch(/hst_/);
    expect(await queryRows(`SELECT * FROM "ApiToken" WHERE "tokenHash" LIKE 'hst_%'`)).toHaveLength(0);
  }, 180_000); // a dozen CLI starts: slow when the machine is busy
});
