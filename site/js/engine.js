// engine.js: the only file that touches the wasm module (the global createYieldscope).
// Runs a program in a Session in slices, reports output as it grows, always deletes the Session.
(function (global) {
  'use strict';

  var DEFAULTS = {
    filename: 'main.py',
    sliceSteps: 200000,    // instructions per slice; the page yields to the browser between slices
    stepBudget: 10000000,  // instructions per run before it stops with status "limit"
  };

  var modulePromise = null;

  // Instantiates the module once; later calls return the same promise.
  function init() {
    if (!modulePromise) {
      modulePromise = new Promise(function (resolve) {
        if (typeof global.createYieldscope !== 'function') {
          throw new Error('yieldscope.js did not load');
        }
        resolve(global.createYieldscope());
      });
    }
    return modulePromise;
  }

  // Starts running `source`. Returns {stop(), done}; `done` resolves to
  // {status, steps, ms, stdout, stderr, exitStatus, compileError}, where status is
  // "finished", "error", "limit" or "stopped", and compileError is null or
  // {type, message, line, col, endLine, endCol}. After the load and after every slice,
  // onProgress({stdout, stderr, steps}) gets the text added since its last call.
  function start(source, options) {
    var opts = Object.assign({}, DEFAULTS, options);
    var stopRequested = false;
    var done = init().then(function (M) {
      return new Promise(function (resolve, reject) {
        var session = new M.Session(false, opts.stepBudget);
        var started = performance.now();
        var seenOut = 0;
        var seenErr = 0;

        function report() {
          var out = session.stdoutText();
          var err = session.stderrText();
          if (opts.onProgress) {
            opts.onProgress({ stdout: out.slice(seenOut), stderr: err.slice(seenErr), steps: session.stepCount() });
          }
          seenOut = out.length;
          seenErr = err.length;
        }

        function finish(status, compileError) {
          var result = {
            status: status,
            steps: session.stepCount(),
            ms: performance.now() - started,
            stdout: session.stdoutText(),
            stderr: session.stderrText(),
            exitStatus: session.exitStatus(),
            compileError: compileError || null,
          };
          session.delete();
          resolve(result);
        }

        // Any exception out of the module ends the run: free the Session, reject.
        function guard(step) {
          return function () {
            try {
              step();
            } catch (e) {
              if (!session.isDeleted()) session.delete();
              reject(e);
            }
          };
        }

        function slice() {
          if (stopRequested) return finish('stopped');
          var r = session.run(opts.sliceSteps);
          report();
          if (r.status === 'paused') setTimeout(guard(slice), 0);
          else finish(r.status);
        }

        guard(function () {
          var loaded = session.load(source, opts.filename);
          report();
          if (!loaded.ok) finish('error', loaded.error);
          else slice();
        })();
      });
    });
    return {
      stop: function () { stopRequested = true; },
      done: done,
    };
  }

  global.YSEngine = { init: init, start: start };
})(this);
