/** The Check step's answer: what was read, and every problem and warning with its place. */
import { formatPlace, type ImportIssue } from "../../core/formats/index.ts";
import type { ImportOutcome } from "./run-import.ts";

const SHOWN = 200;

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;

function IssueList({ label, issues }: { label: string; issues: ImportIssue[] }) {
  if (issues.length === 0) return null;
  const shown = issues.slice(0, SHOWN);
  return (
    <>
      <h4>
        {issues.length} {label.toLowerCase()}
        {issues.length === 1 ? "" : "s"}
      </h4>
      <ul className="problem-list" aria-label={`${label}s`}>
        {shown.map((issue, i) => {
          const place = formatPlace(issue);
          return (
            <li key={i}>
              {place && <code>{place}</code>} {issue.message}
            </li>
          );
        })}
      </ul>
      {issues.length > shown.length && <p>…and {issues.length - shown.length} more.</p>}
    </>
  );
}

export function ImportReport({ outcome }: { outcome: ImportOutcome }) {
  const { result, failure, name } = outcome;
  const dataset = result?.dataset;
  return (
    <section className="import-step" aria-labelledby="import-report-title">
      <h3 id="import-report-title">Check</h3>
      {failure && (
        <p role="alert">
          {name} could not be read: {failure.message}
          {formatPlace(failure) ? ` (${formatPlace(failure)})` : ""}. Nothing was changed.
        </p>
      )}
      {result && !dataset && (
        <p role="alert">Nothing valid could be built from {name}. Nothing was changed.</p>
      )}
      {dataset && (
        <p>
          Read from {name}: {count(dataset.actors.length, "actor")},{" "}
          {count(dataset.ties.length, "tie")}, {count(dataset.events?.length ?? 0, "event")} and{" "}
          {count(dataset.sources?.length ?? 0, "source")}
          {result.problems.length === 0 && result.warnings.length === 0
            ? ", with no problems or warnings."
            : "."}
        </p>
      )}
      {result && <IssueList label="Problem" issues={result.problems} />}
      {result && <IssueList label="Warning" issues={result.warnings} />}
    </section>
  );
}
