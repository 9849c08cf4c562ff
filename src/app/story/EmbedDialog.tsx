/** Produces the iframe snippet that embeds the current view (or story step) read-only. */
import { useEffect, useRef, useState } from "react";

export function embedUrl(href: string): string {
  const url = new URL(href);
  url.searchParams.set("embed", "1");
  return url.href;
}

export function embedSnippet(href: string, title: string, width = 900, height = 600): string {
  const escape = (s: string) =>
    s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return `<iframe src="${escape(embedUrl(href))}" width="${width}" height="${height}" title="${escape(title)}" loading="lazy" style="border:1px solid #ccc"></iframe>`;
}

export function EmbedDialog({ title, onClose }: { title: string; onClose(): void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [copied, setCopied] = useState(false);
  const [size, setSize] = useState({ width: 900, height: 600 });
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const snippet = embedSnippet(window.location.href, title, size.width, size.height);
  return (
    <dialog ref={ref} className="embed-dialog" aria-labelledby="embed-title" onClose={onClose}>
      <h2 id="embed-title">Embed this view</h2>
      <p>
        Paste this into a web page to show the current view read-only, without the editing controls.
        The data comes from where this page is hosted.
      </p>
      <label>
        Width{" "}
        <input
          type="number"
          min={200}
          max={4000}
          value={size.width}
          onChange={(e) => setSize({ ...size, width: Number(e.target.value) || 900 })}
        />
      </label>{" "}
      <label>
        Height{" "}
        <input
          type="number"
          min={200}
          max={4000}
          value={size.height}
          onChange={(e) => setSize({ ...size, height: Number(e.target.value) || 600 })}
        />
      </label>
      <label className="snippet">
        Embed code
        <textarea readOnly rows={4} value={snippet} onFocus={(e) => e.target.select()} />
      </label>
      <div className="dialog-buttons">
        <button
          type="button"
          onClick={() => {
            void navigator.clipboard?.writeText(snippet).then(
              () => setCopied(true),
              () => setCopied(false),
            );
          }}
        >
          {copied ? "Copied" : "Copy"}
        </button>
        <form method="dialog">
          <button type="submit">Close</button>
        </form>
      </div>
    </dialog>
  );
}
