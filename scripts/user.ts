// npm run user -- <command> [options]: manage editor accounts from a shell.
// Anyone who can run this can already read the database file, so the CLI
// acts as an admin. Runs with --conditions=react-server like the importer.
import "dotenv/config";
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { PASSWORD_MIN } from "../lib/schemas/auth";
import { fail } from "./lib/cli";

const USAGE = `Usage: npm run user -- <command> [options]

  add --email E --role editor|admin [--name N] [--password P | --ask]
                              create an account; without --password one is generated and printed once
  list                        list accounts
  disable --email E           disable an account (ends its sessions and API tokens)
  enable --email E            re-enable an account
  reset-password --email E [--password P | --ask]
                              set a new password (generated unless given), ending every session
  token-create --email E --name N
                              create a personal API token (printed once)
  token-revoke --id ID        revoke an API token
  bootstrap                   create the first admin if there is none (npm start does this)`;

async function ask(question: string) {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return await rl.question(question);
  } finally {
    rl.close();
  }
}

async function main() {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        email: { type: "string" },
        role: { type: "string" },
        name: { type: "string" },
        password: { type: "string" },
        ask: { type: "boolean" },
        id: { type: "string" },
      },
    });
  } catch (error) {
    fail(`${(error as Error).message}\n\n${USAGE}`, 2);
  }
  const { values, positionals } = parsed;
  const [command] = positionals;
  if (!command) fail(USAGE, 2);
  const accounts = await import("@/server/auth/accounts");
  const { AppError } = await import("@/server/platform/errors");
  const password = values.ask ? await ask(`New password (at least ${PASSWORD_MIN} characters): `) : values.password;
  const need = (v: string | undefined, name: string) => v ?? fail(`--${name} is required.\n\n${USAGE}`, 2);
  try {
    switch (command) {
      case "add": {
        const r = await accounts.createAccount({ email: need(values.email, "email"), role: need(values.role, "role"), name: values.name, password }, null);
        console.log(`Created ${r.user.role} ${r.user.email}.`);
        if (r.generated) console.log(`One-time password (shown once, change it by reset-password): ${r.password}`);
        break;
      }
      case "list": {
        for (const u of await accounts.listAccounts(null)) {
          const state = u.disabledAt ? "disabled" : u.lockedUntil && u.lockedUntil > new Date() ? "locked" : "active";
          console.log(`${u.email}\t${u.role}\t${state}\t${u.name}\t${u.id}`);
        }
        break;
      }
      case "disable":
      case "enable": {
        const u = await accounts.setAccountDisabled(need(values.email, "email"), command === "disable", null);
        console.log(`${command === "disable" ? "Disabled" : "Enabled"} ${u.email}.`);
        break;
      }
      case "reset-password": {
        const r = await accounts.resetPassword(need(values.email, "email"), password, null);
        console.log(`New password set for ${r.user.email}; every session was ended.`);
        if (r.generated) console.log(`One-time password (shown once): ${r.password}`);
        break;
      }
      case "token-create": {
        const { db } = await import("@/server/platform/db");
        const email = need(values.email, "email").toLowerCase();
        const user = await db.user.findUnique({ where: { email }, select: { id: true } });
        if (!user) fail(`No account for ${email}.`);
        const { createApiToken } = await import("@/server/auth/api-tokens");
        const t = await createApiToken(user.id, { name: need(values.name, "name") });
        console.log(`Token ${t.id} (${t.name}). Shown once; send it as "Authorization: Bearer <token>":\n${t.token}`);
        break;
      }
      case "token-revoke": {
        const { revokeApiToken } = await import("@/server/auth/api-tokens");
        await revokeApiToken(need(values.id, "id"), null);
        console.log("Revoked.");
        break;
      }
      case "bootstrap": {
        const r = await accounts.bootstrapAdmin();
        if (r) {
          console.log("\n  No admin account existed, so one was created. This is shown ONCE:");
          console.log(`    email:    ${r.email}`);
          console.log(`    password: ${r.password}`);
          console.log("  Sign in at /login and change it with: npm run user -- reset-password --email " + r.email + " --ask\n");
        }
        break;
      }
      default:
        fail(`Unknown command "${command}".\n\n${USAGE}`, 2);
    }
  } catch (error) {
    if (error instanceof AppError) fail(error.message);
    throw error;
  }
}

main().then(
  () => process.exit(0),
  (error) => fail(error instanceof Error ? (error.stack ?? error.message) : String(error)),
);
