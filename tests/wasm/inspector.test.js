// inspector.test.js: the inspector of the wasm build, driven from node: determinism, seeking
// in any order, step over across a yield and an await, generator frames moving between the
// stack and `suspended`, the limits, and the page's wrapper (site/js/engine.js).
'use strict';

const { test, before } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const { ROOT, WASM_JS, loadModule } = require('./support.js');

let M;
before(async () => {
  M = await loadModule();
});

const GENERATOR = `def gen(n):
    total = 0
    for i in range(n):
        x = yield i
        if x:
            total += x
    return total

def drive(g, v):
    return g.send(v)

g = gen(3)
print(next(g))
print('between')
print(drive(g, 10))
items = [next(g), 'a', {'k': (1, 2)}]
try:
    next(g)
except StopIteration as e:
    print('done', e.value)
`;

const COROUTINE = `class Ready:
    def __await__(self):
        v = yield 'waiting'
        return v * 2

async def coro():
    a = 1
    b = await Ready()
    print('got', b)
    return b

c = coro()
print(c.send(None))
print('main runs')
try:
    c.send(21)
except StopIteration as e:
    print('result', e.value)
`;

// A Session that ran `source` to its end; the caller deletes it.
function ran(source, ...options) {
  const s = new M.Session(...options);
  const loaded = s.load(source, 'main.py');
  assert.equal(loaded.ok, true, JSON.stringify(loaded));
  s.run(0);
  return s;
}

function withSession(source, fn, ...options) {
  const s = ran(source, ...options);
  try {
    return fn(s);
  } finally {
    s.delete();
  }
}

const events = (s) => JSON.parse(s.events(0, Infinity));
const snap = (s) => JSON.parse(s.snapshot());
const stepsOf = (evs, kind, frame) =>
  evs.filter((e) => e.kind === kind && (frame === undefined || e.frame === frame)).map((e) => e.step);
const frameOfCall = (evs, name) => evs.find((e) => e.kind === 'call' && e.name === name).frame;

test('two sessions give identical events and snapshots', () => {
  const a = ran(GENERATOR);
  const b = ran(GENERATOR);
  try {
    assert.equal(a.stepCount(), b.stepCount());
    assert.equal(a.events(0, Infinity), b.events(0, Infinity));
    const n = a.stepCount();
    for (const k of [0, Math.floor(n / 3), Math.floor(n / 2), n - 1]) {
      a.seek(k);
      b.seek(k);
      assert.equal(a.snapshot(), b.snapshot(), `step ${k}`);
    }
  } finally {
    a.delete();
    b.delete();
  }
});

test('seeking backwards, forwards and around equals a fresh seek', () => {
  const walker = ran(GENERATOR);
  try {
    const n = walker.stepCount();
    const forward = [];
    for (let k = 0; k < n; k++) {
      assert.equal(walker.seek(k), k);
      forward.push(walker.snapshot());
    }
    for (let k = n - 1; k >= 0; k--) {
      walker.seek(k);
      assert.equal(walker.snapshot(), forward[k], `backwards at step ${k}`);
    }
    for (const k of [n - 1, 5, Math.floor(n / 2), 0, n - 2]) {
      walker.seek(k);
      withSession(GENERATOR, (fresh) => {
        fresh.seek(k);
        assert.equal(walker.snapshot(), fresh.snapshot(), `around at step ${k}`);
      });
    }
    assert.equal(walker.seek(n + 100), n - 1, 'seek clamps to the last step');
  } finally {
    walker.delete();
  }
});

test('a generator frame is suspended after a yield, and on the stack after next() with f_back the resumer', () => {
  withSession(GENERATOR, (s) => {
    const evs = events(s);
    const genFrame = frameOfCall(evs, 'gen');
    const driveFrame = frameOfCall(evs, 'drive');
    const [firstYield] = stepsOf(evs, 'yield', genFrame);
    s.seek(firstYield);
    let sn = snap(s);
    assert.equal(sn.frames.find((f) => f.id === genFrame), undefined);
    const suspended = sn.suspended.find((f) => f.id === genFrame);
    assert.ok(suspended, 'listed as suspended');
    assert.equal(sn.objects[suspended.owner].state, 'SUSPENDED');
    assert.equal(sn.objects[suspended.owner].frame, genFrame);
    const resumes = stepsOf(evs, 'resume', genFrame);
    s.seek(resumes[1]);
    sn = snap(s);
    assert.equal(sn.frames[0].id, genFrame);
    assert.equal(sn.frames[0].back, driveFrame);
    // Between them, the built-in send() that resumed it, as a native frame.
    assert.equal(sn.frames[1].kind, 'native');
    assert.equal(sn.frames[1].qualname, 'generator.send');
    assert.ok(sn.frames[1].id < 0);
    assert.equal(sn.frames[1].back, driveFrame);
    assert.equal(sn.frames[2].id, driveFrame);
    assert.equal(sn.objects[suspended.owner].state, 'RUNNING');
    assert.equal(sn.suspended.find((f) => f.id === genFrame), undefined);
  });
});

test('step over a yield lands where the same frame resumes', () => {
  withSession(GENERATOR, (s) => {
    const evs = events(s);
    const genFrame = frameOfCall(evs, 'gen');
    const line4 = evs.find((e) => e.kind === 'line' && e.frame === genFrame && e.line === 4);
    s.seek(line4.step);
    s.stepOver();
    const sn = snap(s);
    assert.equal(sn.instruction.frame, genFrame);
    assert.equal(sn.line, 5);
    assert.equal(s.output(), '0\nbetween\n', 'the module ran in between');
  });
});

test('step over an await in a hand-driven coroutine lands after it resumes', () => {
  withSession(COROUTINE, (s) => {
    assert.equal(s.stdoutText(), 'waiting\nmain runs\ngot 42\nresult 42\n');
    const evs = events(s);
    const coroFrame = frameOfCall(evs, 'coro');
    const line8 = evs.find((e) => e.kind === 'line' && e.frame === coroFrame && e.line === 8);
    s.seek(line8.step);
    assert.equal(snap(s).frames[0].kind, 'coroutine');
    s.stepOver();
    const sn = snap(s);
    assert.equal(sn.instruction.frame, coroFrame);
    assert.equal(sn.line, 9);
    assert.equal(s.output(), 'waiting\nmain runs\n');
  });
});

test('navigation: step out, lines, events of a kind', () => {
  withSession(GENERATOR, (s) => {
    const evs = events(s);
    s.seek(0);
    const o1 = s.nextEvent('output');
    assert.equal(snap(s).event.kind, 'output');
    assert.equal(s.output(), '0\n');
    const o2 = s.nextEvent('output');
    assert.ok(o2 > o1);
    assert.equal(s.prevEvent('output'), o1);
    const l = s.nextLine();
    assert.ok(l > o1);
    assert.equal(snap(s).events[0].kind, 'line');
    assert.equal(s.prevLine() < l, true);
    const genFrame = frameOfCall(evs, 'gen');
    const inGen = evs.find((e) => e.kind === 'line' && e.frame === genFrame);
    s.seek(inGen.step);
    const out = s.stepOut();
    assert.equal(out, stepsOf(evs, 'yield', genFrame)[0] + 1);
    assert.equal(s.stepBack(), out - 1);
    assert.equal(s.stepForward(), out);
  });
});

test('the step budget stops a run and the inspector still works', () => {
  withSession('n = 0\nwhile True:\n    n += 1\n', (s) => {
    assert.equal(s.stepCount(), 3000);
    assert.match(s.stderrText(), /stopped after 3000 steps \(the step budget\)/);
    s.seek(2999);
    assert.equal(snap(s).status, 'limit');
  }, false, 3000);
});

test('the output limit ends a run with a clear message', () => {
  withSession('i = 0\nwhile True:\n    print("line", i)\n    i += 1\n', (s) => {
    assert.ok(s.stdoutText().length <= 500);
    assert.match(s.stderrText(), /stopped after \d+ steps \(the output limit of 500 bytes\)/);
    assert.ok(s.stepCount() < 5000, 'well before the step budget');
  }, false, 10000000, 500);
});

test('run(maxSteps) returns and continues; the inspector covers what ran', () => {
  const s = new M.Session();
  try {
    assert.equal(s.position(), -1);
    assert.equal(snap(s).step, -1);
    s.load(GENERATOR, 'main.py');
    let r = s.run(25);
    assert.equal(r.status, 'paused');
    assert.equal(s.position(), s.stepCount() - 1);
    assert.equal(snap(s).status, 'paused');
    while (r.status === 'paused') r = s.run(25);
    assert.equal(r.status, 'finished');
    withSession(GENERATOR, (whole) => {
      assert.equal(s.events(0, Infinity), whole.events(0, Infinity));
      s.seek(30);
      whole.seek(30);
      assert.equal(s.snapshot(), whole.snapshot());
    });
  } finally {
    s.delete();
  }
});

test('dis() is JSON naming the code objects snapshots refer to', () => {
  withSession(GENERATOR, (s) => {
    const dis = JSON.parse(s.dis());
    assert.deepEqual(dis.codes.map((c) => c.name), ['<module>', 'gen', 'drive']);
    const y = stepsOf(events(s), 'yield')[0];
    s.seek(y);
    const ins = snap(s).instruction;
    assert.equal(dis.codes[ins.code].instructions[ins.offset / 2].opname, 'YIELD_VALUE');
  });
});

test('snapshots of a long run are fast enough, and so are seeks', () => {
  // About a million steps.
  const src = 'def gen(n):\n    for i in range(n):\n        yield i\ntotal = 0\nfor x in gen(70000):\n    total += x\nprint(total)\n';
  withSession(src, (s) => {
    const n = s.stepCount();
    assert.ok(n > 900000, `${n} steps`);
    let t = performance.now();
    s.events(0, 0); // records the history
    const recordMs = performance.now() - t;
    const times = [];
    for (const k of [n - 1, Math.floor(n / 2), 10, Math.floor((3 * n) / 4), Math.floor(n / 4), n - 1000]) {
      t = performance.now();
      s.seek(k);
      times.push(performance.now() - t);
      assert.equal(snap(s).step, k);
    }
    const stats = s.stats();
    console.log(`# ${n} steps: recording ${recordMs.toFixed(0)} ms, history ${(stats.historyBytes / 1e6).toFixed(1)} MB, ` +
      `seeks ${times.map((x) => x.toFixed(0)).join(' ')} ms`);
    assert.ok(stats.historyBytes < 64e6, 'history under 64 MB');
    assert.ok(Math.max(...times) < 1000, 'no seek takes a second');

    // With the checkpoints in place, seeks far back go on from one of them.
    t = performance.now();
    let slices = 0;
    while (s.prepare(200000)) assert.ok(++slices < 1000);
    const prepareMs = performance.now() - t;
    const placed = s.stats();
    assert.ok(placed.checkpoints >= 6, `${placed.checkpoints} checkpoints`);
    const after = [];
    for (const k of [n - 5000, Math.floor((3 * n) / 16), Math.floor((5 * n) / 16), Math.floor((11 * n) / 16), Math.floor((9 * n) / 16)]) {
      const replayed = s.stats().replayedSteps;
      t = performance.now();
      s.seek(k);
      after.push(performance.now() - t);
      assert.equal(snap(s).step, k);
      assert.ok(s.stats().replayedSteps - replayed < n / 8 + n / 16, 'replays a stretch, not the run');
    }
    assert.equal(s.stats().replays, placed.replays, 'no seek replayed from the start');
    console.log(`# checkpoints: ${placed.checkpoints} placed in ${prepareMs.toFixed(0)} ms; ` +
      `seeks ${after.map((x) => x.toFixed(0)).join(' ')} ms`);
  });
});

test('the page wrapper (engine.js) inspects a program', async () => {
  const code = fs.readFileSync(path.join(ROOT, 'site', 'js', 'engine.js'), 'utf8');
  const context = { createYieldscope: require(WASM_JS), setTimeout, clearTimeout, performance, Object, Promise, JSON, Error };
  context.self = context;
  vm.createContext(context);
  vm.runInContext(code, context);
  const YSEngine = context.YSEngine;
  const bad = await YSEngine.inspect('x = (\n');
  assert.equal(bad.compileError.type, 'SyntaxError');
  const insp = await YSEngine.inspect(GENERATOR, { sliceSteps: 20 });
  try {
    assert.equal(insp.status, 'finished');
    assert.equal(insp.position(), insp.steps - 1);
    const first = insp.seek(0);
    assert.equal(first.step, 0);
    const yielded = insp.nextEvent('yield');
    assert.equal(yielded.event.kind, 'yield');
    const after = insp.stepOver();
    assert.ok(after.step > yielded.step);
    assert.ok(insp.events().length > 10);
    assert.equal(insp.dis().codes[0].name, '<module>');
    assert.equal(typeof insp.output(), 'string');
  } finally {
    insp.dispose();
  }
});
