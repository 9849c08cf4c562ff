/** Keyboard shortcuts and the filter rules. */
import { useEffect, useRef } from "react";

export const SHORTCUTS: [string, string][] = [
  ["/", "Search actors"],
  ["↑ ↓ Enter", "Move through search results and choose one"],
  ["+ / −", "Zoom in / out"],
  ["0", "Fit the network to the screen"],
  ["Arrow keys", "Pan the network (when it has focus)"],
  ["f", "Focus on the selected actor's neighbourhood (1 step; press again for 2)"],
  ["Escape", "Clear selection and focus"],
  ["g / t / s", "Graph, Table and Sources tabs"],
  ["?", "Show this help"],
];

export function HelpDialog({ onClose }: { onClose(): void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog ref={ref} className="help-dialog" aria-labelledby="help-title" onClose={onClose}>
      <h2 id="help-title">Keyboard shortcuts and rules</h2>
      <table>
        <caption className="visually-hidden">Keyboard shortcuts</caption>
        <tbody>
          {SHORTCUTS.map(([keys, what]) => (
            <tr key={keys}>
              <th scope="row">
                <kbd>{keys}</kbd>
              </th>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>What the filters show</h3>
      <p>
        An actor is shown when its kind is ticked and at least one of its domains and one of its
        roles are ticked. A tie is shown when both its actors are shown, its type is ticked, and its
        certainty is at or above the minimum. “Hide isolated actors” then hides actors without a
        shown tie.
      </p>
      <h3>Search</h3>
      <p>
        Search matches names and aliases regardless of case, accents and script: “Назарбаев”,
        “Nazarbaev” and “nazarbayev” find the same person.
      </p>
      <form method="dialog">
        <button type="submit" autoFocus>
          Close
        </button>
      </form>
    </dialog>
  );
}
