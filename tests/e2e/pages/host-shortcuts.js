// The shortcuts real documentation sites bind, each recording what it would have done:
// DocSearch (Docusaurus, VitePress) opens on "/" and Ctrl/Cmd+K unless the target is a text
// field; mdBook changes chapter on arrows unless the focused element is one, and searches on
// "s" and "/". Every keydown reaching window is recorded too.
window.hostActions = [];
window.keysAtWindow = [];
const editing = (element) => element instanceof HTMLElement
  && (['INPUT', 'SELECT', 'TEXTAREA'].includes(element.tagName) || element.isContentEditable);
window.addEventListener('keydown', (event) => {
  window.keysAtWindow.push(event.key);
  if (editing(event.target)) return;
  if (event.key === '/' || (event.key === 'k' && (event.ctrlKey || event.metaKey))) window.hostActions.push(`docsearch opens on ${event.key}`);
});
document.addEventListener('keydown', (event) => {
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
  if (editing(event.composedPath()[0])) return;
  if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') window.hostActions.push(`mdbook goes to the ${event.key === 'ArrowLeft' ? 'previous' : 'next'} chapter`);
  if (event.key === 's' || event.key === '/') window.hostActions.push(`mdbook search opens on ${event.key}`);
});
