/**
 * The agent's own name, the "by whom" of every log line this pane writes. Set once and kept in
 * the pane's storage on this computer for this person (Excel's document settings would be shared
 * with every co-author of the workbook, so they are not used).
 */
import { useCallback, useState } from 'react';

const KEY = 'servicebook.agentName';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/**
 * A name as stored: trimmed, at most 40 characters.
 * @example cleanAgentName('  王小明 ') // '王小明'
 */
export const cleanAgentName = (name: string): string => name.trim().slice(0, 40);

export function useAgentName(): { name: string; setName: (name: string) => void } {
  const [name, set] = useState<string>(() => storage()?.getItem(KEY) ?? '');
  const setName = useCallback((next: string) => {
    const clean = cleanAgentName(next);
    set(clean);
    try {
      if (clean) storage()?.setItem(KEY, clean);
      else storage()?.removeItem(KEY);
    } catch {
      /* storage full or blocked: the name lasts for this session */
    }
  }, []);
  return { name, setName };
}
