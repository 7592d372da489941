import type { Messages } from './en.js';
import { plural } from './plural.js';

const count = plural('fr');
const number = new Intl.NumberFormat('fr');

/** “de” before a name, elided before a vowel sound: “d’Anne”, “de Marc”. */
const de = (name: string) =>
  /^(?:[aeiouàâäéèêëîïôöùûüœæ]|y[^aeiouy])/i.test(name) ? `d’${name}` : `de ${name}`;

/**
 * Every string the elements show, in French (France). Typography: a narrow
 * no-break space (U+202F) before ; : ! ? and inside « », and between a
 * number and its unit.
 */
export const fr: Messages = {
  retry: 'Réessayer',
  cancel: 'Annuler',
  close: 'Fermer',
  loading: 'Chargement…',
  you: 'Vous',
  never: 'Jamais',
  loadFailed: 'Le chargement a échoué. Nouvelle tentative en cours ; vérifiez votre connexion.',
  expired: 'Votre session a expiré. Reconnectez-vous pour continuer.',
  forbidden: 'Vous n’avez pas accès à ce contenu.',
  notConfigured:
    'Cet élément a besoin d’un jeton : renseignez token ou token-url, ou placez-le dans un ' +
    '<workos-provider>.',
  actionFailed: 'L’opération a échoué. Réessayez dans un instant.',
  outcomeUnknown:
    'La connexion a été coupée avant la réponse : l’opération a pu aboutir ou non. ' +
    'Les informations affichées ont été rechargées depuis le serveur ; vérifiez-les avant de ' +
    'réessayer.',
  actionOn: (action: string, target: string) => `${action} : ${target}`,
  quota: 'Trop d’e-mails vous ont été envoyés aujourd’hui. Réessayez demain.',
  codeFailures: {
    VerificationCodeExpired: 'Ce code a expiré. Demandez-en un nouveau.',
    VerificationCodeIncorrect: 'Ce code n’est pas le bon. Vérifiez l’e-mail et réessayez.',
    VerificationCodePreviouslyUsed: 'Ce code a déjà été utilisé. Demandez-en un nouveau.',
    VerificationTooManyAttempts: 'Trop de codes erronés. Demandez-en un nouveau.',
  } as Record<string, string>,

  elevated: {
    title: 'Confirmez votre identité',
    explain: (email: string) => `Nous allons d’abord envoyer un code à six chiffres à ${email}.`,
    sent: (email: string) => `Saisissez le code à six chiffres envoyé à ${email}.`,
    code: 'Code',
    codeFormat: 'Le code comporte six chiffres.',
    send: 'Envoyer le code',
    verify: 'Vérifier',
    resend: 'Envoyer un nouveau code',
    resendIn: (seconds: number) => `Envoyer un nouveau code (${seconds} s)`,
    failed: 'Le code n’a pas pu être vérifié. Réessayez.',
    expired: 'Votre confirmation a expiré. Confirmez à nouveau votre identité.',
  },
  rateLimited: 'Trop de requêtes. Patientez un instant, puis réessayez.',

  members: {
    label: 'Membres',
    search: 'Rechercher par nom ou adresse e-mail',
    roleFilter: 'Rôle',
    allRoles: 'Tous les rôles',
    member: 'Membre',
    roles: 'Rôle',
    status: 'Statut',
    lastActive: 'Dernière activité',
    actions: 'Actions',
    actionsFor: (name: string) => `Actions pour ${name}`,
    empty: 'Aucun membre pour l’instant.',
    noMatches: (search: string) => `Aucun membre ne correspond à « ${search} ».`,
    pagination: 'Pagination des membres',
    status_Active: 'Actif',
    status_Invited: 'Invitation envoyée',
    status_InviteExpired: 'Invitation expirée',
    status_InviteRevoked: 'Invitation révoquée',
    status_NoInvite: 'Pas encore de connexion',
    invite: 'Inviter un membre',
    changeRole: 'Modifier le rôle',
    remove: 'Retirer',
    resend: 'Renvoyer l’invitation',
    resendShort: 'Renvoyer',
    revoke: 'Révoquer l’invitation',
    revokeShort: 'Révoquer',
  },

  invitations: {
    label: 'Invitations',
    statusFilter: 'Afficher les invitations',
    all: 'Toutes',
    statuses: {
      Pending: 'En attente',
      Expired: 'Expirée',
      Revoked: 'Révoquée',
      Accepted: 'Acceptée',
    },
    email: 'Adresse e-mail',
    role: 'Rôle',
    status: 'Statut',
    sent: 'Envoyée',
    expires: 'Expiration',
    actions: 'Actions',
    empty: 'Aucune invitation pour l’instant.',
    emptyStatus: (status: string) => `Aucune invitation ${status.toLowerCase()}.`,
    pagination: 'Pagination des invitations',
  },

  profile: {
    label: 'Votre profil',
    verified: 'Vérifiée',
    unverified: 'Non vérifiée',
    firstName: 'Prénom',
    lastName: 'Nom',
    locale: 'Langue',
    localeHint: 'Un code de langue, par exemple fr, fr-CA ou pt-BR.',
    localeNone: 'Non définie',
    localeInvalid: 'Ce n’est pas un code de langue. Essayez fr, fr-CA ou pt-BR.',
    edit: 'Modifier le profil',
    save: 'Enregistrer',
    saved: 'Votre profil a été enregistré.',
    organizations: 'Organisations',
    current: 'Actuelle',
    changeEmail: 'Modifier l’adresse e-mail',
  },

  emailChange: {
    title: 'Modifier votre adresse e-mail',
    newEmail: 'Nouvelle adresse e-mail',
    send: 'Envoyer le code',
    sentTo: (email: string) => `Saisissez le code à six chiffres envoyé à ${email}.`,
    code: 'Code',
    confirm: 'Modifier l’adresse e-mail',
    resend: 'Envoyer un nouveau code',
    resendIn: (seconds: number) => `Envoyer un nouveau code (${seconds} s)`,
    done: (email: string) => `Votre adresse e-mail est désormais ${email}.`,
    failures: {
      EmailNotAvailable:
        'Cette adresse ne peut pas être utilisée : c’est déjà la vôtre ou celle de quelqu’un ' +
        'd’autre.',
      InvalidEmail: 'Ce n’est pas une adresse e-mail valide.',
      EmailManagedByProvider:
        'Votre adresse e-mail est gérée par votre fournisseur d’identité : modifiez-la ' +
        'auprès de celui-ci.',
      DailyEmailQuotaExceeded: 'Trop d’e-mails vous ont été envoyés aujourd’hui. Réessayez demain.',
      EmailChangeCodeExpired: 'Ce code a expiré. Demandez-en un nouveau.',
      EmailChangeCodeIncorrect: 'Ce code n’est pas le bon. Vérifiez l’e-mail et réessayez.',
      VerificationCodePreviouslyUsed: 'Ce code a déjà été utilisé.',
      VerificationTooManyAttempts: 'Trop de codes erronés. Demandez-en un nouveau.',
      EmailChangeNotStarted: 'Saisissez d’abord votre nouvelle adresse.',
    } as Record<string, string>,
  },

  security: {
    mfa: 'Application d’authentification',
    mfaOn: 'Activée',
    mfaOff: 'Désactivée',
    mfaExplain: 'Un code fourni par une application sur votre téléphone, demandé à la connexion.',
    mfaLastUsed: 'Dernière utilisation :',
    turnOn: 'Activer',
    turnOff: 'Désactiver',
    passkeys: 'Clés d’accès',
    passkeysExplain:
      'Connectez-vous avec votre empreinte digitale, votre visage ou le verrouillage de ' +
      'votre appareil plutôt qu’avec un mot de passe.',
    passkeysUnsupported:
      'Ce navigateur ne peut pas créer de clés d’accès. Utilisez un navigateur récent sur un ' +
      'appareil doté d’un verrouillage d’écran.',
    noPasskeys: 'Aucune clé d’accès pour l’instant.',
    addPasskey: 'Ajouter une clé d’accès',
    created: 'Créée',
    lastUsed: 'Dernière utilisation :',
    delete: 'Supprimer',
    sessions: 'Sessions',
    sessionsExplain: 'Les appareils sur lesquels votre session est ouverte.',
    thisDevice: 'Cet appareil',
    unknownDevice: 'Appareil inconnu',
    deviceOn: (browser: string, system: string) => `${browser} sur ${system}`,
    lastActive: 'Dernière activité :',
    revoke: 'Déconnecter',
    revokeAll: 'Déconnecter toutes les autres sessions',
    never: 'jamais',
  },

  totp: {
    title: 'Activer l’application d’authentification',
    scan:
      'Scannez ce code QR avec votre application d’authentification, puis saisissez le code ' +
      'à six chiffres qu’elle affiche.',
    qr: 'Code QR pour votre application d’authentification',
    secret: 'Impossible de scanner ? Saisissez cette clé dans l’application :',
    code: 'Code de l’application',
    confirm: 'Activer',
    done: 'L’application d’authentification est activée.',
    alreadyEnrolled: 'Une application d’authentification est déjà activée.',
    removeTitle: 'Désactiver l’application d’authentification ?',
    removeBody: 'Le code de l’application ne sera plus demandé à la connexion.',
    removeConfirm: 'Désactiver',
    removed: 'L’application d’authentification est désactivée.',
    noFactor: 'Aucune application d’authentification n’est activée.',
    wrongCode: 'Ce code n’est pas le bon. Saisissez le code que l’application affiche maintenant.',
  },

  passkey: {
    title: 'Ajouter une clé d’accès',
    explain:
      'Votre navigateur vous demandera de confirmer avec votre empreinte digitale, votre ' +
      'visage ou le verrouillage de l’écran.',
    create: 'Créer la clé d’accès',
    cancelled: 'La clé d’accès n’a pas été créée. Réessayez quand vous le souhaitez.',
    failed: 'La clé d’accès n’a pas pu être enregistrée. Réessayez.',
    done: (name: string) => `Clé d’accès « ${name} » ajoutée.`,
    deleteTitle: (name: string) => `Supprimer la clé d’accès « ${name} » ?`,
    deleteBody: 'Vous ne pourrez plus l’utiliser pour vous connecter.',
    deleteConfirm: 'Supprimer la clé d’accès',
    deleted: (name: string) => `Clé d’accès « ${name} » supprimée.`,
    notFound: 'Cette clé d’accès n’existe plus.',
  },

  session: {
    revokeTitle: (device: string) => `Déconnecter ${device} ?`,
    revokeBody: 'Il faudra se reconnecter dans ce navigateur.',
    revokeConfirm: 'Déconnecter',
    revoked: (device: string) => `${device} est déconnecté.`,
    notFound: 'Cette session a déjà pris fin.',
    revokeAllTitle: 'Déconnecter toutes les autres sessions ?',
    revokeAllBody: 'Il faudra se reconnecter dans tous les navigateurs, sauf celui-ci.',
    revokeAllConfirm: 'Tout déconnecter',
    revokedAll: (n: number) =>
      count(n, {
        one: '# autre session déconnectée.',
        many: '# d’autres sessions déconnectées.',
        other: '# autres sessions déconnectées.',
      }),
  },

  changeRole: {
    title: (name: string) => `Modifier le rôle ${de(name)}`,
    save: 'Enregistrer le rôle',
    roleNotFound: (slugs: string) => `Ces rôles n’existent plus : ${slugs}.`,
    memberNotFound: 'Ce membre ne fait plus partie de l’organisation.',
    done: (name: string) => `Le rôle ${de(name)} a été modifié.`,
  },

  remove: {
    title: (name: string) => `Retirer ${name} ?`,
    body: (name: string) =>
      `${name} perd immédiatement l’accès à cette organisation, et ses sessions y prennent fin.`,
    confirm: 'Retirer le membre',
    managedByDirectory:
      'Ce membre est géré par une synchronisation d’annuaire : retirez-le dans l’annuaire.',
    memberNotFound: 'Ce membre ne fait plus partie de l’organisation.',
    done: (name: string) => `${name} ne fait plus partie de l’organisation.`,
  },

  pages: {
    range: (from: number, to: number) => `${number.format(from)}–${number.format(to)}`,
    previous: 'Page précédente',
    next: 'Page suivante',
  },

  invite: {
    title: 'Inviter des membres',
    emails: 'Adresses e-mail',
    emailsHint:
      'Plusieurs à la fois : séparez-les par des virgules, des espaces ou des retours à la ligne.',
    role: 'Rôle',
    expiry: 'Durée de validité (jours)',
    send: 'Envoyer les invitations',
    results: 'Résultats',
    noAddress: 'Saisissez au moins une adresse e-mail.',
    cancelled: (email: string) => `Aucune invitation envoyée à ${email}.`,
    sent: (n: number) =>
      count(n, {
        one: '# invitation envoyée.',
        many: '# d’invitations envoyées.',
        other: '# invitations envoyées.',
      }),
    alreadyInvited: (email: string) => `${email} a déjà une invitation en attente.`,
    alreadyMember: (email: string) => `${email} est déjà membre.`,
    invalidEmail: (email: string) => `« ${email} » n’est pas une adresse e-mail valide.`,
    invalidRole: 'Ce rôle n’existe plus. Choisissez-en un autre.',
    invalidExpiry: 'La durée de validité de l’invitation est incorrecte.',
    notDeliverable: (email: string) => `Les e-mails ne peuvent pas être remis à ${email}.`,
    blocked: 'Cette organisation ne peut pas envoyer d’invitations.',
    done: (email: string) => `Invitation envoyée à ${email}.`,
  },

  resend: {
    title: (email: string) => `Renvoyer l’invitation à ${email} ?`,
    confirm: 'Renvoyer l’invitation',
    alreadyAccepted: 'Cette invitation a déjà été acceptée.',
    notFound: 'Cette invitation n’existe plus.',
    notDeliverable: (email: string) => `Les e-mails ne peuvent pas être remis à ${email}.`,
    done: (email: string) => `Invitation renvoyée à ${email}.`,
  },

  revoke: {
    title: (email: string) => `Révoquer l’invitation envoyée à ${email} ?`,
    body: 'Le lien de l’e-mail d’invitation ne fonctionnera plus.',
    confirm: 'Révoquer l’invitation',
    notPending: 'Cette invitation n’est plus en attente.',
    notFound: 'Cette invitation n’existe plus.',
    done: (email: string) => `L’invitation envoyée à ${email} a été révoquée.`,
  },
};
