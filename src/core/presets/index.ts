/**
 * The presets: one per seed template and the standard default. `detectPreset` picks the seed whose
 * own headers best match a sheet's header row (Traditional or Simplified, annotations ignored).
 */
import { normalizeKey } from '../text/normalizeKey';
import type { Settings } from '../settings/settings';
import { seed000 } from './seed000';
import { seed001 } from './seed001';
import { seed002 } from './seed002';
import { seed003 } from './seed003';
import { seed004 } from './seed004';
import { standard } from './standard';
import { PRESET_IDS, type Preset, type PresetId } from './types';

export type { Preset, PresetId } from './types';
export { PRESET_IDS } from './types';

const BUILDERS: Record<PresetId, () => Preset> = { standard, seed000, seed001, seed002, seed003, seed004 };

/** Built once; callers that edit settings must copy (getPreset returns a fresh copy). */
export const PRESETS: Preset[] = PRESET_IDS.map((id) => BUILDERS[id]());

export const isPresetId = (id: string): id is PresetId => (PRESET_IDS as readonly string[]).includes(id);

/** A fresh copy of a preset; unknown ids fall back to the standard preset. */
export function getPreset(id: string): Preset {
  return BUILDERS[isPresetId(id) ? id : 'standard']();
}

export function defaultSettings(): Settings {
  return standard().settings;
}

/** Below this share of matching headers a sheet is treated as the standard layout. */
const MIN_CONFIDENCE = 0.35;

/**
 * The seed whose headers best match: Jaccard similarity of normalised header sets (so a seed
 * with many specific columns is not beaten by one sharing a few generic ones). Empty or
 * unknown headers → standard with confidence 0.
 */
export function detectPreset(headers: string[]): { id: PresetId; confidence: number } {
  const given = new Set(headers.map((x) => normalizeKey(String(x ?? ''))).filter(Boolean));
  if (given.size === 0) return { id: 'standard', confidence: 0 };
  let best: { id: PresetId; confidence: number } = { id: 'standard', confidence: 0 };
  for (const p of PRESETS) {
    if (p.sourceHeaders.length === 0) continue;
    const own = new Set(p.sourceHeaders.map(normalizeKey));
    let shared = 0;
    for (const k of own) if (given.has(k)) shared++;
    const jaccard = shared / (own.size + given.size - shared);
    if (jaccard > best.confidence) best = { id: p.id, confidence: Math.round(jaccard * 100) / 100 };
  }
  return best.confidence >= MIN_CONFIDENCE ? best : { id: 'standard', confidence: best.confidence };
}
