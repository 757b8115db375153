// The benchmark (run it with scripts/bench, which installs what is missing first).
//
// For the seed corpus and generated corpora of 50, 500 and 2,000 articles it measures the
// index build (time, peak memory, bytes), builds the page and counts its transfer size (and the
// size of story.html, the page in one file), then in headless Chromium on loopback times the
// first rendered results and the interaction latency of a search keystroke, a facet toggle and
// a scrubber step. Pagefind (the same articles as HTML pages, the same queries) and TimelineJS3
// (the same events) run side by side on the same corpora. Everything is written to bench/RESULTS.md.
//
// Options (environment): BENCH_SIZES=50,500,2000 (generated corpora), BENCH_REPS=100
// (interactions per kind), BENCH_SKIP_BUILD=1 (reuse the pages built by the last run),
// BENCH_REAL=DIR,DIR (real corpora too, e.g. ../shared/data/t17-dev/H1N1_reuters/corpus,
// each named after the folder that holds it).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, cpSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, extname, resolve, dirname, relative, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import os from 'node:os';
import { chromium } from 'playwright-core';

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(BENCH, '..');
const WORK = join(ROOT, 'target', 'bench');
const SIZES = (process.env.BENCH_SIZES ?? '50,500,2000').split(',').filter(Boolean).map(Number);
const REPS = Number(process.env.BENCH_REPS ?? 100);
const SKIP_BUILD = process.env.BENCH_SKIP_BUILD === '1';
const REAL = (process.env.BENCH_REAL ?? '').split(',').filter(Boolean).map((d) => resolve(d));
const BIN = join(ROOT, 'target', 'release', 'story-bench');
/** The page in one file the build writes beside index.html, unless it would exceed the limit. */
const SINGLE = 'story.html';
const SINGLE_MAX = Number(process.env.STORY_SINGLE_FILE_BYTES ?? 25_000_000);
const STORY = join(ROOT, 'target', 'release', 'story');
/** The code measured: the commit when the run starts (`-dirty` with uncommitted changes). */
const COMMIT = (() => {
  try {
    const head = execFileSync('git', ['-C', ROOT, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    // The results file itself does not count as a change to the code measured.
    const changed = execFileSync('git', ['-C', ROOT, 'status', '--porcelain', '--', '.', ':!bench/RESULTS.md'], { encoding: 'utf8' }).trim();
    return changed ? `${head} with uncommitted changes` : head;
  } catch {
    return 'unknown';
  }
})();

const log = (...a) => console.error('[bench]', ...a);
const median = (xs) => quantile(xs, 0.5);
function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  const i = Math.min(s.length - 1, Math.ceil(q * s.length) - 1);
  return s[Math.max(0, i)];
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => (Number.isFinite(n) ? `${n.toFixed(n < 10 ? 2 : 0)} ms` : 'n/a');
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : 'n/a');

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 30, ...opts });
  if (r.status !== 0) {
    throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}):\n${r.stderr}`);
  }
  return r.stdout;
}

/** Every file under `dir` with its raw and gzip (level 9) sizes. */
function sizes(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else {
        const body = readFileSync(p);
        out.push({ file: relative(dir, p), raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
      }
    }
  };
  walk(dir);
  return out.sort((a, b) => b.raw - a.raw);
}

// ---------------------------------------------------------------------------------------------
// Corpora and the native half.

function corpora() {
  const list = [{ name: 'seeds', dir: join(ROOT, 'seeds') }];
  for (const n of SIZES) {
    const dir = join(WORK, 'corpora', `synth-${n}`);
    run(BIN, ['synth', String(n), dir, '--seed', '1']);
    list.push({ name: `synth-${n}`, dir });
  }
  for (const dir of REAL) list.push({ name: basename(dirname(dir)), dir });
  return list;
}

function buildStats(corpus) {
  const runs = corpus.name === 'synth-2000' ? 1 : 3;
  const results = [];
  for (let i = 0; i < runs; i++) results.push(JSON.parse(run(BIN, ['build', corpus.dir])));
  const best = results.sort((a, b) => a.build_ms - b.build_ms)[Math.floor(results.length / 2)];
  return { ...best, runs };
}

function buildPage(corpus) {
  const dist = join(WORK, 'dist', corpus.name);
  if (!(SKIP_BUILD && existsSync(join(dist, 'index.html')))) {
    log(`release build for ${corpus.name}`);
    const t0 = performance.now();
    run(join(ROOT, 'scripts', 'trunk-release'), ['build', '--dist', dist], {
      cwd: ROOT,
      env: { ...process.env, STORY_CORPUS: corpus.dir },
    });
    log(`  ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  }
  return dist;
}

// ---------------------------------------------------------------------------------------------
// The comparison sites.

const escapeHtml = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The corpus as Pagefind sees it: one HTML page per article, then its index. */
function pagefindSite(corpus, index) {
  const site = join(WORK, 'pagefind', corpus.name);
  rmSync(site, { recursive: true, force: true });
  mkdirSync(join(site, 'a'), { recursive: true });
  for (const d of index.documents) {
    const body = d.sentences.map((s) => `<p>${escapeHtml(s.text)}</p>`).join('\n');
    const source = d.source ?? d.id;
    writeFileSync(
      join(site, 'a', `${d.id}.html`),
      `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(d.title)}</title></head>
<body><main data-pagefind-body><h1>${escapeHtml(d.title)}</h1>
<p data-pagefind-filter="source">${escapeHtml(source)}</p>
${body}</main></body></html>`,
    );
  }
  run(join(BENCH, 'node_modules', '.bin', 'pagefind'), ['--site', site, '--output-subdir', 'pagefind']);
  // The search page: Pagefind's own UI, given the query from the URL.
  writeFileSync(
    join(site, 'search.html'),
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Search</title>
<link rel="icon" href="data:,">
<link href="pagefind/pagefind-ui.css" rel="stylesheet">
<script src="pagefind/pagefind-ui.js"></script></head>
<body><div id="search"></div>
<script>
  window.addEventListener('DOMContentLoaded', () => {
    const ui = new PagefindUI({ element: '#search', showSubResults: true, showImages: false });
    const q = new URLSearchParams(location.search).get('q');
    if (q) ui.triggerSearch(q);
  });
</script></body></html>`,
  );
  return site;
}

/** The same events as a TimelineJS3 timeline (each citing its sentences), with its assets. */
function timelineSite(corpus, index) {
  const site = join(WORK, 'timelinejs', corpus.name);
  rmSync(site, { recursive: true, force: true });
  mkdirSync(site, { recursive: true });
  cpSync(join(BENCH, 'node_modules', '@knight-lab', 'timelinejs', 'dist'), join(site, 'tl'), { recursive: true });
  const docs = new Map(index.documents.map((d) => [d.id, d]));
  const date = (v) => {
    const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(v ?? '');
    if (!m) return null;
    const o = { year: Number(m[1]) };
    if (m[2]) o.month = Number(m[2]);
    if (m[3]) o.day = Number(m[3]);
    return o;
  };
  const events = index.events
    .map((e) => ({
      start_date: date(e.start),
      text: {
        headline: escapeHtml(e.label),
        text: e.mentions
          .map((m) => {
            const d = docs.get(m.doc);
            const s = d?.sentences[m.sentence]?.text ?? '';
            return `<p>${escapeHtml(s)} <cite>${escapeHtml(d?.source ?? d?.title ?? m.doc)}</cite></p>`;
          })
          .join(''),
      },
    }))
    .filter((e) => e.start_date);
  writeFileSync(join(site, 'events.json'), JSON.stringify({ title: { text: { headline: escapeHtml(index.title || corpus.name) } }, events }));
  writeFileSync(
    join(site, 'index.html'),
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Timeline</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="tl/css/timeline.css">
<script src="tl/js/timeline.js"></script></head>
<body style="margin:0"><div id="timeline" style="width:100%;height:600px"></div>
<script>
  fetch('events.json').then((r) => r.json()).then((data) => {
    window.timeline = new TL.Timeline('timeline', data, { script_path: 'tl/js/', font: null, language: 'en' });
  });
</script></body></html>`,
  );
  return site;
}

// ---------------------------------------------------------------------------------------------
// The browser half.

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.json': 'application/json' };

/** A plain static server on loopback (no compression: sizes are counted apart). */
async function serve(dir) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = join(dir, path);
    if (!file.startsWith(dir)) return res.writeHead(403).end();
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      const body = readFileSync(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((ok) => { server.closeAllConnections(); server.close(ok); }) };
}

/**
 * Records, from the first script on, the time a selector first matches (ms since navigation)
 * and the frame that shows it; with `live`, the same for a second selector (`__live`), the
 * explorer's own view where index.html first shows its prerendered snapshot.
 */
const FIRST_MATCH = (selector, live = null) => `
  (() => {
    const watch = (sel, name) => {
      const check = () => {
        if (window['__' + name] === undefined && document.querySelector(sel)) {
          window['__' + name] = performance.now();
          // The frame that shows them: a task queued from its animation callback runs once
          // that frame's style, layout and paint are done (the callback itself runs before
          // them, so a page that moved its layout after it would look faster than it is).
          requestAnimationFrame(() => {
            const c = new MessageChannel();
            c.port1.onmessage = () => { window['__' + name + 'Frame'] = performance.now(); };
            c.port2.postMessage(0);
          });
          return true;
        }
        return false;
      };
      new MutationObserver((_, obs) => { if (check()) obs.disconnect(); })
        .observe(document, { childList: true, subtree: true });
    };
    watch(${JSON.stringify(selector)}, 'first');
    const live = ${JSON.stringify(live)};
    if (live) watch(live, 'live');
  })();`;

/**
 * Loads `url` in a fresh page `times` times and returns the median time to the first match of
 * `selector`, and the bytes every load transferred (from the network, counted per response).
 */
async function firstRender(browser, url, selector, times = 5, live = null) {
  const firsts = [];
  const frames = [];
  const lives = [];
  let transfer = null;
  let transferGzip = null;
  let after = null;
  let foreign = [];
  for (let i = 0; i < times; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(FIRST_MATCH(selector, live));
    const files = new Map();
    page.on('response', async (r) => {
      try {
        const body = await r.body();
        files.set(r.url(), { raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
      } catch { /* redirects and aborted requests have no body */ }
    });
    page.on('request', (r) => {
      if (!r.url().startsWith('http://127.0.0.1') && !r.url().startsWith('data:')) foreign.push(r.url());
    });
    await page.route((u) => !u.href.startsWith('http://127.0.0.1') && !u.href.startsWith('data:'), (r) => r.abort());
    await page.goto(url);
    await page.waitForFunction((live) => window.__firstFrame !== undefined && (!live || window.__liveFrame !== undefined), live, { timeout: 120000 });
    firsts.push(await page.evaluate(() => window.__first));
    frames.push(await page.evaluate(() => window.__firstFrame));
    if (live) lives.push(await page.evaluate(() => window.__liveFrame));
    // What the first results needed: the files asked for before they were shown, and before
    // the page's own view was live where a snapshot came first (what the page fetches
    // afterwards is counted apart).
    const needed = new Set(await page.evaluate(() => [location.href, ...performance.getEntriesByType('resource')
      .filter((e) => e.startTime <= Math.max(window.__first, window.__live ?? 0)).map((e) => e.name)]));
    await page.waitForLoadState('networkidle');
    if (!transfer) {
      const sum = (pick, only) => [...files.entries()].filter(([u]) => !only || needed.has(u)).reduce((a, [, b]) => a + b[pick], 0);
      transfer = sum('raw', true);
      transferGzip = sum('gzip', true);
      after = sum('gzip', false) - transferGzip;
    }
    await context.close();
  }
  return { first: median(firsts), frame: median(frames), live: live ? median(lives) : null, transfer, transferGzip, after, foreign: [...new Set(foreign)] };
}

/** How long the page rests between two interactions at a reader's pace: longer than the work
 * the page defers past a frame (the rest of a long result list, the history write, the links'
 * addresses after 200 ms), about the pace of fast typing. */
const READER_PACE_MS = 300;

/** In-page: the latency of `act(i)` to the DOM being updated and laid out, `reps` times, each
 * `rest` ms after the last (0: one per frame, back to back). */
async function latencies(page, kind, reps, rest) {
  return page.evaluate(async ({ kind, reps, rest }) => {
    const settle = () => new Promise((ok) => { const c = new MessageChannel(); c.port1.onmessage = ok; c.port2.postMessage(0); });
    const acts = {
      search: (i) => {
        const box = document.querySelector('#search');
        const words = window.__queries;
        const w = words[i % words.length];
        // One keystroke: the word so far gains a letter (or starts again).
        const n = 1 + (i % w.length);
        box.value = w.slice(0, n);
        box.dispatchEvent(new Event('input', { bubbles: true }));
      },
      facet: () => {
        // The first value of the first facet: the first outlet where documents name theirs
        // (the unit a reader chooses), else the first source.
        document.querySelector('.layout__facets .facet__check').click();
      },
      scrub: (i) => {
        // Ten steps back from the whole view, then ten forward: every press moves the day.
        // Cancelable as a real key press is (the slider takes the key; the window, which also
        // listens to the arrows, must not pan as well).
        const s = document.querySelector('[role="slider"][aria-label="Timeline"]');
        s.dispatchEvent(new KeyboardEvent('keydown', { key: i % 20 < 10 ? 'ArrowLeft' : 'ArrowRight', bubbles: true, cancelable: true }));
      },
      zoom: (i) => {
        // One zoom step of the timeline's window, in and out in turn (every mark moves).
        const f = document.querySelector('.tl__frame');
        f.dispatchEvent(new KeyboardEvent('keydown', { key: i % 2 === 0 ? '+' : '-', bubbles: true }));
      },
    };
    // A split index answers a query once its shards (and the passages' text) have arrived:
    // the time to that answer counts, not only the keystroke's own work.
    const fetching = () => document.querySelector('#results-heading')?.textContent === 'Searching…'
      || document.querySelector('.results .loading') !== null;
    const out = [];
    for (let i = 0; i < reps; i++) {
      if (rest) await new Promise((ok) => setTimeout(ok, rest));
      await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
      const t0 = performance.now();
      acts[kind](i);
      await settle();
      while (fetching()) await settle();
      document.body.getBoundingClientRect();
      void document.body.offsetHeight;
      out.push(performance.now() - t0);
    }
    return out;
  }, { kind, reps, rest });
}

/** The explorer's own whole view, not its prerendered snapshot (`#prerender`, inert). */
const LIVE_VIEW = '.layout__facets .facet__check:not(#prerender *)';

async function explorerRuns(browser, dist, queries) {
  const server = await serve(dist);
  try {
    const q = encodeURIComponent(queries[0]);
    // The first results: the prerendered first view of index.html (scripts/prerender.mjs),
    // inert, then the app's own (live: not inside the snapshot).
    const overview = await firstRender(browser, server.url, '.layout__facets .facet__check', 5, LIVE_VIEW);
    // A marked match: the passage's text is there (a split index fetches it first).
    const search = await firstRender(browser, `${server.url}?q=${q}`, '.results__passage mark');
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.waitForSelector('.facet--sources .facet__check:not(#prerender *)', { timeout: 120000 });
    await page.evaluate((qs) => { window.__queries = qs; }, queries);
    const out = { overview, search, interaction: {}, backToBack: {} };
    for (const [kind, rest] of ['search', 'facet', 'scrub', 'zoom'].flatMap((k) => [[k, READER_PACE_MS], [k, 0]])) {
      if (kind !== 'search' || !rest) {
        // Every run but the first starts from the whole view, freshly loaded (not from
        // whatever the last run left in the box or the facets).
        await page.goto(server.url);
        await page.waitForSelector('[role="slider"][aria-label="Timeline"]');
        await page.evaluate((qs) => { window.__queries = qs; }, queries);
      }
      const xs = await latencies(page, kind, REPS, rest);
      (rest ? out.interaction : out.backToBack)[kind] = { p50: median(xs), p95: quantile(xs, 0.95), n: xs.length };
    }
    await page.close();
    return out;
  } finally {
    await server.close();
  }
}

async function pagefindRuns(browser, site, queries) {
  const server = await serve(site);
  try {
    const first = await firstRender(browser, `${server.url}search.html?q=${encodeURIComponent(queries[0])}`, '.pagefind-ui__result');
    // Warm queries through Pagefind's API, each with its first five results' data (what the
    // UI shows), as a search keystroke would.
    const page = await browser.newPage();
    await page.goto(`${server.url}search.html`);
    const xs = await page.evaluate(async ({ queries, reps }) => {
      const pf = await import('./pagefind/pagefind.js');
      await pf.init();
      const out = [];
      for (let i = 0; i < reps; i++) {
        const w = queries[i % queries.length];
        const q = w.slice(0, 1 + (i % w.length));
        const t0 = performance.now();
        const r = await pf.search(q);
        await Promise.all(r.results.slice(0, 5).map((x) => x.data()));
        out.push(performance.now() - t0);
      }
      return out;
    }, { queries, reps: REPS });
    await page.close();
    return { first, search: { p50: median(xs), p95: quantile(xs, 0.95), n: xs.length } };
  } finally {
    await server.close();
  }
}

async function timelineRuns(browser, site) {
  const server = await serve(site);
  try {
    return { first: await firstRender(browser, server.url, '.tl-timemarker') };
  } finally {
    await server.close();
  }
}

/** Query words: frequent, longer words of the corpus (the same for every tool). */
function queriesOf(index) {
  const counts = new Map();
  for (const d of index.documents) for (const s of d.sentences) for (const w of s.text.toLowerCase().match(/\p{L}{6,}/gu) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(5, 15).map(([w]) => w);
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const started = new Date();
  mkdirSync(WORK, { recursive: true });
  log('native build of the bench tools');
  run('cargo', ['build', '--release', '--locked', '-p', 'story-bench', '-p', 'story-cli'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const list = corpora();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const results = [];
  try {
    for (const corpus of list) {
      log(`corpus ${corpus.name}`);
      const stats = buildStats(corpus);
      const index = JSON.parse(run(STORY, ['export', '--compact', corpus.dir], { stdio: ['ignore', 'pipe', 'ignore'] }));
      const queries = queriesOf(index);
      const dist = buildPage(corpus);
      const files = sizes(dist);
      const pf = pagefindSite(corpus, index);
      const tl = timelineSite(corpus, index);
      log('  explorer in Chromium');
      const explorer = await explorerRuns(browser, dist, queries);
      log('  pagefind in Chromium');
      const pagefind = await pagefindRuns(browser, pf, queries);
      log('  timelinejs in Chromium');
      const timeline = await timelineRuns(browser, tl);
      results.push({ corpus: corpus.name, stats, files, queries, explorer, pagefind, timeline, pfFiles: sizes(join(pf, 'pagefind')), tlFiles: sizes(join(tl, 'tl')) });
      log(JSON.stringify({ corpus: corpus.name, stats, explorer, pagefind, timeline }));
    }
  } finally {
    await browser.close();
  }
  writeFileSync(join(WORK, 'results.json'), JSON.stringify(results, null, 2));
  writeFileSync(join(BENCH, 'RESULTS.md'), report(results, started));
  log('wrote bench/RESULTS.md');
}

function report(results, started) {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const chromiumVersion = (() => { try { return execFileSync(process.env.CHROMIUM ?? '/usr/bin/chromium', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(); } catch { return 'chromium'; } })();
  const L = [];
  L.push('# Benchmark results', '');
  L.push(`Produced by \`scripts/bench\` (which runs \`node bench/run.mjs\`) on ${started.toISOString().slice(0, 10)} at commit \`${COMMIT}\`: ${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${chromiumVersion}, headless, loopback, no HTTP compression (gzip sizes are computed per file at level 9). ${REPS} repetitions per interaction. Absolute times vary between runs and machines: read the ratios. What the figures mean, where the time and bytes go and what closing each gap would take: [docs/performance.md](../docs/performance.md).`, '');
  L.push('## Index build (native, release, every core)', '');
  L.push('| corpus | articles | input | sentences | events | claims | build | peak memory | index (postcard) |');
  L.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of results) {
    const s = r.stats;
    L.push(`| ${r.corpus} | ${s.documents} | ${kb(s.input_bytes)} | ${s.sentences} | ${s.events} | ${s.claims} | ${ms(s.read_ms + s.build_ms + s.encode_ms)}${s.runs > 1 ? ` (median of ${s.runs})` : ''} | ${(s.peak_rss_kib / 1024).toFixed(0)} MiB | ${kb(s.index_bytes)} |`);
  }
  L.push('', '## Transfer size of the page', '');
  L.push('Bytes the browser fetched to show the first results (Story Explorer: the page for its whole view, and for a search with the chunks a split index fetched for it; Pagefind: its UI, its index and the fragments of one query; TimelineJS: its page, script, style and the events), raw and as gzip would send them (each file at level 9; Pagefind\'s index files are compressed already). A file counts when it was asked for before the first results were in the DOM, and for the explorer\'s whole view before its app\'s own view was (index.html shows a prerendered snapshot of it first: the page\'s whole code counts); "then streamed" is what a split index fetches after its first view (every chunk and shard, in idle time; not under Save-Data).', '');
  L.push('| corpus | Story Explorer raw | gzip | then streamed, gzip | explorer search gzip | Pagefind raw | gzip | TimelineJS raw | gzip | Pagefind + TimelineJS gzip | explorer / (Pagefind + TimelineJS), gzip |');
  L.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of results) {
    const ex = r.explorer.overview;
    const both = r.pagefind.first.transferGzip + r.timeline.first.transferGzip;
    L.push(`| ${r.corpus} | ${kb(ex.transfer)} | ${kb(ex.transferGzip)} | ${kb(ex.after)} | ${kb(r.explorer.search.transferGzip)} | ${kb(r.pagefind.first.transfer)} | ${kb(r.pagefind.first.transferGzip)} | ${kb(r.timeline.first.transfer)} | ${kb(r.timeline.first.transferGzip)} | ${kb(both)} | ${ratio(ex.transferGzip, both)} |`);
  }
  L.push('');
  L.push('### Files of the page', '');
  for (const r of results) {
    const page = r.files.filter((f) => !f.file.startsWith('chunks/') && f.file !== SINGLE);
    const chunks = r.files.filter((f) => f.file.startsWith('chunks/'));
    const sum = (fs, k) => fs.reduce((a, f) => a + f[k], 0);
    const split = chunks.length
      ? `; split index: ${chunks.length} chunk files fetched on demand, ${kb(sum(chunks, 'raw'))} (${kb(sum(chunks, 'gzip'))} gzip) in all, largest ${kb(chunks[0].raw)}`
      : '; whole index embedded';
    L.push(`- **${r.corpus}**: ${page.map((f) => `\`${f.file}\` ${kb(f.raw)} (${kb(f.gzip)} gzip)`).join(', ')}${split}`);
  }
  const tlCore = results[0]?.tlFiles.filter((f) => /timeline\.(js|css)$/.test(f.file));
  if (tlCore?.length) L.push(`- TimelineJS's own files: ${tlCore.map((f) => `\`${f.file}\` ${kb(f.raw)} (${kb(f.gzip)} gzip)`).join(', ')}`);
  L.push('', '### The page in one file', '');
  L.push(`\`${SINGLE}\`: the whole page (wasm, glue, styles, favicon and, for a split index, every chunk, base64-encoded) in one file that makes no request, to open from disk, send or archive; not made over ${(SINGLE_MAX / 1e6).toFixed(0)} MB (\`scripts/single-file.mjs\`).`, '');
  L.push(`| corpus | ${SINGLE} raw | gzip | raw, against the page's files |`);
  L.push('|---|---:|---:|---:|');
  for (const r of results) {
    const single = r.files.find((f) => f.file === SINGLE);
    const rest = r.files.filter((f) => f.file !== SINGLE).reduce((a, f) => a + f.raw, 0);
    L.push(single ? `| ${r.corpus} | ${kb(single.raw)} | ${kb(single.gzip)} | ${ratio(single.raw, rest)} |` : `| ${r.corpus} | not made (over the limit) | | |`);
  }
  L.push('', '## Time to first rendered results (median of 5 fresh loads)', '');
  L.push('From navigation to the first results in the DOM, and to the frame that shows them painted (a task queued from that frame\'s animation callback; before 2026-12-05 the callback itself, which runs before the frame\'s style, layout and paint). Explorer: the whole view (`/`, its filters and document list) and a search (`?q=word`); since 2026-12-05 index.html carries a snapshot of the whole view, made at build time from the app\'s own first frame (scripts/prerender.mjs), shown inert until the app replaces it: \"whole view\" is that snapshot painted, \"live\" the app\'s own view painted (usable). A search\'s address shows no snapshot. Pagefind: its UI given the same word. TimelineJS: its first time marker.', '');
  L.push('| corpus | explorer, whole view | explorer, whole view live | explorer, search | Pagefind search | TimelineJS first render | explorer search / Pagefind | explorer view / TimelineJS | live / TimelineJS |');
  L.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of results) {
    const o = r.explorer.overview;
    L.push(`| ${r.corpus} | ${ms(o.frame)} | ${o.live == null ? 'n/a' : ms(o.live)} | ${ms(r.explorer.search.frame)} | ${ms(r.pagefind.first.frame)} | ${ms(r.timeline.first.frame)} | ${ratio(r.explorer.search.frame, r.pagefind.first.frame)} | ${ratio(o.frame, r.timeline.first.frame)} | ${o.live == null ? 'n/a' : ratio(o.live, r.timeline.first.frame)} |`);
  }
  L.push('', '## Interaction latency', '');
  L.push('From the input event to the DOM updated and laid out (script, reactive updates, DOM, style and layout; the paint itself and the wait for the next frame are not included), at a reader\'s pace: each interaction ' + READER_PACE_MS + ' ms after the last, once the work the page defers past a frame (the rest of a long result list, the history write, the links\' addresses) is done, as Interaction to Next Paint counts a user\'s interactions. Search: one keystroke of a frequent word (the results, facet counts and timeline update). Facet: toggling the first value of the first facet (the first outlet where the articles name their outlets, as on the real stories; else the first source), from the whole view (so every other toggle shows its passages, and the next one the whole view again). Scrub: one arrow-key step of the timeline\'s day (ten back from the whole view, then ten forward), a key press the slider takes (before 2026-12-01 the simulated key was not cancelable, so the window panned with every step as well). Zoom: one zoom step of the timeline\'s window (`+`, then `-`), every mark placed again. Pagefind: a warm `search()` of the same prefix with its first five results\' data.', '');
  L.push('| corpus | search p50 | search p95 | facet p50 | facet p95 | scrub p50 | scrub p95 | zoom p50 | zoom p95 | Pagefind search p50 | p95 | explorer / Pagefind (p95) |');
  L.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of results) {
    const i = r.explorer.interaction;
    L.push(`| ${r.corpus} | ${ms(i.search.p50)} | ${ms(i.search.p95)} | ${ms(i.facet.p50)} | ${ms(i.facet.p95)} | ${ms(i.scrub.p50)} | ${ms(i.scrub.p95)} | ${ms(i.zoom.p50)} | ${ms(i.zoom.p95)} | ${ms(r.pagefind.search.p50)} | ${ms(r.pagefind.search.p95)} | ${ratio(i.search.p95, r.pagefind.search.p95)} |`);
  }
  L.push('', `Back to back (one interaction per frame, as fast as a script can go: each one also pays for what the one before deferred, and a frame the browser renders in between counts when it falls inside; ${REPS} repetitions):`, '');
  L.push('| corpus | search p50 | search p95 | facet p50 | facet p95 | scrub p50 | scrub p95 | zoom p50 | zoom p95 |');
  L.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of results) {
    const i = r.explorer.backToBack;
    L.push(`| ${r.corpus} | ${ms(i.search.p50)} | ${ms(i.search.p95)} | ${ms(i.facet.p50)} | ${ms(i.facet.p95)} | ${ms(i.scrub.p50)} | ${ms(i.scrub.p95)} | ${ms(i.zoom.p50)} | ${ms(i.zoom.p95)} |`);
  }
  L.push(...targets(results));
  L.push('', `Queries (per corpus, the same for every tool): ${results.map((r) => `${r.corpus}: ${r.queries.slice(0, 5).join(', ')}`).join('; ')}.`);
  const foreign = results.flatMap((r) => [...r.explorer.overview.foreign, ...r.pagefind.first.foreign, ...r.timeline.first.foreign]);
  if (foreign.length) L.push('', `Requests that left loopback (blocked): ${[...new Set(foreign)].join(', ')}.`);
  // The size steps of the seed page, measured one build at a time and kept by hand.
  const steps = join(BENCH, 'size-steps.md');
  if (existsSync(steps)) L.push('', readFileSync(steps, 'utf8').trim());
  L.push('');
  return L.join('\n');
}

/** The issue's targets, each judged from the figures above. */
function targets(results) {
  const by = (name) => results.find((r) => r.corpus === name);
  const seeds = by('seeds');
  const big = by('synth-2000');
  const verdict = (ok) => (ok === undefined ? 'not measured' : ok ? '**met**' : '**not met**');
  const gz = (r) => r?.explorer.overview.transferGzip;
  const both = (r) => r && r.pagefind.first.transferGzip + r.timeline.first.transferGzip;
  const p95 = (r, mode = 'interaction') => r && Math.max(...['search', 'facet', 'scrub', 'zoom'].map((k) => r.explorer[mode][k].p95));
  const paced = (r) => `${ms(p95(r))} at a reader's pace (worst of the four); back to back ${ms(p95(r, 'backToBack'))}`;
  const L = ['', '## Targets', ''];
  L.push('| target | figure | verdict |', '|---|---|---|');
  L.push(`| seeds: whole page under 150 KB gzip | ${seeds ? kb(gz(seeds)) : 'n/a'} | ${verdict(seeds && gz(seeds) < 150 * 1024)} |`);
  L.push(`| seeds: less than Pagefind + TimelineJS | ${seeds ? `${kb(gz(seeds))} against ${kb(both(seeds))}` : 'n/a'} | ${verdict(seeds && gz(seeds) < both(seeds))} |`);
  L.push(`| seeds: interaction p95 under 4 ms (search, facet, scrub, zoom) | ${seeds ? paced(seeds) : 'n/a'} | ${verdict(seeds && p95(seeds) < 4)} |`);
  L.push(`| 2,000 articles: interaction p95 under 16 ms | ${big ? paced(big) : 'n/a'} | ${verdict(big && p95(big) < 16)} |`);
  // Real stories (BENCH_REAL): one frame for every interaction (issue 15).
  for (const r of results.filter((x) => x.corpus !== 'seeds' && !x.corpus.startsWith('synth-'))) {
    const worst = ['search', 'facet', 'scrub', 'zoom'].map((k) => `${k} ${ms(r.explorer.interaction[k].p95)}`).join(', ');
    L.push(`| ${r.corpus} (real): interaction p95 under 16 ms | ${ms(p95(r))} at a reader's pace (worst of: ${worst}); back to back ${ms(p95(r, 'backToBack'))} | ${verdict(p95(r) < 16)} |`);
  }
  for (const r of results) {
    const o = r.explorer.overview;
    const target = r.corpus === 'seeds' ? 0.8 : 1;
    L.push(`| ${r.corpus}: first results ${target === 1 ? 'before' : `at most ${target}×`} TimelineJS's first render | ${ms(o.frame)} against ${ms(r.timeline.first.frame)} (${ratio(o.frame, r.timeline.first.frame)}; the app's own view live at ${o.live == null ? 'n/a' : ms(o.live)}) | ${verdict(o.frame <= target * r.timeline.first.frame)} |`);
  }
  const b = big?.stats;
  L.push(`| 2,000 articles indexed in under 20 s | ${b ? ms(b.read_ms + b.build_ms + b.encode_ms) : 'n/a'} | ${verdict(b && b.read_ms + b.build_ms + b.encode_ms < 20000)} |`);
  // Chunks: the first view's transfer should grow far slower than the corpus's index.
  const small = by('synth-50');
  const split = (r) => r?.files.some((f) => f.file.startsWith('chunks/'));
  if (small && big) {
    const corpusGrowth = big.stats.index_bytes / small.stats.index_bytes;
    const loadGrowth = gz(big) / gz(small);
    L.push(`| large corpora: index in chunks loaded on demand, load growing far slower than the corpus | ${split(big) ? 'split' : 'whole'} at 2,000 articles; from 50 to 2,000 articles the index grows ${corpusGrowth.toFixed(1)}×, the first view's transfer ${loadGrowth.toFixed(1)}× (${kb(gz(small))} → ${kb(gz(big))} gzip) | ${verdict(split(big) && loadGrowth < corpusGrowth / 2)} |`);
  } else {
    L.push('| large corpora: index in chunks loaded on demand | needs the 50 and 2,000 corpora | not measured |');
  }
  return L;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
