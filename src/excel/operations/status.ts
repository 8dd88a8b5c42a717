/** 状态: whether the workbook is a ServiceBook, its preset and size, and what this Excel lacks. */
import type { HostStatus } from '../serviceBookHost';
import type { Session } from '../session';
import { loadState } from '../workbookState';
import type { OpEnv } from './env';

export async function status(s: Session, env: OpEnv): Promise<HostStatus> {
  const state = await loadState(s, {});
  const t = state.shapes.Tickets;
  return {
    structured: state.structured,
    schemaVersion: state.schemaVersion,
    preset: state.preset,
    ticketCount: t ? (t.placeholderOnly ? 0 : t.bodyRows) : 0,
    missing: env.caps.missing,
  };
}
