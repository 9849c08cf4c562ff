/** The app: view state in the URL, the loaded dataset, the header, dialogs and shortcuts. */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
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
import { useWorkspaceSession, type WorkspaceSession } from "./edit/useWorkspaceSession.ts";
import { useEditing } from "./edit/useEditing.ts";
import { EditPanel } from "./edit/EditPanel.tsx";
import { StartEditing } from "./edit/StartEditing.tsx";
import { WorkspaceBar } from "./edit/WorkspaceBar.tsx";
import { HistoryDialog } from "./edit/HistoryDialog.tsx";
import { prepareDataset } from "./state/loaded-dataset.ts";
import { captureStepView } from "./state/capture-step.ts";
import { ExportDialog, ImportDialog } from "./interop/on-demand-dialogs.tsx";
import { useImportDrop } from "./interop/useImportDrop.ts";
import type { ViewState } from "../core/view/view-state.ts";
import type { SearchEntry } from "../core/search/search-index.ts";

/** The view for another dataset: its filters kept, everything that named actors of the old one cleared. */
function afreshFor(v: ViewState): ViewState {
  return {
    ...v,
    workspace: null,
    selection: null,
    focus: null,
    query: "",
    story: null,
    paths: null,
  };
}

export function App() {
  const { view, update, notices } = useViewState();
  const {
    loaded: opened,
    error,
    progress,
    openLocal,
    closeLocal,
  } = useLoadedDataset(view.dataset, view.dataUrl);
  const session = useWorkspaceSession(view.workspace);
  const record = session.record;
  const workspaceLoaded = useMemo(
    () => (record ? prepareDataset(`ws:${record.id}`, record.name, record.dataset) : null),
    // the prepared dataset follows the workspace's data; a rename does not rebuild it
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [record?.id, record?.dataset],
  );
  const loaded = view.workspace ? workspaceLoaded : opened;
  const [noticesDismissed, setNoticesDismissed] = useState(false);

  const onDataset = useCallback(
    (dataset: Dataset, fileName: string, entries?: SearchEntry[]) => {
      // the file is shown as a read-only view; an open workspace stays saved and is not replaced
      void openLocal(dataset, fileName, entries).then(() => update(afreshFor));
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
      {progress && <p role="status">{progress}</p>}
      {view.workspace && !record && (
        <div className="notice" role="alert">
          <p>
            {session.loading
              ? "Opening the workspace…"
              : (session.storageError ?? "The workspace could not be opened.")}
          </p>
          <button type="button" onClick={() => update((v) => ({ ...v, workspace: null }))}>
            Back to the dataset
          </button>
        </div>
      )}
      {loaded && (
        <LoadedApp
          loaded={loaded}
          session={session}
          view={view}
          update={update}
          onOpenFile={(file) => void files.open(file)}
          onOpenDataset={onDataset}
          onPickBundled={(id) => {
            closeLocal();
            update((v) => ({ ...afreshFor(v), dataset: id, dataUrl: null }));
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
  session,
  view,
  update,
  onOpenFile,
  onOpenDataset,
  onPickBundled,
}: {
  loaded: LoadedDataset;
  session: WorkspaceSession;
  view: ViewState;
  update: UpdateView;
  onOpenFile(file: File): void;
  onOpenDataset(dataset: Dataset, fileName: string): void;
  onPickBundled(id: string): void;
}) {
  const explorer = useExplorer(loaded, view, update);
  const adapter = useRef<CyAdapter | null>(null);
  const searchInput = useRef<HTMLInputElement>(null);
  const [dialog, setDialog] = useState<"help" | "embed" | "history" | "import" | "export" | null>(
    null,
  );
  const dropped = useImportDrop(!view.embed, onOpenFile, () => setDialog("import"));
  const editing = useEditing(session, loaded, update);
  const record = session.record;
  const editPanel = record ? (
    <EditPanel
      loaded={loaded}
      session={session}
      selection={explorer.effective.selection}
      tieDraft={editing.tieDraft}
      drawing={editing.drawing}
      onDrawing={editing.setDrawing}
      onSelect={explorer.select}
      newActorPosition={() => adapter.current?.freePosition()}
      captureView={() => captureStepView(explorer)}
      workspaceBar={
        <WorkspaceBar
          session={session}
          onOpen={editing.actions.open}
          onNew={() => void editing.actions.blank()}
          onDuplicate={() => void editing.actions.duplicate()}
          onDelete={() => void editing.actions.remove()}
          onExport={editing.actions.exportJson}
          onHistory={() => setDialog("history")}
        />
      }
    />
  ) : (
    <StartEditing
      datasetTitle={loaded.dataset.meta.title}
      onCopy={() => void editing.actions.copyCurrent()}
      onBlank={() => void editing.actions.blank()}
      onOpen={editing.actions.open}
    />
  );
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
        datasetLabel={session.record?.name ?? loaded.label}
        onPickBundled={onPickBundled}
        onOpenFile={onOpenFile}
        onHelp={() => setDialog("help")}
        onEmbed={() => setDialog("embed")}
        onImport={() => setDialog("import")}
        onExport={() => setDialog("export")}
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
      {editing.actionError && (
        <div className="notice" role="alert">
          {editing.actionError}
        </div>
      )}
      <Workspace
        explorer={explorer}
        onAdapter={onAdapter}
        editPanel={editPanel}
        positions={record?.positions}
        graphEditing={
          record
            ? { drawing: editing.drawing, onDrawTie: editing.onDrawTie, onMoved: editing.onMoved }
            : null
        }
      />
      {dialog === "history" && record && (
        <HistoryDialog name={record.name} log={record.log} onClose={() => setDialog(null)} />
      )}
      {dialog === "help" && <HelpDialog onClose={() => setDialog(null)} />}
      {dialog === "embed" && (
        <EmbedDialog title={loaded.dataset.meta.title} onClose={() => setDialog(null)} />
      )}
      {dialog === "export" && (
        <ExportDialog
          explorer={explorer}
          getAdapter={() => adapter.current}
          workspace={record}
          onWholeJsonExported={session.markExported}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === "import" && (
        <ImportDialog
          initialFiles={dropped.files}
          workspace={record}
          onOpenDataset={onOpenDataset}
          update={update}
          onApply={session.apply}
          onOpenWorkspace={editing.actions.open}
          onClose={() => {
            dropped.clear();
            setDialog(null);
          }}
        />
      )}
    </>
  );
}
