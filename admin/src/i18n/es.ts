import type { Messages } from './ca';
import { reviewEs } from '../review/messages';
import { settingsEs } from '../settings/messages';

export const es: Messages = {
  app: { title: 'Catálogo de recursos', subtitle: 'Back office', skipToContent: 'Saltar al contenido principal', mainNav: 'Navegación principal', loading: 'Cargando…' },
  language: { label: 'Idioma', ca: 'Catalán', es: 'Castellano', en: 'Inglés' },
  session: {
    signOut: 'Cerrar sesión', signedInAs: 'Sesión iniciada como {{name}}',
    expired: 'La sesión ha caducado. Vuelva a iniciarla.',
  },
  signIn: {
    title: 'Iniciar sesión', withProvider: 'Iniciar sesión con el proveedor de identidad',
    notConfigured: 'Este servicio no tiene configurado ningún proveedor de identidad (ADMIN_OIDC_ISSUER, ADMIN_OIDC_CLIENT_ID).',
    failed: 'No se ha podido iniciar la sesión: {{reason}}',
    development: 'Inicio de sesión de desarrollo',
    developmentHelp: 'Solo fuera de producción: crea un token para la persona y los roles que elija, como `npm run token`.',
    nif: 'NIF de la persona', name: 'Nombre y apellidos', roles: 'Roles',
    roleHelp: 'Uno por línea, en la forma rol:proveedor (editor:diba, reviewer:diputacio-lleida, admin:ddgi).',
    representsNif: 'NIF de la entidad que representa (opcional)', representsName: 'Nombre de la entidad (opcional)',
    invalid: 'Este valor no es válido ({{detail}}).',
    submit: 'Iniciar sesión', working: 'Iniciando sesión…',
  },
  home: {
    title: 'Inicio', welcome: 'Hola, {{name}}.', rolesTitle: 'Sus roles',
    noRoles: 'No tiene ningún rol de personal en ningún proveedor. Pídalo al administrador.',
    editorLink: 'Fichas de {{provider}}',
  },
  errors: {
    title: 'Hay errores', network: 'No se ha podido contactar con el servicio. Vuelva a intentarlo.',
    unexpected: 'Ha habido un error inesperado.', notFound: 'No se ha encontrado la página.', back: 'Volver al inicio',
    forbidden: 'No tiene permiso para ver esta página.',
  },
  common: { save: 'Guardar', cancel: 'Cancelar', saving: 'Guardando…', required: 'obligatorio', close: 'Cerrar', yes: 'Sí', no: 'No', none: '—' },
  review: reviewEs,
  settings: settingsEs,
};
