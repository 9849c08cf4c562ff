/**
 * Captions are plain text with a little safe formatting: **bold**,
 * *italic*, [text](https://…) links (http and https only) and blank lines
 * between paragraphs. This parses them into tokens that the UI renders as
 * text nodes — never as markup.
 */

export type CaptionToken =
  | { kind: "text"; text: string }
  | { kind: "bold"; text: string }
  | { kind: "italic"; text: string }
  | { kind: "link"; text: string; href: string };

const INLINE = /\*\*([^*]+)\*\*|\*([^*]+)\*|\[([^\]]+)\]\(([^)\s]+)\)/g;

function safeHref(href: string): string | null {
  try {
    const url = new URL(href);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

function parseInline(text: string): CaptionToken[] {
  const tokens: CaptionToken[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    const at = match.index ?? 0;
    if (at > last) tokens.push({ kind: "text", text: text.slice(last, at) });
    if (match[1] !== undefined) tokens.push({ kind: "bold", text: match[1] });
    else if (match[2] !== undefined) tokens.push({ kind: "italic", text: match[2] });
    else {
      const href = safeHref(match[4] ?? "");
      // a link to anything but http(s) stays visible as its text, without a link
      tokens.push(
        href
          ? { kind: "link", text: match[3] ?? "", href }
          : { kind: "text", text: match[3] ?? "" },
      );
    }
    last = at + match[0].length;
  }
  if (last < text.length) tokens.push({ kind: "text", text: text.slice(last) });
  return tokens;
}

/** Paragraphs of tokens. */
export function parseCaption(caption: string): CaptionToken[][] {
  return caption
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, " ").trim())
    .filter((p) => p !== "")
    .map(parseInline);
}
