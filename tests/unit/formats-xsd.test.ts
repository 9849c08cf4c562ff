/**
 * Exported GEXF and GraphML are valid against the official grammars, checked
 * with xmllint (libxml2-utils). The schema files and where they come from:
 * tests/fixtures/xsd/README.md.
 *
 * - GraphML: the GraphML XSD (graphml.xsd redefining graphml-structure.xsd),
 *   resolved offline through tests/fixtures/xsd/catalog.xml.
 * - GEXF: the official GEXF 1.3 XSD does not compile (upstream issue
 *   gephi/gexf#19: graph-content, node-content and edge-content are never
 *   defined as types), so the gate is the official GEXF 1.3 RELAX NG
 *   grammar, from which upstream generates the XSD.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { Dataset } from "../../schema/index.ts";
import { exportDataset } from "../../src/core/formats/index.ts";
import { datasetArbitrary } from "./arbitraries/dataset.ts";
import { sampleDataset } from "./formats-support.ts";

const XSD = fileURLToPath(new URL("../fixtures/xsd/", import.meta.url));
const TMP = fileURLToPath(new URL("../.tmp/xsd/", import.meta.url));

function xmllint(args: string[]): { status: number | null; output: string } {
  const run = spawnSync("xmllint", ["--nonet", "--noout", ...args], {
    encoding: "utf8",
    env: { ...process.env, XML_CATALOG_FILES: `${XSD}catalog.xml` },
  });
  if (run.error) {
    throw new Error(
      `xmllint could not run (${run.error.message}); install it (Debian/Ubuntu: apt-get install libxml2-utils) — the XML schema tests need it`,
    );
  }
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

function write(name: string, text: string): string {
  const path = `${TMP}${name}`;
  writeFileSync(path, text);
  return path;
}

const positions = (d: Dataset) =>
  Object.fromEntries(d.actors.map((a, i) => [a.id, { x: i * 1.5, y: i * -2 + 1 }]));

function datasets(): [string, Dataset][] {
  const empty: Dataset = { schemaVersion: "1.0", meta: { title: "Empty" }, actors: [], ties: [] };
  const generated = fc.sample(datasetArbitrary, { numRuns: 25, seed: 20220105 });
  return [
    ["sample", sampleDataset()],
    ["empty", empty],
    ...generated.map((d, i) => [`generated-${i}`, d] as [string, Dataset]),
  ];
}

beforeAll(() => {
  mkdirSync(TMP, { recursive: true });
});

describe("GraphML export", () => {
  it.each(datasets())("%s is valid against the GraphML XSD", (name, dataset) => {
    const file = write(
      `${name}.graphml`,
      exportDataset("graphml", dataset, { positions: positions(dataset) }) as string,
    );
    const result = xmllint(["--schema", `${XSD}graphml-1.0/graphml.xsd`, file]);
    expect(result.output).toContain("validates");
    expect(result.status).toBe(0);
  });

  it("the check is real: a broken file fails", () => {
    const text = (exportDataset("graphml", sampleDataset()) as string).replace(
      ' edgedefault="directed"',
      "",
    );
    const result = xmllint([
      "--schema",
      `${XSD}graphml-1.0/graphml.xsd`,
      write("broken.graphml", text),
    ]);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain("edgedefault");
  });
});

describe("GEXF export", () => {
  it.each(datasets())("%s is valid against the GEXF 1.3 RELAX NG grammar", (name, dataset) => {
    const file = write(
      `${name}.gexf`,
      exportDataset("gexf", dataset, { positions: positions(dataset) }) as string,
    );
    const result = xmllint(["--relaxng", `${XSD}gexf-1.3/gexf.rng`, file]);
    expect(result.output).toContain("validates");
    expect(result.status).toBe(0);
  });

  it("the check is real: a broken file fails", () => {
    const text = (exportDataset("gexf", sampleDataset()) as string).replace(
      'type="undirected"',
      'type="sideways"',
    );
    const result = xmllint(["--relaxng", `${XSD}gexf-1.3/gexf.rng`, write("broken.gexf", text)]);
    expect(result.status).not.toBe(0);
  });

  it("the official GEXF 1.3 XSD still does not compile (gephi/gexf#19), so the RELAX NG grammar is the gate", () => {
    const file = write("sample-for-xsd.gexf", exportDataset("gexf", sampleDataset()) as string);
    const result = xmllint(["--schema", `${XSD}gexf-1.3/gexf.xsd`, file]);
    // If this fails, the XSD in tests/fixtures/xsd/gexf-1.3 now compiles: validate the GEXF tests above against it.
    expect(result.output).toMatch(/graph-content' does not resolve to a\(n\) type definition/);
    expect(result.output).toContain("failed to compile");
  });
});
