// app.js: the page. Editor (kept in localStorage), Run/Stop buttons, output pane, status line.
// Talks to the interpreter only through YSEngine (engine.js).
(function () {
  'use strict';

  var STORAGE_KEY = 'yieldscope.editor.v1';
  var MAX_SHOWN_CHARS = 1000000;  // beyond this the output pane stops growing
  var INDENT = '    ';

  var DEFAULT_PROGRAM = [
    '# Collatz: halve n if even, else 3n + 1; count the steps to 1.',
    'def collatz_steps(n):',
    '    steps = 0',
    '    while n != 1:',
    '        if n % 2 == 0:',
    '            n = n // 2',
    '        else:',
    '            n = 3 * n + 1',
    '        steps = steps + 1',
    '    return steps',
    '',
    'for start in [6, 7, 27]:',
    '    print("collatz", start, "takes", collatz_steps(start), "steps")',
    '',
    'total = 0',
    'for i in range(1, 101):',
    '    total = total + i',
    'print("sum of 1..100 is", total)',
    '',
  ].join('\n');

  var editor = document.getElementById('editor');
  var runButton = document.getElementById('run');
  var stopButton = document.getElementById('stop');
  var engineState = document.getElementById('engine-state');
  var output = document.getElementById('output');
  var statusLine = document.getElementById('status');

  var current = null;  // the run in progress, if any
  var shownChars = 0;

  // Storage may be denied (file:// in some browsers, sandboxed iframes): then we simply don't persist.
  function loadSaved() {
    try { return window.localStorage.getItem(STORAGE_KEY); } catch (e) { return null; }
  }
  function save() {
    try { window.localStorage.setItem(STORAGE_KEY, editor.value); } catch (e) { /* not persisted */ }
  }

  function setEngineState(text, kind) {
    engineState.textContent = text;
    engineState.className = 'engine-state ' + kind;
  }

  function setStatus(text, kind) {
    statusLine.textContent = text;
    statusLine.className = 'status' + (kind ? ' ' + kind : '');
  }

  function appendOutput(text, isStderr) {
    if (!text || shownChars >= MAX_SHOWN_CHARS) return;
    var room = MAX_SHOWN_CHARS - shownChars;
    var shown = text.length > room ? text.slice(0, room) + '\n[output truncated]\n' : text;
    shownChars += text.length;
    if (isStderr) {
      var span = document.createElement('span');
      span.className = 'stderr';
      span.textContent = shown;
      output.appendChild(span);
    } else {
      output.appendChild(document.createTextNode(shown));
    }
    output.scrollTop = output.scrollHeight;
  }

  function formatSteps(n) {
    return n.toLocaleString('en-US') + (n === 1 ? ' step' : ' steps');
  }

  function formatMs(ms) {
    return ms < 10 ? ms.toFixed(1) + ' ms' : Math.round(ms).toLocaleString('en-US') + ' ms';
  }

  function describe(result) {
    var e = result.compileError;
    if (e) return e.type + ' at line ' + e.line + ', column ' + (e.col + 1) + ': ' + e.message;
    var what = {
      finished: 'finished',
      error: 'uncaught exception',
      limit: 'step budget used up',
      stopped: 'stopped',
    }[result.status] || result.status;
    return what + ' · ' + formatSteps(result.steps) + ' · ' + formatMs(result.ms);
  }

  function setRunning(running) {
    runButton.disabled = running;
    stopButton.disabled = !running;
  }

  function run() {
    if (current || runButton.disabled) return;
    output.textContent = '';
    shownChars = 0;
    setRunning(true);
    setStatus('running…', 'running');
    current = YSEngine.start(editor.value, {
      onProgress: function (p) {
        appendOutput(p.stdout, false);
        appendOutput(p.stderr, true);
        setStatus('running… ' + formatSteps(p.steps), 'running');
      },
    });
    current.done.then(function (result) {
      var ok = result.status === 'finished' && result.exitStatus === 0;
      setStatus(describe(result), ok ? 'ok' : 'failed');
    }, function (err) {
      appendOutput('internal error: ' + (err && err.message ? err.message : String(err)) + '\n', true);
      setStatus('internal error', 'failed');
    }).then(function () {
      current = null;
      setRunning(false);
    });
  }

  function stop() {
    if (current) current.stop();
  }

  // Replaces the selection the way typing would, so undo keeps working where supported.
  function replaceSelection(text) {
    if (!document.execCommand || !document.execCommand('insertText', false, text)) {
      editor.setRangeText(text, editor.selectionStart, editor.selectionEnd, 'end');
      save();
    }
  }

  // Tab indents (a multi-line selection line by line), Shift+Tab dedents the selected lines.
  function indent(dedent) {
    var value = editor.value;
    var start = editor.selectionStart;
    var end = editor.selectionEnd;
    var multiLine = value.slice(start, end).indexOf('\n') !== -1;
    if (!dedent && !multiLine) {
      replaceSelection(INDENT);
      return;
    }
    var lineStart = value.lastIndexOf('\n', start - 1) + 1;
    var lines = value.slice(lineStart, end).split('\n');
    var changed = lines.map(function (line) {
      if (!dedent) return line === '' ? line : INDENT + line;
      return line.replace(/^ {1,4}/, '');
    }).join('\n');
    editor.setSelectionRange(lineStart, end);
    replaceSelection(changed);
    editor.setSelectionRange(lineStart, lineStart + changed.length);
  }

  var tabLeavesEditor = false;  // after Escape, Tab moves focus on instead of indenting
  editor.addEventListener('keydown', function (event) {
    if (event.key === 'Tab' && !tabLeavesEditor && !event.altKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      indent(event.shiftKey);
    }
    tabLeavesEditor = event.key === 'Escape';
  });
  document.addEventListener('keydown', function (event) {
    if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
      event.preventDefault();
      run();
    }
  });
  editor.addEventListener('input', save);
  runButton.addEventListener('click', run);
  stopButton.addEventListener('click', stop);

  var saved = loadSaved();
  editor.value = saved !== null ? saved : DEFAULT_PROGRAM;

  setEngineState('loading…', 'loading');
  YSEngine.init().then(function () {
    setEngineState('ready', 'ready');
    runButton.disabled = false;
  }, function (err) {
    setEngineState('failed to load', 'failed');
    setStatus('The interpreter could not start: ' + (err && err.message ? err.message : String(err)), 'failed');
  });
})();
