/** The settings the Config_ tables hold (preset defaults where a table is missing). */
import type { Settings } from '../../core/settings/settings';
import type { Session } from '../session';
import { loadState } from '../workbookState';

export async function readSettings(s: Session): Promise<Settings> {
  return (await loadState(s, {})).settings;
}
