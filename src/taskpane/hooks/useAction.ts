/** Runs one async host call at a time and exposes busy / error / result / progress for the view. */
import { useCallback, useRef, useState } from 'react';
import type { Progress } from '../../excel/serviceBookHost';

export interface ProgressState {
  done: number;
  total: number;
  stage: string;
}

export interface Action<A extends unknown[], R> {
  run: (...args: A) => Promise<R | undefined>;
  busy: boolean;
  error: string | null;
  result: R | undefined;
  progress: ProgressState | null;
  clearError: () => void;
  reset: () => void;
}

export const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** `fn` receives a progress callback as its last argument. */
export function useAction<A extends unknown[], R>(fn: (onProgress: Progress, ...args: A) => Promise<R>): Action<A, R> {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<R | undefined>(undefined);
  const [progress, setProgress] = useState<ProgressState | null>(null);
  const running = useRef(false);
  const fnRef = useRef(fn);
  fnRef.current = fn;

  const run = useCallback(async (...args: A): Promise<R | undefined> => {
    if (running.current) return undefined;
    running.current = true;
    setBusy(true);
    setError(null);
    setProgress(null);
    try {
      const r = await fnRef.current((done, total, stage) => setProgress({ done, total, stage }), ...args);
      setResult(r);
      return r;
    } catch (e) {
      setError(errorText(e));
      return undefined;
    } finally {
      running.current = false;
      setBusy(false);
      setProgress(null);
    }
  }, []);

  return {
    run,
    busy,
    error,
    result,
    progress,
    clearError: useCallback(() => setError(null), []),
    reset: useCallback(() => {
      setResult(undefined);
      setError(null);
    }, []),
  };
}
