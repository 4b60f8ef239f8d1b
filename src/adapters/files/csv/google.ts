/**
 * Google Contacts' CSV ("Google CSV" export) names its columns its own way: "Given Name"/"Family Name" and
 * "Organization 1 - Name" until 2023, "First Name"/"Last Name" and "Organization Name" since, and numbered
 * "E-mail 1 - Value", "Phone 1 - Value" pairs whose "- Type"/"- Label" column says "Work", "Mobile"… The
 * names below feed the same fields as Outlook's columns; numbered phones are read as business phones (their
 * labels are free text in the user's language, so we do not guess mobile from them).
 */
import type { CsvField } from './columns';

// prettier-ignore
export const googleAliases: readonly (readonly [CsvField, string])[] = [
  ['fullName', 'Name'], ['givenName', 'Given Name'], ['middleName', 'Additional Name'], ['surname', 'Family Name'],
  ['title', 'Name Prefix'], ['nickName', 'Nickname'],
  ['email1Address', 'E-mail 1 - Value'], ['email2Address', 'E-mail 2 - Value'], ['email3Address', 'E-mail 3 - Value'],
  ['company', 'Organization 1 - Name'], ['company', 'Organization Name'],
  ['jobTitle', 'Organization 1 - Title'], ['jobTitle', 'Organization Title'],
  ['department', 'Organization 1 - Department'], ['department', 'Organization Department'],
  ['businessPhone', 'Phone 1 - Value'], ['businessPhone2', 'Phone 2 - Value'],
  ['businessStreet', 'Address 1 - Street'], ['businessCity', 'Address 1 - City'],
  ['businessState', 'Address 1 - Region'], ['businessPostalCode', 'Address 1 - Postal Code'],
  ['businessCountry', 'Address 1 - Country'],
  ['webPage', 'Website 1 - Value'], ['profession', 'Occupation'],
];
