export function SettingsView() {
  return <section />;
}
