/**
 * One shared scratch object for cytoscape's style hints, instead of one kept
 * on every element.
 *
 * Whenever an element's style is applied, cytoscape works out a hash of its
 * style per group of properties (`updateStyleHints`), from which it makes
 * the keys its renderer caches by (`styleKey`, `nodeKey`, `labelKey`…). It
 * works the hashes out in an object kept on the element,
 * `_private.styleKeys`: 22 groups, each a new two-number array. Only that
 * call reads them, and each call sets every group afresh before reading
 * any; yet the object stays on the element. At 50,000 actors that is over a
 * million arrays, about 60 MB of the page's heap, all of it to be copied by
 * the young-generation collector and marked by the old-generation one.
 *
 * The call is wrapped so that every element works in the same object; the
 * keys it makes are the same (tests/unit/style-hint-scratch.test.ts). The
 * wrapper goes on the prototype cytoscape's styles share, once. If a later
 * cytoscape has no `updateStyleHints`, nothing is changed and the function
 * answers false (the unit test fails then).
 */
import cytoscape from "cytoscape";

interface ElementPrivate {
  styleKeys?: object;
}

interface StyleHints {
  updateStyleHints?: (this: unknown, ele: { _private: ElementPrivate }) => boolean;
}

let shared: boolean | undefined;

/** The shared scratch object, for tests. */
export const STYLE_HINT_SCRATCH: object = {};

function wrap(): boolean {
  const probe = cytoscape({ headless: true, styleEnabled: true });
  const prototype = Object.getPrototypeOf(probe.style()) as StyleHints;
  probe.destroy();
  const update = prototype.updateStyleHints;
  if (typeof update !== "function") return false;
  prototype.updateStyleHints = function updateStyleHintsInScratch(ele) {
    ele._private.styleKeys = STYLE_HINT_SCRATCH;
    return update.call(this, ele);
  };
  return true;
}

/** Makes cytoscape work out style hints in one shared object (idempotent); whether it could. */
export function shareStyleHintScratch(): boolean {
  shared ??= wrap();
  return shared;
}
