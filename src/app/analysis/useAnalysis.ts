/** Runs one analysis at a time in the worker, exposing progress, result, error and cancel. */
import { useCallback, useEffect, useRef, useState } from "react";
import type { AnalysisAnswer, AnalysisRequest } from "../../workers/analysis-protocol.ts";
import { AnalysisClient, CancelledAnalysis } from "./analysis-client.ts";
import type { NetworkSelection, PathConstraints } from "../../core/analysis/index.ts";

export interface AnalysisState<A> {
  running: boolean;
  progress: { fraction: number; label: string } | null;
  answer: A | null;
  error: string | null;
}

export function useAnalysis<K extends AnalysisRequest["kind"]>(network: NetworkSelection | null) {
  const client = useRef<AnalysisClient | null>(null);
  const cancelRef = useRef<(() => void) | null>(null);
  /** The latest job: an answer or an error from an older one (run again, or cleared) is dropped. */
  const jobRef = useRef(0);
  const [state, setState] = useState<AnalysisState<Extract<AnalysisAnswer, { kind: K }>>>({
    running: false,
    progress: null,
    answer: null,
    error: null,
  });

  useEffect(() => {
    const c = new AnalysisClient();
    client.current = c;
    return () => {
      c.dispose();
      client.current = null;
    };
  }, []);

  useEffect(() => {
    if (network) client.current?.load(network);
    // an answer about the previous network is not shown for this one
    jobRef.current++;
    setState({ running: false, progress: null, answer: null, error: null });
  }, [network]);

  const run = useCallback((request: Extract<AnalysisRequest, { kind: K }>) => {
    const c = client.current;
    if (!c) return;
    const id = ++jobRef.current;
    setState((s) => ({
      ...s,
      running: true,
      progress: { fraction: 0, label: "starting" },
      error: null,
    }));
    const job = c.run<K>(request, (fraction, label) => {
      if (id === jobRef.current) setState((s) => ({ ...s, progress: { fraction, label } }));
    });
    cancelRef.current = job.cancel;
    job.promise
      .then((answer) => {
        if (id === jobRef.current)
          setState({ running: false, progress: null, answer, error: null });
      })
      .catch((error: unknown) => {
        if (id !== jobRef.current) return;
        if (error instanceof CancelledAnalysis) {
          setState((s) => ({ ...s, running: false, progress: null, error: "Cancelled." }));
        } else {
          setState((s) => ({
            ...s,
            running: false,
            progress: null,
            error: String((error as Error).message ?? error),
          }));
        }
      });
  }, []);

  const cancel = useCallback(() => cancelRef.current?.(), []);
  /** Stops a running job and forgets the last answer: nothing is shown or highlighted. */
  const clear = useCallback(() => {
    jobRef.current++;
    cancelRef.current?.();
    cancelRef.current = null;
    setState({ running: false, progress: null, answer: null, error: null });
  }, []);
  const preparePaths = useCallback(
    (constraints: Partial<PathConstraints>) => client.current?.preparePaths(constraints),
    [],
  );
  return { ...state, run, cancel, clear, preparePaths };
}
