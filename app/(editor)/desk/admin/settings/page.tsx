import type { Metadata } from "next";
import { NewsroomSettingsForm } from "@/components/admin/newsroom-settings-form";
import { jsonify } from "@/lib/json";
import { getSession } from "@/server/auth/session";
import { getSettings } from "@/server/workflow/settings";

export const metadata: Metadata = { title: "Newsroom settings" };
export const dynamic = "force-dynamic";

export default async function SettingsPage() {
  const session = await getSession();
  if (session?.user.role !== "admin") {
    return (
      <section className="stack">
        <h1>Admins only</h1>
        <p role="alert">Only an admin can change the newsroom’s settings. Ask one of your admins.</p>
      </section>
    );
  }
  const settings = jsonify(await getSettings(session.user));
  return (
    <section className="stack narrow">
      <h1>Newsroom settings</h1>
      <NewsroomSettingsForm settings={settings} />
    </section>
  );
}
