import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { OutletRecordView } from "@/components/reader/outlet-record";
import { PageSchema } from "@/lib/schemas/claim-filter";
import { formatPercent } from "@/lib/scoring";
import { getOutletRecord } from "@/server/reader/outlet-records";

export const dynamic = "force-dynamic";

type OutletPageProps = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// One page of claims at a time (?cursor=…, keyset pagination).
const load = cache(async (slug: string, cursor: string | undefined) => (await getOutletRecord(slug, { cursor })) ?? notFound());
const cursorOf = async ({ searchParams }: OutletPageProps) => {
  const raw = (await searchParams).cursor;
  return PageSchema.safeParse({ cursor: Array.isArray(raw) ? raw[0] : raw }).data?.cursor;
};

export async function generateMetadata(props: OutletPageProps): Promise<Metadata> {
  const { outlet, record } = await load((await props.params).slug, await cursorOf(props));
  const description = `${outlet.name}: ${record.total} claims tracked, accuracy ${formatPercent(record.accuracy.score)} over ${record.accuracy.n} resolved.`;
  return {
    title: `${outlet.name} — track record`,
    description,
    openGraph: { title: `${outlet.name} — track record`, description },
    alternates: { types: { "application/atom+xml": [{ url: `/outlets/${outlet.slug}/feed.xml`, title: `Verdicts on ${outlet.name}'s claims` }] } },
  };
}

export default async function OutletPage(props: OutletPageProps) {
  return <OutletRecordView data={await load((await props.params).slug, await cursorOf(props))} />;
}
