// Placeholder: the context engineer replaces this with the view of the open message's people.
export function MessageView() {
  return <section aria-label="Message" />;
}
