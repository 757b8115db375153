// Helpers of the end-to-end tests: a static server for dist/ on loopback (under a sub-path,
// as a static host might serve it), Debian's headless Chromium through playwright-core, and
// the exported index the page must show.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { join, extname, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import assert from 'node:assert/strict';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DIST = process.env.E2E_DIST ?? join(ROOT, 'dist');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/** The Content-Security-Policy the page must work under (docs/security.md). */
export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; object-src 'none'; base-uri 'none'";

/**
 * Serves `dir` under `prefix` on 127.0.0.1, with the strict CSP; resolves to
 * { url, origin, close }.
 */
export async function serve({ dir = DIST, prefix = '/stories/sub/path/', headers = { 'content-security-policy': CSP } } = {}) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (!path.startsWith(prefix)) {
      res.writeHead(404).end('not found');
      return;
    }
    let file = join(dir, path.slice(prefix.length) || 'index.html');
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        ...headers,
      });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((ok) => { server.closeAllConnections(); server.close(ok); }),
  };
}

export async function launch(extraArgs = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ...extraArgs,
    ],
  });
}

/**
 * A new page that records console errors and warnings, uncaught errors, and every request
 * that leaves `origin`.
 */
export async function watchedPage(browser, origin) {
  const page = await browser.newPage();
  const problems = [];
  const foreign = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.origin !== origin && u.protocol !== 'data:' && u.protocol !== 'blob:') foreign.push(r.url());
  });
  page.on('requestfailed', (r) => {
    // A navigation (reload, Back) cancels what the previous view was still loading.
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`request failed: ${r.url()}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return { page, problems, foreign };
}

let cachedIndex;
/** The index of the corpus the page was built from, as `story export` prints it. */
export function exportedIndex() {
  if (cachedIndex) return cachedIndex;
  const json = process.env.E2E_INDEX_JSON
    ? execFileSync('cat', [process.env.E2E_INDEX_JSON], { encoding: 'utf8' })
    : execFileSync('cargo', ['run', '-q', '--release', '-p', 'story-cli', '--', 'export', '--compact'], {
        cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28,
      });
  cachedIndex = JSON.parse(json);
  return cachedIndex;
}

/**
 * Waits until the app has rendered its document list and its first view is at rest: the
 * facets' counts and a long result list follow a frame after the first paint (`aria-busy`
 * until then), and on a real story that frame can move what is below them, so a click aimed
 * before it may land on another element.
 */
export async function ready(page) {
  // The build's snapshot of the first view (scripts/prerender.mjs) shows before the app runs,
  // inert: the app's own view is the one to use.
  await page.locator('#prerender').waitFor({ state: 'detached', timeout: 20000 });
  await page.locator('.doc-list__link').first().waitFor({ state: 'visible', timeout: 20000 });
  await page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached', timeout: 20000 });
}

/**
 * Scrolls `locator` into view and waits until it stays where it is for two frames. Rows with
 * `content-visibility: auto` (the article list) take their real height only once they come
 * near the viewport, so scrolling far down the page moves what lies below them a frame later:
 * a click aimed before that lands on another element.
 */
export async function steady(locator) {
  await locator.scrollIntoViewIfNeeded();
  const frames = () => locator.page().evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  let last = null;
  for (let i = 0; i < 50; i++) {
    const box = JSON.stringify(await locator.boundingBox());
    if (box === last) return;
    last = box;
    await frames();
  }
  throw new Error('the element kept moving');
}

/**
 * Waits for the results to be shown and final: a page built from a split index says
 * "Searching…" while a query's postings are on their way, and "Loading…" in passages whose
 * text is; a long list is busy until its sources after the first few follow, a frame after
 * them, and the facets until their counts follow, a frame after the results (`page` may be a
 * page or a frame locator).
 */
export async function settled(page) {
  await page.locator('#results-heading').filter({ hasNotText: 'Searching…' }).waitFor();
  await page.locator('.results[aria-busy="true"]').first().waitFor({ state: 'detached' });
  await page.locator('.results .loading').first().waitFor({ state: 'detached' });
  await page.locator('.facets[aria-busy="true"]').first().waitFor({ state: 'detached' });
}

/** Serves one HTML page at `/` on 127.0.0.1 (another origin than `serve`'s). */
export async function serveHtml(html) {
  const server = createServer((req, res) => {
    if (new URL(req.url, 'http://x').pathname === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((ok) => { server.closeAllConnections(); server.close(ok); }),
  };
}

const AXE = join(ROOT, 'e2e', 'node_modules', 'axe-core', 'axe.min.js');
/** Runs axe-core in the page; resolves to its violations (id, impact, nodes). */
export async function axe(page) {
  const source = await readFile(AXE, 'utf8');
  // evaluate() runs outside the page's CSP, as a test harness should.
  await page.evaluate(source);
  const result = await page.evaluate(async () => await window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
}

/** Starts the page's server and a browser for a test file. */
export async function start(options) {
  return { server: await serve(options), browser: await launch() };
}

/** Stops what `start` started. */
export async function stop({ server, browser }) {
  await browser?.close();
  await server?.close();
}

/** Fails on console errors or warnings, failed requests, or requests to another origin. */
export function clean({ problems, foreign }) {
  assert.deepEqual(problems, [], 'console errors, warnings or failed requests');
  assert.deepEqual(foreign, [], 'requests to another origin');
}

/** Parses CSV (RFC 4180: quoted fields, doubled quotes, CRLF) into rows of cells. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; }
    else cell += c;
  }
  if (cell !== '' || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

/**
 * Clicks an export button and resolves to the downloaded file's bytes. (The click is
 * dispatched to the button: on the hostile corpus a huge timeline mark lies over it.)
 */
export async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).dispatchEvent('click')]);
  return readFile(await file.path());
}
