// The FunctionFile: registers the ribbon's ExecuteFunction handler once Office is ready.
import { detectHost } from '../adapters/office/host';
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

// The demo (a plain browser, no ribbon) runs the command from a link: commands.html?run=categoriseByOrigin.
const search = typeof window === 'undefined' ? '' : window.location.search;
if (new URLSearchParams(search).get('run') === 'categoriseByOrigin') {
  void detectHost({ timeoutMs: 4000 }).then(async (host) => {
    if (host === 'outlook') return;
    const { runDemoCommand } = await import(/* webpackChunkName: "command-demo" */ './demo');
    await runDemoCommand(search);
  });
}
