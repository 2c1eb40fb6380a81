#!/usr/bin/env node
// The bench harness's runner for other Pythons on WebAssembly (bench/package.json):
//
//   node peer_time.mjs pyodide|micropython FILE [RUNS]   load once, 1 warm-up run, RUNS timed runs
//   node peer_time.mjs pyodide|micropython --cold        load + run `pass`
//
// Each run is the program's source executed in a fresh namespace of the same
// interpreter; only that execution is timed (wall: performance.now(); cpu:
// process.cpuUsage(), every thread of node). Loading the interpreter is reported
// apart. The first run's stdout goes to stdout; the last line on stderr is
// `BENCH {json}`.
//
// asyncio: Pyodide runs CPython's own asyncio, here on virtual_loop.py (CPython's
// BaseEventLoop whose wait jumps a virtual clock, as ref.py does), so its runs are
// comparable with the others'. MicroPython's asyncio is its own and, in this build,
// driven by JavaScript timers on the real clock: `asyncio.run(main())` becomes a
// top-level `await main()` (the way its own CLI runs such files) and
// get_running_loop().time() gets a small shim; short sleeps really wait there.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(here, '..', 'package.json'));

function cpuMs() {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e3;
}

function report(fields) {
  process.stderr.write('BENCH ' + JSON.stringify(fields) + '\n');
}

const MICROPYTHON_ASYNCIO_SHIM = `
def _bench_shim():
    import asyncio
    if hasattr(asyncio, "get_running_loop"):
        return
    class Loop:
        def time(self):
            return asyncio.ticks() / 1000
    loop = Loop()
    asyncio.get_running_loop = lambda: loop
_bench_shim()
del _bench_shim
`;

async function loadPyodideRunner() {
  const { loadPyodide } = require('pyodide');
  let out = [];
  const py = await loadPyodide({ stdout: (line) => out.push(line), stderr: (line) => process.stderr.write(line + '\n') });
  const prelude = fs.readFileSync(path.join(here, 'virtual_loop.py'), 'utf8');
  return {
    name: `Pyodide ${py.version} (Python ${py.runPython('import sys; sys.version.split()[0]')})`,
    async run(source, file) {
      out = [];
      const ns = py.globals.get('dict')();
      ns.set('__name__', '__main__');
      if (/\bimport asyncio\b/.test(source)) py.runPython(prelude, { globals: ns });
      const w0 = performance.now(), c0 = cpuMs();
      py.runPython(source, { globals: ns, filename: file });
      const c1 = cpuMs(), w1 = performance.now();
      ns.destroy();
      py.runPython('import gc; gc.collect()');
      return { wall_ms: w1 - w0, cpu_ms: c1 - c0, stdout: out.map((l) => l + '\n').join('') };
    },
  };
}

async function loadMicroPythonRunner() {
  const { loadMicroPython } = await import(require.resolve('@micropython/micropython-webassembly-pyscript'));
  let out = [];
  // The default heap (1 MiB) and Python stack (2 Ki words) are for small pages; the
  // task programs need far more (gather(*10_000 tasks) alone exhausts that stack).
  const mp = await loadMicroPython({
    heapsize: 256 * 1024 * 1024,
    pystack: 4 * 1024 * 1024,
    stdout: (line) => out.push(line),
    stderr: (line) => process.stderr.write(line + '\n'),
  });
  let version = '';
  out = [];
  mp.runPython('import sys; print(sys.implementation._build if hasattr(sys.implementation, "_build") else "", sys.version)');
  version = out.join(' ');
  return {
    name: `MicroPython ${version}`,
    async run(source) {
      out = [];
      let code = source;
      const isAsync = /\bimport asyncio\b/.test(source);
      if (isAsync) {
        mp.runPython(MICROPYTHON_ASYNCIO_SHIM);
        code = source.replace(/asyncio\.run\((\w+\(\))\)/g, '(await $1)');
      }
      const w0 = performance.now(), c0 = cpuMs();
      if (isAsync) await mp.runPythonAsync(code);
      else mp.runPython(code);
      const c1 = cpuMs(), w1 = performance.now();
      // A fresh namespace for the next run: drop the program's globals, then collect.
      mp.runPython('for _k in [k for k in globals() if not k.startswith("__")]:\n    del globals()[_k]\nimport gc\ngc.collect()\ndel gc, _k');
      return { wall_ms: w1 - w0, cpu_ms: c1 - c0, stdout: out.map((l) => l + '\n').join('') };
    },
  };
}

async function main() {
  const [peer, file, runsArg] = process.argv.slice(2);
  const loader = { pyodide: loadPyodideRunner, micropython: loadMicroPythonRunner }[peer];
  if (!loader || !file) {
    process.stderr.write('usage: peer_time.mjs pyodide|micropython FILE [RUNS] | --cold\n');
    process.exitCode = 2;
    return;
  }
  const l0 = performance.now();
  const runner = await loader();
  const loadMs = performance.now() - l0;
  if (file === '--cold') {
    const r = await runner.run('pass\n', 'pass.py');
    report({ peer: runner.name, wall_ms: loadMs + r.wall_ms, load_ms: loadMs, first_run_ms: r.wall_ms,
             since_process_start_ms: performance.now() });
    return;
  }
  const source = fs.readFileSync(file, 'utf8');
  const runs = Math.max(1, Number(runsArg || 1));
  const warmup = await runner.run(source, file);
  const timed = [];
  for (let i = 0; i < runs; i++) timed.push(await runner.run(source, file));
  process.stdout.write(timed[0].stdout);
  const same = timed.every((r) => r.stdout === timed[0].stdout) && warmup.stdout === timed[0].stdout;
  report({
    peer: runner.name, load_ms: loadMs, warmup_ms: warmup.wall_ms, same_output_every_run: same,
    runs: timed.map((r) => ({ wall_ms: r.wall_ms, cpu_ms: r.cpu_ms })),
  });
}

main().catch((e) => {
  process.stderr.write(`peer_time: ${e && e.stack ? e.stack : e}\n`);
  process.exitCode = 70;
});
