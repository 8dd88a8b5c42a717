/**
 * Benchmarks run each case in a child process (`node SCRIPT --case …`) so its time and peak
 * memory are its own. When this process is such a child, `runChildCase` runs the case, prints
 * its result with the peak RSS as one JSON line and returns true; otherwise it returns false.
 * @example if (!runChildCase((kind, n) => runCase(kind, Number(n)))) main();
 */
function runChildCase(runCase) {
  if (process.argv[2] !== '--case') return false;
  Promise.resolve()
    .then(() => runCase(...process.argv.slice(3)))
    .then((r) => process.stdout.write(JSON.stringify({ ...r, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) })))
    .catch((e) => {
      process.stderr.write(`${e.stack}\n`);
      process.exit(1);
    });
  return true;
}

module.exports = { runChildCase };
