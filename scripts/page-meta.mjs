// Trunk post-build hook: a shared link unfurls with the story's title and summary, and the
// page can be embedded through oEmbed. Reads the page's metadata from the built wasm (build.rs
// embeds it behind "STORYPAGE1\n", see story-core's page module, so the page and its metadata
// always come from the same build), fills index.html's <title>, description, Open Graph and
// Twitter tags and the oEmbed link's title, and writes oembed.json (oEmbed 1.0, type rich)
// beside the page.
//
// URLs stay relative (the page works on any host and sub-path): the iframe of oembed.json is
// "./?embed=1", relative to oembed.json itself. STORY_PUBLIC_URL=https://example.org/story/
// at build time makes it absolute (and sets provider_url), for consumers that need one.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The oEmbed frame's size: the width the layout is made for, and a first height. */
export const WIDTH = 960;
export const HEIGHT = 640;

const fail = (message) => {
  console.error(`page-meta: ${message}`);
  process.exit(1);
};
const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) fail('TRUNK_STAGING_DIR is not set (run as a trunk hook)');

let base = './';
if (process.env.STORY_PUBLIC_URL) {
  let url;
  try {
    url = new URL(process.env.STORY_PUBLIC_URL);
  } catch {
    fail(`STORY_PUBLIC_URL is not a URL: ${JSON.stringify(process.env.STORY_PUBLIC_URL)}`);
  }
  if (!['http:', 'https:'].includes(url.protocol) || url.search || url.hash || url.username) {
    fail(`STORY_PUBLIC_URL must be the page's http(s) address, without query or fragment: ${JSON.stringify(process.env.STORY_PUBLIC_URL)}`);
  }
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  base = url.href;
}

const wasm = (await readdir(dir)).find((f) => f.endsWith('_bg.wasm'));
if (!wasm) fail(`no wasm in ${dir}`);
const bytes = await readFile(join(dir, wasm));
// The header, then the JSON's length in eight digits and a newline (the code that reads the
// header holds the magic too, without the digits).
const found = /STORYPAGE1\n(\d{8})\n/.exec(bytes.toString('latin1'));
if (!found) fail(`${wasm} carries no page metadata (see build.rs)`);
const start = found.index + found[0].length;
const meta = JSON.parse(bytes.subarray(start, start + Number(found[1])).toString('utf8'));
if (typeof meta.title !== 'string' || typeof meta.description !== 'string') fail('the page metadata has no title or description');

const attr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const file = join(dir, 'index.html');
let html = await readFile(file, 'utf8');
const fill = (pattern, value, what) => {
  if (!pattern.test(html)) fail(`index.html has no ${what}`);
  html = html.replace(pattern, (_, before, after) => `${before}${value}${after}`);
};
fill(/(<title>)[^<]*(<\/title>)/, attr(meta.title), '<title>');
for (const [key, value] of [
  ['description', meta.description],
  ['og:title', meta.title],
  ['og:description', meta.description],
  ['twitter:title', meta.title],
  ['twitter:description', meta.description],
]) {
  fill(new RegExp(`(<meta (?:name|property)="${key}" content=")[^"]*(")`), attr(value), `<meta> for ${key}`);
}
fill(/(<link rel="alternate" type="application\/json\+oembed" href="oembed\.json" title=")[^"]*(")/, attr(meta.title), 'oEmbed discovery link');
await writeFile(file, html);

const frameTitle = meta.title === 'Story Explorer' ? meta.title : `Story Explorer: ${meta.title}`;
const oembed = {
  version: '1.0',
  type: 'rich',
  title: meta.title,
  provider_name: 'Story Explorer',
  ...(base === './' ? {} : { provider_url: base }),
  html: `<iframe src="${attr(`${base}?embed=1`)}" title="${attr(frameTitle)}" width="100%" height="${HEIGHT}" loading="lazy" style="border:0"></iframe>`,
  width: WIDTH,
  height: HEIGHT,
};
await writeFile(join(dir, 'oembed.json'), JSON.stringify(oembed, null, 2) + '\n');
console.log(`page-meta: "${meta.title}" (${base === './' ? 'relative URLs' : base})`);
