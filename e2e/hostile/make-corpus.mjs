// Writes the hostile corpus: every kind of bad or awkward article file the explorer must
// survive. Usage: node e2e/hostile/make-corpus.mjs DIR (the folder is emptied first).
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: make-corpus.mjs DIR');
  process.exit(2);
}
await rm(dir, { recursive: true, force: true });
await mkdir(dir, { recursive: true });
const put = (name, data) => writeFile(join(dir, name), data);

// Markup in article text must stay text.
await put('html.txt', 'Markup Is Only Text\n\n<script>window.__pwned = 1</script> The council met on 3 March 2021 <img src=x onerror="window.__pwned = 2"> and voted. ' +
  'A link <a href="javascript:window.__pwned=3">click</a> and <iframe src="javascript:window.__pwned=4"></iframe> follow. <b>Bold</b> &amp; entities &lt;stay&gt; as written.\n');
// Spreadsheet formulas in titles, outlets and text (an export must keep them as text).
await put('formula.md', '---\ntitle: =1+1\nsource: @SUM(A1:A9)\nurl: https://example.org/formula\n---\n=HYPERLINK("https://example.org","click") was typed in a cell in May 2020. Nothing more.\n');
// Hostile front matter.
await put('jsurl.md', '---\ntitle: <img src=x onerror="window.__pwned = 5"> Title\nurl: javascript:window.__pwned=6\nsource: <svg onload="window.__pwned=7">\nauthor: "Robert\'); DROP TABLE articles;--"\n---\nThe mayor resigned in 2019. Nobody was surprised.\n');
await put('goodurl.md', '---\ntitle: A Proper Link\nurl: https://example.org/story?a=1&b=<2>\n---\nThe bridge reopened in June 2020.\n');
// Too big (skipped) and big but allowed (one line, no newline).
const sentence = 'The river rose again and the town waited. ';
await put('toobig.txt', sentence.repeat(Math.ceil((5 * 1024 * 1024 + 1) / sentence.length)));
await put('bigline.txt', sentence.repeat(Math.floor((1024 * 1024) / sentence.length)));
// Not text, or not UTF-8, or empty.
await put('binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
await put('latin1.txt', Buffer.from('Caf\xe9 cr\xe8me in 2020.', 'latin1'));
await put('empty.txt', '');
await put('blank.md', '\n\n   \n\t\n');
// Control characters, right-to-left and combining text, emoji.
await put('control.txt', 'Bell\x07 and escape \x1b[31mred\x1b[0m and delete\x7f in 1999. Fine otherwise.\n');
await put('rtl.txt', 'مرحبا بالعالم في عام 2020. שלום עולם. Mixed \u202Eesrever\u202C text and Z\u0337\u0322a\u0336l\u0334g\u0337o\u0335 in 2021. ' +
  'Emoji 👨‍👩‍👧‍👦 and 🏳️‍🌈 flags appeared in March 2022.\n');
// Duplicates, a document with no dates, one with no sentences.
const dup = 'The factory closed in 2015. Workers protested for weeks.\n';
await put('dup-a.txt', dup);
await put('dup-b.txt', dup);
await put('nodates.txt', 'Nothing here says when. It simply happened, and people talked.\n');
await put('chrome-only.txt', 'Back\nTop\nLast edited:\n');
await put('broken-front-matter.md', '---\ntitle: never closed\nThe text goes on without a closing line in 2018.\n');
// Not an article, and a broken config.
await put('notes.pdf', '%PDF-1.4 not an article');
await put('story.toml', 'title = "Hostile corpus"\n[themes]\nsecurity = ["terror*"\n');
// Thousands of tiny files.
await mkdir(join(dir, 'sub'), { recursive: true });
await put(join('sub', 'ignored.txt'), 'A file in a subfolder.');
for (let i = 0; i < 2000; i++) {
  await put(`tiny-${String(i).padStart(4, '0')}.txt`, `Note ${i} was filed in ${1990 + (i % 35)}.`);
}
