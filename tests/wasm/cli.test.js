// cli.test.js: scripts/yieldscope-node.js (wasm under node) against the native CLI.
// Both must give byte-identical stdout, stderr and exit status for the same command.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { ROOT } = require('./support.js');

const NATIVE = path.join(ROOT, 'build', 'native', 'yieldscope');
const NODE_RUNNER = path.join(ROOT, 'scripts', 'yieldscope-node.js');
const haveNative = fs.existsSync(NATIVE);
const skipNative = haveNative ? false : `the native CLI ${NATIVE} is not built (scripts/build.sh)`;

const PROGRAMS = {
  'hello.py': 'print("hello,", "world")\n',
  'loop.py': 'def fact(n):\n    r = 1\n    while n > 1:\n        r = r * n\n        n = n - 1\n    return r\n\nfor i in [0, 1, 5, 10]:\n    print(i, fact(i))\n',
  'zero.py': 'print("before")\nx = 1 / 0\nprint("after")\n',
  'nested.py': 'def inner(d):\n    return 10 // d\n\ndef outer(d):\n    return inner(d) + 1\n\nprint(outer(5))\nprint(outer(0))\n',
  'syntax.py': 'x = 5\nwhile x > 0\n    x = x - 1\n',
  'endless.py': 'n = 0\nwhile True:\n    n = n + 1\n',
  'many.py': 'for i in range(20000):\n    print(i, "a line long enough to need more than one pipe buffer")\n',
  'huge.py': 'print("before")\nx = [0] * 10**10\nprint("after")\n',
  'grow.py': 'def grow():\n    a = []\n    while True:\n        a.append("x" * 1000)\n\ntry:\n    grow()\nexcept MemoryError:\n    print("caught")\nprint("next", len([0] * 100))\n',
};

let dir;
before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ys-cli-'));
  for (const [name, source] of Object.entries(PROGRAMS)) fs.writeFileSync(path.join(dir, name), source);
});
after(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

function run(command, args) {
  const r = spawnSync(command, args, { cwd: dir, encoding: 'utf8', input: '', maxBuffer: 64 << 20, timeout: 30000 });
  assert.equal(r.error, undefined, `${command} could not run: ${r.error}`);
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

// Runs the same arguments both ways (with a relative FILE, as a user would) and compares.
function same(args) {
  const native = run(NATIVE, args);
  const wasm = run(process.execPath, [NODE_RUNNER, ...args]);
  assert.equal(wasm.stdout, native.stdout, 'stdout');
  assert.equal(wasm.stderr, native.stderr, 'stderr');
  assert.equal(wasm.status, native.status, 'exit status');
  return native;
}

test('hello: same output, exit 0', { skip: skipNative }, () => {
  const r = same(['run', 'hello.py']);
  assert.equal(r.stdout, 'hello, world\n');
  assert.equal(r.status, 0);
});

test('a loop and a function', { skip: skipNative }, () => {
  assert.equal(same(['run', 'loop.py']).stdout, '0 1\n1 1\n5 120\n10 3628800\n');
});

test('an uncaught exception: traceback on stderr, exit 1', { skip: skipNative }, () => {
  const r = same(['run', 'zero.py']);
  assert.equal(r.stdout, 'before\n');
  assert.match(r.stderr, /^Traceback \(most recent call last\):\n[\s\S]*ZeroDivisionError: division by zero\n$/);
  assert.equal(r.status, 1);
});

test('a traceback through two functions', { skip: skipNative }, () => {
  const r = same(['run', 'nested.py']);
  assert.equal(r.stdout, '3\n');
  assert.match(r.stderr, /line 8, in <module>[\s\S]*line 5, in outer[\s\S]*line 2, in inner[\s\S]*ZeroDivisionError: integer division or modulo by zero\n$/);
  assert.equal(r.status, 1);
});

test('--error-line puts the last traceback line on stdout', { skip: skipNative }, () => {
  const r = same(['run', '--error-line', 'zero.py']);
  assert.equal(r.stdout, 'before\nZeroDivisionError: division by zero\n');
  assert.equal(r.status, 1);
});

test('a SyntaxError', { skip: skipNative }, () => {
  const r = same(['run', 'syntax.py']);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /SyntaxError: expected ':'\n$/);
  assert.equal(r.status, 1);
  assert.equal(same(['run', '--error-line', 'syntax.py']).stdout, "SyntaxError: expected ':'\n");
});

test('dis prints the same listing', { skip: skipNative }, () => {
  const r = same(['dis', 'loop.py']);
  assert.equal(r.status, 0);
  assert.match(r.stdout, /fact/);
});

test('dis of a program that does not compile', { skip: skipNative }, () => {
  const r = same(['dis', 'syntax.py']);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /SyntaxError: expected ':'\n$/);
  assert.equal(r.status, 1);
});

test('an endless loop stops at the same step budget', { skip: skipNative }, () => {
  const r = same(['run', '--max-steps', '10000000', 'endless.py']);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /stopped after 10000000 steps/);
  assert.notEqual(r.status, 0);
});

test('--max-memory: past the cap a MemoryError, the same from both builds', { skip: skipNative }, () => {
  const huge = same(['run', '--max-memory', '64M', 'huge.py']);
  assert.equal(huge.stdout, 'before\n');
  assert.match(huge.stderr, /^Traceback \(most recent call last\):\n  File "huge.py", line 2, in <module>\n[\s\S]*\nMemoryError\n$/);
  assert.equal(huge.status, 1);
  const grow = same(['run', '--error-line', '--max-memory', '32M', 'grow.py']);
  assert.equal(grow.stdout, 'caught\nnext 100\n');
  assert.equal(grow.status, 0);
  // The default cap (1 GiB) refuses 80 GB up front as well.
  assert.equal(same(['run', '--error-line', 'huge.py']).stdout, 'before\nMemoryError\n');
  for (const [command, ...args] of [[NATIVE], [process.execPath, NODE_RUNNER]]) {
    const bad = run(command, [...args, 'run', '--max-memory', '12X', 'huge.py']);
    assert.match(bad.stderr, /usage/);
    assert.equal(bad.status, 2);
  }
});

test('a missing file: message on stderr, exit 2', { skip: skipNative }, () => {
  const r = same(['run', 'no_such_file.py']);
  assert.equal(r.stdout, '');
  assert.equal(r.stderr, "yieldscope: can't open file 'no_such_file.py': [Errno 2] No such file or directory\n");
  assert.equal(r.status, 2);
});

test('long output through a pipe is complete', { skip: skipNative }, () => {
  const r = same(['run', 'many.py']);
  const lines = r.stdout.split('\n');
  assert.equal(lines.length, 20001);
  assert.equal(lines[19999], '19999 a line long enough to need more than one pipe buffer');
  assert.equal(r.status, 0);
});

test('the node runner alone: missing file and bad usage', () => {
  const missing = run(process.execPath, [NODE_RUNNER, 'run', 'no_such_file.py']);
  assert.equal(missing.stderr, "yieldscope: can't open file 'no_such_file.py': [Errno 2] No such file or directory\n");
  assert.equal(missing.status, 2);
  const usage = run(process.execPath, [NODE_RUNNER, 'frobnicate']);
  assert.equal(usage.stdout, '');
  assert.match(usage.stderr, /usage/);
  assert.equal(usage.status, 2);
});
