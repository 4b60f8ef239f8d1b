// The FunctionFile: registers the ribbon's ExecuteFunction handler once Office is ready.
import { createCommandHandler } from './handler';
import { commandNotifier, officeLanguage, outlookCommandDeps } from './wire';

Office.onReady(() => {
  // Opened outside Outlook (a browser pointed at commands.html) there is no ribbon to serve.
  if (typeof Office.actions?.associate !== 'function') return;
  const notifier = commandNotifier();
  Office.actions.associate(
    'categoriseByOrigin',
    createCommandHandler({ deps: () => outlookCommandDeps(notifier), notifier, language: officeLanguage }),
  );
});
