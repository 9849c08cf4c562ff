/** Explains every mark on screen, drawn from the dataset's vocabulary and the certainty scale. */
import { CERTAINTY_INFO, CERTAINTY_LEVELS } from "../../../schema/index.ts";
import { termCounts } from "../../core/filter/term-counts.ts";
import { CERTAINTY_STROKE } from "../../core/view/certainty-style.ts";
import type { LoadedDataset } from "../state/loaded-dataset.ts";
import { LineIcon, ShapeIcon, Swatch } from "./symbols.tsx";

export function Legend({ loaded }: { loaded: LoadedDataset }) {
  const { dataset, vocabulary } = loaded;
  // what the dataset uses, counted once per dataset rather than on every render of the page
  const used = termCounts(dataset);
  return (
    <section className="legend" aria-label="Legend">
      <h2>Legend</h2>
      <h3>Colour: domain</h3>
      <ul>
        {vocabulary.domains
          .filter((d) => used.domains.has(d.id))
          .map((d) => (
            <li key={d.id}>
              <Swatch color={d.color} /> {d.label}
            </li>
          ))}
        <li>
          <svg className="symbol" width="14" height="14" aria-hidden="true">
            <path d="M7 1 A6 6 0 0 1 7 13 Z" fill="#cc79a7" />
            <path d="M7 1 A6 6 0 0 0 7 13 Z" fill="#0072b2" />
          </svg>{" "}
          Split colours: several domains
        </li>
      </ul>
      <h3>Shape: main role</h3>
      <ul>
        {vocabulary.roles
          .filter((r) => used.primaryRoles.has(r.id))
          .map((r) => (
            <li key={r.id}>
              <ShapeIcon shape={r.shape} /> {r.label}
            </li>
          ))}
      </ul>
      <h3>Line colour: tie type</h3>
      <ul>
        {vocabulary.tieTypes
          .filter((t) => used.tieTypes.has(t.id))
          .map((t) => (
            <li key={t.id}>
              <LineIcon color={t.color} arrow={t.directed} /> {t.label}
              {t.directed ? "" : " (undirected)"}
            </li>
          ))}
      </ul>
      <h3>Line style: certainty</h3>
      <ul>
        {CERTAINTY_LEVELS.filter((c) => used.certainties.has(c)).map((c) => {
          const stroke = CERTAINTY_STROKE[c];
          return (
            <li key={c} title={CERTAINTY_INFO[c].explanation}>
              <LineIcon dash={stroke.dash} width={stroke.width} opacity={stroke.opacity} />{" "}
              {CERTAINTY_INFO[c].label} ({stroke.look})
            </li>
          );
        })}
      </ul>
      <h3>Marks</h3>
      <ul>
        <li>
          <LineIcon opacity={0.35} /> Faint: undated tie while a time window is set
        </li>
        <li>
          <Swatch color="#ff7f0e" /> Orange ring: highlighted (path, focus or event)
        </li>
        <li>
          <Swatch color="#ffbf00" /> Yellow ring: selected
        </li>
      </ul>
    </section>
  );
}
