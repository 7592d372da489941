import type { Messages } from './en.js';
import { plural } from './plural.js';

const count = plural('ar');

/**
 * A Latin-script value (an address, a name, a device) inside a right-to-left
 * sentence, between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE so that
 * it keeps its own direction and leaves the sentence's order alone.
 */
/** "Send a new code (in 30 seconds)", in the two dialogs that send codes. */
const resendIn = (seconds: number) =>
  `إرسال رمز جديد (بعد ${count(seconds, {
    zero: '# ثانية',
    one: 'ثانية واحدة',
    two: 'ثانيتين',
    few: '# ثوانٍ',
    many: '# ثانية',
    other: '# ثانية',
  })})`;

const isolate = (text: string) => `\u2068${text}\u2069`;

/** Every string the elements show, in Modern Standard Arabic (shown right to left). */
export const ar: Messages = {
  retry: 'إعادة المحاولة',
  cancel: 'إلغاء',
  close: 'إغلاق',
  loading: 'جارٍ التحميل…',
  you: 'أنت',
  never: 'أبدًا',
  loadFailed: 'تعذّر التحميل. نعيد المحاولة الآن؛ تحقّق من اتصالك.',
  expired: 'انتهت جلستك. سجّل الدخول مرة أخرى للمتابعة.',
  forbidden: 'ليست لديك صلاحية الوصول إلى هذا.',
  notConfigured:
    'يحتاج هذا العنصر إلى رمز وصول: اضبط token أو token-url، أو استخدم <workos-provider>.',
  actionFailed: 'لم تنجح العملية. حاول مرة أخرى بعد قليل.',
  outcomeUnknown:
    'انقطع الاتصال قبل وصول الرد، لذا ربما تمّت العملية وربما لم تتم. ' +
    'أُعيد تحميل ما يظهر الآن من الخادم: راجعه قبل المحاولة مرة أخرى.',
  actionOn: (action: string, target: string) => `${action}: ${isolate(target)}`,
  quota: 'أُرسل إليك عدد كبير جدًا من رسائل البريد الإلكتروني اليوم. حاول مرة أخرى غدًا.',
  codeFailures: {
    VerificationCodeExpired: 'انتهت صلاحية هذا الرمز. أرسل رمزًا جديدًا.',
    VerificationCodeIncorrect: 'هذا الرمز غير صحيح. راجع رسالة البريد الإلكتروني وحاول مرة أخرى.',
    VerificationCodePreviouslyUsed: 'سبق استخدام هذا الرمز. أرسل رمزًا جديدًا.',
    VerificationTooManyAttempts: 'محاولات خاطئة كثيرة جدًا. أرسل رمزًا جديدًا.',
  } as Record<string, string>,

  elevated: {
    title: 'تأكيد هويتك',
    explain: (email: string) => `أولًا، سنرسل رمزًا من ستة أرقام إلى ${isolate(email)}.`,
    sent: (email: string) => `أدخل الرمز المكوّن من ستة أرقام الذي أرسلناه إلى ${isolate(email)}.`,
    code: 'الرمز',
    codeFormat: 'يتكوّن الرمز من ستة أرقام.',
    send: 'إرسال الرمز',
    verify: 'تحقّق',
    resend: 'إرسال رمز جديد',
    resendIn,
    failed: 'تعذّر التحقق من الرمز. حاول مرة أخرى.',
    expired: 'انتهت صلاحية تأكيد هويتك. أكّد هويتك مرة أخرى.',
  },
  rateLimited: 'طلبات كثيرة جدًا. انتظر قليلًا، ثم حاول مرة أخرى.',

  members: {
    label: 'الأعضاء',
    search: 'ابحث بالاسم أو البريد الإلكتروني',
    roleFilter: 'الدور',
    allRoles: 'كل الأدوار',
    member: 'العضو',
    roles: 'الدور',
    status: 'الحالة',
    lastActive: 'آخر نشاط',
    actions: 'الإجراءات',
    actionsFor: (name: string) => `إجراءات العضو ${isolate(name)}`,
    empty: 'لا يوجد أعضاء بعد.',
    noMatches: (search: string) => `لا يوجد أعضاء يطابقون «${isolate(search)}».`,
    pagination: 'صفحات الأعضاء',
    status_Active: 'نشط',
    status_Invited: 'مدعو',
    status_InviteExpired: 'انتهت صلاحية الدعوة',
    status_InviteRevoked: 'سُحبت الدعوة',
    status_NoInvite: 'لم يسجّل الدخول بعد',
    invite: 'دعوة عضو',
    changeRole: 'تغيير الدور',
    remove: 'إزالة',
    resend: 'إعادة إرسال الدعوة',
    resendShort: 'إعادة الإرسال',
    revoke: 'سحب الدعوة',
    revokeShort: 'سحب',
  },

  invitations: {
    label: 'الدعوات',
    statusFilter: 'عرض الدعوات',
    all: 'الكل',
    statuses: {
      Pending: 'قيد الانتظار',
      Expired: 'منتهية الصلاحية',
      Revoked: 'مسحوبة',
      Accepted: 'مقبولة',
    },
    email: 'البريد الإلكتروني',
    role: 'الدور',
    status: 'الحالة',
    sent: 'تاريخ الإرسال',
    expires: 'تاريخ الانتهاء',
    actions: 'الإجراءات',
    empty: 'لا توجد دعوات بعد.',
    // The status comes from `statuses` above, already an adjective agreeing with دعوات.
    emptyStatus: (status: string) => `لا توجد دعوات ${status}.`,
    pagination: 'صفحات الدعوات',
  },

  profile: {
    label: 'ملفك الشخصي',
    verified: 'تم التحقق',
    unverified: 'لم يتم التحقق',
    firstName: 'الاسم الأول',
    lastName: 'اسم العائلة',
    locale: 'اللغة',
    localeHint: 'رمز لغة، مثل en أو fr-CA أو pt-BR.',
    localeNone: 'غير محدّدة',
    localeInvalid: 'هذا ليس رمز لغة. جرّب en أو fr-CA أو pt-BR.',
    edit: 'تعديل الملف الشخصي',
    save: 'حفظ',
    saved: 'تم حفظ ملفك الشخصي.',
    organizations: 'المؤسسات',
    current: 'الحالية',
    changeEmail: 'تغيير البريد الإلكتروني',
  },

  emailChange: {
    title: 'تغيير بريدك الإلكتروني',
    newEmail: 'عنوان البريد الإلكتروني الجديد',
    send: 'إرسال الرمز',
    sentTo: (email: string) => `أدخل الرمز المكوّن من ستة أرقام الذي أرسلناه إلى ${isolate(email)}.`,
    code: 'الرمز',
    confirm: 'تغيير البريد الإلكتروني',
    resend: 'إرسال رمز جديد',
    resendIn,
    done: (email: string) => `أصبح بريدك الإلكتروني ${isolate(email)}.`,
    failures: {
      EmailNotAvailable: 'لا يمكن استخدام هذا العنوان: فهو إما عنوانك بالفعل وإما عنوان شخص آخر.',
      InvalidEmail: 'هذا ليس عنوان بريد إلكتروني.',
      EmailManagedByProvider: 'يدير مزوّد الهوية بريدك الإلكتروني. غيّره من هناك.',
      DailyEmailQuotaExceeded:
        'أُرسل إليك عدد كبير جدًا من رسائل البريد الإلكتروني اليوم. حاول مرة أخرى غدًا.',
      EmailChangeCodeExpired: 'انتهت صلاحية هذا الرمز. أرسل رمزًا جديدًا.',
      EmailChangeCodeIncorrect: 'هذا الرمز غير صحيح. راجع رسالة البريد الإلكتروني وحاول مرة أخرى.',
      VerificationCodePreviouslyUsed: 'سبق استخدام هذا الرمز.',
      VerificationTooManyAttempts: 'محاولات خاطئة كثيرة جدًا. أرسل رمزًا جديدًا.',
      EmailChangeNotStarted: 'أدخل عنوانك الجديد أولًا.',
    } as Record<string, string>,
  },

  security: {
    mfa: 'تطبيق المصادقة',
    mfaOn: 'مفعّل',
    mfaOff: 'غير مفعّل',
    mfaExplain: 'رمز من تطبيق على هاتفك، يُطلب منك عند تسجيل الدخول.',
    mfaLastUsed: 'آخر استخدام',
    turnOn: 'تفعيل',
    turnOff: 'إيقاف',
    passkeys: 'مفاتيح المرور',
    passkeysExplain: 'سجّل الدخول ببصمة إصبعك أو وجهك أو قفل جهازك بدلًا من كلمة المرور.',
    passkeysUnsupported:
      'لا يمكن لهذا المتصفح إنشاء مفاتيح مرور. استخدم متصفحًا حديثًا على جهاز مزوّد بقفل شاشة.',
    noPasskeys: 'لا توجد مفاتيح مرور بعد.',
    addPasskey: 'إضافة مفتاح مرور',
    created: 'أُنشئ',
    lastUsed: 'آخر استخدام',
    delete: 'حذف',
    sessions: 'الجلسات',
    sessionsExplain: 'الأجهزة التي سجّلت الدخول منها.',
    thisDevice: 'هذا الجهاز',
    unknownDevice: 'جهاز غير معروف',
    deviceOn: (browser: string, system: string) => `${isolate(browser)} على ${isolate(system)}`,
    lastActive: 'آخر نشاط',
    revoke: 'تسجيل الخروج',
    revokeAll: 'تسجيل الخروج من كل الجلسات الأخرى',
    never: 'أبدًا',
  },

  totp: {
    title: 'تفعيل تطبيق المصادقة',
    scan: 'امسح رمز QR هذا بتطبيق المصادقة، ثم أدخل الرمز المكوّن من ستة أرقام الذي يعرضه التطبيق.',
    qr: 'رمز QR لتطبيق المصادقة',
    secret: 'لا يمكنك المسح؟ أدخل هذا المفتاح في التطبيق:',
    code: 'الرمز من التطبيق',
    confirm: 'تفعيل',
    done: 'تم تفعيل تطبيق المصادقة.',
    alreadyEnrolled: 'يوجد تطبيق مصادقة مفعّل بالفعل.',
    removeTitle: 'إيقاف تطبيق المصادقة؟',
    removeBody: 'لن يُطلب منك رمز من التطبيق عند تسجيل الدخول بعد الآن.',
    removeConfirm: 'إيقاف',
    removed: 'تم إيقاف تطبيق المصادقة.',
    noFactor: 'لا يوجد تطبيق مصادقة مفعّل.',
    wrongCode: 'هذا الرمز غير صحيح. أدخل الرمز الذي يعرضه التطبيق الآن.',
  },

  passkey: {
    title: 'إضافة مفتاح مرور',
    explain: 'سيطلب منك المتصفح التأكيد ببصمة إصبعك أو وجهك أو قفل الشاشة.',
    create: 'إنشاء مفتاح المرور',
    cancelled: 'لم يُنشأ مفتاح المرور. حاول مرة أخرى عندما تكون مستعدًا.',
    failed: 'تعذّر حفظ مفتاح المرور. حاول مرة أخرى.',
    done: (name: string) => `تمت إضافة مفتاح المرور «${isolate(name)}».`,
    deleteTitle: (name: string) => `حذف مفتاح المرور «${isolate(name)}»؟`,
    deleteBody: 'لن تتمكن من تسجيل الدخول به بعد الآن.',
    deleteConfirm: 'حذف مفتاح المرور',
    deleted: (name: string) => `تم حذف مفتاح المرور «${isolate(name)}».`,
    notFound: 'لم يعد مفتاح المرور هذا موجودًا.',
  },

  session: {
    revokeTitle: (device: string) => `تسجيل الخروج من ${isolate(device)}؟`,
    revokeBody: 'سيحتاج ذلك المتصفح إلى تسجيل الدخول مرة أخرى.',
    revokeConfirm: 'تسجيل الخروج',
    revoked: (device: string) => `تم تسجيل الخروج من ${isolate(device)}.`,
    notFound: 'انتهت هذه الجلسة بالفعل.',
    revokeAllTitle: 'تسجيل الخروج من كل الجلسات الأخرى؟',
    revokeAllBody: 'سيحتاج كل متصفح آخر غير هذا إلى تسجيل الدخول مرة أخرى.',
    revokeAllConfirm: 'تسجيل الخروج من الكل',
    revokedAll: (n: number) =>
      count(n, {
        zero: 'لا توجد جلسات أخرى لتسجيل الخروج منها.',
        one: 'تم تسجيل الخروج من جلسة أخرى واحدة.',
        two: 'تم تسجيل الخروج من جلستين أخريين.',
        few: 'تم تسجيل الخروج من # جلسات أخرى.',
        many: 'تم تسجيل الخروج من # جلسة أخرى.',
        other: 'تم تسجيل الخروج من # جلسة أخرى.',
      }),
  },

  changeRole: {
    title: (name: string) => `تغيير دور ${isolate(name)}`,
    save: 'حفظ الدور',
    roleNotFound: (slugs: string) => `لم تعد هذه الأدوار موجودة: ${isolate(slugs)}.`,
    memberNotFound: 'لم يعد هذا العضو ضمن المؤسسة.',
    done: (name: string) => `تم تغيير دور ${isolate(name)}.`,
  },

  remove: {
    title: (name: string) => `إزالة ${isolate(name)}؟`,
    body: (name: string) =>
      `سيفقد ${isolate(name)} الوصول إلى هذه المؤسسة فورًا، وستنتهي جلساته فيها.`,
    confirm: 'إزالة العضو',
    managedByDirectory: 'يُدار هذا العضو عبر مزامنة الدليل: أزِله من الدليل.',
    memberNotFound: 'لم يعد هذا العضو ضمن المؤسسة.',
    done: (name: string) => `تمت إزالة ${isolate(name)}.`,
  },

  pages: {
    range: (from: number, to: number) => isolate(`${from}–${to}`),
    previous: 'الصفحة السابقة',
    next: 'الصفحة التالية',
  },

  invite: {
    title: 'دعوة أعضاء',
    emails: 'عناوين البريد الإلكتروني',
    emailsHint: 'عدة عناوين معًا: افصل بينها بفواصل أو مسافات أو أسطر جديدة.',
    role: 'الدور',
    expiry: 'مدة الصلاحية (بالأيام)',
    send: 'إرسال الدعوات',
    results: 'النتائج',
    noAddress: 'أدخل عنوان بريد إلكتروني واحدًا على الأقل.',
    cancelled: (email: string) => `لم تتم دعوة ${isolate(email)}.`,
    sent: (n: number) =>
      count(n, {
        zero: 'لم تُرسل أي دعوة.',
        one: 'تم إرسال الدعوة.',
        two: 'تم إرسال دعوتين.',
        few: 'تم إرسال # دعوات.',
        many: 'تم إرسال # دعوة.',
        other: 'تم إرسال # دعوة.',
      }),
    alreadyInvited: (email: string) => `لدى ${isolate(email)} دعوة قيد الانتظار بالفعل.`,
    alreadyMember: (email: string) => `${isolate(email)} عضو بالفعل.`,
    invalidEmail: (email: string) => `«${isolate(email)}» ليس عنوان بريد إلكتروني.`,
    invalidRole: 'لم يعد هذا الدور موجودًا. اختر دورًا آخر.',
    invalidExpiry: 'مدة صلاحية الدعوة غير صالحة.',
    notDeliverable: (email: string) => `يتعذّر تسليم البريد إلى ${isolate(email)}.`,
    blocked: 'لا يمكن لهذه المؤسسة إرسال دعوات.',
    done: (email: string) => `تم إرسال الدعوة إلى ${isolate(email)}.`,
  },

  resend: {
    title: (email: string) => `إعادة إرسال الدعوة إلى ${isolate(email)}؟`,
    confirm: 'إعادة إرسال الدعوة',
    alreadyAccepted: 'سبق قبول هذه الدعوة.',
    notFound: 'لم تعد هذه الدعوة موجودة.',
    notDeliverable: (email: string) => `يتعذّر تسليم البريد إلى ${isolate(email)}.`,
    done: (email: string) => `تمت إعادة إرسال الدعوة إلى ${isolate(email)}.`,
  },

  revoke: {
    title: (email: string) => `سحب الدعوة المرسلة إلى ${isolate(email)}؟`,
    body: 'سيتوقف رابط الدعوة المرسل بالبريد الإلكتروني عن العمل.',
    confirm: 'سحب الدعوة',
    notPending: 'لم تعد هذه الدعوة قيد الانتظار.',
    notFound: 'لم تعد هذه الدعوة موجودة.',
    done: (email: string) => `تم سحب الدعوة المرسلة إلى ${isolate(email)}.`,
  },
};
