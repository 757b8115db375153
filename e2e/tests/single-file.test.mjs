// The page in one file (story.html, scripts/single-file.mjs) in Chromium: opened from disk
// (file://) it renders the story and every feature works with no request at all and no console
// error; served over http under the strict CSP (with the file's hashes, as a host must add
// them) it is the same page; the multi-file index.html opened from disk explains itself and
// points to story.html, and never shows that note when served; a file over the size limit is
// not made, and the build says why. Run on the whole index and on the split one (scripts/test
// runs e2e/tests against both): the split page's single file carries its chunks.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CSP, DIST, ROOT, clean, exportedIndex, launch, ready, serve, settled, stop, watchedPage } from '../lib.mjs';

const SINGLE = join(DIST, 'story.html');
const FILE_URL = pathToFileURL(SINGLE).href;

let browser;
before(async () => {
  browser = await launch();
});
after(() => stop({ browser }));

/** A word of the corpus to search for (the first long word of the first sentence). */
function word() {
  const text = exportedIndex().documents[0].sentences.map((s) => s.text).join(' ');
  return text.toLowerCase().match(/\p{L}{5,}/u)[0];
}

/** Every request a page makes that is not the navigation to a document (data: aside). */
function requestsOf(page) {
  const out = [];
  page.on('request', (r) => {
    if (!r.isNavigationRequest() && !r.url().startsWith('data:')) out.push(r.url());
  });
  return out;
}

/** The single file's own policy, from its <meta>. */
function metaPolicy() {
  const html = readFileSync(SINGLE, 'utf8');
  return html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)[1];
}

/** Searches, scrubs the timeline, opens the comparison: the page's main features work. */
async function explore(page) {
  const index = exportedIndex();
  await ready(page);
  assert.deepEqual(await page.locator('.doc-list__link').allTextContents(), index.documents.map((d) => d.title));
  // Search marks matches (a split index reads its shards and text from the page itself).
  const q = word();
  await page.getByRole('searchbox', { name: 'Search' }).fill(`${q} `);
  await settled(page);
  await page.locator('.results__passage mark').first().waitFor();
  for (const m of await page.locator('.results__passage mark').allTextContents()) assert.ok(m.toLowerCase().startsWith(q.slice(0, 4)), m);
  await page.waitForFunction((w) => new URL(location.href).searchParams.get('q')?.trim() === w, q);
  // The timeline's slider moves.
  const slider = page.getByRole('slider', { name: 'Timeline' });
  await slider.focus();
  await page.keyboard.press('Home');
  await page.waitForFunction(() => new URL(location.href).searchParams.has('asof'));
  assert.match(await slider.getAttribute('aria-valuetext'), /^as of \d{1,2} \w+ \d{4}$/);
  const home = await slider.getAttribute('aria-valuenow');
  await page.keyboard.press('End');
  await page.waitForFunction((h) => document.querySelector('[role=slider][aria-label=Timeline]').getAttribute('aria-valuenow') !== h, home);
  // The comparison opens.
  await page.getByRole('button', { name: 'Compare sources' }).click();
  await page.locator('#cmp-heading').waitFor();
  assert.deepEqual(new URL(page.url()).searchParams.getAll('compare'), index.documents.map((d) => d.id));
}

test('the build writes story.html: everything inside it, under a policy of hashes', () => {
  assert.ok(existsSync(SINGLE), `${SINGLE} is missing`);
  const html = readFileSync(SINGLE, 'utf8');
  const policy = metaPolicy();
  assert.match(policy, /^default-src 'none'; script-src 'sha256-[A-Za-z0-9+/]+=*' 'wasm-unsafe-eval'; style-src 'sha256-[A-Za-z0-9+/]+=*'; img-src data:;/);
  assert.doesNotMatch(policy, /'unsafe-inline'|'unsafe-eval'|'self'/);
  // No file is named: nothing to request.
  assert.deepEqual([...html.matchAll(/\s(?:src|href)="(?!data:|\?|#)([^"]*)"/g)].map((m) => m[1]), []);
  assert.ok(!html.includes('id="file-note"'), 'the note for the multi-file page is in the single file');
  assert.ok(!html.includes('id="prerender"'), 'the multi-file page\'s prerendered first view is in the single file (its app starts from there, with any query)');
  // A split index's chunks are all in it.
  const chunks = join(DIST, 'chunks');
  if (existsSync(chunks)) {
    const [key] = readdirSync(chunks);
    for (const name of readdirSync(join(chunks, key))) assert.ok(html.includes(`id="chunks/${key}/${name}"`), name);
  }
});

test('story.html opened from disk: the story, search, timeline and comparison, no request', async () => {
  const w = await watchedPage(browser, 'null');
  const requests = requestsOf(w.page);
  const violations = [];
  await w.page.exposeFunction('reportViolation', (v) => violations.push(v));
  await w.page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => window.reportViolation(`${e.violatedDirective} ${e.blockedURI}`)));
  await w.page.goto(FILE_URL);
  assert.equal(new URL(w.page.url()).protocol, 'file:');
  await explore(w.page);
  // A card opens, and Back closes the comparison (the history works on file:// too).
  await w.page.goBack();
  await w.page.locator('#cmp-heading').waitFor({ state: 'detached' });
  const doc = exportedIndex().documents[0];
  await w.page.goto(`${FILE_URL}?doc=${encodeURIComponent(doc.id)}`);
  await w.page.locator('#reader-title').filter({ hasText: doc.title }).waitFor();
  const sentences = (await w.page.locator('.reader__body .sentence').allTextContents()).map((s) => s.trim());
  assert.deepEqual(sentences, doc.sentences.map((s) => s.text));
  const mention = w.page.locator('.reader__body .mention').first();
  if (await mention.count()) {
    await mention.click();
    await w.page.locator('.layout__detail .card').first().waitFor();
  }
  assert.deepEqual(violations, []);
  assert.deepEqual(requests, [], 'requests from the single file');
  clean(w);
  await w.page.close();
});

test('story.html from disk: export, copy link (a file:// link), colours and embed mode', async () => {
  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  const requests = requestsOf(page);
  const problems = [];
  page.on('console', (m) => ['error', 'warning'].includes(m.type()) && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  const q = word();
  await page.goto(`${FILE_URL}?q=${encodeURIComponent(q)}`);
  await settled(page);
  const heading = await page.locator('#results-heading').textContent();
  const n = Number(heading.split(' ')[0]);
  assert.ok(n > 0, heading);
  // Export: a file made in the page.
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  // UTF-8 with a byte order mark, the outlet and URL columns (as the multi-file page's export).
  const bytes = await readFile(await csv.path());
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString('utf8').trim().split('\r\n');
  assert.equal(lines[0], 'doc,title,outlet,url,published,sentence,text,score');
  assert.equal(lines.length, n + 1);
  // Copy link: the file's own address with the view.
  await page.getByRole('button', { name: 'Copy link' }).click();
  await page.locator('.toolbar__status', { hasText: 'copied' }).waitFor();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(link.split('?')[0], FILE_URL);
  assert.equal(new URL(link).search, new URL(page.url()).search);
  const other = await context.newPage();
  await other.goto(link);
  await settled(other);
  assert.equal(await other.locator('#results-heading').textContent(), heading);
  await other.close();
  // Colours.
  await page.getByRole('button', { name: /^Colours/ }).click();
  await page.waitForFunction(() => document.documentElement.dataset.color === 'light');
  await page.getByRole('button', { name: /^Colours/ }).click();
  await page.waitForFunction(() => document.documentElement.dataset.color === 'dark');
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(21, 23, 27)');
  // Embed: the compact view works; the snippet panel says a file cannot be framed elsewhere.
  await page.getByRole('button', { name: 'Embed' }).click();
  assert.match(await page.locator('#embed-panel').textContent(), /opened from disk/);
  await page.goto(`${FILE_URL}?embed=1`);
  await page.locator('.embed-bar__title').waitFor();
  assert.equal(await page.locator('.site-header').count(), 0);
  await ready(page);
  assert.deepEqual(requests, []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('story.html served over http under the strict CSP (with its hashes): one request', async () => {
  // A host that sends a policy adds the file's hashes (and data: images for the favicon).
  const own = metaPolicy();
  const hashes = (directive) => own.match(new RegExp(`${directive} ([^;]*)`))[1].split(' ').filter((s) => s.startsWith("'sha256-")).join(' ');
  const header = CSP
    .replace("script-src 'self'", `script-src 'self' ${hashes('script-src')}`)
    .replace("style-src 'self'", `style-src 'self' ${hashes('style-src')}`) + "; img-src 'self' data:";
  const server = await serve({ headers: { 'content-security-policy': header } });
  try {
    const w = await watchedPage(browser, server.origin);
    const requests = requestsOf(w.page);
    const violations = [];
    await w.page.exposeFunction('reportViolation', (v) => violations.push(v));
    await w.page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => window.reportViolation(`${e.violatedDirective} ${e.blockedURI}`)));
    const response = await w.page.goto(`${server.url}story.html`);
    assert.equal(response.headers()['content-security-policy'], header);
    await explore(w.page);
    assert.deepEqual(violations, []);
    assert.deepEqual(requests, [], 'requests besides the page');
    clean(w);
    await w.page.close();
  } finally {
    await server.close();
  }
});

test('a split index: a damaged chunk in the single file is reported and the page keeps working', { skip: !existsSync(join(DIST, 'chunks')) }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'story-damaged-'));
  try {
    const html = readFileSync(SINGLE, 'utf8').replace(/(id="chunks\/[0-9a-f]{16}\/d0\.bin">)[^<]*/, '$1\n!!! not base64 !!!\n');
    writeFileSync(join(dir, 'story.html'), html);
    const w = await watchedPage(browser, 'null');
    const requests = requestsOf(w.page);
    const doc = exportedIndex().documents[0];
    await w.page.goto(`${pathToFileURL(join(dir, 'story.html')).href}?doc=${encodeURIComponent(doc.id)}`);
    await ready(w.page);
    const notice = w.page.locator('.notices__item--failure');
    await notice.waitFor();
    assert.match(await notice.textContent(), /could not be loaded \(chunks\/[0-9a-f]{16}\/d0\.bin: the page's copy of it is not base64\)/);
    assert.match(await w.page.locator('main').textContent(), /Loading the article’s text/);
    await w.page.locator('.site-header__title a').click();
    await w.page.locator('.doc-list__link').first().waitFor();
    assert.deepEqual(requests, []);
    clean(w);
    await w.page.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('index.html opened from disk says why it cannot start and points to story.html', async () => {
  const page = await browser.newPage();
  await page.goto(pathToFileURL(join(DIST, 'index.html')).href);
  const note = page.locator('#file-note');
  await note.waitFor({ state: 'visible' });
  assert.match(await note.textContent(), /opened from disk/);
  assert.match(await note.textContent(), /python3 -m http\.server/);
  const link = note.getByRole('link', { name: 'story.html' });
  await link.click();
  await page.waitForURL(FILE_URL);
  await ready(page);
  await page.close();
});

test('index.html served over http never shows that note', async () => {
  const server = await serve();
  try {
    const w = await watchedPage(browser, server.origin);
    // Whether the note was visible once the document was parsed (the classic script has run).
    await w.page.addInitScript(() => document.addEventListener('DOMContentLoaded', () => {
      window.__noteShown = !document.getElementById('file-note').hidden;
    }));
    await w.page.goto(server.url);
    await ready(w.page);
    assert.equal(await w.page.evaluate(() => window.__noteShown), false);
    // The app removes it when it starts.
    assert.equal(await w.page.locator('#file-note').count(), 0);
    clean(w);
    await w.page.close();
  } finally {
    await server.close();
  }
});

test('over its size limit the single file is not made, the build says why and the note does not point to it', () => {
  const copy = mkdtempSync(join(tmpdir(), 'story-single-'));
  try {
    cpSync(DIST, copy, { recursive: true, filter: (src) => !src.endsWith('story.html') });
    const script = join(ROOT, 'scripts', 'single-file.mjs');
    // Under the default limit, the same file again (the build is deterministic).
    execFileSync(process.execPath, [script, copy], { stdio: 'pipe' });
    assert.ok(readFileSync(join(copy, 'story.html')).equals(readFileSync(SINGLE)), 'a different story.html from the same files');
    const size = readFileSync(SINGLE).length;
    const over = spawnSync(process.execPath, [script, copy], { env: { ...process.env, STORY_SINGLE_FILE_BYTES: String(size - 1) }, encoding: 'utf8' });
    assert.equal(over.status, 0, over.stderr);
    assert.match(over.stderr, /story\.html is not made: it would be [\d.]+ MB .*over the limit of [\d.]+ MB \(STORY_SINGLE_FILE_BYTES\); publish the whole folder instead/);
    assert.ok(!existsSync(join(copy, 'story.html')), 'a stale story.html is left');
    const index = readFileSync(join(copy, 'index.html'), 'utf8');
    assert.ok(index.includes('id="file-note"') && !index.includes('story.html'), 'the note still points to story.html');
    const bad = spawnSync(process.execPath, [script, copy], { env: { ...process.env, STORY_SINGLE_FILE_BYTES: 'lots' }, encoding: 'utf8' });
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /STORY_SINGLE_FILE_BYTES must be a number of bytes, not "lots"/);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});
