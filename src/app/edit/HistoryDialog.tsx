/** The workspace's change history: what changed and when, the start of a research log. */
import { useEffect, useRef } from "react";
import { formatChangeLog, type ChangeLogEntry } from "../../core/edit/index.ts";
import { downloadText } from "../file/download.ts";

export function HistoryDialog({
  name,
  log,
  onClose,
}: {
  name: string;
  log: ChangeLogEntry[];
  onClose(): void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog ref={ref} className="history-dialog" aria-labelledby="history-title" onClose={onClose}>
      <h2 id="history-title">Change history of “{name}”</h2>
      <ol className="change-log" reversed>
        {[...log].reverse().map((entry, i) => (
          <li key={i}>
            <time dateTime={entry.at}>{new Date(entry.at).toLocaleString()}</time> {entry.summary}
          </li>
        ))}
      </ol>
      <div className="dialog-buttons">
        <button
          type="button"
          onClick={() => downloadText(`${name}-history.txt`, formatChangeLog(log))}
        >
          Download as text
        </button>
        <form method="dialog">
          <button type="submit" autoFocus>
            Close
          </button>
        </form>
      </div>
    </dialog>
  );
}
