// A real story (E2E_REAL_DIST: the page built from Timeline17's H1N1_reuters, 150 articles
// from three outlets, each naming its outlet in front matter; E2E_REAL_INDEX_JSON: its index
// as `story export` prints it). Outlets are what a reader meets: the header counts them, the
// Outlets facet comes first with live counts, the document list is grouped by them, and the
// comparison and the claim × outlet matrix are by outlet, all of it in the URL.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axe, clean, ready, steady, watchedPage } from '../lib.mjs';
import { browser, index, server, skip } from './story.mjs';

/** An outlet's key, as story-core makes it: its words in lower case, joined by '-'. */
const keyOf = (name) => name.trim().toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).join('-');

/** The outlets of the exported index: most articles first, then by name. */
function outlets() {
  const byKey = new Map();
  index.documents.forEach((d, i) => {
    if (!d.source || !keyOf(d.source)) return;
    const k = keyOf(d.source);
    if (!byKey.has(k)) byKey.set(k, { key: k, name: d.source.trim(), docs: [], sentences: 0 });
    const o = byKey.get(k);
    o.docs.push(i);
    o.sentences += d.sentences.length;
  });
  return [...byKey.values()].sort((a, b) => b.docs.length - a.docs.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

const param = (page, key) => new URL(page.url()).searchParams.getAll(key);
const facetCounts = (page) => page.locator('.facet--outlets .facet__value').evaluateAll((items) =>
  items.map((li) => [li.querySelector('.facet__name').firstChild.textContent.trim(), Number(li.querySelector('.facet__count').textContent)]));

test('the header counts articles and outlets; the Outlets facet is first, with live counts', { skip }, async () => {
  const list = outlets();
  assert.ok(list.length >= 2, 'the story names several outlets');
  const w = await watchedPage(browser, server.origin);
  await w.page.goto(server.url);
  await ready(w.page);
  assert.equal(
    (await w.page.locator('.site-header__meta').textContent()).trim(),
    `${index.documents.length} articles from ${list.length} outlets`,
  );
  assert.equal(await w.page.locator('.facets > fieldset').first().locator('legend').textContent(), 'Outlets');
  assert.deepEqual(await facetCounts(w.page), list.map((o) => [o.name, o.sentences]));
  // The counts follow the other filters: a kind narrows each outlet to its passages of it.
  const kinds = w.page.locator('.facet', { has: w.page.locator('legend', { hasText: 'Kinds' }) });
  const kind = (await kinds.locator('.facet__name').first().textContent()).trim();
  await steady(kinds.locator('.facet__check').first());
  await kinds.locator('.facet__check').first().check();
  await w.page.waitForFunction(() => new URL(location.href).searchParams.has('kind'));
  const expected = list.map((o) => [o.name, o.docs.filter((d) => index.documents[d].kind === kind).reduce((n, d) => n + index.documents[d].sentences.length, 0)]);
  await w.page.waitForFunction((want) => JSON.stringify([...document.querySelectorAll('.facet--outlets .facet__count')].map((c) => Number(c.textContent))) === JSON.stringify(want), expected.map((e) => e[1]));
  assert.deepEqual(await facetCounts(w.page), expected);
  clean(w);
  await w.page.close();
});

test('the document list is grouped by outlet', { skip }, async () => {
  const list = outlets();
  const w = await watchedPage(browser, server.origin);
  await w.page.goto(server.url);
  await ready(w.page);
  await w.page.locator('.facet--sources').getByRole('button', { name: /^Show all/ }).click();
  const groups = await w.page.locator('.facet--sources .doc-list__group').evaluateAll((gs) =>
    gs.map((g) => [g.querySelector('.doc-list__outlet').textContent, g.querySelectorAll('.doc-list__item').length]));
  assert.deepEqual(groups, list.map((o) => [o.name, o.docs.length]));
  clean(w);
  await w.page.close();
});

test('filtering by an outlet shows its articles only, in the URL', { skip }, async () => {
  const list = outlets();
  const chosen = list[list.length - 1];
  const w = await watchedPage(browser, server.origin);
  await w.page.goto(server.url);
  await ready(w.page);
  await w.page.locator('.facet--outlets .facet__value', { hasText: chosen.name }).locator('input').check();
  await w.page.waitForFunction(() => new URL(location.href).searchParams.has('outlet'));
  assert.deepEqual(param(w.page, 'outlet'), [chosen.key]);
  const heading = w.page.locator('#results-heading');
  await heading.filter({ hasText: `${chosen.sentences} passages` }).waitFor();
  // It counts articles, and the one outlet they are from.
  const articles = chosen.docs.filter((d) => index.documents[d].sentences.length > 0).length;
  assert.match(await heading.textContent(), new RegExp(`^${chosen.sentences} passages in \\d+ articles from 1 outlet$`));
  assert.ok(Number(/in (\d+) articles/.exec(await heading.textContent())[1]) <= articles);
  // Every source listed in the results is one of the outlet's articles.
  const titles = new Set(chosen.docs.map((d) => index.documents[d].title));
  const shown = await w.page.locator('.results__title').evaluateAll((hs) => hs.map((h) => h.firstChild.textContent));
  assert.ok(shown.length > 0);
  for (const t of shown) assert.ok(titles.has(t), t);
  // The outlet's own count stays; a reload keeps the filter.
  await w.page.reload();
  await heading.filter({ hasText: `${chosen.sentences} passages` }).waitFor();
  assert.ok(await w.page.locator('.facet--outlets .facet__value', { hasText: chosen.name }).locator('input').isChecked());
  clean(w);
  await w.page.close();
});

test('the comparison is by outlet: each outlet\'s articles together, single articles still choosable', { skip }, async () => {
  const list = outlets();
  const w = await watchedPage(browser, server.origin);
  await w.page.goto(server.url);
  await ready(w.page);
  await w.page.getByRole('button', { name: 'Compare sources' }).click();
  await w.page.locator('#cmp-heading').waitFor();
  assert.equal(await w.page.locator('#cmp-heading').textContent(), 'Compare outlets');
  // The address follows the view once it is painted.
  await w.page.waitForFunction(() => new URL(location.href).searchParams.has('compare-outlet'));
  assert.deepEqual(param(w.page, 'compare-outlet'), list.map((o) => o.key));
  assert.deepEqual(param(w.page, 'compare'), []);
  const table = w.page.locator('.cmp__table');
  assert.deepEqual(await table.locator('thead th').allTextContents(), ['Claim', ...list.map((o) => o.name)]);
  // An outlet's column quotes its own articles only.
  const ids = list.map((o) => new Set(o.docs.map((d) => index.documents[d].id)));
  const links = await table.locator('tbody tr').evaluateAll((rows) =>
    rows.flatMap((r) => [...r.querySelectorAll('td')].map((td, col) => [...td.querySelectorAll('a.cmp__text')].map((a) => [col, new URL(a.href).searchParams.get('doc')])).flat()));
  assert.ok(links.length > 0, 'the side-by-side table quotes sentences');
  for (const [col, doc] of links) assert.ok(ids[col].has(doc), `${doc} in ${list[col].name}'s column`);
  // The claim × outlet matrix: a column per outlet.
  const matrix = w.page.locator('.cmp__matrix');
  assert.match(await matrix.locator('caption').textContent(), /^Claim × outlet/);
  assert.deepEqual(await matrix.locator('thead th').allTextContents(), ['Claim', 'Outlets', ...list.map((o) => o.name)]);
  assert.equal(await matrix.locator('tbody tr').count(), index.claims.length);
  // Per-outlet summaries.
  assert.deepEqual(await w.page.locator('.cmp__summary h3').allTextContents(), list.map((o) => o.name));
  // One outlet less, then a single article of it: both in the URL, and a reload restores them.
  const [first] = list;
  await w.page.locator('.cmp__pick .facet__value', { hasText: first.name }).first().locator('input').uncheck();
  await w.page.waitForFunction((n) => new URL(location.href).searchParams.getAll('compare-outlet').length === n, list.length - 1);
  const article = index.documents[first.docs[0]];
  await w.page.locator('.cmp__articles summary').click();
  await w.page.locator('.cmp__articles .facet__value', { hasText: article.title }).first().locator('input').check();
  await w.page.waitForFunction(() => new URL(location.href).searchParams.getAll('compare').length === 1);
  assert.deepEqual(param(w.page, 'compare'), [article.id]);
  const heads = async () => (await table.locator('thead th').allTextContents()).slice(1);
  const want = [...list.slice(1).map((o) => o.name), `(${first.name})`];
  const check = async () => {
    const got = await heads();
    assert.deepEqual(got.slice(0, -1), want.slice(0, -1));
    assert.ok(got.at(-1).endsWith(want.at(-1)), got.at(-1));
  };
  await check();
  await w.page.reload();
  await w.page.locator('#cmp-heading').waitFor();
  await check();
  assert.deepEqual(param(w.page, 'compare-outlet'), list.slice(1).map((o) => o.key));
  // What a source leaves out: ten at first (those the most sources state), all on request.
  const summaries = w.page.locator('.cmp__summary');
  let capped = 0;
  for (let i = 0; i < await summaries.count(); i++) {
    const s = summaries.nth(i);
    const out = s.locator('h4:has-text("Left out") + ul > li');
    const n = await out.count();
    assert.ok(n <= 10, `${n} left out listed at first`);
    const all = s.getByRole('button', { name: /^All \d+ left out$/ });
    if (await all.count()) {
      capped += 1;
      const [, total] = /^All (\d+)/.exec(await all.textContent());
      assert.equal(n, 10);
      await all.click();
      assert.equal(await out.count(), Number(total));
      assert.equal(await all.getAttribute('aria-pressed'), 'true');
    }
  }
  assert.ok(capped > 0, 'a source of this story leaves out more than ten claims (the point of the check)');
  clean(w);
  await w.page.close();
});

// axe-core takes a minute or more on a page of this size (thousands of elements): one view a
// test, each under the runner's timeout. The Outlets facet and the grouped list are on every
// view; the timeline's own views are its tests'.
test('axe-core finds no violations with an outlet chosen', { skip }, async () => {
  const page = await browser.newPage();
  await page.goto(`${server.url}?outlet=${outlets()[0].key}`);
  await ready(page);
  assert.deepEqual(await axe(page), []);
  await page.close();
});

test('axe-core finds no violations in the comparison by outlet (dark colours, with a single article)', { skip }, async () => {
  const list = outlets();
  const page = await browser.newPage();
  const article = encodeURIComponent(index.documents[list[1].docs[0]].id);
  await page.goto(`${server.url}?${list.map((o) => `compare-outlet=${o.key}`).join('&')}&compare=${article}&color=dark`);
  await page.locator('#cmp-heading').waitFor();
  await page.locator('.cmp__articles summary').click();
  assert.deepEqual(await axe(page), []);
  await page.close();
});

test('a 360-px phone gets no sideways scroll on the outlets\' views', { skip }, async () => {
  const list = outlets();
  const w = await watchedPage(browser, server.origin);
  await w.page.setViewportSize({ width: 360, height: 740 });
  for (const q of ['', `?outlet=${list[0].key}`, `?${list.map((o) => `compare-outlet=${o.key}`).join('&')}`]) {
    await w.page.goto(server.url + q);
    await ready(w.page);
    if (q.includes('compare')) await w.page.locator('#cmp-heading').waitFor();
    const wide = await w.page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(wide <= 360, `${q}: ${wide}px wide`);
  }
  clean(w);
  await w.page.close();
});
