import type { ClaimStance } from "@/lib/stance";

// A claim's stance toward its rumor, in words and with an icon, never by colour alone.
export const CLAIM_STANCE_INFO: Record<ClaimStance, { label: string; icon: string; verb: string }> = {
  asserts: { label: "Asserted", icon: "●", verb: "says it will happen (or did)" },
  hedges: { label: "Hedged", icon: "◌", verb: "reports it without vouching for it" },
  denies: { label: "Denied", icon: "⊘", verb: "says it will not happen (or is false)" },
};

export type ClaimStanceLabelProps = { stance: ClaimStance };

export function ClaimStanceLabel({ stance }: ClaimStanceLabelProps) {
  const info = CLAIM_STANCE_INFO[stance];
  return (
    <span className="stance" data-claim-stance={stance} title={info.verb}>
      <span aria-hidden="true">{info.icon}</span> {info.label}
    </span>
  );
}
