/** 状态: whether the workbook is a ServiceBook, its preset and size, and what this Excel lacks. */
import type { HostStatus } from '../serviceBookHost';
import type { Session } from '../session';
import { loadState } from '../workbookState';
import type { OpEnv } from './env';
import { queueUpgradeReads, upgradeNeeded } from './upgradeWorkbook';

export async function status(s: Session, env: OpEnv): Promise<HostStatus> {
  // What 补齐配置 needs goes with loadState's first sync: no sync of its own. Names need ExcelApi 1.4: below it there is no upgrade to offer (nor setup).
  const reads = env.caps.names ? queueUpgradeReads(s, env) : null;
  const state = await loadState(s, {});
  const t = state.shapes.Tickets;
  const upgrade = reads ? upgradeNeeded(env, state, reads) : null;
  return {
    structured: state.structured,
    schemaVersion: state.schemaVersion,
    preset: state.preset,
    ticketCount: t ? (t.placeholderOnly ? 0 : t.bodyRows) : 0,
    missing: env.caps.missing,
    ...(upgrade ? { upgrade } : {}),
  };
}
