/**
 * Real exports collected in ../shared/reference/files (Outlook in English and German, Windows Live Mail,
 * Outlook Express, Apple, Google, Android, Thunderbird, Outlook 2003/2007 vCards …), read in place: they are
 * third-party files and never copied into this repository. Skipped when the folder is absent (users' clones).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readContactsFile } from '../../src/adapters/files';
import type { Contact } from '../../src/core/model';

const root = join(__dirname, '..', '..', '..', 'shared', 'reference', 'files');
const available = existsSync(root);
if (!available) console.warn(`Skipping the reference-file tests: ${root} is absent.`);

const files = available
  ? (['csv', 'vcard'] as const).flatMap((dir) =>
      readdirSync(join(root, dir)).map((name) => ({ dir, name, path: join(root, dir, name) })),
    )
  : [];

const read = (path: string, name: string): Contact[] => [
  ...readContactsFile(new Uint8Array(readFileSync(path)), name).mailbox.contacts,
];

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

(available ? describe : describe.skip)('reference exports', () => {
  it('include both CSV and vCard files', () => {
    expect(files.filter((f) => f.dir === 'csv').length).toBeGreaterThan(3);
    expect(files.filter((f) => f.dir === 'vcard').length).toBeGreaterThan(10);
  });

  describe.each(files.length ? files : [{ dir: 'csv', name: 'none', path: '' }])('$dir/$name', ({ path, name }) => {
    it('imports without error, and every contact has a readable name', () => {
      const contacts = read(path, name);
      expect(contacts.length).toBeGreaterThan(0);
      for (const c of contacts) {
        expect(c.displayName.trim()).not.toBe('');
        // No mojibake or replacement characters: the encoding was detected right.
        expect(c.displayName).not.toMatch(/\uFFFD|Ã[\u0080-\u00BF]/);
      }
      expect(new Set(contacts.map((c) => c.id)).size).toBe(contacts.length);
    });
  });

  it('gives well-formed e-mail addresses (the odd junk value of a test file aside)', () => {
    const addresses = files.flatMap((f) => read(f.path, f.name)).flatMap((c) => c.emailAddresses.map((e) => e.address));
    const wellFormed = addresses.filter((a) => EMAIL.test(a));
    expect(addresses.length).toBeGreaterThan(80);
    expect(wellFormed.length / addresses.length).toBeGreaterThan(0.95);
  });

  // Specific values, checked against the files by hand; each covers an encoding or a producer's quirk.
  it.each([
    ['csv', 'outlook-en__contact_sport__utf_16_le_tabs.csv', 'Darren Hopkins', 'hopkins222@hotmail.com'], // UTF-16LE, tabs
    ['csv', 'outlook-de__tine20__importtest_outlook2013.csv', 'Cornelius Weiß', 'c.weiss@unittest.de'], // Windows-1252, German headers
    ['csv', 'outlook-en__horde_data__Outlook.csv', 'Firman Wandayandi', 'firman@php.net'], // old English "Business Country"
    ['csv', 'livemail-de__outlook_importer__livemail_de.csv', 'Robin Example', 'robin@example.de'], // semicolons, "Name" column
    ['vcard', 'unknown__roundcube__johndoe.vcf', 'John Doë', 'inbox@roundcube.net'], // 2.1, 8-bit Windows-1252
    ['vcard', 'macos__roundcube__utf-16_sample.vcf', 'Ǽgean ĽdaMonté', undefined], // UTF-16BE without BOM
    ['vcard', 'outlook2007__ez-vcard__outlook-2007.vcf', 'Mr. Michael Angstadt Jr.', 'mike.angstadt@gmail.com'], // QP, PHOTO, KEY
    ['vcard', 'macos__ical4j-vcard__vcard-vCards-SAP.vcf', 'Günther Blümchen', 'Guenther.Bluemchen@oracle.com'], // Latin-1, 30 cards
    ['vcard', 'unknown__tine20__HerrStephanLaunig.vcf', 'Läunig, Stephan', 's.leunig@badvilbel.de'], // malformed LABEL lines
  ])('%s/%s gives %s', (dir, name, displayName, email) => {
    const contact = read(join(root, dir, name), name).find((c) => c.displayName === displayName);
    expect(contact).toBeDefined();
    if (email) expect(contact?.emailAddresses.map((e) => e.address)).toContain(email);
  });

  it('reads the categories exporters wrote', () => {
    const categories = (dir: string, name: string) => read(join(root, dir, name), name).flatMap((c) => c.categories);
    expect(categories('vcard', 'sogo__tine20__sogo_connector.vcf')).toEqual(['CATEGORY 1', 'CATEGORY 2']);
    expect(categories('csv', 'outlook-de__tine20__adb_outlook2007_default_de.csv')).toEqual(['Partner']);
  });
});
