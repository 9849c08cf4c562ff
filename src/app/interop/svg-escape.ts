/**
 * Escaping text for SVG (XML) markup: the five characters with a meaning in
 * XML become entities, so a name such as `R&D <Lab> "x"` stays text in an
 * exported figure. Characters XML 1.0 cannot hold at all (control
 * characters other than tab, line feed and carriage return, lone
 * surrogates) become U+FFFD, so the file always parses.
 */
const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

/** Everything XML 1.0 allows is kept; lone surrogates, U+FFFE/U+FFFF and most controls are not. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text safe for an XML element body or a quoted attribute value. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, "\uFFFD").replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
