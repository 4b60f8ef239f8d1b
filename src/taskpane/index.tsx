import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';

// Minimal shell: replaced by the real taskpane.
const root = createRoot(document.getElementById('root')!);
root.render(
  <FluentProvider theme={webLightTheme}>
    <p>Circles</p>
  </FluentProvider>,
);
