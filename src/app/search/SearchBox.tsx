/**
 * Search by name and alias in any script: a combobox whose list is navigated
 * with the arrow keys; Enter chooses, Escape closes. The box answers every
 * keystroke itself; the query reaches the view (and the link) once typing
 * pauses, so that a keystroke does not re-render the whole explorer.
 */
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { searchActors } from "../../core/search/search-index.ts";
import type { LoadedDataset } from "../state/loaded-dataset.ts";

interface Props {
  loaded: LoadedDataset;
  query: string;
  onQuery(query: string): void;
  onChoose(actorId: string): void;
  inputRef?: React.Ref<HTMLInputElement>;
}

/** How long typing must pause before the query goes into the view and the link, ms. */
export const QUERY_DELAY = 300;

export function SearchBox({ loaded, query: viewQuery, onQuery, onChoose, inputRef }: Props) {
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [query, setQuery] = useState(viewQuery);
  // the last query handed to the view: a different one from the view came from elsewhere (Back)
  const sent = useRef(viewQuery);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => {
    if (viewQuery !== sent.current) {
      sent.current = viewQuery;
      setQuery(viewQuery);
    }
  }, [viewQuery]);
  useEffect(() => () => clearTimeout(timer.current), []);
  const type = (value: string) => {
    setQuery(value);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      sent.current = value;
      onQuery(value);
    }, QUERY_DELAY);
  };
  const hits = useMemo(() => searchActors(loaded.search, query, 12), [loaded, query]);
  const choose = (id: string) => {
    setOpen(false);
    onChoose(id);
  };
  const expanded = open && query.trim() !== "";
  return (
    <div className="search-box">
      <label htmlFor={`${listId}-input`} className="visually-hidden">
        Search actors
      </label>
      <input
        id={`${listId}-input`}
        ref={inputRef}
        type="search"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && hits[active] ? `${listId}-${active}` : undefined}
        placeholder="Search actors (any script) — /"
        value={query}
        onChange={(e) => {
          type(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") {
            e.preventDefault();
            setOpen(true);
            setActive((a) => Math.min(a + 1, hits.length - 1));
          } else if (e.key === "ArrowUp") {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === "Enter") {
            const hit = hits[active];
            if (hit) choose(hit.actorId);
          } else if (e.key === "Escape") {
            setOpen(false);
          }
        }}
      />
      {expanded && (
        <ul id={listId} role="listbox" aria-label="Search results" className="search-results">
          {hits.length === 0 && (
            <li role="option" aria-selected={false} aria-disabled="true" className="no-hits">
              No actor matches “{query}”
            </li>
          )}
          {hits.map((hit, i) => {
            const name = loaded.actorsById.get(hit.actorId)?.name ?? hit.actorId;
            return (
              <li
                key={hit.actorId}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(hit.actorId);
                }}
                onMouseEnter={() => setActive(i)}
              >
                {name}
                {hit.matched !== name && <small className="matched"> — {hit.matched}</small>}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
