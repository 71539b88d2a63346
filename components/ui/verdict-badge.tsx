import { RATING_INFO, type RatingOrPending } from "@/lib/verdicts";

export type VerdictBadgeProps = {
  rating: RatingOrPending | null | undefined;
  /** The hover explanation; long lists leave it out (the methodology page explains the scale). */
  describe?: boolean;
};

export function VerdictBadge({ rating, describe = true }: VerdictBadgeProps) {
  const key = rating ?? "pending";
  const info = RATING_INFO[key];
  return (
    <span className={`badge badge-${key}`} data-rating={key} title={describe ? info.description : undefined}>
      <span aria-hidden="true">{info.icon}</span>
      {info.label}
    </span>
  );
}
