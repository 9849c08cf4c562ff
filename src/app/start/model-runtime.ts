/** The data contract and the graph model, evaluated in a task of their own (staged-start.ts). */
import "../../../schema/dataset.ts";
import "graphology";
