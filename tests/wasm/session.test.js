// session.test.js: the Session class of the wasm build, driven from node.
// Expected outputs and error positions were taken from CPython 3.11 (python3).
'use strict';

const { test, before } = require('node:test');
const assert = require('node:assert/strict');
const { loadModule, runProgram } = require('./support.js');

let M;
before(async () => {
  M = await loadModule();
});

const SQUARES = `def square(n):
    return n * n

total = 0
for i in range(1, 6):
    total = total + square(i)
    print(i, square(i), total)
print("done", total / 2, total // 4, total % 7, -7 // 2)
`;
const SQUARES_OUT = '1 1 1\n2 4 5\n3 9 14\n4 16 30\n5 25 55\ndone 27.5 13 6 -4\n';

const DIVIDE_BY_ZERO = 'print("before")\nx = 1 / 0\nprint("after")\n';

test('the module loads and exposes the Session class', async () => {
  assert.equal(typeof M.Session, 'function');
  const other = await loadModule();
  assert.notEqual(other, M, 'each factory call gives its own module instance');
  assert.equal(runProgram(other, 'print(1+2)\n').stdout, '3\n');
});

test('print(1+2) prints 3', () => {
  const r = runProgram(M, 'print(1+2)\n');
  assert.deepEqual(r.loaded, { ok: true });
  assert.equal(r.status, 'finished');
  assert.equal(r.stdout, '3\n');
  assert.equal(r.stderr, '');
  assert.equal(r.output, '3\n');
  assert.equal(r.exitStatus, 0);
  assert.ok(r.steps > 0, 'some instructions ran');
});

test('a function, a loop and arithmetic give the CPython output', () => {
  const r = runProgram(M, SQUARES);
  assert.equal(r.status, 'finished');
  assert.equal(r.stdout, SQUARES_OUT);
  assert.equal(r.exitStatus, 0);
});

test('two Sessions are independent, even when interleaved', () => {
  const a = new M.Session(false, 10000000);
  const b = new M.Session(false, 10000000);
  try {
    assert.equal(a.load('x = 1\nfor i in range(50):\n    x = x + 1\nprint("a", x)\n', 'a.py').ok, true);
    assert.equal(b.load('x = 100\nfor i in range(50):\n    x = x - 1\nprint("b", x)\n', 'b.py').ok, true);
    let ra;
    let rb;
    do {
      ra = a.run(5);
      rb = b.run(5);
    } while (ra.status === 'paused' || rb.status === 'paused');
    assert.equal(ra.status, 'finished');
    assert.equal(rb.status, 'finished');
    assert.equal(a.stdoutText(), 'a 51\n');
    assert.equal(b.stdoutText(), 'b 50\n');
  } finally {
    a.delete();
    b.delete();
  }
  // A name defined by another Session's program is not visible.
  runProgram(M, 'leaked = 1\n');
  const r = runProgram(M, 'print(leaked)\n', { errorLine: true });
  assert.equal(r.stdout, "NameError: name 'leaked' is not defined\n");
});

test('a SyntaxError is reported by load() with CPython position', () => {
  // compile() in CPython: msg "expected ':'", lineno 2, offset 12 (col is 0-based: 11).
  const r = runProgram(M, 'x = 5\nwhile x > 0\n    x = x - 1\n');
  assert.equal(r.loaded.ok, false);
  assert.equal(r.loaded.error.type, 'SyntaxError');
  assert.equal(r.loaded.error.message, "expected ':'");
  assert.equal(r.loaded.error.line, 2);
  assert.equal(r.loaded.error.col, 11);
  assert.ok(r.loaded.error.endLine >= 2, 'endLine is at or after line');
  assert.equal(r.runs.length, 0);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /SyntaxError: expected ':'\n$/);
  assert.equal(r.exitStatus, 1);
});

test('an IndentationError keeps its type', () => {
  // CPython: IndentationError, lineno 2, offset 1.
  const r = runProgram(M, 'if True:\nprint(3)\n');
  assert.equal(r.loaded.ok, false);
  assert.equal(r.loaded.error.type, 'IndentationError');
  assert.equal(r.loaded.error.message, "expected an indented block after 'if' statement on line 1");
  assert.equal(r.loaded.error.line, 2);
  assert.equal(r.loaded.error.col, 0);
});

test('with the error line on stdout, a SyntaxError prints only its last line', () => {
  const r = runProgram(M, 'def f()\n    return 1\n', { errorLine: true });
  assert.equal(r.loaded.ok, false);
  assert.equal(r.loaded.error.col, 7);
  assert.equal(r.stdout, "SyntaxError: expected ':'\n");
  assert.equal(r.stderr, '');
});

test('an uncaught exception ends the run with a traceback on stderr', () => {
  const r = runProgram(M, DIVIDE_BY_ZERO);
  assert.equal(r.status, 'error');
  assert.equal(r.exitStatus, 1);
  assert.equal(r.stdout, 'before\n');
  assert.match(r.stderr, /^Traceback \(most recent call last\):\n/);
  assert.match(r.stderr, /File "prog\.py", line 2, in <module>\n/);
  assert.match(r.stderr, /\nZeroDivisionError: division by zero\n$/);
  assert.equal(r.output, r.stdout + r.stderr, 'the traceback comes after the output');
});

test('with the error line on stdout, an exception prints only its last line', () => {
  const r = runProgram(M, DIVIDE_BY_ZERO, { errorLine: true });
  assert.equal(r.status, 'error');
  assert.equal(r.stdout, 'before\nZeroDivisionError: division by zero\n');
  assert.equal(r.stderr, '');
  assert.equal(r.exitStatus, 1);
});

test('running in slices of 10 steps reaches the same end as one run', () => {
  const whole = runProgram(M, SQUARES);
  const sliced = runProgram(M, SQUARES, { slice: 10 });
  assert.equal(sliced.stdout, whole.stdout);
  assert.equal(sliced.steps, whole.steps);
  assert.equal(sliced.status, 'finished');
  assert.ok(sliced.runs.length >= Math.ceil(whole.steps / 10), `${sliced.runs.length} slices for ${whole.steps} steps`);
  let previous = 0;
  for (const r of sliced.runs.slice(0, -1)) {
    assert.equal(r.status, 'paused');
    assert.ok(r.steps > previous && r.steps - previous <= 10, `a slice ran ${r.steps - previous} steps`);
    previous = r.steps;
  }
});

test('the step budget stops an endless loop', () => {
  const r = runProgram(M, 'n = 0\nwhile True:\n    n = n + 1\n', { budget: 1000 });
  assert.equal(r.status, 'limit');
  assert.ok(r.steps > 0 && r.steps <= 1000, `stopped after ${r.steps} steps`);
  assert.equal(r.runs.length, 1);
});

test('the step budget also holds across slices', () => {
  const r = runProgram(M, 'n = 0\nwhile True:\n    n = n + 1\n', { budget: 1000, slice: 300 });
  assert.equal(r.status, 'limit');
  assert.ok(r.steps <= 1000, `stopped after ${r.steps} steps`);
  assert.deepEqual(r.runs.slice(0, -1).map((x) => x.status), ['paused', 'paused', 'paused']);
});

test('the default constructor works', () => {
  const s = new M.Session();
  try {
    assert.equal(s.load('print("hi")\n', 'hi.py').ok, true);
    assert.equal(s.run(0).status, 'finished');
    assert.equal(s.stdoutText(), 'hi\n');
  } finally {
    s.delete();
  }
});

test('disText() lists the loaded program, dis() gives it as JSON', () => {
  const s = new M.Session(false, 1000);
  try {
    assert.equal(s.load(SQUARES, 'prog.py').ok, true);
    const listing = s.disText();
    assert.equal(typeof listing, 'string');
    assert.match(listing, /square/, 'the function appears in the listing');
    assert.ok(listing.split('\n').length > 10, 'one line per instruction');
    const codes = JSON.parse(s.dis()).codes;
    assert.deepEqual(codes.map((c) => c.name), ['<module>', 'square']);
  } finally {
    s.delete();
  }
});
