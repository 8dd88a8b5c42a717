import { normalizeKey } from '../text/normalizeKey';
import { normalizeCategory, normalizeCustomerLevel, normalizeLevel, normalizeStatus } from '../parse/normalizeEnums';
import { getPreset, PRESETS } from '../presets';
import { BUILTIN_RATING_DIMENSIONS } from '../headers/mapHeader';
import { CATEGORIES, CUSTOMER_LEVELS, DEFAULT_CHANNELS, DEFAULT_EMOTIONS, ESCALATIONS, LEVELS, LOG_KINDS, SLA_STATES, STATUSES, SUBTASK_STATUSES } from '../schema/enums';
import { LOCALES } from '../schema/fieldMeta';
import { SUBTASK_NEEDS } from '../schema/log';
import { canonicalFor, canonicalOrSelf, VOCABULARY, VOCABULARY_KINDS, wordFor, type VocabularyKind } from './vocabulary';

describe('the vocabulary table', () => {
  const standard = getPreset('standard').settings.lists;
  const closed: [VocabularyKind, readonly string[]][] = [
    ['category', CATEGORIES],
    ['level', LEVELS],
    ['status', STATUSES],
    ['customerLevel', CUSTOMER_LEVELS],
    ['slaState', SLA_STATES],
    ['escalation', ESCALATIONS.filter(Boolean)],
    ['logKind', LOG_KINDS],
    ['subtaskStatus', SUBTASK_STATUSES],
    ['subtaskNeeds', SUBTASK_NEEDS.filter(Boolean)],
    ['channel', [...DEFAULT_CHANNELS, ...standard.channels]],
    ['department', standard.departments],
    ['emotion', [...DEFAULT_EMOTIONS, ...standard.emotions]],
    // Every preset's subcategories and suggested actions (处理建议), so a zh-TW or en-US workbook shows them in its language.
    ['subcategory', PRESETS.flatMap((x) => [...x.settings.lists.subcategories.map((s) => s.name), ...x.settings.suggestions.map((s) => s.subcategory).filter(Boolean)])],
    ['suggestion', PRESETS.flatMap((x) => x.settings.suggestions.map((s) => s.suggestion))],
    ['ratingDimension', [...BUILTIN_RATING_DIMENSIONS, ...PRESETS.flatMap((x) => x.settings.ratingDimensions)]],
    ['scriptScenario', PRESETS.flatMap((x) => x.settings.scripts.map((s) => s.scenario))],
    ['script', PRESETS.flatMap((x) => x.settings.scripts.map((s) => s.text))],
  ];

  it.each(closed)('%s names every canonical value and the preset defaults', (kind, values) => {
    expect(Object.keys(VOCABULARY[kind]).sort()).toEqual(expect.arrayContaining([...new Set(values)].sort()));
  });

  it.each(VOCABULARY_KINDS)('%s: every word reads back to its value, and no two values share a spelling', (kind) => {
    const seen = new Map<string, string>();
    for (const value of Object.keys(VOCABULARY[kind])) {
      for (const locale of LOCALES) {
        const word = wordFor(kind, value, locale);
        expect({ kind, word, back: canonicalFor(kind, word) }).toEqual({ kind, word, back: value });
        const key = normalizeKey(word);
        expect({ key, value: seen.get(key) ?? value }).toEqual({ key, value });
        seen.set(key, value);
      }
    }
  });

  it('English words are English, Traditional words are not Simplified where the script differs', () => {
    for (const kind of VOCABULARY_KINDS) for (const value of Object.keys(VOCABULARY[kind])) expect(wordFor(kind, value, 'en-US')).not.toMatch(/[\u4e00-\u9fff]/);
    expect(wordFor('status', '处理中', 'zh-TW')).toBe('處理中');
    expect(wordFor('channel', '在线客服', 'zh-TW')).toBe('線上客服');
  });

  it('keeps values outside the vocabulary as they are', () => {
    expect(wordFor('channel', '微信群', 'en-US')).toBe('微信群');
    expect(canonicalFor('channel', '微信群')).toBeNull();
    expect(canonicalOrSelf('department', 'Engineering')).toBe('技术部');
    expect(canonicalOrSelf('department', '法务部')).toBe('法务部');
    expect(canonicalFor('status', '')).toBeNull();
  });

  it('the engine’s normalisers accept all three vocabularies', () => {
    for (const s of STATUSES) for (const l of LOCALES) expect(normalizeStatus(wordFor('status', s, l))).toBe(s);
    for (const c of CATEGORIES) for (const l of LOCALES) expect(normalizeCategory(wordFor('category', c, l))).toBe(c);
    for (const v of LEVELS) for (const l of LOCALES) expect(normalizeLevel(wordFor('level', v, l))).toBe(v);
    for (const v of CUSTOMER_LEVELS) for (const l of LOCALES) expect(normalizeCustomerLevel(wordFor('customerLevel', v, l))).toBe(v);
    expect(normalizeStatus('waiting for customer')).toBe('等待客户');
  });
});
