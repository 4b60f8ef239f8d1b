// Strings of the first-run onboarding (and of the profile editor it shares with Settings).
export const onboarding = {
  fr: {
    'onboarding.title': 'Bienvenue dans Cercles',
    'onboarding.intro':
      'Dites-nous d’où vous venez : vos anciens employeurs, écoles, formations et clubs aident à retrouver où vous avez rencontré chacun de vos contacts.',
    'onboarding.inferred': 'Pré-rempli d’après votre boîte aux lettres : vérifiez, retirez ou complétez.',
    'onboarding.finish': 'Continuer vers la revue',
    'onboarding.later': 'Vous pourrez tout modifier plus tard dans les réglages.',
    'profile.employers': 'Anciens employeurs',
    'profile.schools': 'Écoles et universités',
    'profile.trainings': 'Formations',
    'profile.clubs': 'Clubs et réseaux',
    'profile.addPlaceholder': 'Nom, puis Entrée',
    'profile.addLabel': 'Ajouter à « {section} »',
    'profile.empty': 'Aucun pour l’instant.',
    'profile.support_one': 'vu {count} fois',
    'profile.support_other': 'vu {count} fois',
    'signals.label': 'Utiliser les signaux de la boîte aux lettres',
    'signals.hint':
      'En-têtes des messages et rendez-vous (jamais le contenu) : ils précisent les cercles et la force des liens. Tout reste dans votre navigateur.',
    'signals.window': 'Période lue',
    'signals.months_one': 'le dernier mois',
    'signals.months_other': '{count} derniers mois',
  },
  en: {
    'onboarding.title': 'Welcome to Circles',
    'onboarding.intro':
      'Tell us where you come from: your past employers, schools, trainings and clubs help find where you met each of your contacts.',
    'onboarding.inferred': 'Pre-filled from your mailbox: check, remove or add.',
    'onboarding.finish': 'Continue to review',
    'onboarding.later': 'You can change all of this later in Settings.',
    'profile.employers': 'Past employers',
    'profile.schools': 'Schools and universities',
    'profile.trainings': 'Training courses',
    'profile.clubs': 'Clubs and networks',
    'profile.addPlaceholder': 'Name, then Enter',
    'profile.addLabel': 'Add to “{section}”',
    'profile.empty': 'None yet.',
    'profile.support_one': 'seen once',
    'profile.support_other': 'seen {count} times',
    'signals.label': 'Use mailbox signals',
    'signals.hint':
      'Message and meeting headers (never their content) refine circles and tie strength. Everything stays in your browser.',
    'signals.window': 'Period read',
    'signals.months_one': 'last month',
    'signals.months_other': 'last {count} months',
  },
};
