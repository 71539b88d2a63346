import type { Metadata } from "next";
import { ClaimTable } from "@/components/editor/lists/claim-table";
import { desk } from "@/server/desk/desk";

export const metadata: Metadata = { title: "Claims" };
export const dynamic = "force-dynamic";

export default async function DeskClaimsPage() {
  return (
    <div>
      <h1>Claims</h1>
      <ClaimTable claims={await desk.claims()} />
    </div>
  );
}
