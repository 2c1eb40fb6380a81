// support.js: shared helpers for the node tests of the wasm build (not a test file itself).
// Loads build/wasm/yieldscope.js (or $YS_WASM_JS) and runs programs through a Session.
'use strict';

const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');
const WASM_JS = process.env.YS_WASM_JS
  ? path.resolve(process.env.YS_WASM_JS)
  : path.join(ROOT, 'build', 'wasm', 'yieldscope.js');

// A fresh, independent module instance.
function loadModule() {
  return require(WASM_JS)();
}

// Loads and runs `source` in a new Session, deletes it, returns everything observable.
function runProgram(M, source, { errorLine = false, budget = 10000000, filename = 'prog.py', slice = 0 } = {}) {
  const session = new M.Session(errorLine, budget);
  try {
    const loaded = session.load(source, filename);
    const runs = [];
    if (loaded.ok) {
      do runs.push(session.run(slice));
      while (runs[runs.length - 1].status === 'paused');
    }
    return {
      loaded,
      runs,
      status: runs.length ? runs[runs.length - 1].status : null,
      steps: session.stepCount(),
      stdout: session.stdoutText(),
      stderr: session.stderrText(),
      output: session.output(),
      exitStatus: session.exitStatus(),
    };
  } finally {
    session.delete();
  }
}

module.exports = { ROOT, WASM_JS, loadModule, runProgram };
