// Runs before the embed: the prose file arrives two seconds late, as on a network where the wasm
// wins the race, so the explainer shows its placeholder first and the prose replaces it.
(() => {
  const fetchNow = window.fetch;
  window.fetch = (resource, options) => {
    const late = String(resource instanceof Request ? resource.url : resource).endsWith('/http-status-prose.txt');
    return late ? new Promise((resolve) => setTimeout(resolve, 2000)).then(() => fetchNow(resource, options)) : fetchNow(resource, options);
  };
})();
