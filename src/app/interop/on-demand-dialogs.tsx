/**
 * The import and export dialogs, loaded the first time one is opened: with
 * the format readers and writers (CSV, GEXF, GraphML, spreadsheets…) they are
 * a tenth of the app, which the page need not evaluate before it is used.
 * While a dialog loads, a notice says so; if it cannot be loaded, the
 * message says why and the page around it is untouched.
 */
import { Component, lazy, Suspense, type ComponentProps, type ReactNode } from "react";
import { useModal } from "./useModal.ts";

const LazyExportDialog = lazy(() =>
  import("./ExportDialog.tsx").then((m) => ({ default: m.ExportDialog })),
);
const LazyImportDialog = lazy(() =>
  import("./ImportDialog.tsx").then((m) => ({ default: m.ImportDialog })),
);

type ExportProps = ComponentProps<typeof LazyExportDialog>;
type ImportProps = ComponentProps<typeof LazyImportDialog>;

export function ExportDialog(props: ExportProps) {
  return (
    <OnDemand what="export dialog" onClose={props.onClose}>
      <LazyExportDialog {...props} />
    </OnDemand>
  );
}

export function ImportDialog(props: ImportProps) {
  return (
    <OnDemand what="import dialog" onClose={props.onClose}>
      <LazyImportDialog {...props} />
    </OnDemand>
  );
}

interface OnDemandProps {
  what: string;
  onClose(): void;
  children: ReactNode;
}

function OnDemand({ what, onClose, children }: OnDemandProps) {
  return (
    <LoadFailure what={what} onClose={onClose}>
      <Suspense fallback={<Notice onClose={onClose}>Loading the {what}…</Notice>}>
        {children}
      </Suspense>
    </LoadFailure>
  );
}

class LoadFailure extends Component<OnDemandProps, { error: string | null }> {
  override state = { error: null as string | null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error.message : String(error) };
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    return (
      <Notice onClose={this.props.onClose} alert>
        The {this.props.what} could not be loaded ({this.state.error}). Nothing was changed; reload
        the page to try again.
      </Notice>
    );
  }
}

function Notice({
  onClose,
  alert = false,
  children,
}: {
  onClose(): void;
  alert?: boolean;
  children: ReactNode;
}) {
  const ref = useModal();
  return (
    <dialog ref={ref} className="on-demand-notice" aria-label="Notice" onClose={onClose}>
      <p role={alert ? "alert" : "status"}>{children}</p>
      <form method="dialog">
        <button type="submit">Close</button>
      </form>
    </dialog>
  );
}
