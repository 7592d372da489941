/**
 * The demo page's own words, in the languages the elements speak, so that
 * switching language turns the whole page, not only the elements. English is
 * what index.html holds.
 */
type DemoText = Record<
  | 'title'
  | 'intro'
  | 'signedIn'
  | 'reset'
  | 'look'
  | 'language'
  | 'appearance'
  | 'density'
  | 'theme'
  | 'members'
  | 'invitations'
  | 'profile'
  | 'security'
  | 'events'
  | 'eventsIntro'
  | 'mail'
  | 'mailIntro'
  | 'followSystem'
  | 'light'
  | 'dark'
  | 'comfortable'
  | 'compact'
  | 'defaultTheme'
  | 'forest'
  | 'midnight'
  | 'paper',
  string
>;

const TEXT: Record<string, DemoText> = {
  fr: {
    title: 'Éléments Widgets',
    intro:
      'Chaque élément ci-dessous interroge l’API Widgets locale avec un jeton que le serveur de ' +
      'cette page émet pour la personne choisie ici. Rien n’est simulé.',
    signedIn: 'Connecté en tant que',
    reset: 'Réinitialiser les données',
    look: 'Apparence',
    language: 'Langue',
    appearance: 'Thème clair ou sombre',
    density: 'Densité',
    theme: 'Thème',
    members: 'Membres',
    invitations: 'Invitations',
    profile: 'Profil',
    security: 'Sécurité',
    events: 'Événements',
    eventsIntro: 'Ce que les éléments ont signalé à cette page.',
    mail: 'Courrier',
    mailIntro: 'Ce que l’API locale aurait envoyé : invitations et codes.',
    followSystem: 'Suivre le système',
    light: 'Clair',
    dark: 'Sombre',
    comfortable: 'Confortable',
    compact: 'Compacte',
    defaultTheme: 'Par défaut',
    forest: 'Forêt',
    midnight: 'Minuit',
    paper: 'Papier',
  },
  de: {
    title: 'Widgets-Elemente',
    intro:
      'Jedes Element unten spricht mit der lokalen Widgets-API, mit einem Token, das das ' +
      'Backend dieser Seite für die hier gewählte Person ausstellt. Nichts ist simuliert.',
    signedIn: 'Angemeldet als',
    reset: 'Daten zurücksetzen',
    look: 'Darstellung',
    language: 'Sprache',
    appearance: 'Hell oder dunkel',
    density: 'Dichte',
    theme: 'Design',
    members: 'Mitglieder',
    invitations: 'Einladungen',
    profile: 'Profil',
    security: 'Sicherheit',
    events: 'Ereignisse',
    eventsIntro: 'Was die Elemente dieser Seite gemeldet haben.',
    mail: 'E-Mails',
    mailIntro: 'Was die lokale API verschickt hätte: Einladungen und Codes.',
    followSystem: 'Wie das System',
    light: 'Hell',
    dark: 'Dunkel',
    comfortable: 'Komfortabel',
    compact: 'Kompakt',
    defaultTheme: 'Standard',
    forest: 'Wald',
    midnight: 'Mitternacht',
    paper: 'Papier',
  },
  es: {
    title: 'Elementos de Widgets',
    intro:
      'Cada elemento de abajo consulta la API de Widgets local con un token que el servidor ' +
      'de esta página emite para la persona elegida aquí. Nada es simulado.',
    signedIn: 'Sesión iniciada como',
    reset: 'Restablecer los datos',
    look: 'Aspecto',
    language: 'Idioma',
    appearance: 'Claro u oscuro',
    density: 'Densidad',
    theme: 'Tema',
    members: 'Miembros',
    invitations: 'Invitaciones',
    profile: 'Perfil',
    security: 'Seguridad',
    events: 'Eventos',
    eventsIntro: 'Lo que los elementos comunicaron a esta página.',
    mail: 'Correo',
    mailIntro: 'Lo que la API local habría enviado: invitaciones y códigos.',
    followSystem: 'Según el sistema',
    light: 'Claro',
    dark: 'Oscuro',
    comfortable: 'Cómoda',
    compact: 'Compacta',
    defaultTheme: 'Predeterminado',
    forest: 'Bosque',
    midnight: 'Medianoche',
    paper: 'Papel',
  },
  ja: {
    title: 'Widgets エレメント',
    intro:
      '以下の各エレメントは、このページのバックエンドがここで選んだ人のために発行したトークンで、' +
      'ローカルの Widgets API と通信します。モックは使っていません。',
    signedIn: 'ログイン中のユーザー',
    reset: 'データをリセット',
    look: '外観',
    language: '言語',
    appearance: 'ライト／ダーク',
    density: '密度',
    theme: 'テーマ',
    members: 'メンバー',
    invitations: '招待',
    profile: 'プロフィール',
    security: 'セキュリティ',
    events: 'イベント',
    eventsIntro: 'エレメントがこのページに通知した内容です。',
    mail: 'メール',
    mailIntro: 'ローカル API が送信したはずのメール（招待とコード）です。',
    followSystem: 'システム設定に従う',
    light: 'ライト',
    dark: 'ダーク',
    comfortable: '標準',
    compact: 'コンパクト',
    defaultTheme: 'デフォルト',
    forest: 'フォレスト',
    midnight: 'ミッドナイト',
    paper: 'ペーパー',
  },
  ar: {
    title: 'عناصر Widgets',
    intro:
      'يتصل كل عنصر أدناه بواجهة Widgets المحلية برمز تُصدره الواجهة الخلفية لهذه الصفحة ' +
      'للشخص المختار هنا. لا شيء هنا محاكى.',
    signedIn: 'مسجّل الدخول باسم',
    reset: 'إعادة تعيين البيانات',
    look: 'المظهر',
    language: 'اللغة',
    appearance: 'فاتح أو داكن',
    density: 'الكثافة',
    theme: 'السمة',
    members: 'الأعضاء',
    invitations: 'الدعوات',
    profile: 'الملف الشخصي',
    security: 'الأمان',
    events: 'الأحداث',
    eventsIntro: 'ما أبلغت به العناصر هذه الصفحة.',
    mail: 'البريد',
    mailIntro: 'ما كانت الواجهة المحلية سترسله: الدعوات والرموز.',
    followSystem: 'حسب النظام',
    light: 'فاتح',
    dark: 'داكن',
    comfortable: 'مريحة',
    compact: 'مضغوطة',
    defaultTheme: 'افتراضي',
    forest: 'غابة',
    midnight: 'منتصف الليل',
    paper: 'ورق',
  },
};

/** The English of index.html, read once, so that switching back restores it. */
const english = new Map<Element, string>();

/** Puts the page's own words in `language`, English when there is no translation. */
export function translatePage(language: string) {
  for (const element of document.querySelectorAll<HTMLElement>('[data-text]')) {
    if (!english.has(element)) english.set(element, element.textContent!.trim());
    const key = element.dataset.text as keyof DemoText;
    element.textContent = TEXT[language]?.[key] ?? english.get(element)!;
  }
}
