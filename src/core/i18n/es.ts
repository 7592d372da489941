import type { Messages } from './en.js';
import { plural } from './plural.js';

const count = plural('es');
const number = new Intl.NumberFormat('es');

/**
 * Every string the elements show, in neutral international Spanish, with
 * usted. A no-break space (U+00A0) keeps a number with its unit.
 */
export const es: Messages = {
  retry: 'Reintentar',
  cancel: 'Cancelar',
  close: 'Cerrar',
  loading: 'Cargando…',
  you: 'Usted',
  never: 'Nunca',
  loadFailed:
    'No se pudo cargar este contenido. Se está intentando de nuevo; compruebe su conexión.',
  expired: 'Su sesión ha expirado. Vuelva a iniciar sesión para continuar.',
  forbidden: 'No tiene acceso a este contenido.',
  notConfigured:
    'Este elemento necesita un token: defina token o token-url, o colóquelo dentro de un ' +
    '<workos-provider>.',
  actionFailed: 'No se pudo realizar la acción. Inténtelo de nuevo en un momento.',
  outcomeUnknown:
    'La conexión se interrumpió antes de recibir la respuesta, ' +
    'así que puede que la acción se haya realizado o no. ' +
    'Lo que se muestra ahora se ha vuelto a cargar desde el servidor: revíselo antes de ' +
    'intentarlo de nuevo.',
  actionOn: (action: string, target: string) => `${action}: ${target}`,
  quota: 'Hoy se le han enviado demasiados correos. Inténtelo de nuevo mañana.',
  codeFailures: {
    VerificationCodeExpired: 'Este código ha expirado. Solicite uno nuevo.',
    VerificationCodeIncorrect: 'Este código no es correcto. Revise el correo e inténtelo de nuevo.',
    VerificationCodePreviouslyUsed: 'Este código ya se ha usado. Solicite uno nuevo.',
    VerificationTooManyAttempts: 'Demasiados códigos incorrectos. Solicite uno nuevo.',
  } as Record<string, string>,

  elevated: {
    title: 'Confirme su identidad',
    explain: (email: string) => `Primero, enviaremos un código de seis dígitos a ${email}.`,
    sent: (email: string) => `Escriba el código de seis dígitos que hemos enviado a ${email}.`,
    code: 'Código',
    codeFormat: 'El código tiene seis dígitos.',
    send: 'Enviar código',
    verify: 'Verificar',
    resend: 'Enviar un código nuevo',
    resendIn: (seconds: number) => `Enviar un código nuevo (${seconds} s)`,
    failed: 'No se pudo comprobar el código. Inténtelo de nuevo.',
    expired: 'Su confirmación ha expirado. Vuelva a confirmar su identidad.',
  },
  rateLimited: 'Demasiadas solicitudes. Espere un momento e inténtelo de nuevo.',

  members: {
    label: 'Miembros',
    search: 'Buscar por nombre o correo electrónico',
    roleFilter: 'Rol',
    allRoles: 'Todos los roles',
    member: 'Miembro',
    roles: 'Rol',
    status: 'Estado',
    lastActive: 'Última actividad',
    actions: 'Acciones',
    actionsFor: (name: string) => `Acciones para ${name}`,
    empty: 'Todavía no hay miembros.',
    noMatches: (search: string) => `Ningún miembro coincide con «${search}».`,
    pagination: 'Páginas de miembros',
    status_Active: 'Activo',
    status_Invited: 'Invitado',
    status_InviteExpired: 'Invitación vencida',
    status_InviteRevoked: 'Invitación revocada',
    status_NoInvite: 'Aún no ha iniciado sesión',
    invite: 'Invitar a un miembro',
    changeRole: 'Cambiar rol',
    remove: 'Quitar',
    resend: 'Reenviar invitación',
    resendShort: 'Reenviar',
    revoke: 'Revocar invitación',
    revokeShort: 'Revocar',
  },

  invitations: {
    label: 'Invitaciones',
    statusFilter: 'Mostrar invitaciones',
    all: 'Todas',
    statuses: {
      Pending: 'Pendiente',
      Expired: 'Vencida',
      Revoked: 'Revocada',
      Accepted: 'Aceptada',
    },
    email: 'Correo electrónico',
    role: 'Rol',
    status: 'Estado',
    sent: 'Enviada',
    expires: 'Vencimiento',
    actions: 'Acciones',
    empty: 'Todavía no hay invitaciones.',
    emptyStatus: (status: string) => `No hay ninguna invitación ${status.toLowerCase()}.`,
    pagination: 'Páginas de invitaciones',
  },

  profile: {
    label: 'Su perfil',
    verified: 'Verificado',
    unverified: 'Sin verificar',
    firstName: 'Nombre',
    lastName: 'Apellidos',
    locale: 'Idioma',
    localeHint: 'Un código de idioma, como es, es-MX o pt-BR.',
    localeNone: 'Sin definir',
    localeInvalid: 'Esto no es un código de idioma. Pruebe con es, es-MX o pt-BR.',
    edit: 'Editar perfil',
    save: 'Guardar',
    saved: 'Se ha guardado su perfil.',
    organizations: 'Organizaciones',
    current: 'Actual',
    changeEmail: 'Cambiar correo electrónico',
  },

  emailChange: {
    title: 'Cambiar su correo electrónico',
    newEmail: 'Nueva dirección de correo electrónico',
    send: 'Enviar código',
    sentTo: (email: string) => `Escriba el código de seis dígitos que hemos enviado a ${email}.`,
    code: 'Código',
    confirm: 'Cambiar correo electrónico',
    resend: 'Enviar un código nuevo',
    resendIn: (seconds: number) => `Enviar un código nuevo (${seconds} s)`,
    done: (email: string) => `Su correo electrónico ahora es ${email}.`,
    failures: {
      EmailNotAvailable: 'No se puede usar esta dirección: ya es suya o de otra persona.',
      InvalidEmail: 'Esto no es una dirección de correo electrónico.',
      EmailManagedByProvider:
        'Su proveedor de identidad gestiona su correo electrónico. Cámbielo allí.',
      DailyEmailQuotaExceeded:
        'Hoy se le han enviado demasiados correos. Inténtelo de nuevo mañana.',
      EmailChangeCodeExpired: 'Este código ha expirado. Solicite uno nuevo.',
      EmailChangeCodeIncorrect:
        'Este código no es correcto. Revise el correo e inténtelo de nuevo.',
      VerificationCodePreviouslyUsed: 'Este código ya se ha usado.',
      VerificationTooManyAttempts: 'Demasiados códigos incorrectos. Solicite uno nuevo.',
      EmailChangeNotStarted: 'Escriba primero su nueva dirección.',
    } as Record<string, string>,
  },

  security: {
    mfa: 'Aplicación de autenticación',
    mfaOn: 'Activada',
    mfaOff: 'Desactivada',
    mfaExplain: 'Un código de una aplicación de su teléfono, que se le pide al iniciar sesión.',
    mfaLastUsed: 'Último uso:',
    turnOn: 'Activar',
    turnOff: 'Desactivar',
    passkeys: 'Claves de acceso',
    passkeysExplain:
      'Inicie sesión con su huella digital, su rostro o el bloqueo del dispositivo en lugar ' +
      'de una contraseña.',
    passkeysUnsupported:
      'Este navegador no puede crear claves de acceso. Use un navegador actualizado en un ' +
      'dispositivo con bloqueo de pantalla.',
    noPasskeys: 'Todavía no hay claves de acceso.',
    addPasskey: 'Agregar una clave de acceso',
    created: 'Creada',
    lastUsed: 'Último uso:',
    delete: 'Eliminar',
    sessions: 'Sesiones',
    sessionsExplain: 'Los lugares donde ha iniciado sesión.',
    thisDevice: 'Este dispositivo',
    unknownDevice: 'Dispositivo desconocido',
    deviceOn: (browser: string, system: string) => `${browser} en ${system}`,
    lastActive: 'Última actividad:',
    revoke: 'Cerrar sesión',
    revokeAll: 'Cerrar todas las demás sesiones',
    never: 'nunca',
  },

  totp: {
    title: 'Activar la aplicación de autenticación',
    scan:
      'Escanee este código QR con su aplicación de autenticación y, después, escriba el ' +
      'código de seis dígitos que muestre.',
    qr: 'Código QR para su aplicación de autenticación',
    secret: '¿No puede escanearlo? Escriba esta clave en la aplicación:',
    code: 'Código de la aplicación',
    confirm: 'Activar',
    done: 'La aplicación de autenticación está activada.',
    alreadyEnrolled: 'Ya hay una aplicación de autenticación activada.',
    removeTitle: '¿Desactivar la aplicación de autenticación?',
    removeBody: 'Al iniciar sesión ya no se le pedirá un código de la aplicación.',
    removeConfirm: 'Desactivar',
    removed: 'La aplicación de autenticación está desactivada.',
    noFactor: 'No hay ninguna aplicación de autenticación activada.',
    wrongCode: 'Este código no es correcto. Escriba el código que muestra ahora la aplicación.',
  },

  passkey: {
    title: 'Agregar una clave de acceso',
    explain:
      'Su navegador le pedirá que confirme con su huella digital, su rostro o el bloqueo de ' +
      'pantalla.',
    create: 'Crear clave de acceso',
    cancelled: 'No se ha creado la clave de acceso. Inténtelo de nuevo cuando quiera.',
    failed: 'No se pudo guardar la clave de acceso. Inténtelo de nuevo.',
    done: (name: string) => `Clave de acceso «${name}» agregada.`,
    deleteTitle: (name: string) => `¿Eliminar la clave de acceso «${name}»?`,
    deleteBody: 'Ya no podrá iniciar sesión con ella.',
    deleteConfirm: 'Eliminar clave de acceso',
    deleted: (name: string) => `Clave de acceso «${name}» eliminada.`,
    notFound: 'Esta clave de acceso ya no existe.',
  },

  session: {
    revokeTitle: (device: string) => `¿Cerrar la sesión de ${device}?`,
    revokeBody: 'Tendrá que volver a iniciar sesión en ese navegador.',
    revokeConfirm: 'Cerrar sesión',
    revoked: (device: string) => `Se ha cerrado la sesión de ${device}.`,
    notFound: 'Esta sesión ya ha terminado.',
    revokeAllTitle: '¿Cerrar todas las demás sesiones?',
    revokeAllBody: 'Tendrá que volver a iniciar sesión en todos los navegadores excepto en este.',
    revokeAllConfirm: 'Cerrar todas',
    revokedAll: (n: number) =>
      count(n, {
        one: 'Se ha cerrado otra sesión.',
        many: 'Se han cerrado otras # de sesiones.',
        other: 'Se han cerrado otras # sesiones.',
      }),
  },

  changeRole: {
    title: (name: string) => `Cambiar el rol de ${name}`,
    save: 'Guardar rol',
    roleNotFound: (slugs: string) => `Estos roles ya no existen: ${slugs}.`,
    memberNotFound: 'Este miembro ya no pertenece a la organización.',
    done: (name: string) => `Se ha cambiado el rol de ${name}.`,
  },

  remove: {
    title: (name: string) => `¿Quitar a ${name}?`,
    body: (name: string) =>
      `${name} perderá de inmediato el acceso a esta organización y se cerrarán sus sesiones ` +
      `en ella.`,
    confirm: 'Quitar miembro',
    managedByDirectory:
      'Este miembro se gestiona mediante una sincronización de directorio: quítelo desde el ' +
      'directorio.',
    memberNotFound: 'Este miembro ya no pertenece a la organización.',
    done: (name: string) => `${name} ya no es miembro de la organización.`,
  },

  pages: {
    range: (from: number, to: number) => `${number.format(from)}–${number.format(to)}`,
    previous: 'Página anterior',
    next: 'Página siguiente',
  },

  invite: {
    title: 'Invitar a miembros',
    emails: 'Direcciones de correo electrónico',
    emailsHint: 'Varias a la vez: sepárelas con comas, espacios o saltos de línea.',
    role: 'Rol',
    expiry: 'Validez (días)',
    send: 'Enviar invitaciones',
    results: 'Resultados',
    noAddress: 'Escriba al menos una dirección de correo electrónico.',
    cancelled: (email: string) => `No se ha invitado a ${email}.`,
    sent: (n: number) =>
      count(n, {
        one: 'Invitación enviada.',
        many: '# de invitaciones enviadas.',
        other: '# invitaciones enviadas.',
      }),
    alreadyInvited: (email: string) => `${email} ya tiene una invitación pendiente.`,
    alreadyMember: (email: string) => `${email} ya es miembro.`,
    invalidEmail: (email: string) => `«${email}» no es una dirección de correo electrónico.`,
    invalidRole: 'Este rol ya no existe. Elija otro.',
    invalidExpiry: 'El plazo de validez de la invitación no es válido.',
    notDeliverable: (email: string) => `No se pueden entregar correos a ${email}.`,
    blocked: 'Esta organización no puede enviar invitaciones.',
    done: (email: string) => `Invitación enviada a ${email}.`,
  },

  resend: {
    title: (email: string) => `¿Reenviar la invitación a ${email}?`,
    confirm: 'Reenviar invitación',
    alreadyAccepted: 'Esta invitación ya se ha aceptado.',
    notFound: 'Esta invitación ya no existe.',
    notDeliverable: (email: string) => `No se pueden entregar correos a ${email}.`,
    done: (email: string) => `Invitación reenviada a ${email}.`,
  },

  revoke: {
    title: (email: string) => `¿Revocar la invitación a ${email}?`,
    body: 'El enlace del correo de invitación dejará de funcionar.',
    confirm: 'Revocar invitación',
    notPending: 'Esta invitación ya no está pendiente.',
    notFound: 'Esta invitación ya no existe.',
    done: (email: string) => `Se ha revocado la invitación a ${email}.`,
  },
};
