import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'node:util';

// Fluent UI v9 measures with ResizeObserver, which jsdom lacks.
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver ??= ResizeObserverStub;

// jsdom has no matchMedia; Fluent and our theme hook ask it for prefers-color-scheme.
if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

// jsdom has no TextEncoder/TextDecoder, which every browser the pane runs in has (the files adapter decodes
// with them): Node's own, with the same WHATWG encodings.
const g = globalThis as unknown as { TextEncoder?: unknown; TextDecoder?: unknown };
g.TextEncoder ??= NodeTextEncoder;
g.TextDecoder ??= NodeTextDecoder;

// findBy… and waitFor give up after 1 s by default: on a loaded two-core machine (CI, helpers at work) a view's
// lazily built strings and its first effects can take longer, and tests failed for that alone. A guard against
// flakes, not a speed limit: a passing wait returns as soon as its condition holds.
configure({ asyncUtilTimeout: 5_000 });
