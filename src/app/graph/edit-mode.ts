/**
 * Sketching on the canvas: dragging an actor moves it (and pins it), and in
 * "draw ties" mode dragging from one actor to another asks for a new tie
 * (cytoscape-edgehandles draws the rubber band; the tie itself is created
 * through the edit history, so the temporary edge is removed at once).
 */
import cytoscape from "cytoscape";
import edgehandles from "cytoscape-edgehandles";

cytoscape.use(edgehandles);

export interface EditHandlers {
  onDrawTie(source: string, target: string): void;
  onMoved(moves: Record<string, { x: number; y: number }>): void;
}

interface EdgeHandles {
  enableDrawMode(): void;
  disableDrawMode(): void;
  destroy(): void;
}

export class EditMode {
  private readonly handles: EdgeHandles;
  private readonly onDragFree: (event: cytoscape.EventObject) => void;
  private readonly onComplete: (
    event: cytoscape.EventObject,
    source: cytoscape.NodeSingular,
    target: cytoscape.NodeSingular,
    added: cytoscape.EdgeCollection,
  ) => void;

  constructor(
    private readonly cy: cytoscape.Core,
    handlers: EditHandlers,
  ) {
    this.handles = (cy as unknown as { edgehandles(o: object): EdgeHandles }).edgehandles({
      canConnect: (source: cytoscape.NodeSingular, target: cytoscape.NodeSingular) =>
        !source.same(target) && !source.isParent() && !target.isParent(),
      snap: true,
      noEdgeEventsInDraw: true,
    });
    this.onComplete = (_event, source, target, added) => {
      added.remove();
      handlers.onDrawTie(source.id(), target.id());
    };
    this.onDragFree = (event) => {
      const node = event.target as cytoscape.NodeSingular;
      const moves: Record<string, { x: number; y: number }> = {};
      node.union(cy.nodes(":selected")).forEach((n) => {
        if (!n.isParent()) moves[n.id()] = { ...n.position() };
      });
      handlers.onMoved(moves);
    };
    cy.on("ehcomplete", this.onComplete as unknown as cytoscape.EventHandler);
    cy.on("dragfree", "node", this.onDragFree);
  }

  setDrawing(drawing: boolean): void {
    if (drawing) this.handles.enableDrawMode();
    else this.handles.disableDrawMode();
  }

  destroy(): void {
    this.cy.removeListener("ehcomplete", this.onComplete as unknown as cytoscape.EventHandler);
    this.cy.removeListener("dragfree", "node", this.onDragFree);
    this.handles.destroy();
  }
}
