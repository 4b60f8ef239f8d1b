// Kept apart from client.ts: `import.meta` exists only in the bundle (webpack makes the worker its own
// chunk from this line), not in jest's CommonJS; client.ts loads this module only where Worker exists.
export const startEngineWorker = (): Worker =>
  new Worker(new URL('./engine.worker.ts', import.meta.url), { name: 'circles-engine' });
