import { CERTAINTY_INFO, type Certainty } from "../../../schema/index.ts";

export function CertaintyBadge({ level }: { level: Certainty }) {
  const info = CERTAINTY_INFO[level];
  return (
    <span className={`certainty certainty-${level}`} title={info.explanation}>
      {info.label}
    </span>
  );
}
