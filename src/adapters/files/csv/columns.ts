/**
 * Outlook's contact CSV columns, as the English, French and German versions of Outlook for Windows write
 * them. Import matches headers by name (case, accents' composition and spacing normalised), so the order of
 * the columns in a file does not matter; export writes the full Outlook column set in Outlook's order.
 *
 * Sources for the names: Outlook's own exports (English 2007+, German 2007/2013) and the French names Outlook
 * uses (French Outlook writes "Titre" twice: the courtesy title first, the job title second).
 */
import { googleAliases } from './google';

/** The CSV fields Circles maps to and from a Contact. Other Outlook columns are written empty. */
export type CsvField =
  | 'title'
  | 'givenName'
  | 'middleName'
  | 'surname'
  | 'company'
  | 'department'
  | 'jobTitle'
  | `${'business' | 'home' | 'other'}${'Street' | 'Street2' | 'Street3' | 'City' | 'State' | 'PostalCode' | 'Country'}`
  | 'businessPhone'
  | 'businessPhone2'
  | 'homePhone'
  | 'homePhone2'
  | 'mobilePhone'
  | 'assistantName'
  | 'birthday'
  | 'categories'
  | `email${1 | 2 | 3}${'Address' | 'Type' | 'Name'}`
  | 'manager'
  | 'notes'
  | 'officeLocation'
  | 'profession'
  | 'spouse'
  | 'webPage'
  | 'nickName'
  /** A full-name column (Outlook Express/WAB "Name", Windows Live Mail), used as the display name. */
  | 'fullName';

export type CsvHeaderLanguage = 'en' | 'fr';

type Column = {
  /** Absent for columns Circles does not map (written empty, ignored on import). */
  readonly field?: CsvField;
  readonly en: string;
  readonly fr: string;
  /** Other names seen for the same column on import (old English, German, variants). */
  readonly aliases?: readonly string[];
};

const c = (field: CsvField | undefined, en: string, fr: string, aliases: readonly string[] = []): Column =>
  field ? { field, en, fr, aliases } : { en, fr, aliases };

const address = (kind: 'business' | 'home' | 'other', en: string, fr: string, de: readonly string[]): Column[] => {
  const old = kind === 'other' ? 'Other' : en;
  return [
    c(`${kind}Street`, `${en} Street`, `Rue (${fr})`, [de[0]!]),
    c(`${kind}Street2`, `${en} Street 2`, `Rue (${fr}) 2`, [`${de[0]} 2`]),
    c(`${kind}Street3`, `${en} Street 3`, `Rue (${fr}) 3`, [`${de[0]} 3`]),
    c(`${kind}City`, `${en} City`, `Ville (${fr})`, [de[1]!]),
    c(`${kind}State`, `${en} State`, `Dép/Région (${fr})`, [de[2]!]),
    c(`${kind}PostalCode`, `${en} Postal Code`, `Code postal (${fr})`, [de[3]!]),
    c(`${kind}Country`, `${en} Country/Region`, `Pays/Région (${fr})`, [`${old} Country`, `Pays (${fr})`, de[4]!]),
  ];
};

/** Outlook for Windows' 92 contact columns, in the English export's order. */
export const outlookColumns: readonly Column[] = [
  c('title', 'Title', 'Titre', ['Anrede']),
  c('givenName', 'First Name', 'Prénom', ['Vorname']),
  c('middleName', 'Middle Name', 'Deuxième prénom', ['Weitere Vornamen']),
  c('surname', 'Last Name', 'Nom', ['Nachname']),
  c(undefined, 'Suffix', 'Suffixe'),
  c('company', 'Company', 'Société', ['Firma']),
  c('department', 'Department', 'Service', ['Abteilung']),
  c('jobTitle', 'Job Title', 'Titre', ['Position']),
  ...address('business', 'Business', 'bureau', [
    'Straße geschäftlich',
    'Ort geschäftlich',
    'Region geschäftlich',
    'Postleitzahl geschäftlich',
    'Land/Region geschäftlich',
  ]),
  ...address('home', 'Home', 'domicile', [
    'Straße privat',
    'Ort privat',
    'Bundesland/Kanton privat',
    'Postleitzahl privat',
    'Land/Region privat',
  ]),
  ...address('other', 'Other', 'autre', [
    'Weitere Straße',
    'Weiterer Ort',
    'Weiteres/r Bundesland/Kanton',
    'Weitere Postleitzahl',
    'Weiteres/e Land/Region',
  ]),
  c(undefined, "Assistant's Phone", "Téléphone de l'assistant(e)"),
  c(undefined, 'Business Fax', 'Télécopie (bureau)'),
  c('businessPhone', 'Business Phone', 'Téléphone (bureau)', ['Telefon geschäftlich']),
  c('businessPhone2', 'Business Phone 2', 'Téléphone 2 (bureau)', ['Telefon geschäftlich 2']),
  c(undefined, 'Callback', 'Rappel'),
  c(undefined, 'Car Phone', 'Téléphone (voiture)'),
  c(undefined, 'Company Main Phone', 'Téléphone société'),
  c(undefined, 'Home Fax', 'Télécopie (domicile)'),
  c('homePhone', 'Home Phone', 'Téléphone (domicile)', ['Telefon privat', 'Telefon (privat)']),
  c('homePhone2', 'Home Phone 2', 'Téléphone 2 (domicile)', ['Telefon privat 2', 'Telefon (privat 2)']),
  c(undefined, 'ISDN', 'RNIS'),
  c('mobilePhone', 'Mobile Phone', 'Tél. mobile', ['Mobiltelefon', 'Téléphone mobile']),
  c(undefined, 'Other Fax', 'Télécopie (autre)'),
  c(undefined, 'Other Phone', 'Téléphone (autre)'),
  c(undefined, 'Pager', 'Récepteur de radiomessagerie'),
  c(undefined, 'Primary Phone', 'Téléphone principal'),
  c(undefined, 'Radio Phone', 'Radio téléphone'),
  c(undefined, 'TTY/TDD Phone', 'Téléphone TDD/TTY'),
  c(undefined, 'Telex', 'Télex'),
  c(undefined, 'Account', 'Compte'),
  c(undefined, 'Anniversary', 'Anniversaire de mariage ou fête'),
  c('assistantName', "Assistant's Name", "Nom de l'assistant(e)", ['Name Assistent', 'Assistent(in)']),
  c(undefined, 'Billing Information', 'Informations facturation'),
  c('birthday', 'Birthday', 'Anniversaire', ['Geburtstag']),
  c(undefined, 'Business Address PO Box', 'B.P. professionnelle'),
  c('categories', 'Categories', 'Catégories', ['Kategorien']),
  c(undefined, 'Children', 'Enfants'),
  c(undefined, 'Directory Server', "Serveur d'annuaire"),
  c('email1Address', 'E-mail Address', 'Adresse de messagerie', ['E-Mail-Adresse', 'Email Address']),
  c('email1Type', 'E-mail Type', 'Type de messagerie', ['E-Mail-Typ']),
  c('email1Name', 'E-mail Display Name', "Nom complet de l'adresse de messagerie", ['E-Mail: Angezeigter Name']),
  c('email2Address', 'E-mail 2 Address', 'Adresse de messagerie 2', ['E-Mail 2: Adresse']),
  c('email2Type', 'E-mail 2 Type', 'Type de messagerie 2', ['E-Mail 2: Typ']),
  c('email2Name', 'E-mail 2 Display Name', "Nom complet de l'adresse de messagerie 2", ['E-Mail 2: Angezeigter Name']),
  c('email3Address', 'E-mail 3 Address', 'Adresse de messagerie 3', ['E-Mail 3: Adresse']),
  c('email3Type', 'E-mail 3 Type', 'Type de messagerie 3', ['E-Mail 3: Typ']),
  c('email3Name', 'E-mail 3 Display Name', "Nom complet de l'adresse de messagerie 3", ['E-Mail 3: Angezeigter Name']),
  c(undefined, 'Gender', 'Sexe'),
  c(undefined, 'Government ID Number', 'Code gouvernement'),
  c(undefined, 'Hobby', 'Passe-temps'),
  c(undefined, 'Home Address PO Box', 'Boîte postale du domicile'),
  c(undefined, 'Initials', 'Initiales'),
  c(undefined, 'Internet Free Busy', 'Disponibilité Internet'),
  c(undefined, 'Keywords', 'Mots clés'),
  c(undefined, 'Language', 'Langue'),
  c(undefined, 'Location', 'Emplacement'),
  c('manager', "Manager's Name", 'Responsable', [
    'Nom du manager',
    'Name des/r Vorgesetzten',
    'Name des/der Vorgesetzten',
  ]),
  c(undefined, 'Mileage', 'Kilométrage'),
  c('notes', 'Notes', 'Notes', ['Notizen']),
  c('officeLocation', 'Office Location', 'Bureau', ['Büro']),
  c(undefined, 'Organizational ID Number', "Numéro d'identification de l'organisation"),
  c(undefined, 'Other Address PO Box', 'Autre boîte postale'),
  c(undefined, 'Priority', 'Priorité'),
  c(undefined, 'Private', 'Privé'),
  c('profession', 'Profession', 'Profession', ['Beruf']),
  c(undefined, 'Referred By', 'Recommandé par'),
  c(undefined, 'Sensitivity', 'Critère de diffusion'),
  c('spouse', 'Spouse', 'Conjoint(e)', ['Partner']),
  c(undefined, 'User 1', 'Utilisateur 1'),
  c(undefined, 'User 2', 'Utilisateur 2'),
  c(undefined, 'User 3', 'Utilisateur 3'),
  c(undefined, 'User 4', 'Utilisateur 4'),
  c('webPage', 'Web Page', 'Page Web', ['Webseite', 'Personal Web Page', 'Business Web Page']),
];

/** Headers of other producers that use Outlook's names for some columns (Outlook Express/WAB, Windows Live Mail). */
const extraAliases: readonly (readonly [CsvField, string])[] = [
  ['nickName', 'Nickname'],
  ['nickName', 'Surnom'],
  ['email1Address', 'E-Mail Address'],
  ['fullName', 'Name'],
  ['fullName', 'Full Name'],
  ['fullName', 'Nom complet'],
  ['fullName', 'Nom à afficher'],
];

/** Header names compare after Unicode composition, case folding and whitespace collapsing. */
export const normaliseHeader = (name: string): string =>
  name
    .normalize('NFC')
    .replace(/^\uFEFF/, '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();

/**
 * Normalised header name → the fields it stands for, in order of occurrence: a name used twice (French
 * "Titre") maps its first occurrence to the first field and its second to the second.
 */
const byHeader: ReadonlyMap<string, readonly CsvField[]> = (() => {
  const map = new Map<string, CsvField[]>();
  const add = (name: string, field: CsvField) => {
    const key = normaliseHeader(name);
    const list = map.get(key) ?? [];
    if (!list.includes(field)) list.push(field);
    map.set(key, list);
  };
  for (const col of outlookColumns) {
    if (!col.field) continue;
    add(col.en, col.field);
    add(col.fr, col.field);
    for (const a of col.aliases ?? []) add(a, col.field);
  }
  for (const [field, name] of [...extraAliases, ...googleAliases]) add(name, field);
  return map;
})();

/** Maps a header row to the field of each column (undefined for columns Circles does not read). */
export function fieldsOfHeader(header: readonly string[]): (CsvField | undefined)[] {
  const seen = new Map<string, number>();
  return header.map((name) => {
    const key = normaliseHeader(name);
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    const fields = byHeader.get(key);
    return fields?.[Math.min(n, fields.length - 1)];
  });
}

/** The header row Outlook writes in the given language. */
export const headerRow = (language: CsvHeaderLanguage): string[] => outlookColumns.map((col) => col[language]);

/**
 * The name a Categories column added to a file takes: in the language of the file's own headers (German
 * "Kategorien", French "Catégories"), English otherwise.
 */
export function categoriesHeaderFor(header: readonly string[]): string {
  const names = new Set(header.map(normaliseHeader));
  const speaks = (lang: 'fr' | 'de') =>
    outlookColumns.some((col) => {
      const name = lang === 'fr' ? col.fr : col.aliases?.[0];
      return !!col.field && !!name && name !== col.en && names.has(normaliseHeader(name));
    });
  if (speaks('de')) return 'Kategorien';
  if (speaks('fr')) return 'Catégories';
  return 'Categories';
}
