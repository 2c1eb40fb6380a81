// engine.js: the only file that touches the wasm module (the global createYieldscope).
// start(): runs a program in a Session in slices, reports output as it grows, always deletes
// the Session. inspect(): runs a program and hands back an inspector over its steps (the
// snapshots and events of docs/trace-format.md, parsed). Types: site/yieldscope.d.ts.
(function (global) {
  'use strict';

  var DEFAULTS = {
    filename: 'main.py',
    sliceSteps: 200000,    // instructions per slice; the page yields to the browser between slices
    stepBudget: 10000000,  // instructions per run before it stops with status "limit"
    outputLimit: 4 * 1024 * 1024,  // bytes of output per run
    // Bytes a run may allocate before it gets a MemoryError. The inspector replays a run
    // in up to three copies at once, and the module's memory (2 GiB at most) never shrinks.
    maxMemory: 256 * 1024 * 1024,
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
        var session = new M.Session(false, opts.stepBudget, opts.outputLimit, opts.maxMemory);
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

  // Runs `source` to its end (in slices, yielding to the browser between them) and resolves
  // to an Inspector standing at the last step, or to {compileError} when it does not compile.
  // Options: filename, stepBudget, outputLimit, maxMemory, sliceSteps, onProgress({steps}).
  function inspect(source, options) {
    var opts = Object.assign({}, DEFAULTS, options);
    return init().then(function (M) {
      var session = new M.Session(false, opts.stepBudget, opts.outputLimit, opts.maxMemory);
      var loaded;
      try {
        loaded = session.load(source, opts.filename);
      } catch (e) {
        session.delete();
        throw e;
      }
      if (!loaded.ok) {
        session.delete();
        return { compileError: loaded.error };
      }
      return new Promise(function (resolve, reject) {
        function slice() {
          try {
            var r = session.run(opts.sliceSteps);
            if (opts.onProgress) opts.onProgress({ steps: r.steps });
            if (r.status === 'paused') setTimeout(slice, 0);
            else resolve(new Inspector(session, r.status, opts.sliceSteps));
          } catch (e) {
            if (!session.isDeleted()) session.delete();
            reject(e);
          }
        }
        slice();
      });
    });
  }

  // Calls f when the page is idle (soon, where there is no requestIdleCallback);
  // returns a function that cancels the call.
  function whenIdle(f) {
    if (typeof global.requestIdleCallback === 'function') {
      var id = global.requestIdleCallback(f, { timeout: 1000 });
      return function () { global.cancelIdleCallback(id); };
    }
    var timer = setTimeout(f, 0);
    return function () { clearTimeout(timer); };
  }

  // The inspector over one run. Every move returns the snapshot it lands on; positions
  // are step numbers. dispose() frees the Session (and must be called). While the page
  // is idle it places the Session's checkpoints (prepare()), so that seeks far back in
  // a long run replay a short stretch instead of the whole run.
  function Inspector(session, status, sliceSteps) {
    this.session = session;
    this.status = status;           // how the run ended: finished, error, limit
    this.steps = session.stepCount();
    this.disCache = null;
    this.cancelPrepare = null;
    this.prepareSteps = sliceSteps || DEFAULTS.sliceSteps;
    this.prepareWhenIdle();
  }
  Inspector.prototype = {
    position: function () { return this.session.position(); },
    snapshot: function () { return JSON.parse(this.session.snapshot()); },
    seek: function (step) { this.session.seek(step); return this.snapshot(); },
    stepForward: function () { this.session.stepForward(); return this.snapshot(); },
    stepBack: function () { this.session.stepBack(); return this.snapshot(); },
    nextLine: function () { this.session.nextLine(); return this.snapshot(); },
    prevLine: function () { this.session.prevLine(); return this.snapshot(); },
    stepOver: function () { this.session.stepOver(); return this.snapshot(); },
    stepOut: function () { this.session.stepOut(); return this.snapshot(); },
    nextEvent: function (kind) { this.session.nextEvent(kind); return this.snapshot(); },
    prevEvent: function (kind) { this.session.prevEvent(kind); return this.snapshot(); },
    // Events of steps from..to (inclusive); all of them without arguments.
    events: function (from, to) {
      return JSON.parse(this.session.events(from === undefined ? 0 : from, to === undefined ? Infinity : to));
    },
    output: function () { return this.session.output(); },
    dis: function () {
      if (!this.disCache) this.disCache = JSON.parse(this.session.dis());
      return this.disCache;
    },
    stats: function () { return this.session.stats(); },
    // Resolves once every checkpoint is in place (tests and benchmarks wait for it).
    prepared: function () {
      var self = this;
      return new Promise(function (resolve) {
        (function poll() {
          if (!self.session || !self.cancelPrepare) resolve();
          else setTimeout(poll, 5);
        })();
      });
    },
    prepareWhenIdle: function () {
      var self = this;
      function work() {
        self.cancelPrepare = null;
        if (!self.session || self.session.isDeleted()) return;
        var more = false;
        try {
          more = self.session.prepare(self.prepareSteps);
        } catch (e) {
          more = false;  // seeking still works without checkpoints
        }
        if (more) self.cancelPrepare = whenIdle(work);
      }
      this.cancelPrepare = whenIdle(work);
    },
    dispose: function () {
      if (this.cancelPrepare) this.cancelPrepare();
      this.cancelPrepare = null;
      if (this.session && !this.session.isDeleted()) this.session.delete();
      this.session = null;
    },
  };

  global.YSEngine = { init: init, start: start, inspect: inspect };
})(this);
