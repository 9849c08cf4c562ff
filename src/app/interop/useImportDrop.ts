/**
 * Dropping files on the window: a Tamyr JSON file opens as before (the
 * app's own file opener); anything else (CSV, GEXF, GraphML, cyjs,
 * graphology, FtM) goes to the import dialog. The listener runs in the
 * capture phase, before the app's drop handler, which it replaces.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { detectFormat } from "../../core/formats/detect.ts";
import { MAX_FILE_BYTES } from "../file/useFileOpener.ts";

async function isTamyrJson(file: File): Promise<boolean> {
  if (!/\.json$/i.test(file.name) || /\.(ftm|graphology)\.json$/i.test(file.name)) return false;
  if (file.size > MAX_FILE_BYTES) return true; // the opener refuses it with its own message
  try {
    return detectFormat(file.name, await file.text()) === "json";
  } catch {
    return true;
  }
}

export function useImportDrop(
  enabled: boolean,
  onTamyrJson: (file: File) => void,
  onImport: () => void,
) {
  const [files, setFiles] = useState<File[]>([]);
  const handlers = useRef({ onTamyrJson, onImport });
  useEffect(() => {
    handlers.current = { onTamyrJson, onImport };
  });

  useEffect(() => {
    if (!enabled) return;
    const onDrop = (event: DragEvent) => {
      const dropped = [...(event.dataTransfer?.files ?? [])];
      if (dropped.length === 0) return;
      event.preventDefault();
      event.stopPropagation();
      void (async () => {
        if (dropped.length === 1 && (await isTamyrJson(dropped[0]!))) {
          handlers.current.onTamyrJson(dropped[0]!);
          return;
        }
        setFiles(dropped);
        handlers.current.onImport();
      })();
    };
    window.addEventListener("drop", onDrop, true);
    return () => window.removeEventListener("drop", onDrop, true);
  }, [enabled]);

  const clear = useCallback(() => setFiles([]), []);
  return { files, clear };
}
