export function ReviewView() {
  return <section />;
}
