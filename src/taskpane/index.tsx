/**
 * The taskpane's entry: compose the services for this run (Outlook or demo), then render the app. A failure
 * to start is shown as text in both languages, since no translation context exists yet.
 */
// First: starts reading the kept network and fetching the view while the rest of this code loads.
import './early';
import { createRoot } from 'react-dom/client';
import { composeServices } from '../app/compose';
import { App } from './App';

const container = document.getElementById('root');
if (!container) throw new Error('The taskpane page has no #root element.');
const root = createRoot(container);

composeServices()
  .then((services) => root.render(<App services={services} />))
  .catch((error: unknown) => {
    console.error('Circles could not start', error);
    const message = error instanceof Error ? error.message : String(error);
    root.render(
      <p role="alert" style={{ padding: 16 }}>
        Cercles n’a pas pu démarrer / Circles could not start: {message}
      </p>,
    );
  });
