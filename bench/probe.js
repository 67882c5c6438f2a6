// Loaded before http-status.js on benchmark pages: records, from navigation start, when the
// first <http-status> shows a card or badge in its shadow root and when all of them have.
// A MutationObserver per shadow root fires in the microtask right after the render.
(() => {
  const DONE = 'http-status-bench: all rendered';
  const expected = Number(document.documentElement.dataset.expect || 1);
  const bench = { expected, rendered: 0, first: null, all: null };
  window.__bench = bench;
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    const observer = new MutationObserver(() => {
      if (!root.querySelector('.card, .badge')) return;
      observer.disconnect();
      const now = performance.now();
      bench.rendered += 1;
      bench.first ??= now;
      if (bench.rendered === bench.expected) {
        bench.all = now;
        // The runner listens for this instead of polling the page, which would inject
        // Playwright's helper script into the page while it is being measured.
        console.debug(DONE);
      }
    });
    observer.observe(root, { childList: true, subtree: true });
    return root;
  };
})();
