import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { OutletRecordView } from "@/components/reader/outlet-record";
import { AsOfSchema, PageSchema } from "@/lib/schemas/claim-filter";
import { formatPercent } from "@/lib/scoring";
import { getOutletRecord } from "@/server/reader/outlet-records";
import { StealthEditList } from "@/components/sources/stealth-edit-list";
import { outletStealthEdits } from "@/server/archive/edits";

export const dynamic = "force-dynamic";

type OutletPageProps = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// One page of claims at a time (?cursor=…, keyset pagination); ?asOf=YYYY-MM-DD adds the record as it stood then.
const load = cache(async (slug: string, cursor: string | undefined, asOf: string | undefined) => (await getOutletRecord(slug, { cursor }, asOf)) ?? notFound());
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const queryOf = async ({ searchParams }: OutletPageProps) => {
  const q = await searchParams;
  // An unusable date shows today's record, as an unusable cursor shows the first page.
  return [PageSchema.safeParse({ cursor: first(q.cursor) }).data?.cursor, AsOfSchema.safeParse(first(q.asOf)).data] as const;
};

export async function generateMetadata(props: OutletPageProps): Promise<Metadata> {
  const { outlet, record } = await load((await props.params).slug, ...(await queryOf(props)));
  const description = `${outlet.name}: ${record.total} claims tracked, accuracy ${formatPercent(record.accuracy.score)} over ${record.accuracy.n} resolved.`;
  return {
    title: `${outlet.name} — track record`,
    description,
    openGraph: { title: `${outlet.name} — track record`, description },
    alternates: { types: { "application/atom+xml": [{ url: `/outlets/${outlet.slug}/feed.xml`, title: `Verdicts on ${outlet.name}'s claims` }] } },
  };
}

export default async function OutletPage(props: OutletPageProps) {
  const { slug } = await props.params;
  const [data, edits] = await Promise.all([load(slug, ...(await queryOf(props))), outletStealthEdits(slug)]);
  return (
    <>
      <OutletRecordView data={data} />
      <StealthEditList edits={edits} />
    </>
  );
}
