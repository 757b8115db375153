// The hostile corpus (make-corpus.mjs), built into its own page (E2E_HOSTILE_DIST) and
// checked by the CLI (E2E_HOSTILE_CORPUS): the right diagnostics, and a page that renders
// every text inertly under the strict CSP, runs no injected script and logs no error.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { clean, download, parseCsv, serve, launch, stop, watchedPage, ROOT } from '../lib.mjs';

const DIST = process.env.E2E_HOSTILE_DIST;
const CORPUS = process.env.E2E_HOSTILE_CORPUS;
const skip = !DIST || !CORPUS;

let server, browser;
before(async () => {
  if (skip) return;
  server = await serve({ dir: DIST });
  browser = await launch();
});
after(() => stop({ server, browser }));

test('story check reports every bad file and keeps every good one', { skip }, () => {
  const out = execFileSync('cargo', ['run', '-q', '--release', '--locked', '-p', 'story-cli', '--', 'check', CORPUS], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
  for (const expected of [
    'warning: toobig.txt: skipped: the file is',
    'warning: binary.txt: skipped: binary data',
    'note: latin1.txt: not UTF-8 (invalid byte at offset 3): decoded as windows-1252',
    'warning: empty.txt: skipped: the file is empty',
    'warning: blank.md: skipped: the file is empty',
    'warning: control.txt: replaced 4 control character(s)',
    'warning: dup-b.txt: the same text as dup-a.txt',
    'warning: chrome-only.txt: no article text',
    'warning: broken-front-matter.md: a front-matter block opens with `---` but never closes',
    'warning: jsurl.md: front matter: ignored a url that is not http(s)',
    'warning: notes.pdf: skipped: not a .txt, .md or .html file',
    'warning: sub: skipped: not a regular file',
    'warning: story.toml: ignored:',
  ]) {
    assert.ok(out.includes(expected), `missing: ${expected}`);
  }
  assert.match(out, /^2013 documents,/m);
  assert.match(out, /^bigline\t/m);
  assert.match(out, /^tiny-1999\t/m);
});

test('the page renders the hostile corpus inertly', { skip }, async () => {
  const w = await watchedPage(browser, server.origin);
  await w.page.goto(server.url);
  await w.page.locator('.doc-list__link').first().waitFor({ timeout: 60000 });
  assert.equal(await w.page.evaluate(() => window.__pwned), undefined);
  // Markup in text and titles is shown as text.
  await w.page.goto(`${server.url}?doc=html`);
  await w.page.locator('.reader').waitFor();
  const body = w.page.locator('.reader__body');
  assert.match(await body.textContent(), /<script>window\.__pwned = 1<\/script>/);
  assert.equal(await body.locator('script, img, iframe, b, a[href^="javascript"]').count(), 0);
  await w.page.goto(`${server.url}?doc=jsurl`);
  await w.page.locator('.reader').waitFor();
  assert.match(await w.page.locator('#reader-title').textContent(), /<img src=x onerror=/);
  assert.equal(await w.page.locator('.reader__url a').count(), 0);
  assert.equal(await w.page.locator('.reader img, .reader svg').count(), 0);
  // A good link goes out only with noopener noreferrer.
  await w.page.goto(`${server.url}?doc=goodurl`);
  const link = w.page.locator('.reader__url a');
  assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
  assert.match(await link.getAttribute('href'), /^https:\/\/example\.org\//);
  // Right-to-left, combining and emoji text renders and is searchable.
  await w.page.goto(`${server.url}?doc=rtl`);
  await w.page.locator('.reader').waitFor();
  assert.match(await w.page.locator('.reader__body').textContent(), /👨‍👩‍👧‍👦/);
  await w.page.goto(`${server.url}?q=${encodeURIComponent('مرحبا')}`);
  await w.page.locator('#results-heading').waitFor();
  assert.match(await w.page.locator('#results-heading').textContent(), /^1 passage/);
  // The build notes list what was skipped.
  // (The list opens a frame or two after the click: waited for, not sampled at once.)
  await w.page.locator('.build-notes summary').click();
  await w.page.locator('.build-notes li').first().waitFor({ state: 'visible', timeout: 15000 });
  const notes = await w.page.locator('.build-notes').textContent();
  assert.match(notes, /toobig\.txt: skipped/);
  assert.equal(await w.page.evaluate(() => window.__pwned), undefined);
  clean(w);
  await w.page.close();
});

/** The count of `locator` once it reaches `n`, or the last count after `timeout` ms: a click's
 * update lands a task or two after the click resolves (later on a loaded machine). */
async function countOf(locator, n, timeout = 15000) {
  const end = Date.now() + timeout;
  let c = await locator.count();
  while (c !== n && Date.now() < end) {
    await new Promise((ok) => setTimeout(ok, 50));
    c = await locator.count();
  }
  return c;
}

test('thousands of sources: the first are listed, the rest on demand', { skip }, async () => {
  const w = await watchedPage(browser, server.origin);
  await w.page.goto(server.url);
  await w.page.locator('.doc-list__link').first().waitFor({ timeout: 60000 });
  // Only the listed sources are in the page at all.
  assert.equal(await w.page.locator('.doc-list__item').count(), 30);
  const sources = w.page.locator('.facet--sources');
  const all = sources.getByRole('button', { name: /^Show all \d+$/ });
  const total = Number((await all.textContent()).match(/\d+/)[0]);
  assert.equal(total, 2013);
  await all.click();
  assert.equal(await countOf(w.page.locator('.doc-list__item'), total), total);
  await sources.getByRole('button', { name: 'Show fewer' }).click();
  assert.equal(await countOf(w.page.locator('.doc-list__item'), 30), 30);
  // A word in every note: ten sources of passages, then ten more on each request.
  await w.page.goto(`${server.url}?q=filed`);
  await w.page.locator('#results-heading').waitFor({ timeout: 60000 });
  assert.match(await w.page.locator('#results-heading').textContent(), /^2000 passages in 2000 articles/);
  assert.equal(await countOf(w.page.locator('.results__source'), 10), 10);
  await w.page.getByRole('button', { name: 'More sources (1990 not shown)' }).click();
  assert.equal(await countOf(w.page.locator('.results__source'), 20), 20);
  // A card of an event told by dozens of sources lists ten, then ten more on request.
  const index = JSON.parse(execFileSync('cargo', ['run', '-q', '--release', '--locked', '-p', 'story-cli', '--', 'export', '--compact', CORPUS], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28 }));
  const told = (e) => new Set(e.mentions.map((m) => m.doc)).size;
  const event = index.events.reduce((a, b) => (told(b) > told(a) ? b : a));
  assert.ok(told(event) > 20, `the widest event has ${told(event)} sources`);
  await w.page.goto(`${server.url}?event=${encodeURIComponent(event.id)}`);
  const card = w.page.locator('.card');
  await card.locator('.card__source').first().waitFor({ timeout: 60000 });
  assert.equal(await countOf(card.locator('.card__source'), 10), 10);
  await card.getByRole('button', { name: `More sources (${told(event) - 10} not shown)` }).click();
  assert.equal(await countOf(card.locator('.card__source'), 20), 20);
  clean(w);
  await w.page.close();
});


test('exports keep formulas as text: CSV cells neutralised, JSON exact', { skip }, async () => {
  const w = await watchedPage(browser, server.origin);
  await w.page.goto(`${server.url}?source=formula`);
  await w.page.locator('#results-heading').waitFor({ timeout: 60000 });
  const csv = await download(w.page, 'Export CSV');
  assert.deepEqual([...csv.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  const [head, ...rows] = parseCsv(csv.subarray(3).toString('utf8'));
  assert.ok(rows.length >= 1);
  const col = (row, name) => row[head.indexOf(name)];
  for (const row of rows) {
    assert.equal(col(row, 'doc'), 'formula');
    assert.equal(col(row, 'title'), "'=1+1");
    assert.equal(col(row, 'outlet'), "'@SUM(A1:A9)");
    assert.equal(col(row, 'url'), 'https://example.org/formula');
    assert.doesNotMatch(col(row, 'text'), /^[=+\-@]/);
  }
  assert.ok(rows.some((r) => col(r, 'text').startsWith(`'=HYPERLINK("https://example.org","click")`)));
  const json = JSON.parse((await download(w.page, 'Export JSON')).toString('utf8'));
  assert.equal(json.view, 'source=formula');
  assert.equal(json.passages[0].title, '=1+1');
  assert.equal(json.passages[0].outlet, '@SUM(A1:A9)');
  clean(w);
  await w.page.close();
});
