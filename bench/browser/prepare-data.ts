/**
 * Per size, what the browser side needs from a generated dataset: the
 * baseline pages' elements (the app's own buildElements) with positions,
 * the elements the filter hides, the positions for the app's cache, the
 * domain to untick and the query to type.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DEFAULT_VOCABULARY, type Dataset } from "../../schema/index.ts";
import { buildElements } from "../../src/app/graph/elements.ts";
import { DEFAULT_FILTERS } from "../../src/core/filter/filter-state.ts";
import { computeVisibility } from "../../src/core/filter/visible.ts";
import { buildGraph } from "../../src/core/graph/build.ts";
import { largestDomain, pathEnds, typedQuery } from "../node/fixtures.ts";
import type { BaselineData } from "./pages/renderers.ts";
import { communityPositions } from "./positions.ts";

export interface BrowserData {
  actors: number;
  ties: number;
  datasetPath: string;
  /** Relative to the pages server. */
  dataUrl: string;
  datasetUrl: string;
  positionsJson: string;
  domain: string;
  domainLabel: string;
  hiddenActors: number;
  query: string;
  /** Actor ids the path query runs between (the best-connected actor and the newest one). */
  pathFrom: string;
  pathTo: string;
  /** Their names, typed into the path finder's boxes. */
  pathFromName: string;
  pathToName: string;
}

export function prepareBrowserData(datasetPath: string, pagesOutDir: string): BrowserData {
  const dataset = JSON.parse(readFileSync(datasetPath, "utf8")) as Dataset;
  const n = dataset.actors.length;
  const positions = communityPositions(dataset);
  const domain = largestDomain(dataset);
  const visible = computeVisibility(dataset, { ...DEFAULT_FILTERS, hiddenDomains: [domain] });
  const data: BaselineData = {
    elements: buildElements(dataset, DEFAULT_VOCABULARY, positions),
    hide: {
      nodes: dataset.actors.filter((a) => !visible.actors.has(a.id)).map((a) => a.id),
      edges: dataset.ties.filter((t) => !visible.ties.has(t.id)).map((t) => t.id),
      domain,
    },
  };
  mkdirSync(path.join(pagesOutDir, "data"), { recursive: true });
  writeFileSync(path.join(pagesOutDir, "data", `elements-${n}.json`), JSON.stringify(data));
  copyFileSync(datasetPath, path.join(pagesOutDir, "data", `dataset-${n}.json`));
  return {
    actors: n,
    ties: dataset.ties.length,
    datasetPath,
    dataUrl: `data/elements-${n}.json`,
    datasetUrl: `data/dataset-${n}.json`,
    positionsJson: JSON.stringify(positions),
    domain,
    domainLabel: DEFAULT_VOCABULARY.domains.find((d) => d.id === domain)?.label ?? domain,
    hiddenActors: data.hide.nodes.length,
    query: typedQuery(dataset),
    ...(() => {
      const [pathFrom, pathTo] = pathEnds(buildGraph(dataset));
      const name = (id: string) => dataset.actors.find((a) => a.id === id)?.name ?? id;
      return { pathFrom, pathTo, pathFromName: name(pathFrom), pathToName: name(pathTo) };
    })(),
  };
}
