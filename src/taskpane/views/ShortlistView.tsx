// Placeholder: the context engineer replaces this with the ambition shortlist.
export function ShortlistView() {
  return <section aria-label="Ambition" />;
}
