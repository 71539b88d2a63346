import { notFound } from "next/navigation";
import { ImageResponse } from "next/og";
import { RATING_INFO } from "@/lib/verdicts";
import { AppError } from "@/server/platform/errors";
import { getReaderClaim } from "@/server/reader/claims";

// The card a shared link shows: the verdict in words (and its icon), big,
// above the claim. Rendered on demand from the cached claim.
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";
export const alt = "The claim and its verdict on Hindsight";

const COLOURS: Record<string, [string, string]> = {
  confirmed: ["#17663a", "#e3f4e9"],
  partly_confirmed: ["#7a5200", "#fdf1d6"],
  refuted: ["#a3192b", "#fbe4e7"],
  unverifiable: ["#4b4f58", "#eceef1"],
  pending: ["#35507a", "#e6edf7"],
};

// next/og's bundled font covers Latin; any other glyph makes it fetch a font
// from Google at render time, which a server offline (or behind a strict
// egress policy) must not do. Such characters are left out of the card; the
// page itself shows them.
const drawable = (text: string) => text.replace(/[^\u0000-\u024F\u2000-\u206F\u20AC]/g, "");

export default async function Image({ params }: { params: Promise<{ id: string }> }) {
  const claim = await getReaderClaim((await params).id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  const info = RATING_INFO[claim.rating];
  const [ink, paper] = COLOURS[claim.rating]!;
  const text = drawable(claim.statement);
  const statement = text.length > 180 ? `${text.slice(0, 177)}…` : text;
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: 64,
        background: "#fff",
        color: "#1b1f24",
      }}
    >
      <div style={{ display: "flex", fontSize: 36, fontWeight: 700 }}>
        Hind<span style={{ color: "#1f4fd1" }}>sight</span>
      </div>
      <div style={{ display: "flex", flexDirection: "column", gap: 28 }}>
        <div
          style={{
            display: "flex",
            alignSelf: "flex-start",
            fontSize: 48,
            fontWeight: 700,
            color: ink,
            background: paper,
            border: `4px solid ${ink}`,
            borderRadius: 999,
            padding: "8px 32px",
          }}
        >
          Verdict: {info.label}
        </div>
        <div style={{ display: "flex", fontSize: 52, lineHeight: 1.2, fontWeight: 700 }}>{statement}</div>
      </div>
      <div style={{ display: "flex", fontSize: 28, color: "#4a5360" }}>
        {drawable(`Claimed in ${claim.sourceArticle.outlet}, ${claim.sourceArticle.publishedAt} · attributed to ${claim.attributedTo}`)}
      </div>
    </div>,
    size,
  );
}
