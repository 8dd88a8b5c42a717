/**
 * The standard preset (the default): every canonical column, the union of the seeds' lists,
 * seed 000's SLA matrix (高 4 h/24 h, 中 1 wd/3 wd, 低 3 wd/5 wd), CS numbers, progress every 24 h,
 * routing that merges seeds 000 and 002, seed 003's suggestions, and all rating dimensions.
 */
import { DEFAULT_CHANNELS, DEFAULT_EMOTIONS } from '../schema/enums';
import { TICKET_FIELDS } from '../schema/ticket';
import type { Settings } from '../settings/settings';
import { ALL_CHANNELS, followUp, makeSettings, scriptLibrary, standardSla } from './common';
import { seed000 } from './seed000';
import { seed001 } from './seed001';
import { seed002 } from './seed002';
import { seed003 } from './seed003';
import { seed004 } from './seed004';
import type { Preset } from './types';

const union = <T>(lists: T[][], key: (x: T) => string = String): T[] => {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const l of lists)
    for (const x of l) {
      const k = key(x);
      if (!seen.has(k)) {
        seen.add(k);
        out.push(x);
      }
    }
  return out;
};

export const standard = (): Preset => {
  const seeds: Settings[] = [seed000(), seed001(), seed002(), seed003(), seed004()].map((p) => p.settings);
  return {
    id: 'standard',
    labels: { 'zh-CN': '标准服务工单', 'zh-TW': '標準服務工單', 'en-US': 'Standard service tickets' },
    sourceHeaders: [],
    columns: [...TICKET_FIELDS],
    settings: makeSettings({
      preset: 'standard',
      lists: {
        channels: union([DEFAULT_CHANNELS, ALL_CHANNELS]),
        departments: union([['客服部', '产品支持组', '业务办理组', '技术部', '供应链部', '产品部', '运营部', '售后部', '财务部'], ...seeds.map((s) => s.lists.departments)]),
        emotions: union([DEFAULT_EMOTIONS, ['一般']]),
        subcategories: union(
          seeds.map((s) => s.lists.subcategories),
          (x) => x.name,
        ),
        owners: [],
      },
      initialStatus: '待受理',
      defaultUrgency: '中',
      numbering: { pattern: 'CS{yyyyMMdd}{seq:3}' },
      sla: standardSla(),
      routing: [
        { category: '*', keyword: '物流', department: '供应链部', owner: '' },
        { category: '故障', keyword: '', department: '技术部', owner: '' },
        { category: '咨询', keyword: '', department: '产品支持组', owner: '' },
        { category: '投诉', keyword: '', department: '客服部', owner: '客服主管' },
        { category: '变更', keyword: '', department: '业务办理组', owner: '' },
        { category: '建议', keyword: '', department: '产品部', owner: '' },
      ],
      vipRaisesPriority: true,
      suggestions: union(
        seeds.map((s) => s.suggestions),
        (x) => `${x.category}/${x.subcategory}`,
      ),
      scripts: scriptLibrary(),
      followUp: followUp(24),
      ratingDimensions: union(seeds.map((s) => s.ratingDimensions)),
    }),
  };
};
