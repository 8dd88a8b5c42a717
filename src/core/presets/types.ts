import type { Locale } from '../schema/fieldMeta';
import type { TicketField } from '../schema/ticket';
import type { Settings } from '../settings/settings';

export const PRESET_IDS = ['standard', 'seed000', 'seed001', 'seed002', 'seed003', 'seed004'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

export interface Preset {
  id: PresetId;
  labels: Record<Locale, string>;
  /** Column order of its Tickets table. */
  columns: TicketField[];
  settings: Settings;
  /** The seed template's own column headers, as written (used by detectPreset and sample files). */
  sourceHeaders: string[];
}
