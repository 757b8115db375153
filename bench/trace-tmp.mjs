import { createServer } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { join, extname, resolve } from 'node:path';
import { chromium } from 'playwright-core';
const dist = resolve(process.argv[2]);
const q = process.argv[3] ?? 'zzzz';
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm', '.svg': 'image/svg+xml' };
const server = createServer((req, res) => { let f = join(dist, decodeURIComponent(new URL(req.url, 'http://x').pathname)); try { if (statSync(f).isDirectory()) f = join(f, 'index.html'); res.writeHead(200, { 'content-type': TYPES[extname(f)] ?? 'application/octet-stream' }).end(readFileSync(f)); } catch { res.writeHead(404).end(); } });
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
await page.goto(`http://127.0.0.1:${server.address().port}/`);
await page.waitForSelector('.facet--sources .facet__check');
const cdp = await page.context().newCDPSession(page);
const events = [];
cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8,blink.user_timing', transferMode: 'ReportEvents' });
await page.evaluate(async (q) => {
  const b = document.querySelector('#search');
  for (let i = 0; i < 40; i++) {
    await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
    performance.mark('k-start');
    b.value = i % 2 ? q : q + ' ';
    b.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((ok) => { const c = new MessageChannel(); c.port1.onmessage = ok; c.port2.postMessage(0); });
    void document.body.offsetHeight;
    performance.mark('k-end');
  }
}, q);
await cdp.send('Tracing.end');
await done;
const totals = new Map();
for (const e of events) {
  if (e.ph === 'X' && e.dur) totals.set(e.name, (totals.get(e.name) ?? 0) + e.dur);
}
for (const [n, d] of [...totals.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log((d / 1000 / 40).toFixed(3).padStart(8), 'ms/keystroke', n);
await browser.close(); server.close();
