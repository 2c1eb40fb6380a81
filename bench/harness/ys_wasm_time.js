#!/usr/bin/env node
// The bench harness's wasm runner: yieldscope's wasm build under node.
//
//   node ys_wasm_time.js run FILE [RUNS] times session.load() + session.run(0) of a new Session;
//                                        one warm-up session first, then RUNS timed ones
//   node ys_wasm_time.js cold            times require + instantiate + new Session + run `pass`
//   node ys_wasm_time.js cold-packed     the same with the page's single-file script
//   node ys_wasm_time.js inspector FILE  times seek + snapshot on a finished run (when the
//                                        module has the inspector API), see below
//
// The module is loaded as node loads it (scripts/wasm-module.js: loader + .wasm file);
// YS_WASM_JS names a packed yieldscope.js to load instead.
// The program's stdout goes to stdout; the last line on stderr is `BENCH {json}`.
// wall_ms is performance.now(); cpu_ms is process.cpuUsage() (user + system, every
// thread of the process: V8's compiler and GC helpers included).
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { performance } = require('node:perf_hooks');

const { loadYieldscope, modulePaths, PACKED } = require(path.join(__dirname, '..', '..', 'scripts', 'wasm-module.js'));
const STEP_BUDGET = 1e12; // as the CLI: run to the end

function cpuMs() {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e3;
}

function report(fields) {
  process.stderr.write('BENCH ' + JSON.stringify(fields) + '\n');
}

// One instantiation, then a warm-up session and RUNS timed sessions, each new.
async function runProgram(file, runs) {
  const source = fs.readFileSync(file, 'utf8');
  const i0 = performance.now();
  const M = await loadYieldscope();
  const instantiateMs = performance.now() - i0;
  const once = () => {
    const session = new M.Session(false, STEP_BUDGET);
    try {
      const w0 = performance.now();
      const c0 = cpuMs();
      const loaded = session.load(source, file);
      const result = loaded.ok ? session.run(0) : { status: 'load-error', steps: 0 };
      const c1 = cpuMs();
      const w1 = performance.now();
      return { wall_ms: w1 - w0, cpu_ms: c1 - c0, status: result.status, steps: result.steps,
               stdout: session.stdoutText(), stderr: session.stderrText() };
    } finally {
      session.delete();
    }
  };
  const warmup = once();
  const timed = [];
  for (let i = 0; i < runs; i++) timed.push(once());
  process.stdout.write(timed[0].stdout);
  process.stderr.write(timed[0].stderr);
  const same = timed.every((r) => r.stdout === timed[0].stdout) && warmup.stdout === timed[0].stdout;
  report({ instantiate_ms: instantiateMs, warmup_ms: warmup.wall_ms,
           status: timed[0].status, steps: timed[0].steps, same_output_every_run: same,
           runs: timed.map((r) => ({ wall_ms: r.wall_ms, cpu_ms: r.cpu_ms })) });
}

// Cold start: everything a node script pays before the first program has run.
// packed: the page's single-file script (what a browser loads) instead.
async function coldStart(packed) {
  const w0 = performance.now();
  const M = await loadYieldscope({}, packed ? { packed: modulePaths().packed || PACKED } : modulePaths());
  const w1 = performance.now();
  const session = new M.Session(false, STEP_BUDGET);
  session.load('pass\n', 'pass.py');
  const result = session.run(0);
  const w2 = performance.now();
  session.delete();
  report({ wall_ms: w2 - w0, instantiate_ms: w1 - w0, first_run_ms: w2 - w1, status: result.status,
           since_process_start_ms: w2 });
}

// Inspector latency: run FILE to its end (the recording is part of that run), then
// seek to positions spread over the run and build the snapshot at each; backward seeks
// replay from the start (or a checkpoint) by design, so they are timed separately.
async function inspector(file) {
  const source = fs.readFileSync(file, 'utf8');
  const M = await loadYieldscope();
  const session = new M.Session(false, STEP_BUDGET);
  try {
    if (typeof session.seek !== 'function' || typeof session.snapshot !== 'function') {
      report({ available: false });
      return;
    }
    if (!session.load(source, file).ok) throw new Error('load failed: ' + session.stderrText());
    const r0 = performance.now();
    const result = session.run(0);
    const runMs = performance.now() - r0;
    const steps = result.steps;
    const seeks = [];
    // A fixed tour: forward jumps, then backward jumps, then small moves near the end.
    const fractions = [0.1, 0.3, 0.5, 0.7, 0.9, 0.999, 0.8, 0.6, 0.4, 0.2, 0.05, 0.5, 0.5001, 0.9];
    for (const f of fractions) {
      const target = Math.floor(steps * f);
      const t0 = performance.now();
      const at = session.seek(target);
      const t1 = performance.now();
      const snapshot = session.snapshot();
      const t2 = performance.now();
      seeks.push({ target, at, seek_ms: t1 - t0, snapshot_ms: t2 - t1, snapshot_bytes: snapshot.length });
    }
    const stats = typeof session.stats === 'function' ? session.stats() : null;
    process.stdout.write(session.stdoutText());
    report({ available: true, status: result.status, steps, run_ms: runMs, seeks, stats });
  } finally {
    session.delete();
  }
}

async function main() {
  const [mode, file] = process.argv.slice(2);
  if (mode === 'run' && file) return runProgram(file, Math.max(1, Number(process.argv[4] || 1)));
  if (mode === 'cold' || mode === 'cold-packed') return coldStart(mode === 'cold-packed');
  if (mode === 'inspector' && file) return inspector(file);
  process.stderr.write('usage: ys_wasm_time.js run FILE [RUNS] | cold | cold-packed | inspector FILE\n');
  process.exitCode = 2;
}

main().catch((e) => {
  process.stderr.write(`ys_wasm_time: ${e && e.stack ? e.stack : e}\n`);
  process.exitCode = 70;
});
