// React 19 sets the element's properties and listens to its event by name; the typings come
// from the package ('http-status-element/react'), so `tsc` checks this file against them.
import type {} from 'http-status-element/react';
import 'http-status-element';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';

function App() {
  const [code, setCode] = useState('404');
  const [opened, setOpened] = useState<string[]>([]);
  return (
    <main>
      <button id="next" type="button" onClick={() => setCode('503')}>Show 503</button>
      <http-status id="card" code={code} theme="light" onhttp-status-select={(event) => setOpened((ids) => [...ids, event.detail.id])} />
      <p>Opened: <output id="opened">{opened.join(',')}</output></p>
    </main>
  );
}

createRoot(document.getElementById('app')!).render(<StrictMode><App /></StrictMode>);
