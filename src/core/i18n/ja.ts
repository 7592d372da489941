import type { Messages } from './en.js';
import { plural } from './plural.js';

const count = plural('ja');

/** Every string the elements show, in Japanese. */
export const ja: Messages = {
  retry: '再試行',
  cancel: 'キャンセル',
  close: '閉じる',
  loading: '読み込み中…',
  you: 'あなた',
  never: 'なし',
  loadFailed: '読み込めませんでした。再試行しています。接続を確認してください。',
  expired: 'セッションの有効期限が切れました。続けるには、もう一度ログインしてください。',
  forbidden: 'アクセス権限がありません。',
  notConfigured:
    'この要素にはトークンが必要です。token、token-url、または<workos-provider>を設定してください。',
  actionFailed: '処理できませんでした。しばらくしてから、もう一度お試しください。',
  outcomeUnknown:
    '応答を受け取る前に接続が切れたため、処理が完了したかどうかわかりません。' +
    '表示内容はサーバーから再読み込みしました。もう一度試す前に確認してください。',
  actionOn: (action: string, target: string) => `${action}：${target}`,
  quota: '本日のメール送信数が上限に達しました。明日もう一度お試しください。',
  codeFailures: {
    VerificationCodeExpired: 'このコードは有効期限が切れています。新しいコードを送信してください。',
    VerificationCodeIncorrect:
      'コードが正しくありません。メールを確認して、もう一度お試しください。',
    VerificationCodePreviouslyUsed:
      'このコードはすでに使用されています。新しいコードを送信してください。',
    VerificationTooManyAttempts: '誤ったコードの入力が多すぎます。新しいコードを送信してください。',
  } as Record<string, string>,

  elevated: {
    title: '本人確認',
    explain: (email: string) => `まず、${email}に6桁のコードを送信します。`,
    sent: (email: string) => `${email}に送信した6桁のコードを入力してください。`,
    code: 'コード',
    codeFormat: 'コードは6桁の数字です。',
    send: 'コードを送信',
    verify: '確認',
    resend: 'コードを再送信',
    resendIn: (seconds: number) => `コードを再送信（${seconds}秒）`,
    failed: 'コードを確認できませんでした。もう一度お試しください。',
    expired: '本人確認の有効期限が切れました。もう一度本人確認を行ってください。',
  },
  rateLimited: 'リクエストが多すぎます。しばらく待ってから、もう一度お試しください。',

  members: {
    label: 'メンバー',
    search: '名前またはメールアドレスで検索',
    roleFilter: 'ロール',
    allRoles: 'すべてのロール',
    member: 'メンバー',
    roles: 'ロール',
    status: 'ステータス',
    lastActive: '最終アクティブ',
    actions: '操作',
    actionsFor: (name: string) => `${name}の操作`,
    empty: 'メンバーはまだいません。',
    noMatches: (search: string) => `「${search}」に一致するメンバーはいません。`,
    pagination: 'メンバー一覧のページ',
    status_Active: 'アクティブ',
    status_Invited: '招待済み',
    status_InviteExpired: '招待の期限切れ',
    status_InviteRevoked: '招待の取り消し済み',
    status_NoInvite: '未ログイン',
    invite: 'メンバーを招待',
    changeRole: 'ロールを変更',
    remove: '削除',
    resend: '招待を再送信',
    resendShort: '再送信',
    revoke: '招待を取り消す',
    revokeShort: '取り消す',
  },

  invitations: {
    label: '招待',
    statusFilter: '表示する招待',
    all: 'すべて',
    statuses: {
      Pending: '保留中',
      Expired: '期限切れ',
      Revoked: '取り消し済み',
      Accepted: '承諾済み',
    },
    email: 'メールアドレス',
    role: 'ロール',
    status: 'ステータス',
    sent: '送信日時',
    expires: '有効期限',
    actions: '操作',
    empty: '招待はまだありません。',
    emptyStatus: (status: string) => `ステータスが「${status}」の招待はありません。`,
    pagination: '招待一覧のページ',
  },

  profile: {
    label: 'プロフィール',
    verified: '確認済み',
    unverified: '未確認',
    firstName: '名',
    lastName: '姓',
    locale: '言語',
    localeHint: 'ja、fr-CA、pt-BRなどの言語タグです。',
    localeNone: '未設定',
    localeInvalid: '言語タグではありません。ja、fr-CA、pt-BRのように入力してください。',
    edit: 'プロフィールを編集',
    save: '保存',
    saved: 'プロフィールを保存しました。',
    organizations: '組織',
    current: '現在の組織',
    changeEmail: 'メールアドレスを変更',
  },

  emailChange: {
    title: 'メールアドレスの変更',
    newEmail: '新しいメールアドレス',
    send: 'コードを送信',
    sentTo: (email: string) => `${email}に送信した6桁のコードを入力してください。`,
    code: 'コード',
    confirm: '変更',
    resend: 'コードを再送信',
    resendIn: (seconds: number) => `コードを再送信（${seconds}秒）`,
    done: (email: string) => `メールアドレスを${email}に変更しました。`,
    failures: {
      EmailNotAvailable:
        'このアドレスは使用できません。すでにあなたのアドレスか、他のユーザーのアドレスです。',
      InvalidEmail: '有効なメールアドレスではありません。',
      EmailManagedByProvider:
        'メールアドレスはIDプロバイダーで管理されています。IDプロバイダーで変更してください。',
      DailyEmailQuotaExceeded: '本日のメール送信数が上限に達しました。明日もう一度お試しください。',
      EmailChangeCodeExpired:
        'このコードは有効期限が切れています。新しいコードを送信してください。',
      EmailChangeCodeIncorrect:
        'コードが正しくありません。メールを確認して、もう一度お試しください。',
      VerificationCodePreviouslyUsed: 'このコードはすでに使用されています。',
      VerificationTooManyAttempts:
        '誤ったコードの入力が多すぎます。新しいコードを送信してください。',
      EmailChangeNotStarted: '先に新しいメールアドレスを入力してください。',
    } as Record<string, string>,
  },

  security: {
    mfa: '認証アプリ',
    mfaOn: '有効',
    mfaOff: '無効',
    mfaExplain: 'ログイン時に、スマートフォンのアプリに表示されるコードの入力を求めます。',
    mfaLastUsed: '最終使用',
    turnOn: '有効にする',
    turnOff: '無効にする',
    passkeys: 'パスキー',
    passkeysExplain:
      'パスワードの代わりに、指紋、顔、またはデバイスのロック解除でログインできます。',
    passkeysUnsupported:
      'このブラウザではパスキーを作成できません。画面ロックを設定したデバイスで、最新のブラウザをお使いください。',
    noPasskeys: 'パスキーはまだありません。',
    addPasskey: 'パスキーを追加',
    created: '作成',
    lastUsed: '最終使用',
    delete: '削除',
    sessions: 'セッション',
    sessionsExplain: 'ログインしている場所です。',
    thisDevice: 'このデバイス',
    unknownDevice: '不明なデバイス',
    deviceOn: (browser: string, system: string) => `${system}の${browser}`,
    lastActive: '最終アクティブ',
    revoke: 'ログアウト',
    revokeAll: '他のすべてのセッションからログアウト',
    never: 'なし',
  },

  totp: {
    title: '認証アプリを有効にする',
    scan: 'このコードを認証アプリでスキャンし、アプリに表示された6桁のコードを入力してください。',
    qr: '認証アプリ用のQRコード',
    secret: 'スキャンできない場合は、次のキーをアプリに入力してください：',
    code: 'アプリに表示されたコード',
    confirm: '有効にする',
    done: '認証アプリを有効にしました。',
    alreadyEnrolled: '認証アプリはすでに有効です。',
    removeTitle: '認証アプリを無効にしますか？',
    removeBody: 'ログイン時にアプリのコードを求められなくなります。',
    removeConfirm: '無効にする',
    removed: '認証アプリを無効にしました。',
    noFactor: '有効な認証アプリはありません。',
    wrongCode: 'コードが正しくありません。アプリに現在表示されているコードを入力してください。',
  },

  passkey: {
    title: 'パスキーを追加',
    explain: 'ブラウザから、指紋、顔、または画面ロックによる確認を求められます。',
    create: 'パスキーを作成',
    cancelled: 'パスキーは作成されませんでした。準備ができたら、もう一度お試しください。',
    failed: 'パスキーを保存できませんでした。もう一度お試しください。',
    done: (name: string) => `パスキー「${name}」を追加しました。`,
    deleteTitle: (name: string) => `パスキー「${name}」を削除しますか？`,
    deleteBody: 'このパスキーではログインできなくなります。',
    deleteConfirm: 'パスキーを削除',
    deleted: (name: string) => `パスキー「${name}」を削除しました。`,
    notFound: 'このパスキーはすでに存在しません。',
  },

  session: {
    revokeTitle: (device: string) => `${device}からログアウトしますか？`,
    revokeBody: 'そのブラウザでは、もう一度ログインが必要になります。',
    revokeConfirm: 'ログアウト',
    revoked: (device: string) => `${device}からログアウトしました。`,
    notFound: 'このセッションはすでに終了しています。',
    revokeAllTitle: '他のすべてのセッションからログアウトしますか？',
    revokeAllBody: 'このブラウザ以外では、もう一度ログインが必要になります。',
    revokeAllConfirm: 'すべてログアウト',
    revokedAll: (n: number) => count(n, { other: '他の#件のセッションからログアウトしました。' }),
  },

  changeRole: {
    title: (name: string) => `${name}のロールを変更`,
    save: 'ロールを保存',
    roleNotFound: (slugs: string) => `次のロールはすでに存在しません：${slugs}`,
    memberNotFound: 'このメンバーはすでに組織に所属していません。',
    done: (name: string) => `${name}のロールを変更しました。`,
  },

  remove: {
    title: (name: string) => `${name}を削除しますか？`,
    body: (name: string) =>
      `${name}はこの組織へのアクセス権をただちに失い、この組織でのセッションも終了します。`,
    confirm: 'メンバーを削除',
    managedByDirectory:
      'このメンバーはディレクトリ同期で管理されています。ディレクトリ側で削除してください。',
    memberNotFound: 'このメンバーはすでに組織に所属していません。',
    done: (name: string) => `${name}を削除しました。`,
  },

  pages: {
    range: (from: number, to: number) => `${from}〜${to}件`,
    previous: '前のページ',
    next: '次のページ',
  },

  invite: {
    title: 'メンバーを招待',
    emails: 'メールアドレス',
    emailsHint: '複数入力する場合は、カンマ、スペース、または改行で区切ってください。',
    role: 'ロール',
    expiry: '有効期限（日数）',
    send: '招待を送信',
    results: '結果',
    noAddress: 'メールアドレスを1つ以上入力してください。',
    cancelled: (email: string) => `${email}は招待されませんでした。`,
    sent: (n: number) => count(n, { other: '#件の招待を送信しました。' }),
    alreadyInvited: (email: string) => `${email}には、保留中の招待がすでにあります。`,
    alreadyMember: (email: string) => `${email}はすでにメンバーです。`,
    invalidEmail: (email: string) => `「${email}」は有効なメールアドレスではありません。`,
    invalidRole: 'このロールはすでに存在しません。別のロールを選択してください。',
    invalidExpiry: '招待の有効期限が正しくありません。',
    notDeliverable: (email: string) => `${email}にメールを配信できません。`,
    blocked: 'この組織は招待を送信できません。',
    done: (email: string) => `${email}に招待を送信しました。`,
  },

  resend: {
    title: (email: string) => `${email}に招待を再送信しますか？`,
    confirm: '招待を再送信',
    alreadyAccepted: 'この招待はすでに承諾されています。',
    notFound: 'この招待はすでに存在しません。',
    notDeliverable: (email: string) => `${email}にメールを配信できません。`,
    done: (email: string) => `${email}に招待を再送信しました。`,
  },

  revoke: {
    title: (email: string) => `${email}への招待を取り消しますか？`,
    body: '招待メールのリンクは使用できなくなります。',
    confirm: '招待を取り消す',
    notPending: 'この招待はすでに保留中ではありません。',
    notFound: 'この招待はすでに存在しません。',
    done: (email: string) => `${email}への招待を取り消しました。`,
  },
};
