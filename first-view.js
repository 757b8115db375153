// What index.html shows before the app starts, decided before it is parsed (a classic script,
// which runs where it stands, and also from disk):
// - Opened from disk (file://), browsers refuse the page's module scripts and it would stay
//   blank: the note (#file-note) says to open story.html, the page in one file, or to serve
//   the folder. Served over http(s) the note never shows; the app removes it when it starts.
// - The prerendered first view (#prerender, written after this script by
//   scripts/prerender.mjs) is the view of the page's own address without a query. Any other
//   view (a query: a search, a filter, a document, embed mode, a colour scheme) would show the
//   wrong view until the app starts, and from disk the app never starts: there it is hidden
//   (data-prerender="off", style.css), and the app's first view is the first one shown.
//   Elsewhere the document is marked data-prerender="shown" from the frame that paints the
//   snapshot on, so that the app, if it is ready before that frame, waits for it (src/lib.rs).
const root = document.documentElement;
if (location.protocol === 'file:') {
  const note = document.getElementById('file-note');
  if (note) note.hidden = false;
}
if (location.protocol === 'file:' || location.search.length > 1) {
  root.setAttribute('data-prerender', 'off');
} else {
  // An animation callback runs just before its frame is drawn: the first that finds the
  // snapshot in the document is the frame that shows it. (None is looked for once the
  // document is parsed without one.)
  const shown = () => {
    if (document.getElementById('prerender')) root.setAttribute('data-prerender', 'shown');
    else if (document.readyState === 'loading') requestAnimationFrame(shown);
  };
  requestAnimationFrame(shown);
}
