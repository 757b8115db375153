import { createServer } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { join, extname, resolve } from 'node:path';
import { chromium } from 'playwright-core';
const dist = resolve(process.argv[2]);
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm', '.svg': 'image/svg+xml' };
const server = createServer((req, res) => { let f = join(dist, decodeURIComponent(new URL(req.url, 'http://x').pathname)); try { if (statSync(f).isDirectory()) f = join(f, 'index.html'); res.writeHead(200, { 'content-type': TYPES[extname(f)] ?? 'application/octet-stream' }).end(readFileSync(f)); } catch { res.writeHead(404).end(); } });
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
await page.goto(`http://127.0.0.1:${server.address().port}/`);
await page.waitForSelector('.facet--sources .facet__check');
for (const q of process.argv.slice(3)) {
  const r = await page.evaluate(async (q) => {
    const settle = () => new Promise((ok) => { const c = new MessageChannel(); c.port1.onmessage = ok; c.port2.postMessage(0); });
    const s = [], l = [];
    const b = document.querySelector('#search');
    for (let i = 0; i < 40; i++) {
      await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
      const t0 = performance.now();
      b.value = i % 2 ? q : q + ' ';
      b.dispatchEvent(new Event('input', { bubbles: true }));
      await settle();
      const t1 = performance.now();
      void document.body.offsetHeight;
      s.push(t1 - t0); l.push(performance.now() - t1);
    }
    const med = (x) => x.sort((a, b) => a - b)[x.length >> 1];
    return { script: med(s), layout: med(l), passages: document.querySelectorAll('.results__passage').length, heading: document.querySelector('#results-heading')?.textContent };
  }, q);
  console.log(q, JSON.stringify(r));
}
await browser.close(); server.close();
