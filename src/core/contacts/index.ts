export { academicKind, domainLabel, hostOf, isPublicProvider, registrableDomain, type AcademicKind } from './domains';
export { sameCompany, sameCompanyKey, textMentionsCompany, workProbe } from './company';
export { ascending, CompanyKeyIndex, IdLists, TypoIndex } from './company-index';
export { sharesSurname, surnameKey } from './names';
export { guessEmployers, type EmployerGuess, type EmployerGuesses } from './employer';
export { boundContact, boundMailbox, MAX_FIELD_LENGTH, MAX_NOTE_LENGTH } from './bounds';
export { possibleDuplicates } from './duplicates';
