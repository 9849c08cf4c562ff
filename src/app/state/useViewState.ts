/** The view state, kept in the URL: each change is a history entry, so Back and Forward step through views. */
import { useCallback, useEffect, useState } from "react";
import { parseUrlState, serializeUrlState } from "../../core/view/url-state.ts";
import type { ViewState } from "../../core/view/view-state.ts";
import { DEFAULT_DATASET_ID } from "../data/bundled.ts";

export type UpdateView = (
  change: (state: ViewState) => ViewState,
  options?: { replace?: boolean },
) => void;

function readLocation() {
  return parseUrlState(window.location.search.replace(/^\?/, ""), DEFAULT_DATASET_ID);
}

export function useViewState(): { view: ViewState; update: UpdateView; notices: string[] } {
  const [initial] = useState(readLocation);
  const [view, setView] = useState<ViewState>(initial.state);
  const [notices, setNotices] = useState<string[]>(initial.notices);

  useEffect(() => {
    const onPop = () => {
      const parsed = readLocation();
      setView(parsed.state);
      setNotices(parsed.notices);
    };
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, []);

  const update = useCallback<UpdateView>((change, options) => {
    setView((previous) => {
      const next = change(previous);
      if (next === previous) return previous;
      const query = serializeUrlState(next, DEFAULT_DATASET_ID);
      const url = `${window.location.pathname}${query ? `?${query}` : ""}${window.location.hash}`;
      if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
        if (options?.replace) window.history.replaceState(null, "", url);
        else window.history.pushState(null, "", url);
      }
      return next;
    });
  }, []);

  return { view, update, notices };
}
