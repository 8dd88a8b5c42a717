/** Runs one async host call at a time and exposes busy / error / result / progress for the view. */
import { useCallback, useRef, useState } from 'react';
import type { Progress } from '../../excel/serviceBookHost';
import { useT } from '../i18n';
import { describeError } from '../i18n/hostErrors';

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

/** The hook's error text: host errors worded from the message files in the pane's language. */
export const useErrorText = (): ((e: unknown) => string) => {
  const t = useT();
  return useCallback((e: unknown) => describeError(e, t), [t]);
};

/** `fn` receives a progress callback as its last argument. */
export function useAction<A extends unknown[], R>(fn: (onProgress: Progress, ...args: A) => Promise<R>): Action<A, R> {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<R | undefined>(undefined);
  const [progress, setProgress] = useState<ProgressState | null>(null);
  const running = useRef(false);
  const errorText = useErrorText();
  const errorRef = useRef(errorText);
  errorRef.current = errorText;
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
      setError(errorRef.current(e));
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
