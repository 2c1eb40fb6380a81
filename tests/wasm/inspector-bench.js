#!/usr/bin/env node
// inspector-bench.js: measurements of the inspector on the wasm build (not a test; run it by
// hand: `node tests/wasm/inspector-bench.js [items]`). Prints run speed with and without an
// observer, recording, seek and snapshot times and the history's memory.
'use strict';

const { loadModule } = require('./support.js');

const generatorLoop = (n) =>
  `def gen(n):\n    for i in range(n):\n        yield i\ntotal = 0\nfor x in gen(${n}):\n    total += x\nprint(total)\n`;

const TEACHING = `class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
    def deposit(self, amount):
        self.balance += amount
        self.history.append(('deposit', amount))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
accounts = [Account(name) for name in ['ann', 'bob', 'cy']]
f = fib()
for acc in accounts:
    for _ in range(5):
        acc.deposit(next(f))
table = {acc.owner: acc.balance for acc in accounts}
print(table)
`;

const time = (fn) => {
  const t = performance.now();
  const r = fn();
  return [performance.now() - t, r];
};
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;

async function main() {
  const M = await loadModule();
  const items = Number(process.argv[2] || 5000000);

  // Warm up: wasm code is first compiled quickly, then optimised while it runs.
  {
    const w = new M.Session(false, 1e12, 4 << 20);
    w.load(generatorLoop(1000000), 'main.py');
    w.run(0);
    w.delete();
  }

  // Run speed: no observer (the run), a seeking observer (a replay), every instruction (recording).
  {
    const s = new M.Session(false, 1e12, 4 << 20);
    s.load(generatorLoop(items), 'main.py');
    const [runMs] = time(() => s.run(0));
    const n = s.stepCount();
    const [recordMs] = time(() => s.events(0, 0));
    s.seek(n - 1);
    // The seek engine has finished: going back is a replay from the start, watched by an
    // observer that only asks for the steps around the target.
    const [replayMs] = time(() => s.seek(n - 1000));
    const st = s.stats();
    console.log(`generator loop of ${items} items: ${n} steps`);
    console.log(`  no observer:                ${runMs.toFixed(0)} ms, ${(n / runMs / 1000).toFixed(1)} M steps/s`);
    console.log(`  replay, seeking observer:   ${replayMs.toFixed(0)} ms, ${(n / replayMs / 1000).toFixed(1)} M steps/s`);
    console.log(`  recording every instruction: ${recordMs.toFixed(0)} ms, ${(n / recordMs / 1000).toFixed(1)} M steps/s` +
      `${st.historyTruncatedAt >= 0 ? ` (history capped at step ${st.historyTruncatedAt})` : ''}`);
    s.delete();
  }

  // About a million steps: recording, seeks, steps, history memory.
  {
    const s = new M.Session();
    s.load(generatorLoop(70000), 'main.py');
    s.run(0);
    const n = s.stepCount();
    const [recordMs] = time(() => s.events(0, 0));
    const seeks = [];
    for (const k of [n - 1, Math.floor(n / 2), 10, Math.floor((3 * n) / 4), Math.floor(n / 4), n - 1000, 5000, Math.floor(n / 3)]) {
      seeks.push(time(() => s.seek(k))[0]);
    }
    s.seek(Math.floor(n / 2) + 100);
    const [fwdMs] = time(() => { for (let i = 0; i < 50; i++) s.stepForward(); });
    const [backMs] = time(() => { for (let i = 0; i < 50; i++) s.stepBack(); });
    const [overMs] = time(() => { for (let i = 0; i < 20; i++) s.stepOver(); });
    const st = s.stats();
    console.log(`a ${n}-step program: recording ${recordMs.toFixed(0)} ms, history ${(st.historyBytes / 1048576).toFixed(1)} MiB ` +
      `(${st.historyEvents} events)`);
    console.log(`  seek: mean ${mean(seeks).toFixed(1)} ms, worst ${Math.max(...seeks).toFixed(1)} ms`);
    // The same seeks once prepare() (the page's idle-time work) has placed the checkpoints.
    const [prepareMs] = time(() => { while (s.prepare(200000)); });
    const placed = [];
    for (const k of [n - 1, Math.floor(n / 2), 10, Math.floor((3 * n) / 4), Math.floor(n / 4), n - 1000, 5000, Math.floor(n / 3)]) {
      placed.push(time(() => s.seek(k))[0]);
    }
    console.log(`  with ${s.stats().checkpoints} checkpoints (placed in ${prepareMs.toFixed(0)} ms of idle time): ` +
      `seek mean ${mean(placed).toFixed(1)} ms, worst ${Math.max(...placed).toFixed(1)} ms`);
    console.log(`  step forward ${(fwdMs / 50).toFixed(2)} ms, step back ${(backMs / 50).toFixed(2)} ms, ` +
      `step over ${(overMs / 20).toFixed(2)} ms each`);
    s.delete();
  }

  // Snapshot building for a typical teaching program.
  {
    const s = new M.Session();
    s.load(TEACHING, 'main.py');
    s.run(0);
    const n = s.stepCount();
    const builds = [];
    const snapshots = [];
    for (let k = 0; k < n; k += 7) {
      s.seek(k);
      builds.push(s.stats().lastSnapshotMs);
      snapshots.push(time(() => s.snapshot())[0]);
    }
    s.seek(n - 1);
    console.log(`teaching program (${n} steps): building a snapshot: mean ${mean(builds).toFixed(3)} ms, ` +
      `worst ${Math.max(...builds).toFixed(3)} ms; snapshot() across the binding: mean ${mean(snapshots).toFixed(3)} ms; ` +
      `${s.snapshot().length} characters`);
    s.delete();
  }
}

main();
