/**
 * The columns of LinkedIn's Connections.csv: First Name, Last Name, URL, Email Address, Company, Position,
 * Connected On (older exports have no URL column). Accounts in other languages may get translated headers;
 * the names below are those languages' usual words for the same columns.
 */
import { normaliseHeader } from '../csv/columns';

export type LinkedInField = 'givenName' | 'surname' | 'url' | 'email' | 'company' | 'position' | 'connectedOn';

// prettier-ignore
const names: Readonly<Record<LinkedInField, readonly string[]>> = {
  givenName: ['First Name', 'Prénom', 'Vorname', 'Nombre', 'Nome', 'Voornaam', 'Primeiro nome'],
  surname: ['Last Name', 'Nom', 'Nom de famille', 'Nachname', 'Apellidos', 'Apellido', 'Cognome', 'Achternaam', 'Sobrenome'],
  url: ['URL', 'Profile URL', 'URL du profil', 'Profil-URL', 'URL del perfil', 'URL del profilo'],
  email: [
    'Email Address', 'E-mail Address', 'Email', 'Adresse e-mail', 'Adresse email', 'E-Mail-Adresse', 'E-Mail',
    'Dirección de correo electrónico', 'Correo electrónico', 'Indirizzo email', 'E-mailadres', 'Endereço de e-mail',
  ],
  company: ['Company', 'Entreprise', 'Société', 'Unternehmen', 'Firma', 'Empresa', 'Azienda', 'Bedrijf'],
  position: ['Position', 'Poste', 'Stelle', 'Cargo', 'Posizione', 'Functie', 'Titre du poste'],
  connectedOn: [
    'Connected On', 'Connected on', 'Date de connexion', 'Connecté le', 'En relation depuis le', 'Verbunden am',
    'Vernetzt am', 'Conectado el', 'Fecha de conexión', 'Collegato il', 'Data di collegamento', 'Verbonden op',
    'Conectado em',
  ],
};

const byName: ReadonlyMap<string, LinkedInField> = new Map(
  (Object.entries(names) as [LinkedInField, readonly string[]][]).flatMap(([field, list]) =>
    list.map((n) => [normaliseHeader(n), field] as const),
  ),
);

/** The field of each column of a header row (undefined for a column LinkedIn does not write). */
export const linkedInFieldsOf = (header: readonly string[]): (LinkedInField | undefined)[] =>
  header.map((h) => byName.get(normaliseHeader(h)));

/**
 * Is this row LinkedIn's header? Both names, and a column only LinkedIn writes (the connection date or the
 * profile URL): Outlook's French export also says "Prénom" and "Nom", but never "URL" or "Connected On".
 */
export function isLinkedInHeader(row: readonly string[]): boolean {
  const fields = new Set(linkedInFieldsOf(row));
  return fields.has('givenName') && fields.has('surname') && (fields.has('connectedOn') || fields.has('url'));
}

/** English headers: a spreadsheet re-save writes numeric dates month first. */
export const isEnglishHeader = (row: readonly string[]): boolean =>
  row.some((h) => normaliseHeader(h) === 'first name');
