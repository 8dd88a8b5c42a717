#!/usr/bin/env node
/**
 * Summarises a V8 .cpuprofile (node --cpu-prof) by self time per function and per file:
 *   node --cpu-prof --cpu-prof-dir=bench/.build/prof bench/core.bench.js --case bench/.build/after/core 100000
 *   node bench/profile-summary.js bench/.build/prof/<file>.cpuprofile [top] [--under readTickets]
 * With --under NAME only samples whose stack holds a function NAME count (a stage's own profile).
 */
const fs = require('fs');
const prof = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const top = Number(process.argv[3] ?? 40);
const underAt = process.argv.indexOf('--under');
const under = underAt > 0 ? process.argv[underAt + 1] : null;
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const inside = new Map();
const isUnder = (id) => {
  if (!under) return true;
  if (inside.has(id)) return inside.get(id);
  const n = byId.get(id);
  const r = n.callFrame.functionName === under || (parent.has(id) && isUnder(parent.get(id)));
  inside.set(id, r);
  return r;
};
const self = new Map();
const dt = prof.timeDeltas;
prof.samples.forEach((id, i) => {
  if (isUnder(id)) self.set(id, (self.get(id) ?? 0) + (dt[i] ?? 0));
});
const fn = new Map();
const file = new Map();
let total = 0;
for (const [id, us] of self) {
  const n = byId.get(id);
  const cf = n.callFrame;
  const f = (cf.url || '(native)').replace(/^.*\/bench\/\.build\/[^/]+\//, '').replace(/^file:\/\//, '');
  const key = `${cf.functionName || '(anon)'}  ${f}:${cf.lineNumber + 1}`;
  fn.set(key, (fn.get(key) ?? 0) + us);
  file.set(f, (file.get(f) ?? 0) + us);
  total += us;
}
const show = (m, k) =>
  [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, k).forEach(([name, us]) => console.log(`${(us / 1000).toFixed(0).padStart(8)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%  ${name}`));
console.log(`total ${(total / 1000).toFixed(0)} ms\n-- by function (self)`);
show(fn, top);
console.log('-- by file (self)');
show(file, 25);
