// The FunctionFile: registers the ribbon's ExecuteFunction handler once Office is ready.
import { createCommandHandler } from './handler';
import { commandNotifier, officeLanguage, outlookCommandDeps } from './wire';

Office.onReady(() => {
  const notifier = commandNotifier();
  Office.actions.associate(
    'categoriseByOrigin',
    createCommandHandler({ deps: () => outlookCommandDeps(notifier), notifier, language: officeLanguage }),
  );
});
