declare module "cytoscape-edgehandles" {
  import type cytoscape from "cytoscape";
  const edgehandles: cytoscape.Ext;
  export default edgehandles;
}
