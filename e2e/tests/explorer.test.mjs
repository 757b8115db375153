// The explorer in Chromium: facets and search narrow the passages and mark matches, the
// timeline scrubber works by keyboard, links restore views, Back/Forward step through them,
// embedding in a cross-origin iframe posts the height, and axe-core finds no violations.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { axe, clean, download, exportedIndex, parseCsv, ready, serveHtml, settled, start, stop, watchedPage } from '../lib.mjs';

let server, browser;
before(async () => ({ server, browser } = await start()));
after(() => stop({ server, browser }));

const total = async (page) => {
  await settled(page);
  return Number((await page.locator('#results-heading').textContent()).split(' ')[0]);
};
const param = (page, key) => new URL(page.url()).searchParams.getAll(key);

test('a source facet narrows the passages; counts follow the other filters', async () => {
  const index = exportedIndex();
  const w = await watchedPage(browser, server.origin);
  await w.page.goto(server.url);
  await ready(w.page);
  const doc = index.documents[index.documents.length - 1];
  const item = w.page.locator('.doc-list__item', { hasText: doc.title });
  const count = Number(await item.locator('.facet__count').textContent());
  assert.equal(count, doc.sentences.length);
  await item.locator('input[type=checkbox]').check();
  await settled(w.page);
  assert.equal(await total(w.page), count);
  await w.page.waitForFunction(() => new URL(location.href).searchParams.has('source'));
  assert.deepEqual(param(w.page, 'source'), [doc.id]);
  assert.deepEqual(await w.page.locator('.results__title').evaluateAll((els) => els.map((e) => e.firstChild.textContent)), [doc.title]);
  // A kind facet now counts within that source only.
  const kindCounts = await w.page.locator('.facet', { hasText: 'Kinds' }).locator('.facet__count').allTextContents();
  assert.equal(kindCounts.map(Number).reduce((a, b) => a + b, 0), count);
  // One click clears everything.
  await w.page.getByRole('button', { name: 'Clear all filters' }).click();
  await w.page.locator('#results-heading').waitFor({ state: 'detached' });
  await w.page.waitForFunction(() => !new URL(location.href).searchParams.has('source'));
  assert.equal(param(w.page, 'source').length, 0);
  clean(w);
  await w.page.close();
});

test('search narrows, marks matches, takes phrases; / focuses it and Esc clears it', async () => {
  const w = await watchedPage(browser, server.origin);
  await w.page.goto(server.url);
  await ready(w.page);
  await w.page.keyboard.press('/');
  const box = w.page.getByRole('searchbox', { name: 'Search' });
  assert.equal(await box.evaluate((e) => e === document.activeElement), true);
  await w.page.keyboard.type('the');
  await settled(w.page);
  const broad = await total(w.page);
  // A source lists its best five passages; "Show N more" lists the rest of them.
  const source = w.page.locator('.results__source', { has: w.page.locator('.results__more') }).first();
  const more = source.locator('.results__more');
  const [, hidden] = /Show (\d+) more/.exec(await more.textContent());
  assert.equal(await source.locator('.results__passage').count(), 5);
  await more.click();
  assert.equal(await source.locator('.results__passage').count(), 5 + Number(hidden));
  await more.click();
  assert.equal(await source.locator('.results__passage').count(), 5);
  await box.fill('terror');
  await w.page.waitForFunction(() => document.querySelector('#results-heading')?.textContent && new URL(location.href).searchParams.get('q') === 'terror');
  const narrow = await total(w.page);
  assert.ok(narrow > 0 && narrow < broad, `${narrow} of ${broad}`);
  // Each listed passage marks its match; a source lists its best passages first.
  const shown = await w.page.locator('.results__passage').count();
  assert.ok(shown > 0 && shown <= narrow, `${shown} of ${narrow}`);
  const marks = await w.page.locator('.results mark').allTextContents();
  assert.ok(marks.length >= shown);
  for (const m of marks) assert.match(m.toLowerCase(), /^terror/);
  // The marks are elements, not HTML text.
  assert.equal(await w.page.locator('.results').evaluate((e) => e.innerHTML.includes('&lt;mark')), false);
  await box.fill('"human rights"');
  await w.page.waitForFunction(() => new URL(location.href).searchParams.get('q') === '"human rights"');
  const phrases = await w.page.locator('.results mark').allTextContents();
  assert.ok(phrases.length > 0);
  for (const m of phrases) assert.equal(m.toLowerCase(), 'human rights');
  await box.press('Escape');
  await w.page.locator('#results-heading').waitFor({ state: 'detached' });
  assert.equal(await box.inputValue(), '');
  clean(w);
  await w.page.close();
});

test('a passage opens in the reader at its sentence; its address follows the view once it rests', async () => {
  const w = await watchedPage(browser, server.origin);
  await w.page.goto(`${server.url}?q=terror`);
  await ready(w.page);
  const passage = w.page.locator('.results__passage a').first();
  await passage.waitFor();
  const at = new URLSearchParams((await passage.getAttribute('href')).slice(1));
  assert.equal(at.get('q'), 'terror');
  assert.ok(at.get('doc') && at.get('s'), at.toString());
  // A change that leaves the results as they are (the timeline's window) reaches the
  // passages' addresses a moment later.
  await w.page.locator('.tl__frame').focus();
  await w.page.keyboard.press('+');
  await w.page.waitForFunction(() => new URL(location.href).searchParams.has('window'));
  await w.page.waitForFunction(() => new URLSearchParams(document.querySelector('.results__passage a').getAttribute('href').slice(1)).has('window'), null, { timeout: 5000 });
  // A click on the marked words inside a passage opens it.
  await passage.locator('mark').first().click();
  await w.page.locator('#reader-title').waitFor();
  await w.page.waitForFunction(() => new URL(location.href).searchParams.has('doc'));
  assert.equal(param(w.page, 'doc')[0], at.get('doc'));
  assert.equal(param(w.page, 's')[0], at.get('s'));
  assert.equal(param(w.page, 'q')[0], 'terror');
  assert.equal(param(w.page, 'window').length, 1);
  clean(w);
  await w.page.close();
});

test('a long result list shows its first source at once and the rest a frame later, busy till then', async () => {
  const w = await watchedPage(browser, server.origin);
  await w.page.goto(`${server.url}?q=russia`);
  await ready(w.page);
  await settled(w.page);
  const texts = () => w.page.evaluate(() => [...document.querySelectorAll('.results__source')].map((s) => s.textContent));
  const search = w.page.getByRole('searchbox', { name: 'Search' });
  // The query once before, so that a split index has its search shards and the passages'
  // text already: the results below then change once, as on a whole index. (With shards
  // still to come they change once per shard, and a list at rest between two arrivals may
  // be built and replaced within one frame, never painted: the frames below could not tell
  // its sources from ones built too early.)
  await search.fill('the');
  await w.page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'the');
  await settled(w.page);
  await search.fill('russia');
  await w.page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'russia');
  await settled(w.page);
  const before = await texts();
  assert.ok(before.length > 1, JSON.stringify(before));
  // What the list looked like in every frame, and whether it was ever busy. Frames, not
  // mutation records: leptos' effects may run in several microtasks, and a mutation record
  // can catch the list between two of them, a state no frame ever paints.
  await w.page.evaluate(() => {
    window.perFrame = [];
    window.busyMutations = 0;
    const sample = () => {
      const r = document.querySelector('.results');
      window.perFrame.push([r?.getAttribute('aria-busy') === 'true', [...(r?.querySelectorAll('.results__source') ?? [])].map((s) => s.textContent)]);
      requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
    new MutationObserver(() => {
      if (document.querySelector('.results')?.getAttribute('aria-busy') === 'true') window.busyMutations++;
    }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
  });
  await search.fill('the');
  await w.page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'the');
  await settled(w.page);
  const heading = await w.page.locator('#results-heading').textContent();
  const sources = Number(heading.match(/in (\d+) (?:sources|articles)/)[1]);
  assert.ok(sources > 3, heading);
  const after = await texts();
  assert.equal(after.length, Math.min(sources, 10));
  assert.notDeepEqual(after.slice(1), before.slice(1));
  // In every frame painted busy, the sources after the first still show what the last frame
  // at rest showed (their nodes kept), and none is built before the first is painted.
  const { frames, busyMutations } = await w.page.evaluate(() => ({ frames: window.perFrame, busyMutations: window.busyMutations }));
  assert.ok(busyMutations > 0, 'the list was never busy');
  let rest = before;
  for (const [busy, shown] of frames) {
    if (!busy) {
      rest = shown;
      continue;
    }
    assert.ok(shown.length <= Math.max(rest.length, 1), JSON.stringify(shown));
    shown.slice(1).forEach((t, i) => assert.equal(t, rest[i + 1]));
  }
  clean(w);
  await w.page.close();
});

test('an empty result says so and offers to clear', async () => {
  const w = await watchedPage(browser, server.origin);
  await w.page.goto(`${server.url}?q=zzqqxx%20`);
  await w.page.locator('.results__empty').waitFor();
  assert.equal(await total(w.page), 0);
  await w.page.getByRole('button', { name: 'Clear filters and search' }).click();
  await w.page.locator('.overview').waitFor();
  clean(w);
  await w.page.close();
});

test('the Timeline slider steps by keyboard and shows the story as it stood', async () => {
  const index = exportedIndex();
  const w = await watchedPage(browser, server.origin);
  await w.page.goto(server.url);
  await ready(w.page);
  const slider = w.page.getByRole('slider', { name: 'Timeline' });
  const on = () => w.page.locator('.tl__event:not(.tl__event--off)').count();
  assert.equal(await on(), index.events.length);
  await slider.focus();
  await w.page.keyboard.press('Home');
  await w.page.waitForFunction(() => new URL(location.href).searchParams.has('asof'));
  const first = index.events.map((e) => e.start).sort()[0];
  assert.equal(await on(), index.events.filter((e) => e.start <= first).length);
  assert.match(await slider.getAttribute('aria-valuetext'), /^as of \d{1,2} \w+ \d{4}$/);
  const before = await on();
  const home = param(w.page, 'asof')[0];
  await w.page.keyboard.press('ArrowRight');
  await w.page.keyboard.press('ArrowRight');
  await w.page.waitForFunction((n) => document.querySelectorAll('.tl__event:not(.tl__event--off)').length > n, before);
  // Steps show at once; the address follows a moment later, once for the two steps.
  await w.page.waitForFunction((prev) => new URL(location.href).searchParams.get('asof') !== prev, home);
  const asof = param(w.page, 'asof')[0];
  assert.equal(await on(), index.events.filter((e) => e.start <= asof).length);
  await w.page.keyboard.press('PageUp');
  await w.page.keyboard.press('End');
  await w.page.waitForFunction(() => !new URL(location.href).searchParams.has('asof'));
  assert.equal(await on(), index.events.length);
  // Focus is visible on the slider.
  await slider.focus();
  assert.notEqual(await slider.evaluate((e) => getComputedStyle(e).outlineStyle), 'none');
  clean(w);
  await w.page.close();
});

test('the timeline zooms and pans by keys and buttons; the window is in the URL', async () => {
  const w = await watchedPage(browser, server.origin);
  await w.page.goto(server.url);
  await ready(w.page);
  const shown = async () => (await w.page.locator('.tl__strip').getAttribute('aria-label')).match(/shows (\S+) to (\S+)$/).slice(1);
  const length = ([a, b]) => (Date.parse(b) - Date.parse(a)) / 86400000 + 1;
  const first = await shown();
  await w.page.locator('.tl__frame').focus();
  await w.page.keyboard.press('+');
  await w.page.waitForFunction(() => new URL(location.href).searchParams.has('window'));
  const zoomed = await shown();
  assert.ok(Math.abs(length(zoomed) - length(first) / 2) <= 1, `${first} → ${zoomed}`);
  assert.deepEqual(param(w.page, 'window'), [zoomed.join('..')]);
  await w.page.keyboard.press('ArrowLeft');
  await w.page.waitForFunction((f) => new URL(location.href).searchParams.get('window').split('..')[0] < f, zoomed[0]);
  await w.page.getByRole('button', { name: 'Zoom out', exact: true }).click();
  assert.ok(length(await shown()) > length(zoomed));
  await w.page.getByRole('button', { name: 'Key period' }).click();
  await w.page.waitForFunction(() => !new URL(location.href).searchParams.has('window'));
  assert.deepEqual(await shown(), first);
  // A window in a link is shown; a bad one is dropped with a notice.
  await w.page.goto(`${server.url}?window=2001-09-01..2001-09-30`);
  await ready(w.page);
  assert.deepEqual(await shown(), ['2001-09-01', '2001-09-30']);
  await w.page.goto(`${server.url}?window=2001-09-31..x`);
  await ready(w.page);
  assert.match(await w.page.locator('.notices').textContent(), /window/);
  assert.deepEqual(await shown(), first);
  clean(w);
  await w.page.close();
});

test('Play animates the scrubber and stops on a key', async () => {
  const w = await watchedPage(browser, server.origin);
  await w.page.goto(server.url);
  await ready(w.page);
  const play = w.page.locator('.tl__play');
  await play.click();
  await w.page.waitForFunction(() => new URL(location.href).searchParams.has('asof'), null, { timeout: 5000 });
  assert.equal(await play.getAttribute('aria-pressed'), 'true');
  await w.page.keyboard.press('Shift');
  await w.page.waitForFunction(() => document.querySelector('.tl__play').getAttribute('aria-pressed') === 'false');
  const stopped = w.page.url();
  await w.page.waitForTimeout(1600);
  assert.equal(w.page.url(), stopped);
  clean(w);
  await w.page.close();
});

test('Copy link puts the view on the clipboard; the link restores it in a new page', async () => {
  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  const page = await context.newPage();
  await page.goto(`${server.url}?q=court&kind=report&asof=2024-12-31`);
  await settled(page);
  const heading = await page.locator('#results-heading').textContent();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await page.locator('.toolbar__status', { hasText: 'copied' }).waitFor();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(new URL(link).search, new URL(page.url()).search);
  const other = await context.newPage();
  await other.goto(link);
  await settled(other);
  assert.equal(await other.locator('#results-heading').textContent(), heading);
  assert.equal(await other.getByRole('searchbox', { name: 'Search' }).inputValue(), 'court');
  assert.equal(await other.getByRole('slider', { name: 'Timeline' }).getAttribute('aria-valuetext'), 'as of 31 December 2024');
  await context.close();
});

test('Back and Forward step through filter views; reload restores', async () => {
  const index = exportedIndex();
  const w = await watchedPage(browser, server.origin);
  await w.page.goto(server.url);
  await ready(w.page);
  const kinds = w.page.locator('.facet', { hasText: 'Kinds' }).locator('input[type=checkbox]');
  await kinds.first().check();
  await settled(w.page);
  const one = await total(w.page);
  const entity = w.page.locator('.facet', { hasText: 'Entities' }).locator('input[type=checkbox]').first();
  await entity.check();
  await w.page.waitForFunction(() => new URL(location.href).searchParams.has('with'));
  await w.page.goBack();
  await w.page.waitForFunction(() => !new URL(location.href).searchParams.has('with'));
  assert.equal(await total(w.page), one);
  assert.equal(await entity.isChecked(), false);
  await w.page.goForward();
  await w.page.waitForFunction(() => new URL(location.href).searchParams.has('with'));
  assert.equal(await entity.isChecked(), true);
  await w.page.reload();
  await settled(w.page);
  assert.equal(await w.page.locator('.facet', { hasText: 'Entities' }).locator('input[type=checkbox]').first().isChecked(), true);
  assert.ok(index.entities.length > 0);
  clean(w);
  await w.page.close();
});

test('the entities facet follows the results in place: ranked by count, each box its own entity', async () => {
  const index = exportedIndex();
  const w = await watchedPage(browser, server.origin);
  const rows = async () => {
    await settled(w.page);
    return w.page.locator('.facet', { hasText: 'Entities' }).locator('.facet__value').evaluateAll((ls) =>
      ls.map((l) => [l.querySelector('.facet__name').textContent, Number(l.querySelector('.facet__count').textContent)]));
  };
  await w.page.goto(`${server.url}?q=kabul`);
  await ready(w.page);
  const before = await rows();
  const counts = before.map(([, c]) => c);
  assert.deepEqual(counts, [...counts].sort((a, b) => b - a), JSON.stringify(before));
  // Another search ranks them again: the same boxes show other names and counts.
  const box = w.page.getByRole('searchbox', { name: 'Search' });
  await box.fill('court');
  await w.page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'court');
  const after = await rows();
  assert.notDeepEqual(after, before);
  assert.deepEqual(after.map(([, c]) => c), after.map(([, c]) => c).sort((a, b) => b - a), JSON.stringify(after));
  // The box ticked is the entity whose name it shows, wherever the ranking moved it.
  const [name] = after[1];
  const entity = index.entities.find((e) => e.name === name);
  assert.ok(entity, name);
  await w.page.locator('.facet', { hasText: 'Entities' }).locator('.facet__value', { hasText: name }).first().locator('input').check();
  await w.page.waitForFunction(() => new URL(location.href).searchParams.has('with'));
  assert.deepEqual(param(w.page, 'with'), [entity.id]);
  const ticked = await w.page.locator('.facet', { hasText: 'Entities' }).locator('.facet__value').evaluateAll((ls) =>
    ls.filter((l) => l.querySelector('input').checked).map((l) => l.querySelector('.facet__name').textContent));
  assert.deepEqual(ticked, [name]);
  clean(w);
  await w.page.close();
});

test('embedded in a cross-origin iframe: compact, working, posts its height', async () => {
  const src = `${server.url}?embed=1&q=court`;
  const host = await serveHtml(`<!doctype html><html lang="en"><head><title>Host</title></head><body>
    <h1>Host page</h1>
    <iframe id="f" src="${src}" title="Story Explorer" width="100%" height="300"></iframe>
    <script>
      window.heights = [];
      addEventListener('message', (e) => { if (e.data && e.data.type === 'story-explorer:height') window.heights.push([e.origin, e.data.height]); });
    </script></body></html>`);
  const page = await browser.newPage();
  await page.goto(host.url);
  const frame = page.frameLocator('#f');
  await settled(frame);
  await page.waitForFunction(() => window.heights.some(([, h]) => h > 300));
  const [origin, height] = (await page.evaluate(() => window.heights)).find(([, h]) => h > 300);
  assert.equal(origin, server.origin);
  assert.ok(height > 300, `${height}`);
  assert.equal(await frame.locator('.site-header').count(), 0);
  const full = await frame.locator('.embed-bar__full').getAttribute('href');
  const params = new URLSearchParams(full.slice(1));
  assert.equal(params.get('q'), 'court');
  assert.equal(params.has('embed'), false);
  // Still works: a facet inside the frame narrows.
  await frame.locator('.facet', { hasText: 'Kinds' }).locator('input[type=checkbox]').first().check();
  await settled(frame);
  await page.close();
  await host.close();
});

test('Embed shows a ready iframe snippet for the current view', async () => {
  const w = await watchedPage(browser, server.origin);
  await w.page.goto(`${server.url}?q=court`);
  await settled(w.page);
  await w.page.getByRole('button', { name: 'Embed' }).click();
  const code = await w.page.locator('#embed-code').inputValue();
  assert.match(code, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/stories\/sub\/path\/\?q=court&amp;embed=1" title="[^"]+" width="100%" height="\d+" loading="lazy"/);
  assert.match(await w.page.locator('#embed-script').inputValue(), /story-explorer:height/);
  clean(w);
  await w.page.close();
});

test('export the current passages as CSV and JSON, and read them back', async () => {
  const index = exportedIndex();
  const w = await watchedPage(browser, server.origin);
  await w.page.goto(`${server.url}?q=court`);
  await settled(w.page);
  const n = await total(w.page);
  const csv = await download(w.page, 'Export CSV');
  // A byte order mark first, so spreadsheet programs read UTF-8 (“ ” ’ and the rest).
  assert.deepEqual([...csv.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  const rows = parseCsv(csv.subarray(3).toString('utf8'));
  assert.deepEqual(rows[0], ['doc', 'title', 'outlet', 'url', 'published', 'sentence', 'text', 'score']);
  assert.equal(rows.length, n + 1);
  const json = JSON.parse((await download(w.page, 'Export JSON')).toString('utf8'));
  assert.equal(json.passages.length, n);
  assert.equal(json.view, 'q=court');
  // Both carry the same passages, with the corpus's text, outlet and URL (a CSV cell that
  // would be a formula starts with ').
  const cell = (s) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);
  json.passages.forEach((p, i) => {
    const doc = index.documents.find((d) => d.id === p.doc);
    assert.equal(p.text, doc.sentences[p.sentence].text);
    assert.equal(p.title, doc.title);
    assert.equal(p.outlet, doc.source ?? null);
    assert.equal(p.url, doc.url ?? null);
    assert.equal(p.published, doc.published ?? null);
    assert.equal(typeof p.score, 'number');
    assert.deepEqual(rows[i + 1], [cell(p.doc), cell(p.title), cell(p.outlet ?? ''), cell(p.url ?? ''), cell(p.published ?? ''), String(p.sentence), cell(p.text), rows[i + 1][7]]);
    assert.ok(Math.abs(Number(rows[i + 1][7]) - p.score) < 0.0011, `${rows[i + 1][7]} ${p.score}`);
  });
  clean(w);
  await w.page.close();
});

test('colours follow the URL and the switch; a 360-px phone gets no sideways scroll', async () => {
  const w = await watchedPage(browser, server.origin);
  await w.page.goto(server.url);
  await ready(w.page);
  await w.page.getByRole('button', { name: /^Colours/ }).click();
  await w.page.waitForFunction(() => document.documentElement.dataset.color === 'light');
  await w.page.waitForFunction(() => new URL(location.href).searchParams.has('color'));
  assert.deepEqual(param(w.page, 'color'), ['light']);
  await w.page.getByRole('button', { name: /^Colours/ }).click();
  await w.page.waitForFunction(() => document.documentElement.dataset.color === 'dark');
  const bg = await w.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(bg, 'rgb(21, 23, 27)');
  await w.page.setViewportSize({ width: 360, height: 740 });
  for (const q of ['', '?q=court', '?doc=' + encodeURIComponent(exportedIndex().documents[0].id)]) {
    await w.page.goto(server.url + q);
    await ready(w.page);
    const wide = await w.page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(wide <= 360, `${q}: ${wide}px wide`);
  }
  clean(w);
  await w.page.close();
});

test('axe-core finds no violations on any view', async () => {
  const index = exportedIndex();
  const doc = index.documents[0];
  const views = [
    '', '?q=court', '?q=zzqqxx%20', `?doc=${encodeURIComponent(doc.id)}`, '?color=dark', '?color=light&q=court',
    '?embed=1', '?asof=2010-01-01&kind=report',
  ];
  if (index.entities[0]) views.push(`?entity=${encodeURIComponent(index.entities[0].id)}`);
  if (index.events[0]) views.push(`?event=${encodeURIComponent(index.events[0].id)}`);
  if (index.themes[0]) views.push(`?theme=${encodeURIComponent(index.themes[0].id)}`);
  const page = await browser.newPage();
  for (const v of views) {
    await page.goto(server.url + v);
    await page.locator('.tl, .tl__none').first().waitFor();
    assert.deepEqual(await axe(page), [], `view ${v || '(default)'}`);
  }
  await page.close();
});

test('Shift and drag across the lanes brushes a time span; an event mark opens its card', async () => {
  const index = exportedIndex();
  const w = await watchedPage(browser, server.origin);
  await w.page.setViewportSize({ width: 1280, height: 900 });
  await w.page.goto(server.url);
  await ready(w.page);
  const box = await w.page.locator('.tl__frame').boundingBox();
  const y = box.y + box.height - 8; // the axis, below the marks
  await w.page.mouse.move(box.x + box.width * 0.6, y);
  await w.page.keyboard.down('Shift');
  await w.page.mouse.down();
  await w.page.mouse.move(box.x + box.width * 0.8, y, { steps: 5 });
  await w.page.mouse.up();
  await w.page.keyboard.up('Shift');
  await w.page.waitForFunction(() => new URL(location.href).searchParams.has('from') && new URL(location.href).searchParams.has('to'));
  const [from] = param(w.page, 'from');
  const [to] = param(w.page, 'to');
  assert.ok(from < to, `${from} < ${to}`);
  const inSpan = index.events.filter((e) => e.end >= from && e.start <= to).length;
  assert.equal(await w.page.locator('.tl__event:not(.tl__event--off)').count(), inSpan);
  await w.page.getByRole('button', { name: 'Clear span' }).click();
  await w.page.waitForFunction(() => !new URL(location.href).searchParams.has('from'));
  // Marks are buttons: Enter on one opens the event's card. (The seeds' events are all key
  // events, drawn in the index's order; those outside the window are not drawn.)
  if (index.events.length) {
    const i = await w.page.locator('.tl__event').evaluateAll((els) => els.findIndex((e) => !e.classList.contains('tl__event--out')));
    assert.ok(i >= 0, 'no mark in the window');
    await w.page.locator('.tl__event').nth(i).focus();
    await w.page.keyboard.press('Enter');
    await w.page.locator('#event-card-title').waitFor();
    // The address follows the view once it is painted (its history entry is written after).
    await w.page.waitForFunction((id) => new URL(location.href).searchParams.get('event') === id, index.events[i].id);
    assert.deepEqual(param(w.page, 'event'), [index.events[i].id]);
  }
  clean(w);
  await w.page.close();
});

test('a link’s address follows the view once it rests, and a click for a new tab opens the view as it is', async () => {
  const w = await watchedPage(browser, server.origin);
  await w.page.goto(server.url);
  await ready(w.page);
  const first = w.page.locator('.doc-list__link').first();
  const second = w.page.locator('.doc-list__link').nth(1);
  assert.doesNotMatch(await first.getAttribute('href'), /q=/);
  const box = w.page.getByRole('searchbox', { name: 'Search' });
  await box.fill('court');
  // The addresses follow a moment after the typing stops (what the status bar and a copied
  // link address show), and keep what the link itself changes.
  await w.page.waitForFunction(() => document.querySelectorAll('.doc-list__link')[1]?.getAttribute('href').includes('q=court'), null, { timeout: 5000 });
  const hovered = new URLSearchParams(await first.getAttribute('href'));
  assert.equal(hovered.get('q'), 'court');
  assert.ok(hovered.get('doc'));
  // A click that asks for a new tab, at once after typing, opens the view as it is then, and
  // leaves this page's view alone.
  await box.fill('court ruling');
  const [popup] = await Promise.all([
    w.page.context().waitForEvent('page'),
    second.click({ modifiers: ['Shift'] }),
  ]);
  await popup.waitForLoadState();
  assert.equal(new URL(popup.url()).searchParams.get('q'), 'court ruling');
  assert.ok(new URL(popup.url()).searchParams.get('doc'));
  assert.equal(new URL(w.page.url()).searchParams.get('doc'), null);
  await popup.close();
  clean(w);
  await w.page.close();
});
