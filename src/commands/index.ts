// The FunctionFile: registers the ribbon's ExecuteFunction handlers (see src/commands/categorise.ts).
Office.onReady(() => {
  // registered by the command module
});
