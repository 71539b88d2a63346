import { STANCE_INFO, type Stance } from "@/lib/verdicts";

export type StanceLabelProps = { stance: Stance };

export function StanceLabel({ stance }: StanceLabelProps) {
  const info = STANCE_INFO[stance];
  return (
    <span className="stance" data-stance={stance}>
      <span aria-hidden="true">{info.icon}</span> {info.label}
    </span>
  );
}
