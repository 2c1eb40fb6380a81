// register-allocation.test.js: every function of the module stays small enough for
// V8's best register allocator.
//
// V8 (node 20's V8 11.3, and the Chromes of its time) compiles a function with more
// than 8,192 virtual registers using its mid-tier register allocator, which spills far
// more. The eval loop, run(), once crossed that line, and every generator benchmark
// took 1.3-1.5x as long in wasm (docs/performance.md). Nothing in the build reports
// virtual registers, so this asks V8 itself: with --no-liftoff every function is
// compiled by TurboFan up front, and --turbo-stats-wasm lists the compiler phases that
// ran, where a mid-tier allocation shows up by name.
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { spawnSync } = require('node:child_process');
const { WASM_JS } = require('./support.js');

const FALLBACK_FLAG = 'turbo-use-mid-tier-regalloc-for-huge-functions';

function v8Options() {
  const r = spawnSync(process.execPath, ['--v8-options'], { encoding: 'utf8', maxBuffer: 16 << 20 });
  return r.stdout || '';
}

const skip = v8Options().includes(FALLBACK_FLAG)
  ? false
  : `this V8 has no --${FALLBACK_FLAG}: no function can be sent to a mid-tier allocator`;

test('no function of the module is left to V8\'s mid-tier register allocator', { skip, timeout: 120000 }, () => {
  // Instantiates the module (compiling all of it) and runs a program, then exits:
  // the statistics are printed at exit.
  const script = `
    require(${JSON.stringify(WASM_JS)})().then((M) => {
      const s = new M.Session(false, 1000);
      s.load('print(sum(x for x in range(10)))', 'p.py');
      s.run(0);
      process.stdout.write('OUT ' + s.stdoutText());
      s.delete();
    });`;
  const r = spawnSync(process.execPath, ['--no-liftoff', '--turbo-stats-wasm', '-e', script], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
    timeout: 110000,
  });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /OUT 45\n/, 'the module ran');
  // The statistics are there: TurboFan allocated registers for the module.
  assert.match(r.stdout, /V8\.TFAllocateGeneralRegisters/, 'V8 printed its compiler statistics');
  const midTier = r.stdout.split('\n').filter((line) => /MidTier/.test(line));
  assert.deepEqual(midTier, [], 'a function too large for the top-tier allocator (see docs/performance.md)');
});
