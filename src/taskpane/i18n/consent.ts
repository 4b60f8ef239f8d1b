// Strings of the notice shown when the mail and calendar scopes were refused (or blocked by an admin).
export const consent = {
  fr: {
    'consent.signals.title': 'Messages et rendez-vous non lus',
    'consent.signals.body':
      'L’accès aux en-têtes de vos messages et à votre agenda a été refusé ou bloqué par votre administrateur : les suggestions viennent des contacts seuls.',
    'consent.signals.retry': 'Redemander l’accès',
    'consent.signals.admin':
      'Si votre organisation exige l’accord d’un administrateur, demandez-lui d’autoriser Mail.ReadBasic et Calendars.ReadBasic pour Cercles.',
  },
  en: {
    'consent.signals.title': 'Messages and meetings not read',
    'consent.signals.body':
      'Access to your message headers and calendar was refused, or blocked by your administrator: suggestions come from the contacts alone.',
    'consent.signals.retry': 'Ask for access again',
    'consent.signals.admin':
      'If your organisation requires an administrator’s approval, ask them to allow Mail.ReadBasic and Calendars.ReadBasic for Circles.',
  },
};
