import { RATING_INFO, type RatingOrPending } from "@/lib/verdicts";

export type VerdictBadgeProps = { rating: RatingOrPending | null | undefined };

export function VerdictBadge({ rating }: VerdictBadgeProps) {
  const key = rating ?? "pending";
  const info = RATING_INFO[key];
  return (
    <span className={`badge badge-${key}`} data-rating={key} title={info.description}>
      <span aria-hidden="true">{info.icon}</span>
      {info.label}
    </span>
  );
}
