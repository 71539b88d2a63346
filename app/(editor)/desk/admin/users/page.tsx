import type { Metadata } from "next";
import { AccountList } from "@/components/admin/account-list";
import { jsonify } from "@/lib/json";
import { listAccounts } from "@/server/auth/accounts";
import { getSession } from "@/server/auth/session";

export const metadata: Metadata = { title: "Accounts" };

export default async function AccountsPage() {
  const session = await getSession();
  if (session?.user.role !== "admin") {
    return (
      <section className="stack">
        <h1>Admins only</h1>
        <p role="alert">Only an admin can manage accounts. Ask one of your admins.</p>
      </section>
    );
  }
  const accounts = jsonify(await listAccounts());
  return (
    <section className="stack">
      <h1>Accounts</h1>
      <AccountList accounts={accounts} selfId={session.user.id} />
    </section>
  );
}
