// node-loading.test.js: scripts/wasm-module.js, how node loads the wasm build (the
// loader script and the .wasm file), against the page's packed single-file script.
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { ROOT, loadModule, runProgram } = require('./support.js');

const { loadYieldscope, modulePaths } = require(path.join(ROOT, 'scripts', 'wasm-module.js'));
const BUILD = path.join(ROOT, 'build', 'wasm');
const TWO_FILES = { loader: path.join(BUILD, 'yieldscope_loader.js'), module: path.join(BUILD, 'yieldscope_loader.wasm') };

const PROGRAM = `def relay(g):
    got = yield from g
    return got * 2

def leaf():
    x = yield 1
    y = yield x + 1
    return y

r = relay(leaf())
print(next(r), r.send(10))
try:
    r.send(5)
except StopIteration as e:
    print("returned", e.value)
`;

test('without YS_WASM_JS, node takes the loader and the .wasm beside it', () => {
  const saved = process.env.YS_WASM_JS;
  delete process.env.YS_WASM_JS;
  try {
    assert.deepEqual(modulePaths(), TWO_FILES);
  } finally {
    if (saved !== undefined) process.env.YS_WASM_JS = saved;
  }
  for (const file of Object.values(TWO_FILES)) assert.ok(fs.existsSync(file), `${file} is built`);
});

test('the two-file module runs a program exactly as the packed script does', async () => {
  const twoFiles = runProgram(await loadYieldscope({}, TWO_FILES), PROGRAM);
  const packed = runProgram(await loadModule(), PROGRAM);
  assert.equal(twoFiles.stdout, '1 11\nreturned 10\n');
  assert.equal(twoFiles.stderr, '');
  assert.equal(twoFiles.steps, packed.steps);
  assert.equal(twoFiles.stdout, packed.stdout);
});

test('a .wasm that does not compile rejects the load instead of leaving it pending', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ys-loading-'));
  try {
    const broken = path.join(dir, 'broken.wasm');
    fs.writeFileSync(broken, Buffer.from('not a wasm module'));
    await assert.rejects(loadYieldscope({}, { loader: TWO_FILES.loader, module: broken }), WebAssembly.CompileError);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
