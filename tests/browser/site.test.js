// site.test.js: the built page (dist/) in headless Chromium through playwright-core,
// from file://, over http on 127.0.0.1, and embedded cross-origin (iframe and plain scripts).
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const { chromium } = require('playwright-core');

const ROOT = path.resolve(__dirname, '..', '..');
const DIST = path.join(ROOT, 'dist');
const SHOTS = path.join(ROOT, 'build', 'screenshots');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const TIMEOUT = 60000;

// Outputs below come from CPython 3.11 (python3) running the same programs.
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
const DEFAULT_PROGRAM_OUT = 'collatz 6 takes 8 steps\ncollatz 7 takes 16 steps\ncollatz 27 takes 111 steps\nsum of 1..100 is 5050\n';
const ENDLESS = 'n = 0\nwhile True:\n    n = n + 1\n';

let browser;
let embedDir;
const servers = [];
let site;   // http origin serving dist/
let embed;  // a second origin serving the embedding pages

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

// Starts python3's http.server on a free port and waits until it answers.
async function serve(dir) {
  const port = await freePort();
  const proc = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', dir],
    { stdio: 'ignore' });
  servers.push(proc);
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(origin + '/');
      await res.arrayBuffer();
      return origin;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`http.server on ${origin} never answered`);
}

before(async () => {
  assert.ok(fs.existsSync(path.join(DIST, 'index.html')), 'dist/ is built (scripts/build.sh)');
  fs.mkdirSync(SHOTS, { recursive: true });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    // --no-sandbox: CI runs as root; --disable-dev-shm-usage: containers have a small /dev/shm.
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  site = await serve(DIST);
  embedDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ys-embed-'));
  fs.writeFileSync(path.join(embedDir, 'iframe.html'), `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<title>A blog post embedding yieldscope</title></head>
<body><h1>A blog post</h1><p>The interpreter below comes from another origin.</p>
<iframe src="${site}/index.html" width="1150" height="560" title="yieldscope"></iframe></body></html>
`);
  fs.writeFileSync(path.join(embedDir, 'scripts.html'), `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src ${site} 'wasm-unsafe-eval'; connect-src data:; img-src data:">
<link rel="icon" href="data:,"><title>yieldscope scripts from another origin</title></head>
<body><p>yieldscope.js and engine.js are loaded from ${site}.</p>
<script src="${site}/yieldscope.js"></script><script src="${site}/js/engine.js"></script></body></html>
`);
  embed = await serve(embedDir);
});

after(async () => {
  await browser?.close();
  for (const proc of servers) proc.kill();
  if (embedDir) fs.rmSync(embedDir, { recursive: true, force: true });
});

// A page that records console errors, uncaught exceptions and every request it makes.
async function openPage(allowed) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 640 } });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (msg) => { if (msg.type() === 'error') problems.push(`console error: ${msg.text().slice(0, 300)}`); });
  page.on('pageerror', (err) => problems.push(`uncaught: ${err.message}`));
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith('data:') && !allowed.some((prefix) => url.startsWith(prefix))) {
      problems.push(`request outside the page's files: ${url}`);
    }
  });
  return { context, page, problems };
}

async function waitReady(frame) {
  await frame.waitForFunction(() => /^(ready|failed)/.test(document.getElementById('engine-state').textContent),
    null, { timeout: TIMEOUT });
  assert.equal(await frame.textContent('#engine-state'), 'ready');
  assert.equal(await frame.isEnabled('#run'), true, 'Run is enabled once ready');
}

// Puts `source` in the editor, clicks Run and waits for the run to end.
async function runProgram(frame, source) {
  await frame.fill('#editor', source);
  await frame.click('#run');
  await frame.waitForSelector('#status.ok, #status.failed', { timeout: TIMEOUT });
  return {
    output: await frame.textContent('#output'),
    stderr: (await frame.$$eval('#output .stderr', (spans) => spans.map((s) => s.textContent))).join(''),
    status: await frame.textContent('#status'),
  };
}

// The checks every way of opening the page must pass.
async function exercise(frame, page, shotName) {
  await waitReady(frame);

  const ok = await runProgram(frame, SQUARES);
  assert.equal(ok.output, SQUARES_OUT);
  assert.equal(ok.stderr, '');
  assert.match(ok.status, /^finished · [\d,]+ steps · [\d.,]+ ms$/);
  await page.screenshot({ path: path.join(SHOTS, `${shotName}-ok.png`) });

  const bad = await runProgram(frame, DIVIDE_BY_ZERO);
  assert.match(bad.stderr, /^Traceback \(most recent call last\):\n[\s\S]*\nZeroDivisionError: division by zero\n$/);
  assert.equal(bad.output, 'before\n' + bad.stderr);
  assert.match(bad.status, /^uncaught exception · /);
  const color = await frame.$eval('#output .stderr', (s) => getComputedStyle(s).color);
  assert.equal(color, 'rgb(198, 40, 40)', 'the traceback is shown in red');
  await page.screenshot({ path: path.join(SHOTS, `${shotName}-error.png`) });
}

function assertClean(problems) {
  assert.deepEqual(problems, [], problems.join('\n'));
}

test('file:// — runs programs, shows tracebacks, keeps the editor text', { timeout: TIMEOUT * 3 }, async () => {
  const dist = pathToFileURL(DIST).href + '/';
  const { context, page, problems } = await openPage([dist]);
  await page.goto(dist + 'index.html');
  await exercise(page, page, 'file');
  // What the user typed survives a reload.
  await page.fill('#editor', 'print("kept")\n');
  await page.reload();
  await waitReady(page);
  assert.equal(await page.inputValue('#editor'), 'print("kept")\n');
  assertClean(problems);
  await context.close();
});

test('http — default program, keyboard, Stop, step budget', { timeout: TIMEOUT * 4 }, async () => {
  const { context, page, problems } = await openPage([site + '/']);
  await page.goto(site + '/index.html');
  await waitReady(page);

  // A fresh visitor gets the default program, and it runs as CPython runs it.
  await page.click('#run');
  await page.waitForSelector('#status.ok, #status.failed', { timeout: TIMEOUT });
  assert.equal(await page.textContent('#output'), DEFAULT_PROGRAM_OUT);
  await page.screenshot({ path: path.join(SHOTS, 'http-default.png') });

  await exercise(page, page, 'http');

  // Tab inserts four spaces; Ctrl+Enter runs.
  await page.fill('#editor', '');
  await page.focus('#editor');
  await page.keyboard.press('Tab');
  await page.keyboard.type('x');
  assert.equal(await page.inputValue('#editor'), '    x');
  await page.fill('#editor', 'print(6 * 7)\n');
  await page.focus('#editor');
  await page.keyboard.press('Control+Enter');
  await page.waitForSelector('#status.ok, #status.failed', { timeout: TIMEOUT });
  assert.equal(await page.textContent('#output'), '42\n');

  // An endless loop runs in slices and Stop ends it. Stop is clicked as soon as the first
  // slice reports its steps, so the run cannot reach its step budget first.
  await page.fill('#editor', ENDLESS);
  const progress = await page.evaluate(() => new Promise((resolve) => {
    const status = document.getElementById('status');
    const observer = new MutationObserver(() => {
      if (/^running… [1-9][\d,]* steps$/.test(status.textContent)) {
        observer.disconnect();
        document.getElementById('stop').click();
        resolve(status.textContent);
      }
    });
    observer.observe(status, { childList: true, characterData: true, subtree: true });
    document.getElementById('run').click();
  }));
  assert.match(progress, /^running… [1-9][\d,]* steps$/, 'a slice ran before Stop');
  await page.waitForSelector('#status.failed', { timeout: TIMEOUT });
  assert.match(await page.textContent('#status'), /^stopped · [\d,]+ steps · /);
  assert.equal(await page.isEnabled('#run'), true);
  assert.equal(await page.isEnabled('#stop'), false);

  // Left alone, it ends when the step budget is spent.
  await page.click('#run');
  await page.waitForSelector('#status.ok, #status.failed', { timeout: TIMEOUT });
  assert.match(await page.textContent('#status'), /^step budget used up · /);

  assertClean(problems);
  await context.close();
});

test('http — runaway memory and recursion end in Python errors, the page goes on', { timeout: TIMEOUT * 4 }, async () => {
  const { context, page, problems } = await openPage([site + '/']);
  await page.goto(site + '/index.html');
  await waitReady(page);

  // Past the page's memory cap (256 MiB) the program gets a MemoryError.
  const oom = await runProgram(page, 'a = []\nwhile True:\n    a.append([0] * 1000)\n');
  assert.match(oom.stderr, /^Traceback \(most recent call last\):\n[\s\S]*\nMemoryError\n$/);
  assert.match(oom.status, /^uncaught exception · /);
  const refused = await runProgram(page, 'try:\n    b = bytes(10**10)\nexcept MemoryError:\n    print("refused")\n');
  assert.equal(refused.output, 'refused\n');

  // Recursion through built-ins, with the limit raised: RecursionError, not a wasm stack overflow.
  const deep = await runProgram(page, 'import sys\nsys.setrecursionlimit(100000)\n' +
    'class R:\n    def __repr__(self):\n        return repr(self)\n' +
    'a = []\nfor i in range(100000):\n    a = [a]\n' +
    'for f in (lambda: repr(R()), lambda: repr(a), lambda: a == [a]):\n' +
    '    try:\n        f()\n    except RecursionError:\n        print("RecursionError")\n');
  assert.equal(deep.output, 'RecursionError\nRecursionError\nRecursionError\n');

  // The page is as it was.
  const ok = await runProgram(page, SQUARES);
  assert.equal(ok.output, SQUARES_OUT);
  await page.screenshot({ path: path.join(SHOTS, 'http-limits.png') });
  assertClean(problems);
  await context.close();
});

test('cross-origin iframe — the page embedded in another origin', { timeout: TIMEOUT * 3 }, async () => {
  const { context, page, problems } = await openPage([site + '/', embed + '/']);
  await page.goto(embed + '/iframe.html');
  const frame = page.frameLocator('iframe');
  await frame.locator('#engine-state').waitFor();
  const inner = page.frames().find((f) => f.url().startsWith(site));
  assert.ok(inner, 'the iframe shows the page from the other origin');
  await exercise(inner, page, 'iframe');
  assertClean(problems);
  await context.close();
});

test('cross-origin scripts — yieldscope.js and engine.js loaded from another origin', { timeout: TIMEOUT }, async () => {
  const { context, page, problems } = await openPage([site + '/', embed + '/']);
  await page.goto(embed + '/scripts.html');
  const results = await page.evaluate(async ([ok, bad]) => {
    await YSEngine.init();
    return [await YSEngine.start(ok).done, await YSEngine.start(bad).done];
  }, [SQUARES, DIVIDE_BY_ZERO]);
  assert.equal(results[0].status, 'finished');
  assert.equal(results[0].stdout, SQUARES_OUT);
  assert.equal(results[0].exitStatus, 0);
  assert.equal(results[1].status, 'error');
  assert.equal(results[1].stdout, 'before\n');
  assert.match(results[1].stderr, /ZeroDivisionError: division by zero\n$/);
  assert.equal(results[1].exitStatus, 1);
  assertClean(problems);
  await context.close();
});
