// Extraction on the page, in Chromium: the reader marks entities and time expressions
// (hover text gives the normalised value), an entity card lists aliases and mentions per
// source, and the plain timeline lists the events in order with their sources.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { clean, exportedIndex, ready, start, stop, watchedPage } from '../lib.mjs';

let server, browser;
before(async () => ({ server, browser } = await start()));
after(() => stop({ server, browser }));

test('the reader marks time expressions with their values', async () => {
  const index = exportedIndex();
  const doc = index.documents.find((d) => d.sentences.some((s) => s.times.length > 0));
  if (!doc) return;
  const w = await watchedPage(browser, server.origin);
  await w.page.goto(`${server.url}?doc=${encodeURIComponent(doc.id)}`);
  await w.page.locator('.reader').waitFor();
  const expected = doc.sentences.flatMap((s) => s.times.map((t) => [t.text, `${t.type} ${t.value ?? 'no value'}`]));
  const shown = await w.page.locator('.reader__body .timex').evaluateAll((els) =>
    els.map((e) => [e.textContent, e.getAttribute('title').replace(' (approximate)', '')]));
  assert.deepEqual(shown, expected);
  clean(w);
  await w.page.close();
});

test('an entity mention opens its card with aliases and mentions by source', async () => {
  const index = exportedIndex();
  const entity = index.entities.find((e) => e.aliases.length > 0) ?? index.entities[0];
  if (!entity) return;
  const m = entity.mentions[0];
  // References name a document by its number in the index (since story-index/4).
  const docId = index.documents[m.doc].id;
  const w = await watchedPage(browser, server.origin);
  await w.page.goto(`${server.url}?doc=${encodeURIComponent(docId)}`);
  await w.page.locator('.reader').waitFor();
  await w.page.locator(`#s-${m.sentence} .mention`, { hasText: m.text }).first().click();
  const card = w.page.locator('.card');
  await card.locator('#entity-card-title').filter({ hasText: entity.name }).waitFor();
  assert.equal(new URL(w.page.url()).searchParams.get('entity'), entity.id);
  if (entity.aliases.length) assert.match(await card.locator('.card__aliases').textContent(), new RegExp(entity.aliases[0].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  assert.equal(await card.locator('.card__mentions li').count(), entity.mentions.length);
  const sources = new Set(entity.mentions.map((x) => x.doc)).size;
  assert.equal(await card.locator('.card__source').count(), sources);
  // Close goes back to the document.
  await card.locator('.card__close').click();
  await w.page.locator('.card').waitFor({ state: 'detached' });
  assert.equal(new URL(w.page.url()).searchParams.get('doc'), docId);
  clean(w);
  await w.page.close();
});

test('the timeline lists every event in order with its sources; an event lists its mentions', async () => {
  const index = exportedIndex();
  const w = await watchedPage(browser, server.origin);
  await w.page.goto(server.url);
  await ready(w.page);
  const labels = await w.page.locator('.timeline__label').allTextContents();
  assert.deepEqual(labels, index.events.map((e) => e.label));
  const starts = index.events.map((e) => e.start);
  assert.deepEqual(starts, [...starts].sort());
  if (index.events.length === 0) return;
  const biggest = index.events.reduce((a, b) => (new Set(b.mentions.map((m) => m.doc)).size > new Set(a.mentions.map((m) => m.doc)).size ? b : a));
  await w.page.locator('.timeline__label', { hasText: biggest.label }).first().click();
  const card = w.page.locator('.card');
  await card.locator('#event-card-title').waitFor();
  // The sentences that tell of it; those that name it in passing are folded away apart.
  assert.equal(await w.page.locator('.card > .card__mentions li').count(), new Set(biggest.mentions.map((m) => `${m.doc}/${m.sentence}`)).size);
  assert.equal(await w.page.locator('.card > .card__source').count(), new Set(biggest.mentions.map((m) => m.doc)).size);
  assert.equal(await card.locator('.card__passing').count(), biggest.passing.length > 0 ? 1 : 0);
  // Each mention links to its sentence, which the reader brings into view and marks.
  const first = biggest.mentions[0];
  await card.locator('.card__mentions a').first().click();
  await w.page.locator(`#s-${first.sentence}.sentence--focus`).waitFor();
  clean(w);
  await w.page.close();
});

test('on the seeds: the 2003 designation told in four sources and named in passing in the fifth, Putin with his surname', { skip: !!process.env.STORY_CORPUS }, async () => {
  const w = await watchedPage(browser, server.origin);
  await w.page.goto(server.url);
  await ready(w.page);
  const row = w.page.locator('.timeline__event', { has: w.page.locator('.timeline__date', { hasText: /^2003$/ }) });
  assert.equal(await row.locator('.timeline__sources').textContent(), '4 sources');
  // The fifth names it in a clause (`the group's terrorist designation, which had been in
  // place since 2003`): listed apart on the card, folded until opened.
  await row.locator('.timeline__label').first().click();
  const passing = w.page.locator('.card .card__passing');
  assert.equal(await passing.locator('summary').textContent(), 'Named in passing: 1 sentence in 1 source, telling of something else');
  const line = passing.locator('.card__mentions li').first();
  assert.equal(await line.isVisible(), false);
  await passing.locator('summary').click();
  assert.match(await line.textContent(), /which had been in place since 2003/);
  await w.page.goto(`${server.url}?entity=vladimir-putin`);
  await w.page.locator('#entity-card-title').filter({ hasText: 'Vladimir Putin' }).waitFor();
  assert.match(await w.page.locator('.card__aliases').textContent(), /Putin/);
  clean(w);
  await w.page.close();
});

test('a theme lists the sentences that use its terms, by source', async () => {
  const index = exportedIndex();
  const theme = index.themes.find((t) => t.sentences.length > 0);
  if (!theme) return;
  const w = await watchedPage(browser, server.origin);
  await w.page.goto(server.url);
  await ready(w.page);
  await w.page.locator('.chip--theme', { hasText: theme.name }).first().click();
  const card = w.page.locator('.card');
  await card.locator('#theme-card-title').filter({ hasText: theme.name }).waitFor();
  assert.equal(new URL(w.page.url()).searchParams.get('theme'), theme.id);
  assert.equal(await card.locator('.card__mentions li').count(), theme.sentences.length);
  assert.equal(await card.locator('.card__source').count(), new Set(theme.sentences.map((s) => s.doc)).size);
  clean(w);
  await w.page.close();
});

test('on the seeds: the four lexicon themes', { skip: !!process.env.STORY_CORPUS }, async () => {
  const w = await watchedPage(browser, server.origin);
  await w.page.goto(server.url);
  await ready(w.page);
  const names = await w.page.locator('.chip--theme').evaluateAll((els) => els.map((e) => e.firstChild.textContent));
  assert.deepEqual(names.sort(), ['diplomacy', 'economy', 'human rights', 'security']);
  clean(w);
  await w.page.close();
});
