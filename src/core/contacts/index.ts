export { fold, words, escapeRegExp, compareText } from './text';
export { academicKind, domainLabel, hostOf, isPublicProvider, registrableDomain, type AcademicKind } from './domains';
export { companyKey, sameCompany, sameCompanyKey, textMentionsCompany, typoBudget } from './company';
export { sharesSurname, surnameKey } from './names';
export { guessEmployers, type EmployerGuess, type EmployerGuesses } from './employer';
