import { reviewCa } from '../review/messages';
import { settingsCa } from '../settings/messages';

/** Catalan, the back office's first language: the other catalogues must have every key of this one. */
export const ca = {
  app: { title: 'Catàleg de recursos', subtitle: 'Back office', skipToContent: 'Salta al contingut principal', mainNav: 'Navegació principal', loading: 'S’està carregant…' },
  language: { label: 'Llengua', ca: 'Català', es: 'Castellà', en: 'Anglès' },
  session: {
    signOut: 'Tanca la sessió', signedInAs: 'Sessió iniciada com a {{name}}',
    expired: 'La sessió ha caducat. Torneu a iniciar-la.',
  },
  signIn: {
    title: 'Inicia la sessió', withProvider: 'Inicia la sessió amb el proveïdor d’identitat',
    notConfigured: 'Aquest servei no té configurat cap proveïdor d’identitat (ADMIN_OIDC_ISSUER, ADMIN_OIDC_CLIENT_ID).',
    failed: 'No s’ha pogut iniciar la sessió: {{reason}}',
    development: 'Inici de sessió de desenvolupament',
    developmentHelp: 'Només fora de producció: crea un testimoni per a la persona i els rols que trieu, com `npm run token`.',
    nif: 'NIF de la persona', name: 'Nom i cognoms', roles: 'Rols',
    roleHelp: 'Un per línia, en la forma rol:proveïdor (editor:diba, reviewer:diputacio-lleida, admin:ddgi).',
    representsNif: 'NIF de l’entitat que representa (opcional)', representsName: 'Nom de l’entitat (opcional)',
    invalid: 'Aquest valor no és vàlid ({{detail}}).',
    submit: 'Inicia la sessió', working: 'S’està iniciant la sessió…',
  },
  home: {
    title: 'Inici', welcome: 'Hola, {{name}}.', rolesTitle: 'Els vostres rols',
    noRoles: 'No teniu cap rol de personal en cap proveïdor. Demaneu-lo a l’administrador.',
    editorLink: 'Fitxes de {{provider}}',
  },
  errors: {
    title: 'Hi ha errors', network: 'No s’ha pogut contactar amb el servei. Torneu-ho a provar.',
    unexpected: 'Hi ha hagut un error inesperat.', notFound: 'No s’ha trobat la pàgina.', back: 'Torna a l’inici',
    forbidden: 'No teniu permís per veure aquesta pàgina.',
  },
  common: { save: 'Desa', cancel: 'Cancel·la', saving: 'S’està desant…', required: 'obligatori', close: 'Tanca', yes: 'Sí', no: 'No', none: '—' },
  review: reviewCa,
  settings: settingsCa,
};

/** The shape every language must fill, string for string. */
type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
export type Messages = Shape<typeof ca>;
