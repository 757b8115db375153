// A trap of the wasm (every panic ends in one) shows an alert with a way back, not a dead
// page (docs/security.md). Runs before the app; other errors are left to the browser.
(() => {
  const show = (error) => {
    if (!(error instanceof WebAssembly.RuntimeError) || !document.body || document.querySelector('.panic')) return;
    const panel = document.createElement('div');
    panel.className = 'panic';
    panel.setAttribute('role', 'alert');
    const text = document.createElement('p');
    text.append('Something went wrong and this view stopped working. ');
    const link = document.createElement('a');
    link.setAttribute('href', '?');
    link.textContent = 'Reload the default view';
    text.append(link);
    panel.append(text);
    document.body.prepend(panel);
  };
  addEventListener('error', (e) => show(e.error));
  addEventListener('unhandledrejection', (e) => show(e.reason));
})();
