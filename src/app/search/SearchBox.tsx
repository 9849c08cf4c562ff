/**
 * Search by name and alias in any script: a combobox whose list is navigated
 * with the arrow keys; Enter chooses, Escape closes. The box answers every
 * keystroke itself; the query reaches the view (and the link) once typing
 * pauses, so that a keystroke does not re-render the whole explorer.
 */
import { useEffect, useMemo, useRef, useState } from "react";
import { searchActors } from "../../core/search/search-index.ts";
import type { LoadedDataset } from "../state/loaded-dataset.ts";
import { Combobox, type ComboOption } from "./Combobox.tsx";

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
  const options = useMemo(
    () =>
      searchActors(loaded.search, query, 12).map((hit): ComboOption => {
        const name = loaded.actorsById.get(hit.actorId)?.name ?? hit.actorId;
        return { id: hit.actorId, label: name, detail: hit.matched !== name ? hit.matched : "" };
      }),
    [loaded, query],
  );
  return (
    <Combobox
      className="search-box"
      label="Search actors"
      hideLabel
      type="search"
      inputRef={inputRef}
      placeholder="Search actors (any script) — /"
      text={query}
      onText={type}
      options={options}
      onChoose={(option) => onChoose(option.id)}
      listLabel="Search results"
      noMatch={`No actor matches “${query}”`}
    />
  );
}
