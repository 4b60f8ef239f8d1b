import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Mailbox } from '../../core/model';
import { contact, createFakeServices } from '../testing/fakeServices';
import { renderWith, scriptedClassifier } from '../testing/render';
import { useNetwork } from './network';

const profile = { employers: [], schools: [], trainings: [], clubs: [] };
const mailboxOf = (companyName?: string): Mailbox => ({
  owner: { displayName: 'Owner', mail: 'owner@acme.fr', profile, ...(companyName ? { companyName } : {}) },
  contacts: [contact('c1', 'Alice Martin')],
  events: [],
  messages: [],
});

function Probe() {
  const network = useNetwork();
  if (network.status !== 'ready') return null;
  return (
    <>
      <span data-testid="company">{network.mailbox?.owner.companyName ?? '-'}</span>
      <button onClick={() => network.confirmOwnerCompany?.('Initech')}>confirm</button>
    </>
  );
}

describe('the owner company confirmed in the pane, across sessions', () => {
  test('a confirmed company is saved, and the next session starts with it', async () => {
    const services = createFakeServices(mailboxOf());
    const first = renderWith(<Probe />, services, scriptedClassifier({}));
    expect((await screen.findByTestId('company')).textContent).toBe('-');
    await userEvent.setup({ delay: null }).click(screen.getByText('confirm'));
    await waitFor(() => expect(screen.getByTestId('company').textContent).toBe('Initech'));
    expect(await services.importMemory?.loadOwnerCompany()).toBe('Initech');
    first.unmount();
    renderWith(<Probe />, services, scriptedClassifier({}));
    expect((await screen.findByTestId('company')).textContent).toBe('Initech');
  });

  test("Outlook's profile wins over a company confirmed earlier", async () => {
    const services = createFakeServices(mailboxOf('Acme'));
    await services.importMemory?.saveOwnerCompany('Initech');
    renderWith(<Probe />, services, scriptedClassifier({}));
    expect((await screen.findByTestId('company')).textContent).toBe('Acme');
  });
});
