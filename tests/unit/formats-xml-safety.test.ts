/** XML imports: DOCTYPE and ENTITY declarations are refused before parsing; bad XML fails with its place. */
import { describe, expect, it } from "vitest";
import { importText, ImportError, type FormatId } from "../../src/core/formats/index.ts";
import { fixture, xml } from "./formats-support.ts";

function importError(format: FormatId, text: string, options = xml): ImportError {
  try {
    importText(format, text, options);
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return error as ImportError;
  }
  throw new Error("expected an ImportError");
}

describe("XML safety", () => {
  it("refuses a billion-laughs GEXF before parsing, naming the line", () => {
    const started = Date.now();
    const error = importError("gexf", fixture("billion-laughs.gexf"));
    expect(error.message).toMatch(/DOCTYPE declaration/);
    expect(error.place).toEqual({ line: 2, column: 1 });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("refuses a GraphML with an external entity", () => {
    const error = importError("graphml", fixture("external-entity.graphml"));
    expect(error.message).toMatch(/DOCTYPE declaration/);
    expect(error.message).toMatch(/read other files/);
  });

  it("refuses an ENTITY declaration even without a DOCTYPE line", () => {
    const text =
      '<?xml version="1.0"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n<!ENTITY x "y">\n</graphml>';
    expect(importError("graphml", text).message).toMatch(/ENTITY declaration/);
  });

  it("reports XML that is not well-formed with its line", () => {
    const error = importError(
      "gexf",
      '<?xml version="1.0"?>\n<gexf version="1.3">\n  <graph>\n</gexf>',
    );
    expect(error.message).toMatch(/not well-formed XML/);
    expect(error.place.line).toBeGreaterThanOrEqual(3); // xmldom points at the unclosed <graph>
  });

  it("refuses a file whose root is not the format's", () => {
    expect(
      importError("gexf", '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"/>').message,
    ).toMatch(/not GEXF/);
    expect(importError("graphml", '<gexf version="1.3"/>').message).toMatch(/not GraphML/);
  });

  it("says so when no DOMParser is available (Node without @xmldom/xmldom)", () => {
    const error = importError("gexf", '<gexf version="1.3"><graph/></gexf>', {});
    expect(error.message).toMatch(/no XML parser/);
  });
});
