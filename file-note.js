// Opened from disk (file://), browsers refuse the page's module scripts and it would stay
// blank. This classic script (those still load from file://) shows index.html's note instead:
// open story.html, the page in one file, or serve the folder. Served over http(s) it does
// nothing, so the note never shows there; the app removes the note when it starts.
if (location.protocol === 'file:') {
  const note = document.getElementById('file-note');
  if (note) note.hidden = false;
}
