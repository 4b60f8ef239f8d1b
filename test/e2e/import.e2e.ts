/**
 * Importing a LinkedIn export in the demo: pick the file, read the preview (recognised, matched and how, set
 * aside and why), use the current positions in the ambition shortlist, write one current position into its
 * Outlook card (old → new shown first), create two people not in Outlook as contacts, and undo both — checked
 * on the emulated server. The export is written here from LinkedIn's
 * documented columns, with people of the demo mailbox and invented ones.
 */
import { frenchSpacing } from '../../src/core/text/typography';
import type { Page } from 'playwright-core';
import { axeScan, goTo, openTaskpane, screenshot, useAppAndBrowser } from './harness';

const EXPORT = [
  'Notes:',
  '"When exporting your connection data, you may notice that some of the email addresses are missing."',
  '',
  'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  // The card says Studio Lumen; LinkedIn says she now buys for a hotel group (a name unique on both sides).
  'Victoire,Castagnet,https://www.linkedin.com/in/victoire-castagnet,,Hôtel Le Grand Large,"Directrice des achats, hôtellerie",12 Mar 2021',
  // Same address as the card: a colleague who left for another company.
  'Faustine,Fontanel,https://www.linkedin.com/in/ffontanel,faustine.fontanel@alizeo-energies.fr,Quartz Ingénierie,Cheffe de projet,3 Nov 2022',
  'Orla,Colquhoun,https://www.linkedin.com/in/orla-colquhoun,,Biscuiterie des Abers,"Responsable qualité, site de Brest",21 Jun 2020',
  'Yannick,Le Floch,https://www.linkedin.com/in/yannick-le-floch,,Hôtel des Dunes,Directeur général,30 Sep 2019',
  'Mathilde,Corre,https://www.linkedin.com/in/mathilde-corre,,Brest Métropole,Chargée de mission,5 May 2018',
  ',,https://www.linkedin.com/in/unknown-member,,,,9 Jan 2020',
].join('\r\n');

const AMBITION = 'Win a first client in the hotel industry';

const env = useAppAndBrowser();

async function pickExport(page: Page) {
  await page.getByTestId('import-file').setInputFiles({
    name: 'Connections.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(EXPORT, 'utf8'),
  });
  await page.getByTestId('import-preview').waitFor({ state: 'visible' });
}

async function shortlistNames(page: Page): Promise<string[]> {
  await goTo(page, 'shortlist');
  const input = page.getByTestId('ambition-input');
  await input.waitFor({ state: 'visible', timeout: 30000 });
  await input.fill(AMBITION);
  await input.press('Enter');
  await page.getByTestId('shortlist-entry').first().waitFor({ state: 'visible', timeout: 30000 });
  return page.locator('[data-testid="shortlist-entry"] [id^="shortlist-name-"]').allInnerTexts();
}

test('a LinkedIn export: preview, positions in the shortlist, one written into Outlook, two contacts created, both undone', async () => {
  const page = await openTaskpane(env.browser, env.app.baseUrl, {
    lang: 'en',
    view: 'import',
    width: 350,
    height: 800,
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.getByTestId('import-view').waitFor({ state: 'visible', timeout: 60000 });

  // Before: the card's Studio Lumen does not place Victoire for a hotel ambition.
  expect(await shortlistNames(page)).not.toContain('Victoire Castagnet');
  await goTo(page, 'import');
  await page.getByTestId('import-view').waitFor({ state: 'visible' });

  await pickExport(page);
  await expect(page.getByTestId('import-summary').innerText()).resolves.toBe(
    '5 people read (LinkedIn export). 3 are already in Outlook. 2 are not. 1 line set aside.',
  );
  await page.locator('summary', { hasText: 'Already in Outlook' }).click();
  await expect(page.getByTestId('import-matched').locator('li').allInnerTexts()).resolves.toEqual([
    'Victoire Castagnet — same name, the only one. Now: Directrice des achats, hôtellerie · Hôtel Le Grand Large.',
    'Faustine Fontanel — same address. Now: Cheffe de projet · Quartz Ingénierie.',
    'Orla Colquhoun — same name and company. Now: Responsable qualité, site de Brest · Biscuiterie des Abers.',
  ]);
  await page.locator('summary', { hasText: 'Set aside' }).click();
  await expect(page.getByTestId('import-skipped').innerText()).resolves.toBe('Line 10: no first or last name.');
  expect(await axeScan(page)).toEqual([]);
  await screenshot(page, 'import-preview', { docs: 'import-preview' });

  // Current positions, kept beside the cards: the shortlist now finds Victoire's hotel purchasing role.
  await page.getByTestId('import-use-positions').click();
  await expect(page.getByTestId('import-positions-in-use').innerText()).resolves.toContain(
    'The current positions of 3 contacts are in use',
  );
  const names = await shortlistNames(page);
  expect(names).toContain('Victoire Castagnet');
  const victoire = page.locator('[data-testid="shortlist-entry"]', { hasText: 'Victoire Castagnet' });
  await expect(victoire.innerText()).resolves.toContain('Hôtel Le Grand Large');
  await screenshot(page, 'import-shortlist', { docs: 'import-shortlist' });
  // Nothing was written to Outlook: the card still says Studio Lumen.
  expect(env.app.emulator.contacts().find((c) => c.displayName === 'Victoire Castagnet')?.companyName).toBe(
    'Studio Lumen',
  );

  // Write Victoire's current position into her card, on request only, old → new shown first.
  await goTo(page, 'import');
  await page.getByTestId('import-view').waitFor({ state: 'visible' });
  await pickExport(page);
  const card = () => env.app.emulator.contacts().find((c) => c.displayName === 'Victoire Castagnet')!;
  // Graph (and the emulator) hold a cleared field as null and a never-set one as absent: the same empty field.
  const state = () => ({
    companyName: card().companyName ?? null,
    jobTitle: card().jobTitle ?? null,
    categories: card().categories,
  });
  const original = state();
  const writes = page.getByTestId('import-write-list').locator('li');
  const victoireWrite = writes.filter({ hasText: 'Victoire Castagnet' });
  await expect(victoireWrite.innerText()).resolves.toBe(
    'Victoire Castagnet\nCompany: Studio Lumen → Hôtel Le Grand Large\nJob title: (empty) → Directrice des achats, hôtellerie',
  );
  await expect(page.getByTestId('import-write-button').isDisabled()).resolves.toBe(true);
  await victoireWrite.getByRole('checkbox').check();
  await expect(page.getByTestId('import-write-button').innerText()).resolves.toBe('Update 1 card in Outlook');
  await screenshot(page, 'import-write-preview', { docs: 'import-write-preview' });
  await page.getByTestId('import-write-button').click();
  const writeNotice = page.getByTestId('import-write-notice');
  await writeNotice.getByText('1 card updated in Outlook.').waitFor({ state: 'visible' });
  expect(state()).toEqual({
    companyName: 'Hôtel Le Grand Large',
    jobTitle: 'Directrice des achats, hôtellerie',
    categories: original.categories,
  });
  // The card now says what LinkedIn says: it leaves the list of cards to update.
  await expect(victoireWrite.count()).resolves.toBe(0);
  expect(await axeScan(page)).toEqual([]);
  await screenshot(page, 'import-write-done');

  // Create the two people not in Outlook, keyboard only.
  const before = env.app.emulator.contacts().length;
  const boxes = page.getByTestId('import-new').getByRole('checkbox');
  expect(await boxes.count()).toBe(2);
  await boxes.nth(0).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(page.getByTestId('import-create').innerText()).resolves.toBe('Create 2 contacts');
  await page.getByTestId('import-create').focus();
  await page.keyboard.press('Enter');
  const notice = page.getByTestId('import-notice');
  await notice.waitFor({ state: 'visible' });
  await expect(notice.innerText()).resolves.toContain('2 contacts created in “Contacts (main folder)”.');
  const created = env.app.emulator
    .contacts()
    .filter((c) => ['Yannick Le Floch', 'Mathilde Corre'].includes(c.displayName));
  expect(created.map((c) => [c.displayName, c.companyName, c.jobTitle])).toEqual([
    ['Yannick Le Floch', 'Hôtel des Dunes', 'Directeur général'],
    ['Mathilde Corre', 'Brest Métropole', 'Chargée de mission'],
  ]);
  expect(env.app.emulator.contacts()).toHaveLength(before + 2);
  expect(await axeScan(page)).toEqual([]);
  await screenshot(page, 'import-created', { docs: 'import-created' });

  // Undo both: the creation deletes the two contacts, the update puts Victoire's card back exactly.
  await page.getByTestId('import-undo').click();
  await notice.getByText('2 contacts deleted: the creation is undone.').waitFor({ state: 'visible' });
  expect(env.app.emulator.contacts()).toHaveLength(before);
  await page.getByTestId('import-write-undo').click();
  await writeNotice.getByText('1 card put back as it was.').waitFor({ state: 'visible' });
  expect(state()).toEqual(original);
  await victoireWrite.waitFor({ state: 'visible' });
  const shot = await screenshot(page, 'import-undone');
  expect(shot).toBeTruthy();
  expect(errors).toEqual([]);
});

test('a file that fails to read says which line and why, and gives nothing to use (French)', async () => {
  const page = await openTaskpane(env.browser, env.app.baseUrl, {
    lang: 'fr',
    view: 'import',
    width: 350,
    height: 800,
  });
  await page.getByTestId('import-view').waitFor({ state: 'visible', timeout: 60000 });
  await page.getByTestId('import-file').setInputFiles({
    name: 'Connections.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'Notes:\r\n"x"\r\n\r\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\r\nA,B,,,"C,D,\r\n',
    ),
  });
  const failure = page.getByTestId('import-failure');
  await failure.waitFor({ state: 'visible' });
  await expect(failure.innerText()).resolves.toBe(
    // The pane's sentence is typeset (no-break space before its colon); the reader's own message is not.
    `${frenchSpacing('Connections.csv n’a pas pu être lu : ')}ligne 5 : une valeur entre guillemets n’est jamais fermée (il manque un "). Rien n’a été utilisé.`,
  );
  expect(await page.getByTestId('import-preview').count()).toBe(0);
  expect(await axeScan(page)).toEqual([]);
  await screenshot(page, 'import-failure-fr');

  // The same preview, in French.
  await pickExport(page);
  await expect(page.getByTestId('import-summary').innerText()).resolves.toBe(
    '5 personnes lues (export LinkedIn). 3 sont déjà dans Outlook. 2 n’y sont pas. 1 ligne mise de côté.',
  );
  await page.locator('summary', { hasText: 'Déjà dans Outlook' }).click();
  await expect(page.getByTestId('import-matched').locator('li').first().innerText()).resolves.toBe(
    frenchSpacing(
      'Victoire Castagnet — même nom, seul de ce nom. Aujourd’hui : Directrice des achats, hôtellerie · Hôtel Le Grand Large.',
    ),
  );
  expect(await axeScan(page)).toEqual([]);
  await screenshot(page, 'import-preview-fr');
});
