/** `tamyr export` and `tamyr import`, run as processes. */
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { unzipSync, strFromU8 } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { parseDataset } from "../../src/core/dataset/parse.ts";
import { canonicalJson } from "../../src/core/formats/index.ts";
import { sampleDataset } from "./formats-support.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const TMP = fileURLToPath(new URL("../.tmp/formats-cli/", import.meta.url));
const SAMPLE = fileURLToPath(new URL("../fixtures/formats/sample-dataset.json", import.meta.url));
const FIXTURES = fileURLToPath(new URL("../fixtures/formats/", import.meta.url));

/** Runs `node bin/tamyr.js …`; independent runs are started together to keep the test fast. */
function tamyr(
  ...args: string[]
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["bin/tamyr.js", ...args],
      { cwd: ROOT, encoding: "utf8" },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : null) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const tmp = (name: string) => `${TMP}${name}`;

beforeAll(() => {
  rmSync(TMP, { recursive: true, force: true });
  mkdirSync(TMP, { recursive: true });
});

describe("tamyr export", { timeout: 120_000 }, () => {
  it("writes canonical JSON to stdout", async () => {
    const run = await tamyr("export", SAMPLE, "--format", "json");
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(canonicalJson(sampleDataset()));
  });

  it("writes GEXF to a file and says so on stderr", async () => {
    const run = await tamyr("export", SAMPLE, "-o", tmp("sample.gexf"));
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/wrote .*sample\.gexf \(gexf: 5 actors, 6 ties\)/);
    expect(readFileSync(tmp("sample.gexf"), "utf8")).toMatch(
      /^<\?xml[^>]*>\n<gexf xmlns="http:\/\/gexf.net\/1.3"/,
    );
  });

  it("prints both CSV tables, separated by a blank line, without -o", async () => {
    const run = await tamyr("export", SAMPLE, "--format", "csv");
    expect(run.code).toBe(0);
    const [actors, ties] = run.stdout.split(/\r?\n\r?\n(?=id,source,target)/);
    expect(actors).toMatch(/^id,name,kind,/);
    expect(ties).toMatch(/^id,source,target,/);
  });

  it("writes two CSV files, or one zip holding both", async () => {
    expect((await tamyr("export", SAMPLE, "-o", tmp("net.csv"))).code).toBe(0);
    expect(existsSync(tmp("net-actors.csv")) && existsSync(tmp("net-ties.csv"))).toBe(true);
    expect((await tamyr("export", SAMPLE, "-o", tmp("net.zip"))).code).toBe(0);
    const files = unzipSync(readFileSync(tmp("net.zip")));
    expect(Object.keys(files).sort()).toEqual(["actors.csv", "ties.csv"]);
    expect(strFromU8(files["ties.csv"]!)).toContain("t1,president,ministry,control");
  });

  it("applies --min-certainty, --types and --domains", async () => {
    const [run, typed] = await Promise.all([
      tamyr(
        "export",
        SAMPLE,
        "--format",
        "json",
        "--min-certainty",
        "reported",
        "--domains",
        "state,security,family,markets",
      ),
      tamyr("export", SAMPLE, "--format", "json", "--types", "kinship"),
    ]);
    const d = JSON.parse(run.stdout) as { actors: { id: string }[]; ties: { id: string }[] };
    expect(d.actors.map((a) => a.id)).toEqual(["clan", "ministry", "president"]);
    expect(d.ties.map((t) => t.id)).toEqual(["t1", "t3"]);
    expect((JSON.parse(typed.stdout) as { ties: { id: string }[] }).ties.map((t) => t.id)).toEqual([
      "t3",
    ]);
  });

  it("exits 2 on usage errors and 1 on an invalid dataset", async () => {
    writeFileSync(
      tmp("invalid.json"),
      '{"schemaVersion": "1.0", "meta": {"title": "x"}, "actors": [], "ties": [{}]}',
    );
    const runs = await Promise.all([
      tamyr("export", SAMPLE, "--format", "pdf"),
      tamyr("export", SAMPLE),
      tamyr("export", SAMPLE, "--format", "json", "--min-certainty", "sure"),
      tamyr("export", tmp("missing.json"), "--format", "json"),
      tamyr("export", tmp("invalid.json"), "--format", "gexf"),
    ]);
    expect(runs.map((r) => r.code)).toEqual([2, 2, 2, 2, 1]);
    expect(runs[4]!.stdout).toMatch(/invalid\.json:1:/);
  });
});

describe("tamyr import", { timeout: 120_000 }, () => {
  it("reads a GEXF into a canonical, valid dataset", async () => {
    const run = await tamyr("import", `${FIXTURES}gephi-style.gexf`, "-o", tmp("gephi.json"));
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/wrote .*gephi\.json \(3 actors, 3 ties; read .* as gexf\)/);
    expect(run.stderr).toMatch(/^warning: /m);
    const text = readFileSync(tmp("gephi.json"), "utf8");
    const parsed = parseDataset(text);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(canonicalJson(parsed.dataset)).toBe(text);
  });

  it("reads an actors and a ties table", async () => {
    expect((await tamyr("export", SAMPLE, "-o", tmp("round.csv"))).code).toBe(0);
    const run = await tamyr(
      "import",
      tmp("round-actors.csv"),
      "--ties",
      tmp("round-ties.csv"),
      "-o",
      tmp("round.json"),
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/5 actors, 6 ties/);
  });

  it("prints problems with their places, exits 1 and writes nothing", async () => {
    const run = await tamyr("import", `${FIXTURES}aleph-export.ftm.json`, "-o", tmp("aleph.json"));
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/aleph-export\.ftm\.json: line 8: this line is not a JSON object/);
    expect(existsSync(tmp("aleph.json"))).toBe(false);
  });

  it("refuses XML with a DOCTYPE", async () => {
    const run = await tamyr("import", `${FIXTURES}billion-laughs.gexf`, "-o", tmp("lol.json"));
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /billion-laughs\.gexf: line 2, column 1: the file contains a DOCTYPE declaration/,
    );
  });

  it("merges into an existing dataset: abort on conflicts by default, rename on request", async () => {
    const conflicting = structuredClone(sampleDataset());
    conflicting.actors[0]!.name = "Another president";
    writeFileSync(tmp("other.json"), canonicalJson(conflicting));
    const aborted = await tamyr(
      "import",
      tmp("other.json"),
      "-o",
      tmp("merged.json"),
      "--merge-into",
      SAMPLE,
    );
    expect(aborted.code).toBe(1);
    expect(aborted.stdout).toMatch(
      /actors 'president' differs between the dataset and the import \(conflict\)/,
    );
    expect(existsSync(tmp("merged.json"))).toBe(false);
    const renamed = await tamyr(
      "import",
      tmp("other.json"),
      "-o",
      tmp("merged.json"),
      "--merge-into",
      SAMPLE,
      "--on-conflict",
      "rename",
    );
    expect(renamed.code).toBe(0);
    const merged = JSON.parse(readFileSync(tmp("merged.json"), "utf8")) as {
      actors: { id: string }[];
    };
    expect(merged.actors.map((a) => a.id)).toContain("president-imported");
  });

  it("exits 2 on usage errors", async () => {
    const runs = await Promise.all([
      tamyr("import", `${FIXTURES}gephi-style.gexf`),
      tamyr("import", `${FIXTURES}gephi-style.gexf`, "-o", tmp("x.json"), "--on-conflict", "skip"),
      tamyr("import", tmp("nothing.gexf"), "-o", tmp("x.json")),
    ]);
    expect(runs.map((r) => r.code)).toEqual([2, 2, 2]);
  });
});
