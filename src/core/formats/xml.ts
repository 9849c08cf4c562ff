/**
 * XML helpers shared by the GEXF and GraphML readers and writers: escaping,
 * a small indenting writer, safe parsing and element places.
 *
 * Safety: a file with a DOCTYPE or ENTITY declaration is rejected before it
 * reaches the parser, so entity expansion (billion laughs) and external
 * entities (XXE) can never happen, whatever the parser would do.
 */
import { ImportError, type DomParserConstructor, type ImportOptions, type Place } from "./types.ts";

// XML 1.0 allows tab, newline, carriage return and U+0020 upwards, minus surrogates and U+FFFE/F
const INVALID_XML_CHARS =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Characters XML 1.0 cannot carry are replaced by U+FFFD. */
export function xmlSafe(text: string): string {
  return text.replace(INVALID_XML_CHARS, "\uFFFD");
}

/** Escapes element text; a carriage return becomes a reference, as parsers turn a literal one into a newline. */
export function escapeText(text: string): string {
  return xmlSafe(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\r/g, "&#13;");
}

/** Escapes an attribute value; tabs and line breaks become character references so they survive. */
export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, "&quot;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;");
}

export type XmlAttributes = Record<string, string | number | boolean | undefined>;

function attributeText(attributes: XmlAttributes): string {
  let out = "";
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined) continue;
    out += ` ${name}="${escapeAttribute(String(value))}"`;
  }
  return out;
}

/** Writes indented XML line by line. */
export class XmlWriter {
  private readonly lines: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  private depth = 0;

  private push(line: string): void {
    this.lines.push("  ".repeat(this.depth) + line);
  }

  open(name: string, attributes: XmlAttributes = {}): this {
    this.push(`<${name}${attributeText(attributes)}>`);
    this.depth++;
    return this;
  }

  close(name: string): this {
    this.depth--;
    this.push(`</${name}>`);
    return this;
  }

  empty(name: string, attributes: XmlAttributes = {}): this {
    this.push(`<${name}${attributeText(attributes)}/>`);
    return this;
  }

  text(name: string, text: string, attributes: XmlAttributes = {}): this {
    this.push(`<${name}${attributeText(attributes)}>${escapeText(text)}</${name}>`);
    return this;
  }

  toString(): string {
    return this.lines.join("\n") + "\n";
  }
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
}

/** Rejects DOCTYPE and ENTITY declarations anywhere in the text (even inside comments). */
export function assertNoDeclarations(text: string): void {
  const match = /<!(DOCTYPE|ENTITY)/i.exec(text);
  if (match) {
    throw new ImportError(
      `the file contains a ${match[1]!.toUpperCase()} declaration; Tamyr does not read XML with DOCTYPE or ENTITY declarations, because they can expand without limit or read other files. Remove the declaration and import again`,
      lineColumn(text, match.index),
    );
  }
}

function resolveDomParser(options: ImportOptions): DomParserConstructor {
  const ctor = options.DOMParser ?? (globalThis as { DOMParser?: DomParserConstructor }).DOMParser;
  if (!ctor) {
    throw new ImportError("no XML parser: pass a DOMParser (in Node, the one from @xmldom/xmldom)");
  }
  return ctor;
}

/** Parses XML text into a Document; throws ImportError with the place of the first error. */
export function parseXml(text: string, options: ImportOptions): Document {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  assertNoDeclarations(body);
  const Parser = resolveDomParser(options);
  const errors: string[] = [];
  let doc: Document;
  try {
    const parser = new Parser({
      onError: (level, message) => {
        if (level !== "warning") errors.push(message);
      },
    });
    doc = parser.parseFromString(body, "application/xml") as Document;
  } catch (error) {
    const locator = (error as { locator?: { lineNumber?: number; columnNumber?: number } }).locator;
    const message = error instanceof Error ? error.message : String(error);
    throw new ImportError(`not well-formed XML: ${message.split("\n")[0]}`, {
      ...(locator?.lineNumber ? { line: locator.lineNumber } : {}),
      ...(locator?.columnNumber ? { column: locator.columnNumber } : {}),
    });
  }
  if (errors.length > 0) throw new ImportError(`not well-formed XML: ${errors[0]!.split("\n")[0]}`);
  const parserError = doc.getElementsByTagName("parsererror")[0];
  if (parserError) {
    throw new ImportError(
      `not well-formed XML: ${(parserError.textContent ?? "").trim().split("\n")[0]}`,
    );
  }
  if (!doc.documentElement) throw new ImportError("the file has no root element");
  return doc;
}

/** The element children of an element, optionally only those with a given local name. */
export function childElements(parent: Element, localName?: string): Element[] {
  const out: Element[] = [];
  const nodes = parent.childNodes;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as Element;
    if (node.nodeType !== 1) continue;
    if (localName === undefined || node.localName === localName) out.push(node);
  }
  return out;
}

export function firstChild(parent: Element, localName: string): Element | undefined {
  return childElements(parent, localName)[0];
}

/** `<edge id="e3">` plus line and column when the parser records them (xmldom does). */
export function elementPlace(element: Element, keyAttribute = "id"): Place {
  const key = element.getAttribute(keyAttribute);
  const located = element as Element & { lineNumber?: number; columnNumber?: number };
  return {
    element:
      key !== null ? `<${element.localName} ${keyAttribute}="${key}">` : `<${element.localName}>`,
    ...(located.lineNumber ? { line: located.lineNumber } : {}),
    ...(located.columnNumber ? { column: located.columnNumber } : {}),
  };
}

/** An attribute's value, or undefined when it is absent. */
export function attr(element: Element, name: string): string | undefined {
  return element.hasAttribute(name) ? (element.getAttribute(name) ?? undefined) : undefined;
}
