export function OnboardingView({ onDone }: { onDone: () => void }) {
  void onDone;
  return <section />;
}
