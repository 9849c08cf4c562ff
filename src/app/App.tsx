/** The app: view state in the URL, the loaded dataset, the header, dialogs and shortcuts. */
import { useCallback, useEffect, useRef, useState } from "react";
import type { Dataset } from "../../schema/index.ts";
import { EmbedView } from "./embed/EmbedView.tsx";
import { ProblemsDialog } from "./file/ProblemsDialog.tsx";
import { useFileOpener } from "./file/useFileOpener.ts";
import type { CyAdapter } from "./graph/cy-adapter.ts";
import { Header } from "./header/Header.tsx";
import { HelpDialog } from "./help/HelpDialog.tsx";
import { SearchBox } from "./search/SearchBox.tsx";
import { useAppShortcuts } from "./shortcuts/useAppShortcuts.ts";
import type { LoadedDataset } from "./state/loaded-dataset.ts";
import { useExplorer } from "./state/useExplorer.ts";
import { useLoadedDataset } from "./state/useLoadedDataset.ts";
import { useViewState, type UpdateView } from "./state/useViewState.ts";
import { EmbedDialog } from "./story/EmbedDialog.tsx";
import { Workspace } from "./workspace/Workspace.tsx";
import type { ViewState } from "../core/view/view-state.ts";

export function App() {
  const { view, update, notices } = useViewState();
  const { loaded, error, openLocal, closeLocal } = useLoadedDataset(view.dataset, view.dataUrl);
  const [noticesDismissed, setNoticesDismissed] = useState(false);

  const onDataset = useCallback(
    (dataset: Dataset, fileName: string) => {
      openLocal(dataset, fileName);
      update((v) => ({ ...v, selection: null, focus: null, query: "", story: null, paths: null }));
    },
    [openLocal, update],
  );
  const files = useFileOpener(onDataset);

  return (
    <div
      className={view.embed ? "app embed" : "app"}
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        const file = e.dataTransfer.files[0];
        if (file && !view.embed) void files.open(file);
      }}
    >
      {notices.length > 0 && !noticesDismissed && (
        <div className="notice" role="alert">
          <p>Parts of the link could not be used, so defaults were applied:</p>
          <ul>
            {notices.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
          <button type="button" onClick={() => setNoticesDismissed(true)}>
            Dismiss
          </button>
        </div>
      )}
      {error && !loaded && (
        <div className="notice" role="alert">
          <pre>{error}</pre>
        </div>
      )}
      {files.busy && <p role="status">{files.busy}</p>}
      {loaded && (
        <LoadedApp
          loaded={loaded}
          view={view}
          update={update}
          onOpenFile={(file) => void files.open(file)}
          onPickBundled={(id) => {
            closeLocal();
            update((v) => ({
              ...v,
              dataset: id,
              dataUrl: null,
              selection: null,
              focus: null,
              query: "",
              story: null,
              paths: null,
            }));
          }}
        />
      )}
      {files.failure && (
        <ProblemsDialog
          fileName={files.failure.fileName}
          problems={files.failure.problems}
          onClose={files.clearFailure}
        />
      )}
    </div>
  );
}

function LoadedApp({
  loaded,
  view,
  update,
  onOpenFile,
  onPickBundled,
}: {
  loaded: LoadedDataset;
  view: ViewState;
  update: UpdateView;
  onOpenFile(file: File): void;
  onPickBundled(id: string): void;
}) {
  const explorer = useExplorer(loaded, view, update);
  const adapter = useRef<CyAdapter | null>(null);
  const searchInput = useRef<HTMLInputElement>(null);
  const [dialog, setDialog] = useState<"help" | "embed" | null>(null);
  const onAdapter = useCallback((a: CyAdapter | null) => {
    adapter.current = a;
  }, []);
  useAppShortcuts(explorer, adapter, searchInput, () => setDialog("help"));
  useEffect(() => {
    // the title is set as text: a dataset title with markup stays text
    document.title = `${loaded.dataset.meta.title} · Tamyr`;
  }, [loaded]);

  if (view.embed) return <EmbedView explorer={explorer} onAdapter={onAdapter} />;
  const narratives = loaded.dataset.narratives ?? [];
  return (
    <>
      <Header
        datasetKey={loaded.key}
        onPickBundled={onPickBundled}
        onOpenFile={onOpenFile}
        onHelp={() => setDialog("help")}
        onEmbed={() => setDialog("embed")}
        narratives={narratives}
        onStory={explorer.startStory}
        search={
          <SearchBox
            loaded={loaded}
            query={view.query}
            inputRef={searchInput}
            onQuery={(query) => update((v) => ({ ...v, query }), { replace: true })}
            onChoose={(id) => {
              update((v) => ({ ...v, selection: { kind: "actor", id } }));
              adapter.current?.centerOn(id);
            }}
          />
        }
      />
      <Workspace explorer={explorer} onAdapter={onAdapter} />
      {dialog === "help" && <HelpDialog onClose={() => setDialog(null)} />}
      {dialog === "embed" && (
        <EmbedDialog title={loaded.dataset.meta.title} onClose={() => setDialog(null)} />
      )}
    </>
  );
}
