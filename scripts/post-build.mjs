// Trunk post-build hook. Trunk starts the hooks of a stage all at once, and these steps build
// on each other, so they run here one after the other, each a script of its own:
// externalize-loader.mjs (no inline script in index.html), page-meta.mjs (link-preview
// metadata from the corpus and oembed.json), copy-chunks.mjs (a split index's chunks beside
// the page), single-file.mjs (story.html, the page in one file, made from the files the
// others leave), prerender.mjs (the first view written into index.html, from the finished
// page; story.html starts without it).
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
for (const step of ['externalize-loader.mjs', 'page-meta.mjs', 'copy-chunks.mjs', 'single-file.mjs', 'prerender.mjs']) {
  const { status } = spawnSync(process.execPath, [join(here, step)], { stdio: 'inherit' });
  if (status !== 0) {
    console.error(`post-build: ${step} failed`);
    process.exit(1);
  }
}
