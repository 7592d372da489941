import type { Messages } from './en.js';
import { plural } from './plural.js';

const count = plural('de');

/** Every string the elements show, in German. */
export const de: Messages = {
  retry: 'Erneut versuchen',
  cancel: 'Abbrechen',
  close: 'Schließen',
  loading: 'Wird geladen…',
  you: 'Sie',
  never: 'Nie',
  loadFailed:
    'Das konnte nicht geladen werden. Es wird erneut versucht; prüfen Sie Ihre Verbindung.',
  expired: 'Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an, um fortzufahren.',
  forbidden: 'Sie haben darauf keinen Zugriff.',
  notConfigured:
    'Dieses Element benötigt ein Token: Setzen Sie token oder token-url, oder verwenden Sie ' +
    '<workos-provider>.',
  actionFailed: 'Das hat nicht funktioniert. Versuchen Sie es gleich noch einmal.',
  outcomeUnknown:
    'Die Verbindung brach ab, bevor die Antwort kam. ' +
    'Ob die Aktion ausgeführt wurde, ist daher unklar. ' +
    'Die Anzeige wurde gerade vom Server neu geladen: Prüfen Sie sie, bevor Sie es erneut ' +
    'versuchen.',
  actionOn: (action: string, target: string) => `${action}: ${target}`,
  quota: 'Heute wurden zu viele E-Mails an Sie gesendet. Versuchen Sie es morgen erneut.',
  codeFailures: {
    VerificationCodeExpired: 'Dieser Code ist abgelaufen. Fordern Sie einen neuen an.',
    VerificationCodeIncorrect:
      'Dieser Code ist nicht richtig. Prüfen Sie die E-Mail und versuchen Sie es erneut.',
    VerificationCodePreviouslyUsed:
      'Dieser Code wurde bereits verwendet. Fordern Sie einen neuen an.',
    VerificationTooManyAttempts: 'Zu viele falsche Codes. Fordern Sie einen neuen an.',
  } as Record<string, string>,

  elevated: {
    title: 'Bestätigen Sie, dass Sie es sind',
    explain: (email: string) => `Zuerst senden wir einen sechsstelligen Code an ${email}.`,
    sent: (email: string) =>
      `Geben Sie den sechsstelligen Code ein, den wir an ${email} gesendet haben.`,
    code: 'Code',
    codeFormat: 'Der Code besteht aus sechs Ziffern.',
    send: 'Code senden',
    verify: 'Bestätigen',
    resend: 'Neuen Code senden',
    resendIn: (seconds: number) => `Neuen Code senden (${seconds} s)`,
    failed: 'Der Code konnte nicht geprüft werden. Versuchen Sie es erneut.',
    expired: 'Ihre Bestätigung ist abgelaufen. Bestätigen Sie erneut, dass Sie es sind.',
  },
  rateLimited: 'Zu viele Anfragen. Warten Sie einen Moment und versuchen Sie es dann erneut.',

  members: {
    label: 'Mitglieder',
    search: 'Nach Name oder E-Mail-Adresse suchen',
    roleFilter: 'Rolle',
    allRoles: 'Alle Rollen',
    member: 'Mitglied',
    roles: 'Rolle',
    status: 'Status',
    lastActive: 'Zuletzt aktiv',
    actions: 'Aktionen',
    actionsFor: (name: string) => `Aktionen für ${name}`,
    empty: 'Noch keine Mitglieder.',
    noMatches: (search: string) => `Keine Mitglieder zu „${search}“ gefunden.`,
    pagination: 'Seiten der Mitgliederliste',
    status_Active: 'Aktiv',
    status_Invited: 'Eingeladen',
    status_InviteExpired: 'Einladung abgelaufen',
    status_InviteRevoked: 'Einladung widerrufen',
    status_NoInvite: 'Noch nicht angemeldet',
    invite: 'Mitglied einladen',
    changeRole: 'Rolle ändern',
    remove: 'Entfernen',
    resend: 'Einladung erneut senden',
    resendShort: 'Erneut senden',
    revoke: 'Einladung widerrufen',
    revokeShort: 'Widerrufen',
  },

  invitations: {
    label: 'Einladungen',
    statusFilter: 'Einladungen anzeigen',
    all: 'Alle',
    statuses: {
      Pending: 'Ausstehend',
      Expired: 'Abgelaufen',
      Revoked: 'Widerrufen',
      Accepted: 'Angenommen',
    },
    email: 'E-Mail-Adresse',
    role: 'Rolle',
    status: 'Status',
    sent: 'Gesendet',
    expires: 'Läuft ab',
    actions: 'Aktionen',
    empty: 'Noch keine Einladungen.',
    emptyStatus: (status: string) => `Keine Einladungen mit dem Status „${status}“.`,
    pagination: 'Seiten der Einladungsliste',
  },

  profile: {
    label: 'Ihr Profil',
    verified: 'Bestätigt',
    unverified: 'Nicht bestätigt',
    firstName: 'Vorname',
    lastName: 'Nachname',
    locale: 'Sprache',
    localeHint: 'Ein Sprachcode wie de, fr-CA oder pt-BR.',
    localeNone: 'Nicht festgelegt',
    localeInvalid: 'Das ist kein Sprachcode. Versuchen Sie de, fr-CA oder pt-BR.',
    edit: 'Profil bearbeiten',
    save: 'Speichern',
    saved: 'Ihr Profil wurde gespeichert.',
    organizations: 'Organisationen',
    current: 'Aktuell',
    changeEmail: 'E-Mail-Adresse ändern',
  },

  emailChange: {
    title: 'E-Mail-Adresse ändern',
    newEmail: 'Neue E-Mail-Adresse',
    send: 'Code senden',
    sentTo: (email: string) =>
      `Geben Sie den sechsstelligen Code ein, den wir an ${email} gesendet haben.`,
    code: 'Code',
    confirm: 'E-Mail-Adresse ändern',
    resend: 'Neuen Code senden',
    resendIn: (seconds: number) => `Neuen Code senden (${seconds} s)`,
    done: (email: string) => `Ihre E-Mail-Adresse lautet jetzt ${email}.`,
    failures: {
      EmailNotAvailable:
        'Diese Adresse kann nicht verwendet werden: Sie gehört bereits Ihnen oder jemand anderem.',
      InvalidEmail: 'Das ist keine E-Mail-Adresse.',
      EmailManagedByProvider:
        'Ihre E-Mail-Adresse wird von Ihrem Identitätsanbieter verwaltet. Ändern Sie sie dort.',
      DailyEmailQuotaExceeded:
        'Heute wurden zu viele E-Mails an Sie gesendet. Versuchen Sie es morgen erneut.',
      EmailChangeCodeExpired: 'Dieser Code ist abgelaufen. Fordern Sie einen neuen an.',
      EmailChangeCodeIncorrect:
        'Dieser Code ist nicht richtig. Prüfen Sie die E-Mail und versuchen Sie es erneut.',
      VerificationCodePreviouslyUsed: 'Dieser Code wurde bereits verwendet.',
      VerificationTooManyAttempts: 'Zu viele falsche Codes. Fordern Sie einen neuen an.',
      EmailChangeNotStarted: 'Geben Sie zuerst Ihre neue Adresse ein.',
    } as Record<string, string>,
  },

  security: {
    mfa: 'Authenticator-App',
    mfaOn: 'Aktiviert',
    mfaOff: 'Nicht aktiviert',
    mfaExplain:
      'Ein Code aus einer App auf Ihrem Smartphone, der bei der Anmeldung abgefragt wird.',
    mfaLastUsed: 'Zuletzt verwendet',
    turnOn: 'Aktivieren',
    turnOff: 'Deaktivieren',
    passkeys: 'Passkeys',
    passkeysExplain:
      'Melden Sie sich mit Fingerabdruck, Gesicht oder Gerätesperre statt mit einem Passwort an.',
    passkeysUnsupported:
      'Dieser Browser kann keine Passkeys erstellen. Verwenden Sie einen aktuellen Browser ' +
      'auf einem Gerät mit Bildschirmsperre.',
    noPasskeys: 'Noch keine Passkeys.',
    addPasskey: 'Passkey hinzufügen',
    created: 'Erstellt:',
    lastUsed: 'Zuletzt verwendet:',
    delete: 'Löschen',
    sessions: 'Sitzungen',
    sessionsExplain: 'Wo Sie angemeldet sind.',
    thisDevice: 'Dieses Gerät',
    unknownDevice: 'Unbekanntes Gerät',
    deviceOn: (browser: string, system: string) => `${browser} unter ${system}`,
    lastActive: 'Zuletzt aktiv',
    revoke: 'Abmelden',
    revokeAll: 'Von allen anderen Sitzungen abmelden',
    never: 'nie',
  },

  totp: {
    title: 'Authenticator-App aktivieren',
    scan:
      'Scannen Sie diesen Code mit Ihrer Authenticator-App und geben Sie dann den ' +
      'sechsstelligen Code ein, den sie anzeigt.',
    qr: 'QR-Code für Ihre Authenticator-App',
    secret: 'Scannen nicht möglich? Geben Sie diesen Schlüssel in der App ein:',
    code: 'Code aus der App',
    confirm: 'Aktivieren',
    done: 'Die Authenticator-App ist aktiviert.',
    alreadyEnrolled: 'Eine Authenticator-App ist bereits aktiviert.',
    removeTitle: 'Authenticator-App deaktivieren?',
    removeBody: 'Bei der Anmeldung wird dann kein Code aus der App mehr abgefragt.',
    removeConfirm: 'Deaktivieren',
    removed: 'Die Authenticator-App ist deaktiviert.',
    noFactor: 'Es ist keine Authenticator-App aktiviert.',
    wrongCode: 'Dieser Code ist nicht richtig. Geben Sie den Code ein, den die App jetzt anzeigt.',
  },

  passkey: {
    title: 'Passkey hinzufügen',
    explain:
      'Ihr Browser bittet Sie, mit Fingerabdruck, Gesicht oder Bildschirmsperre zu bestätigen.',
    create: 'Passkey erstellen',
    cancelled: 'Der Passkey wurde nicht erstellt. Versuchen Sie es erneut, wenn Sie bereit sind.',
    failed: 'Der Passkey konnte nicht gespeichert werden. Versuchen Sie es erneut.',
    done: (name: string) => `Passkey „${name}“ hinzugefügt.`,
    deleteTitle: (name: string) => `Passkey „${name}“ löschen?`,
    deleteBody: 'Sie können sich dann nicht mehr damit anmelden.',
    deleteConfirm: 'Passkey löschen',
    deleted: (name: string) => `Passkey „${name}“ gelöscht.`,
    notFound: 'Diesen Passkey gibt es nicht mehr.',
  },

  session: {
    revokeTitle: (device: string) => `${device} abmelden?`,
    revokeBody: 'Dort müssen Sie sich dann erneut anmelden.',
    revokeConfirm: 'Abmelden',
    revoked: (device: string) => `${device} wurde abgemeldet.`,
    notFound: 'Diese Sitzung ist bereits beendet.',
    revokeAllTitle: 'Von allen anderen Sitzungen abmelden?',
    revokeAllBody: 'In allen anderen Browsern müssen Sie sich dann erneut anmelden.',
    revokeAllConfirm: 'Alle abmelden',
    revokedAll: (n: number) =>
      count(n, {
        one: 'Von einer anderen Sitzung abgemeldet.',
        other: 'Von # anderen Sitzungen abgemeldet.',
      }),
  },

  changeRole: {
    title: (name: string) => `Rolle von ${name} ändern`,
    save: 'Rolle speichern',
    roleNotFound: (slugs: string) => `Diese Rollen gibt es nicht mehr: ${slugs}.`,
    memberNotFound: 'Diese Person ist nicht mehr Mitglied der Organisation.',
    done: (name: string) => `Die Rolle von ${name} wurde geändert.`,
  },

  remove: {
    title: (name: string) => `${name} entfernen?`,
    body: (name: string) =>
      `${name} verliert sofort den Zugriff auf diese Organisation, und die Sitzungen hier ` +
      `werden beendet.`,
    confirm: 'Mitglied entfernen',
    managedByDirectory:
      'Dieses Mitglied wird per Verzeichnissynchronisierung verwaltet: Entfernen Sie es im ' +
      'Verzeichnis.',
    memberNotFound: 'Diese Person ist nicht mehr Mitglied der Organisation.',
    done: (name: string) => `${name} wurde entfernt.`,
  },

  pages: {
    range: (from: number, to: number) => `${from}–${to}`,
    previous: 'Vorherige Seite',
    next: 'Nächste Seite',
  },

  invite: {
    title: 'Mitglieder einladen',
    emails: 'E-Mail-Adressen',
    emailsHint:
      'Mehrere auf einmal: Trennen Sie sie durch Kommas, Leerzeichen oder Zeilenumbrüche.',
    role: 'Rolle',
    expiry: 'Gültig für (Tage)',
    send: 'Einladungen senden',
    results: 'Ergebnisse',
    noAddress: 'Geben Sie mindestens eine E-Mail-Adresse ein.',
    cancelled: (email: string) => `${email} wurde nicht eingeladen.`,
    sent: (n: number) => count(n, { one: 'Einladung gesendet.', other: '# Einladungen gesendet.' }),
    alreadyInvited: (email: string) => `${email} hat bereits eine ausstehende Einladung.`,
    alreadyMember: (email: string) => `${email} ist bereits Mitglied.`,
    invalidEmail: (email: string) => `„${email}“ ist keine E-Mail-Adresse.`,
    invalidRole: 'Diese Rolle gibt es nicht mehr. Wählen Sie eine andere.',
    invalidExpiry: 'Diese Gültigkeitsdauer der Einladung ist nicht zulässig.',
    notDeliverable: (email: string) => `E-Mails an ${email} können nicht zugestellt werden.`,
    blocked: 'Diese Organisation kann keine Einladungen senden.',
    done: (email: string) => `Einladung an ${email} gesendet.`,
  },

  resend: {
    title: (email: string) => `Einladung an ${email} erneut senden?`,
    confirm: 'Einladung erneut senden',
    alreadyAccepted: 'Diese Einladung wurde bereits angenommen.',
    notFound: 'Diese Einladung gibt es nicht mehr.',
    notDeliverable: (email: string) => `E-Mails an ${email} können nicht zugestellt werden.`,
    done: (email: string) => `Einladung erneut an ${email} gesendet.`,
  },

  revoke: {
    title: (email: string) => `Einladung an ${email} widerrufen?`,
    body: 'Der Link in der Einladungs-E-Mail funktioniert dann nicht mehr.',
    confirm: 'Einladung widerrufen',
    notPending: 'Diese Einladung steht nicht mehr aus.',
    notFound: 'Diese Einladung gibt es nicht mehr.',
    done: (email: string) => `Die Einladung an ${email} wurde widerrufen.`,
  },
};
