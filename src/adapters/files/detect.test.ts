import { detectFormat } from './detect';

describe('detectFormat', () => {
  it.each([
    ['contacts.vcf', 'BEGIN:VCARD\r\nVERSION:3.0\r\n', 'vcard'],
    ['contacts.csv', '\uFEFF  begin:vcard\n', 'vcard'],
    ['contacts.txt', '{"format":"circles-mailbox/1"}', 'mailbox-json'],
    ['mailbox.json', 'not json at all', 'mailbox-json'],
    ['export.CSV', '"First Name","Last Name"', 'csv'],
    ['export.vcf', 'garbage', 'vcard'],
    ['no-extension', '"Prénom","Nom"', 'csv'],
  ] as const)('sees %s starting with %j as %s', (name, text, format) => {
    expect(detectFormat(name, text)).toBe(format);
  });
});
