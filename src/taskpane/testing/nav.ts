import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

/**
 * Goes to a view through the navigation as a person does: its tab when it shows, else the "More" menu at the
 * end of the tabs and the view's item in it. jsdom measures every width as 0, so there only the current
 * view's tab shows and every other view is in the menu.
 */
export async function goToView(user: UserEvent, name: string): Promise<void> {
  const tab = screen.queryByRole('tab', { name });
  if (tab) return user.click(tab);
  await user.click(await screen.findByRole('tab', { name: /^(More|Plus)\b/ }));
  await user.click(await screen.findByRole('menuitem', { name }));
}
