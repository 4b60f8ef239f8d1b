export function MapView() {
  return <section />;
}
