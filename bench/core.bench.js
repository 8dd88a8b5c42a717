#!/usr/bin/env node
/**
 * Benchmark of the pure rules engine (src/core) at 1,000 / 10,000 / 100,000 tickets
 * (DESIGN "Scale and team use": a busy team's year is ~100,000 tickets).
 *
 * Plain JavaScript on purpose: no ts-node here, and jest must not time anything. It requires the
 * core compiled by bench/build-core.js (src/core alone, so other helpers' work in progress in
 * src/workbook, src/xlsx, src/cli cannot break the build):
 *
 *   node bench/build-core.js                      # working tree → bench/.build/after/core
 *   node bench/build-core.js --ref e8c61e5        # a git revision → bench/.build/e8c61e5/core
 *   node bench/core.bench.js                      # 1k, 10k, 100k with bench/.build/after
 *   node bench/core.bench.js --sizes 1000,10000
 *   node bench/core.bench.js --core bench/.build/e8c61e5 --core bench/.build/after   # before/after
 *   node bench/core.bench.js --json               # machine-readable lines
 *
 * Stages (each timed in the same child process, after a warm-up pass on 1,000 rows):
 *   readPlain     readTickets of a seed 001 layout (plain columns, date-time strings)
 *   readCompound  readTickets of seed 002's compound layout (客户信息/问题详情/处理过程/…)
 *   complete      completeTicket over every imported row (its own log lines passed, as hosts do)
 *   validate      validateTickets over the completed rows
 *   stats         computeStats for the year, with the log
 * Sizes under 20,000 rows are run up to 5 times and the best time kept.
 *
 * Machines are shared and noisy, so nothing is compared with a fixed number: per-row CPU time
 * (process.cpuUsage, less disturbed by neighbours than wall time; both are printed) is reported
 * as a RATIO against the 1,000-row case of the same core in the same run (1.00 = linear),
 * and with two --core builds, the second's ms as a ratio of the first's. Each (core, size) runs in
 * its own child process, so its peak RSS (maxRSS) is its own.
 *
 * Data: a deterministic generator (mulberry32, fixed seed) writing rows the way the seeds do —
 * realistic Chinese text of 20–400 characters, ~10% of rows in Traditional characters, contacts,
 * ID/bank numbers in a few rows (to be redacted), statuses and dates spread over 2024.
 */
const path = require('path');
const { execFileSync } = require('child_process');

const root = path.join(__dirname, '..');
const STAGES = ['readPlain', 'readCompound', 'complete', 'validate', 'stats'];
const AS_OF = '2024-12-31T18:00';

// ---------------------------------------------------------------------------------------------
// Deterministic data

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PHRASES = [
  '产品无法开机，指示灯不亮',
  '订单显示已发货3天未更新，询问预计送达时间及物流异常原因',
  '系统故障导致客户业务中断，后台无法登录',
  '设备无法启动，提示代码E-05，生产停机',
  '询问数据导出功能的使用方法',
  '希望增加批量导入客户信息的功能',
  '客服态度差，要求退款',
  '找了10分钟没找到，希望首页增加入口',
  '订单显示已签收但实际未收到，很着急',
  '上周提交的系统维护需求未收到回复，影响公司业务开展',
  '希望在个人中心自行选择发票抬头（公司/个人），当前需联系客服修改，流程较繁琐',
  '物流延迟3天未送达，投诉服务态度',
  '建议APP增加“订单进度实时提醒”功能',
  '报表导出功能在哪里开启',
  '收到的商品外包装破损，内部配件缺失',
  '多次来电无人处理，非常不满，考虑向12315投诉',
  '升级后应用闪退，无法使用',
  '咨询会员积分规则和有效期',
  '发票金额与订单金额不一致，需要重新开具',
  '安装师傅迟到两个小时，没有提前通知',
  '退款申请已提交一周仍未到账',
  '希望支持微信支付和分期付款',
  '打印机卡纸，错误代码P-12',
  '客户表示对处理结果基本满意，但希望缩短等待时间',
];
const NAMES = ['王女士', '李先生', '某科技公司', '陈先生', '某贸易公司', '赵*', '*客户/某制造公司', '张经理', '刘女士', '某物流公司'];
const CHANNELS = ['电话', '邮件', '在线客服', '客户自助'];
const TYPES = ['投诉', '咨询', '需求', '故障', ''];
const URGENCY = ['紧急', '重要', '一般', ''];
const STATUS = ['待受理', '处理中', '已完成', '已关闭', '待处理'];
const STEPS = ['客服专员接收记录', '分派至技术部李工', '李工联系客户获取序列号SN56', '检测确认主板故障，申请更换', '联系物流公司核实', '更正地址并加急'];

/** Simplified → Traditional, from the core's own table (first Traditional form of each). */
function traditionalizer(core) {
  const { T2S_PAIRS } = require(path.join(core, 'text', 't2sMap.js'));
  const chars = Array.from(T2S_PAIRS);
  const s2t = new Map();
  for (let i = 0; i + 1 < chars.length; i += 2) if (!s2t.has(chars[i + 1])) s2t.set(chars[i + 1], chars[i]);
  return (s) => Array.from(s, (c) => s2t.get(c) ?? c).join('');
}

function textOf(rnd, min, max) {
  const target = min + Math.floor(rnd() * (max - min));
  let s = '';
  while (s.length < target) s += PHRASES[Math.floor(rnd() * PHRASES.length)] + (rnd() < 0.5 ? '，' : '。');
  return s;
}

const pad = (n, w = 2) => String(n).padStart(w, '0');

/** A time in 2024 for row i of n (spread over the year, office-ish hours). */
function timeOf(rnd, i, n) {
  const day = Math.floor((i / n) * 360);
  const d = new Date(Date.UTC(2024, 0, 1 + day, 8 + Math.floor(rnd() * 10), Math.floor(rnd() * 60)));
  return { date: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`, hm: `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}` };
}

const TEST_ID_CARD = '110105199001011232';
const TEST_BANK_CARD = '6222021001123456789';

function plainGrid(n, headers, trad) {
  const rnd = mulberry32(1001);
  const grid = [['表1：客户服务需求记录表', ...Array(headers.length - 1).fill(null)], headers];
  for (let i = 0; i < n; i++) {
    const t = timeOf(rnd, i, n);
    const fold = rnd() < 0.1 ? trad : (s) => s;
    const status = STATUS[Math.floor(rnd() * STATUS.length)];
    const done = status === '已完成' || status === '已关闭';
    let desc = textOf(rnd, 20, 400);
    if (rnd() < 0.01) desc += `客户口述身份证${TEST_ID_CARD}`;
    if (rnd() < 0.01) desc += `退款到卡号${TEST_BANK_CARD}`;
    const formats = [`${t.date} ${t.hm}`, `${t.date.replace(/-0?/g, '/')} ${t.hm}`, `${t.date.slice(0, 4)}年${+t.date.slice(5, 7)}月${+t.date.slice(8)}日 ${t.hm}`];
    grid.push([
      `CW${t.date.replace(/-/g, '')}${pad(i % 10000, 4)}`,
      formats[i % 3],
      `C${10000 + (i % 5000)}`,
      fold(NAMES[i % NAMES.length]),
      fold(['制造业', '零售', '贸易', '物流'][i % 4]),
      '张*',
      i % 3 === 0 ? `139${pad(i % 100000000, 8)}` : i % 3 === 1 ? `user${i % 9000}@example.com` : '021-12345678',
      fold(CHANNELS[i % CHANNELS.length]),
      fold(TYPES[Math.floor(rnd() * TYPES.length)]),
      fold(desc),
      fold(textOf(rnd, 8, 40)),
      fold(URGENCY[Math.floor(rnd() * URGENCY.length)]),
      fold(status),
      status === '待受理' ? '' : ['李*', '赵*', '王*'][i % 3],
      status === '待受理' ? '' : fold(textOf(rnd, 10, 120)),
      done ? fold(textOf(rnd, 10, 80)) : '',
      done ? 1 + Math.floor(rnd() * 5) : null,
      done ? 1 + Math.floor(rnd() * 5) : null,
      done ? `${1 + Math.floor(rnd() * 5)}分` : null,
      rnd() < 0.2 ? fold(textOf(rnd, 5, 60)) : '',
    ]);
  }
  return grid;
}

function compoundGrid(n, headers, trad) {
  const rnd = mulberry32(2002);
  const grid = [[...headers.map(() => '客户服务问题反馈处理记录表')], headers.map(() => null), headers];
  for (let i = 0; i < n; i++) {
    const t = timeOf(rnd, i, n);
    const fold = rnd() < 0.1 ? trad : (s) => s;
    const steps = [];
    let h = Number(t.hm.slice(0, 2));
    let m = Number(t.hm.slice(3));
    const count = 2 + Math.floor(rnd() * 4);
    for (let k = 0; k < count; k++) {
      const stamp = `${pad(h)}:${pad(m)}`;
      steps.push(k === 0 ? `${t.date}${stamp}${STEPS[k % STEPS.length]}` : `${stamp}${STEPS[k % STEPS.length]}`);
      m += 15;
      if (m >= 60) {
        h += 1;
        m -= 60;
      }
    }
    const level = ['高', '中', '低'][i % 3];
    const done = rnd() < 0.7;
    grid.push([
      `CS${t.date.replace(/-/g, '')}${pad(i % 1000, 3)}`,
      fold(`${NAMES[i % NAMES.length].replace(/先生|女士/, '*')},13${pad(i % 10, 1)}****${pad(i % 10000, 4)}`),
      fold(`${t.date}购买的${textOf(rnd, 20, 300)}紧急程度：${level}`),
      fold(steps.join(';')),
      done ? fold(`${t.date}${pad(Math.min(h + 2, 23))}:00为客户更换新产品，当日顺丰寄出;客户确认收到，反馈满意`) : '',
      done ? `归档时间：${t.date}` : '',
    ]);
  }
  return grid;
}

// ---------------------------------------------------------------------------------------------
// One (core, size) case in a child process

function loadCore(core) {
  const req = (p) => require(path.join(core, p));
  return {
    getPreset: req('presets/index.js').getPreset,
    recognizeTable: req('headers/recognizeTable.js').recognizeTable,
    readTickets: req('parse/readTickets.js').readTickets,
    completeTicket: req('engine/completeTicket.js').completeTicket,
    validateTickets: req('validation/validateTicket.js').validateTickets,
    computeStats: req('stats/computeStats.js').computeStats,
    periodContaining: req('stats/period.js').periodContaining,
  };
}

function groupLogs(logs) {
  const by = new Map();
  for (const l of logs) {
    const list = by.get(l.ticketId);
    if (list) list.push(l);
    else by.set(l.ticketId, [l]);
  }
  return by;
}

/** Runs every stage on n rows; returns { stage: ms }. */
function stages(C, data, timed) {
  const ms = {};
  const time = (name, fn) => {
    const t0 = process.hrtime.bigint();
    const c0 = process.cpuUsage();
    const r = fn();
    ms[name] = Number(process.hrtime.bigint() - t0) / 1e6;
    const c = process.cpuUsage(c0);
    ms[`${name}Cpu`] = (c.user + c.system) / 1e3;
    if (timed) process.stderr.write(`  ${name} ${ms[name].toFixed(0)} ms (cpu ${ms[`${name}Cpu`].toFixed(0)} ms)\n`);
    return r;
  };
  const plain = time('readPlain', () => C.readTickets(data.plain.grid, data.plain.guess, { settings: data.s1, source: 'bench' }));
  time('readCompound', () => C.readTickets(data.compound.grid, data.compound.guess, { settings: data.s2, source: 'bench' }));
  const byId = groupLogs(plain.logs);
  const done = time('complete', () => plain.tickets.map((t) => C.completeTicket(t, { settings: data.s1, asOf: AS_OF, log: byId.get(t.id) ?? [] })));
  time('validate', () => C.validateTickets(done, data.s1, 3));
  time('stats', () => C.computeStats(done, { period: C.periodContaining('custom', AS_OF, { start: '2024-01-01T00:00', end: '2025-01-01T00:00' }), asOf: AS_OF, settings: data.s1, log: plain.logs }));
  if (plain.tickets.length !== data.n) throw new Error(`read ${plain.tickets.length} plain tickets, want ${data.n}`);
  return ms;
}

function dataFor(C, core, n) {
  const trad = traditionalizer(core);
  const s1 = C.getPreset('seed001').settings;
  const s2 = C.getPreset('seed002').settings;
  const pg = plainGrid(n, C.getPreset('seed001').sourceHeaders, trad);
  const cg = compoundGrid(n, C.getPreset('seed002').sourceHeaders, trad);
  const guess = (grid) => {
    const g = C.recognizeTable(grid.slice(0, 40));
    if (!g) throw new Error('table not recognised');
    return { ...g, lastDataRow: grid.length - 1 };
  };
  return { n, s1, s2, plain: { grid: pg, guess: guess(pg) }, compound: { grid: cg, guess: guess(cg) } };
}

function runCase(core, n) {
  const C = loadCore(core);
  stages(C, dataFor(C, core, 1000), false); // warm-up: JIT and caches as in a long-lived host
  const data = dataFor(C, core, n);
  // Small sizes are repeated (best of) so that one GC pause or a neighbour's burst does not
  // become the baseline every ratio is taken against.
  const reps = Math.max(1, Math.min(5, Math.round(20000 / n)));
  const ms = {};
  for (let k = 0; k < reps; k++) {
    const m = stages(C, data, reps === 1);
    for (const st of Object.keys(m)) ms[st] = Math.min(ms[st] ?? Infinity, m[st]);
  }
  return { core, n, ms, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) };
}

// ---------------------------------------------------------------------------------------------
// Parent: children per case, then ratios

function argList(name) {
  const out = [];
  process.argv.forEach((a, i) => {
    if (a === name && process.argv[i + 1]) out.push(process.argv[i + 1]);
  });
  return out;
}

function main() {
  if (process.argv[2] === '--case') {
    process.stdout.write(JSON.stringify(runCase(path.resolve(process.argv[3]), Number(process.argv[4]))));
    return;
  }
  const sizes = (argList('--sizes')[0] ?? '1000,10000,100000').split(',').map(Number);
  const cores = (argList('--core').length ? argList('--core') : ['bench/.build/after']).map((c) => path.resolve(root, c, 'core'));
  const json = process.argv.includes('--json');
  const results = [];
  for (const n of sizes) {
    for (const core of cores) {
      process.stderr.write(`${path.relative(root, core)} n=${n}\n`);
      const out = execFileSync(process.execPath, ['--max-old-space-size=4096', __filename, '--case', core, String(n)], {
        stdio: ['ignore', 'pipe', 'inherit'],
        maxBuffer: 1 << 24,
      });
      const r = JSON.parse(out.toString());
      results.push(r);
      if (json) process.stdout.write(`${JSON.stringify(r)}\n`);
    }
  }
  if (json) return;
  const base = Math.min(...sizes);
  const find = (core, n) => results.find((r) => r.core === core && r.n === n);
  for (const core of cores) {
    process.stdout.write(`\n${path.relative(root, core)}  (wall ms (cpu ms) ×per-row cpu time ÷ per-row cpu time at ${base} rows; ×1.00 = linear)\n`);
    process.stdout.write(`${'stage'.padEnd(14)}${sizes.map((n) => `${n} rows`.padStart(30)).join('')}\n`);
    for (const st of STAGES) {
      const cells = sizes.map((n) => {
        const r = find(core, n);
        const b = find(core, base);
        const ratio = r.ms[`${st}Cpu`] / r.n / (b.ms[`${st}Cpu`] / b.n);
        return `${r.ms[st].toFixed(0)} (cpu ${r.ms[`${st}Cpu`].toFixed(0)}) ×${ratio.toFixed(2)}`.padStart(30);
      });
      process.stdout.write(`${st.padEnd(14)}${cells.join('')}\n`);
    }
    process.stdout.write(`${'peak RSS'.padEnd(14)}${sizes.map((n) => `${find(core, n).peakRssMb} MB`.padStart(30)).join('')}\n`);
  }
  if (cores.length > 1) {
    const [a, ...rest] = cores;
    for (const b of rest) {
      process.stdout.write(`\n${path.relative(root, b)} vs ${path.relative(root, a)}  (wall ms ratio / cpu ms ratio, same run; < 1 is faster)\n`);
      for (const st of STAGES) {
        const cells = sizes.map((n) => `×${(find(b, n).ms[st] / find(a, n).ms[st]).toFixed(2)} / ×${(find(b, n).ms[`${st}Cpu`] / find(a, n).ms[`${st}Cpu`]).toFixed(2)}`.padStart(30));
        process.stdout.write(`${st.padEnd(14)}${cells.join('')}\n`);
      }
    }
  }
}

module.exports = { plainGrid, compoundGrid, mulberry32 };
if (require.main === module) main();
