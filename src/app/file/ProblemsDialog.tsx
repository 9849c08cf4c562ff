/** Lists every problem found in a file the user tried to open; the current view stays as it was. */
import { useEffect, useRef } from "react";
import type { Problem } from "../../core/dataset/problems.ts";

export function ProblemsDialog({
  fileName,
  problems,
  onClose,
}: {
  fileName: string;
  problems: Problem[];
  onClose(): void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const shown = problems.slice(0, 200);
  return (
    <dialog
      ref={ref}
      className="problems-dialog"
      aria-labelledby="problems-title"
      onClose={onClose}
    >
      <h2 id="problems-title">
        “{fileName}” could not be opened: {problems.length} problem
        {problems.length === 1 ? "" : "s"}
      </h2>
      <p>Nothing was changed: the current dataset and view are as they were.</p>
      <ul className="problem-list">
        {shown.map((p, i) => (
          <li key={i}>
            <code>
              {p.line !== undefined ? `line ${p.line}, column ${p.column ?? 1}` : "file"}
              {p.path ? ` · ${p.path}` : ""}
            </code>{" "}
            {p.message}
          </li>
        ))}
      </ul>
      {problems.length > shown.length && <p>…and {problems.length - shown.length} more.</p>}
      <form method="dialog">
        <button type="submit" autoFocus>
          Close
        </button>
      </form>
    </dialog>
  );
}
