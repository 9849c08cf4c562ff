/** What a format cannot carry, feature by feature, so nobody learns it from a co-author. */
import type { FormatId } from "../../core/formats/index.ts";
import { formatLosses } from "./format-notes.ts";

export function FormatLosses({ format, label }: { format: FormatId; label: string }) {
  const losses = formatLosses(format);
  if (losses.length === 0) {
    return <p className="format-losses">{label} carries everything Tamyr records.</p>;
  }
  return (
    <div className="format-losses">
      <p id={`losses-${format}`}>What {label} cannot carry:</p>
      <ul aria-labelledby={`losses-${format}`}>
        {losses.map((loss) => (
          <li key={loss.feature}>
            <strong>{loss.label}</strong> ({loss.support === "no" ? "lost" : "in part"})
            {loss.note ? `: ${loss.note}` : ""}
          </li>
        ))}
      </ul>
    </div>
  );
}
