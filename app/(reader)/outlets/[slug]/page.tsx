import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { OutletRecordView } from "@/components/reader/outlet-record";
import { formatPercent } from "@/lib/scoring";
import { getOutletRecord } from "@/server/outlet-records";

export const dynamic = "force-dynamic";

type OutletPageProps = { params: Promise<{ slug: string }> };

const load = cache(async (slug: string) => (await getOutletRecord(slug)) ?? notFound());

export async function generateMetadata({ params }: OutletPageProps): Promise<Metadata> {
  const { outlet, record } = await load((await params).slug);
  const description = `${outlet.name}: ${record.total} claims tracked, accuracy ${formatPercent(record.accuracy.score)} over ${record.accuracy.n} resolved.`;
  return { title: `${outlet.name} — track record`, description, openGraph: { title: `${outlet.name} — track record`, description } };
}

export default async function OutletPage({ params }: OutletPageProps) {
  return <OutletRecordView data={await load((await params).slug)} />;
}
