#!/usr/bin/env node
/**
 * npm run demo: imports the five example sheets (examples/, one per seed template) with the
 * `servicebook` engine, writes one structured workbook per seed (demo/seeds/) and a merged one,
 * demo/servicebook-demo.xlsx (standard preset) with its zh-TW and en-US versions beside it
 * (servicebook-demo.zh-TW.xlsx, servicebook-demo.en-US.xlsx), then prints a short summary. In the merge every
 * real number of a paper record keeps its number: each seed's numbering pattern is kept as an
 * accepted pattern in Config_Numbering (CW…, yyyyMM-NNNN next to CS…); records that had no number
 * in their sheet (their seed workbook numbered them) are numbered in the merged workbook after the
 * real ones, so a number the import invented never takes a real one's place. Owners named by the
 * records fill the owner list. Each row names its source in the 来源 column.
 * The as-of time is fixed (2024-03-31 23:00), so the demo gives the same numbers every run.
 */
const path = require('path');
const fs = require('fs');
const { execSync } = require('child_process');

const root = path.join(__dirname, '..');
const dist = path.join(root, 'dist', 'node');
if (!fs.existsSync(path.join(dist, 'cli', 'main.js'))) execSync('npm run build:cli', { cwd: root, stdio: 'inherit' });

const { run } = require(path.join(dist, 'cli', 'main.js'));
const pipeline = require(path.join(dist, 'cli', 'pipeline.js'));
const { getPreset } = require(path.join(dist, 'core', 'presets', 'index.js'));
const { ownersWith } = require(path.join(dist, 'core', 'settings', 'ownersWith.js'));
const { completeTable, rowLogKey } = require(path.join(dist, 'core', 'engine', 'completeTable.js'));
const { laterDuplicateRows } = require(path.join(dist, 'core', 'numbering', 'findDuplicates.js'));

const AS_OF = '2024-03-31T23:00';
const LOCALES = ['zh-CN', 'zh-TW', 'en-US'];
/** The extra column naming each row's example file, in the workbook's language. */
const SOURCE_COLUMN = { 'zh-CN': '来源', 'zh-TW': '來源', 'en-US': 'Source' };
/** Between a report line's example file and its text, in the workbook's language. */
const FILE_JOIN = { 'zh-CN': '：', 'zh-TW': '：', 'en-US': ': ' };
const renameKey = (o, from, to) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k === from ? to : k, v]));
const examples = path.join(root, 'examples');
// SERVICEBOOK_DEMO_OUT: another folder for the output (the tests use a temporary one).
const outDir = process.env.SERVICEBOOK_DEMO_OUT ? path.resolve(process.env.SERVICEBOOK_DEMO_OUT) : path.join(root, 'demo');
const seedDir = path.join(outDir, 'seeds');
fs.mkdirSync(seedDir, { recursive: true });

async function sb(args) {
  let out = '';
  let err = '';
  const code = await run(['node', 'servicebook', ...args], { out: (s) => (out += s), err: (s) => (err += s), isTTY: false });
  if (code !== 0) throw new Error(`servicebook ${args.join(' ')}: ${err.trim()}`);
  return out;
}

(async () => {
  const files = fs.readdirSync(examples).filter((f) => /\.(xlsx|csv)$/.test(f)).sort();
  const rows = [];
  const patterns = new Set();
  const merged = { tickets: [], logs: [], subtasks: [] };
  // The import report in each language: every example imported once more per other language (its lines quote that import's report).
  const reports = Object.fromEntries(LOCALES.map((l) => [l, []]));
  for (const f of files) {
    const input = path.join(examples, f);
    const out = path.join(seedDir, f.replace(/\.(xlsx|csv)$/, '.xlsx'));
    const r = JSON.parse(await sb(['import', input, '-o', out, '--as-of', AS_OF, '--json', '--force', '--locale', 'zh-CN']));
    rows.push({ file: f, preset: r.preset, tickets: r.tickets, numbered: r.numbered, problems: r.problems.length, redactions: r.redactions.length, overdue: r.overdue, log: r.logLines });
    // The structured workbook just written is the merge's source: tickets completed by their own preset.
    const loaded = await pipeline.load(out);
    patterns.add(loaded.settings.numbering.pattern);
    // Which records had a number on paper (the source sheet, in the same order).
    const source = await pipeline.load(input);
    const invented = new Set(source.tickets.flatMap((t, i) => (t.id ? [] : [i])));
    // A number the import invented, or one an earlier file already holds: this file's lines under
    // it belong to this file's row (merged sheet row = index + 2), keyed `row:N` until the merge
    // numbers that row.
    const taken = new Set(merged.tickets.map((t) => t.id));
    const base = merged.tickets.length;
    const clash = new Map(loaded.tickets.flatMap((t, i) => (t.id && (invented.has(i) || taken.has(t.id)) ? [[t.id, rowLogKey(base + i + 2)]] : [])));
    const own = (x) => (clash.has(x.ticketId) ? { ...x, ticketId: clash.get(x.ticketId) } : x);
    loaded.tickets.forEach((t, i) => merged.tickets.push({ ...t, id: invented.has(i) ? '' : t.id, extra: { ...t.extra, 来源: f } }));
    merged.logs.push(...loaded.logs.map(own));
    merged.subtasks.push(...loaded.subtasks.map(own));
    for (const locale of LOCALES) {
      const other = path.join(seedDir, `.${locale}.xlsx`);
      const l = locale === 'zh-CN' ? r : JSON.parse(await sb(['import', input, '-o', other, '--as-of', AS_OF, '--json', '--force', '--locale', locale]));
      if (locale !== 'zh-CN') fs.rmSync(other, { force: true });
      for (const e of l.problems) reports[locale].push({ kind: 'problem', row: e.row, column: e.column, field: e.field, detail: `${f}${FILE_JOIN[locale]}${e.message}` });
      for (const e of l.redactions) reports[locale].push({ kind: 'redaction', row: e.row, column: e.column, field: e.field, detail: `${f}${FILE_JOIN[locale]}${e.detail}` });
    }
  }

  const standard = getPreset('standard').settings;
  const settings = {
    ...standard,
    numbering: { ...standard.numbering, accepted: [...patterns].filter((p) => p !== standard.numbering.pattern) },
    lists: { ...standard.lists, owners: ownersWith(standard.lists.owners, merged.tickets) },
  };
  // Keep each source's real numbers; a number two files share is a duplicate like any other: the
  // same rule as import renumbers the later row (standard pattern, never a number already used)
  // and the import report lists it. Records without a paper number are numbered now, after every
  // real number is known. Only those rows are completed again: the rest keep their preset's.
  const allIds = merged.tickets.map((t) => t.id);
  const later = new Set(laterDuplicateRows(allIds));
  const redo = merged.tickets.flatMap((ticket, index) => (later.has(index) || !ticket.id ? [{ index, row: index + 2, ticket }] : []));
  const fixed = completeTable(redo, merged.logs, { settings, asOf: AS_OF, allIds, progressFromLog: true });
  for (const c of fixed.completed) merged.tickets[c.index] = c.ticket;
  merged.logs = fixed.logs;
  const moved = new Map(fixed.completed.map((c) => [rowLogKey(c.row), c.ticket.id]));
  const numberedNow = redo.length - fixed.renumbered.length;
  merged.subtasks = merged.subtasks.map((x) => (moved.has(x.ticketId) ? { ...x, ticketId: moved.get(x.ticketId) } : x));
  for (const locale of LOCALES)
    for (const e of pipeline.renumberReport(fixed.renumbered, locale)) reports[locale].push({ ...e, detail: `${merged.tickets[e.row - 2].extra.来源}${FILE_JOIN[locale]}${e.detail}` });
  const stats = pipeline.statsOf(merged.tickets, merged.logs, settings, 'month', AS_OF);
  // The merged workbook in each language: zh-CN (servicebook-demo.xlsx), zh-TW and en-US beside it.
  const target = path.join(outDir, 'servicebook-demo.xlsx');
  for (const locale of LOCALES) {
    const out = locale === 'zh-CN' ? target : path.join(outDir, `servicebook-demo.${locale}.xlsx`);
    const tickets = merged.tickets.map((t) => ({ ...t, extra: renameKey(t.extra, '来源', SOURCE_COLUMN[locale]) }));
    await pipeline.writeOut({ out, settings, locale, tickets, logs: merged.logs, subtasks: merged.subtasks, stats, fixedAsOf: AS_OF, report: reports[locale] });
  }

  const pct = (x) => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);
  const pad = (s, n) => String(s) + ' '.repeat(Math.max(0, n - [...String(s)].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0)));
  process.stdout.write(`ServiceBook 演示（统计时点 ${AS_OF}）\n\n`);
  process.stdout.write(`${pad('示例文件', 40)}${pad('预设', 9)}工单 自动编号 问题 脱敏 超时 记录\n`);
  for (const r of rows) process.stdout.write(`${pad(r.file, 40)}${pad(r.preset, 9)}${pad(r.tickets, 5)}${pad(r.numbered, 9)}${pad(r.problems, 5)}${pad(r.redactions, 5)}${pad(r.overdue, 5)}${r.log}\n`);
  process.stdout.write(`\n合并工作簿：${path.relative(root, target)}（${merged.tickets.length} 条工单，${merged.logs.length} 条处理记录）；繁体中文与英文版：servicebook-demo.zh-TW.xlsx、servicebook-demo.en-US.xlsx\n`);
  process.stdout.write(`纸质编号全部保留（编号规则 ${[settings.numbering.pattern, ...settings.numbering.accepted].join('、')}）；原表未编号的 ${numberedNow} 条在合并表中按 ${settings.numbering.pattern} 编号\n`);
  for (const r of fixed.renumbered) process.stdout.write(`编号重复：${merged.tickets[r.row - 2].extra.来源} 的 ${r.from} 在合并表中改为 ${r.to}（第 ${r.row} 行）\n`);
  process.stdout.write(`2024年3月：受理 ${stats.received}，解决 ${stats.resolved}，期末积压 ${stats.backlog}，超时未结 ${stats.overdueOpen}\n`);
  process.stdout.write(`按时响应率 ${pct(stats.onTimeResponseRate)}，按时解决率 ${pct(stats.onTimeResolutionRate)}，满意度均分 ${stats.csat.mean ?? '—'}（${stats.csat.count} 个评分，4–5 分占 ${pct(stats.csat.satisfiedShare)}）\n`);
  const top = stats.classification.slice(0, 3).map((c) => `${c.category}${c.subcategory ? `/${c.subcategory}` : ''} ${c.count}（${c.share}%）`);
  process.stdout.write(`高频问题：${top.join('；') || '—'}\n`);
  process.stdout.write(`每个示例的结构化工作簿在 ${path.relative(root, seedDir)}/\n`);
})().catch((e) => {
  process.stderr.write(`demo: ${e.message}\n`);
  process.exit(1);
});
