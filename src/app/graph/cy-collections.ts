/** Small cytoscape helpers shared by the adapter and the level of detail. */
import type cytoscape from "cytoscape";

/** The elements of these ids that pass `keep`, as one collection (for one class change). */
export function collectionOf(
  cy: cytoscape.Core,
  ids: Iterable<string>,
  keep: (id: string) => boolean,
): cytoscape.CollectionReturnValue {
  const elements: cytoscape.SingularElementArgument[] = [];
  for (const id of ids) if (keep(id)) elements.push(cy.getElementById(id));
  return cy.collection(elements as unknown as cytoscape.CollectionArgument);
}

/** Gives an element new data only when some value differs (a data change restyles it). */
export function updateData(el: cytoscape.SingularElementArgument, data: Record<string, unknown>) {
  if (JSON.stringify(el.data()) !== JSON.stringify({ ...el.data(), ...data })) el.data(data);
}
