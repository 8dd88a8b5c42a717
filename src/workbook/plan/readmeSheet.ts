/** The 说明 sheet: what the workbook is, how to use it, its schema version and preset. */
import type { Locale } from '../../core/schema/fieldMeta';
import { SCHEMA_VERSION, type Settings } from '../../core/settings/settings';
import type { PlanCell, SheetPlan } from '../types';
import { portraitReport } from './pageSetup';
import { word, words, type WorkbookWordKey } from '../../core/i18n/words';

export function readmeSheet(locale: Locale, settings: Settings, name: string): SheetPlan {
  const rows: PlanCell[][] = README_LINES.map((key) => [word(key, locale)]);
  rows.push([''], [`${README_VERSION[locale]} ${SCHEMA_VERSION} · ${README_PRESET[locale]} ${settings.preset}`]);
  return {
    key: 'readme',
    name,
    blocks: [
      { kind: 'cells', id: 'readmeTitle', top: 1, left: 1, style: 'title', rows: [['ServiceBook']] },
      { kind: 'cells', id: 'readme', top: 3, left: 1, style: 'note', rows },
    ],
    showGridLines: false,
    pageSetup: portraitReport(name, locale, { left: 'ServiceBook', right: name }),
    widths: { 1: 110 },
  };
}

const README_VERSION = words('readme.version');
const README_PRESET = words('readme.preset');
const README_LINES: WorkbookWordKey[] = ['readme.line1', 'readme.line2', 'readme.line3', 'readme.line4', 'readme.line5', 'readme.line6', 'readme.line7', 'readme.line8'];
