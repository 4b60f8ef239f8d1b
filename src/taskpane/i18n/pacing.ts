// Strings of the notice shown while a run waits for Outlook's request budget (10,000 requests per 10 minutes).
export const pacing = {
  fr: {
    'pacing.title': 'Pause imposée par Outlook',
    'pacing.body':
      'Outlook accepte 10 000 requêtes par tranche de 10 minutes pour une boîte aux lettres : Cercles reprend seul dans {time} environ. Rien n’est perdu.',
  },
  en: {
    'pacing.title': 'Waiting for Outlook',
    'pacing.body':
      'Outlook accepts 10,000 requests in any 10 minutes for one mailbox: Circles goes on by itself in about {time}. Nothing is lost.',
  },
};
