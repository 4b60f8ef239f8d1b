// The FunctionFile: registers the ribbon's ExecuteFunction handler once Office is ready.
import { createCommandHandler } from './handler';
import { commandNotifier, officeLanguage, outlookCommandDeps } from './wire';

void Office.onReady(() => {
  // Opened outside Outlook (a browser pointed at commands.html) there is no ribbon to serve.
  if (typeof Office.actions?.associate !== 'function') return;
  const notifier = commandNotifier();
  const handler = createCommandHandler({
    deps: () => outlookCommandDeps(notifier),
    notifier,
    language: officeLanguage,
  });
  // The handler never rejects: it reports failures itself and always calls event.completed().
  Office.actions.associate('categoriseByOrigin', (event: Office.AddinCommands.Event) => void handler(event));
});
