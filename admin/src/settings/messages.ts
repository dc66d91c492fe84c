import type { Shape } from '../review/messages';
import { taxonomyCa, taxonomyEn, taxonomyEs } from './taxonomy/messages';

/**
 * The admins' texts (issue 14), Catalan first, mounted under `settings` in each language's
 * catalogue (i18n/ca.ts…).
 */
export const settingsCa = {
  taxonomy: taxonomyCa,
  homeLink: 'Administració de {{provider}}',
  menu: { title: 'Administració · {{provider}}', entityIdentifiers: 'Importa identificadors d’ens locals (NIF i DIR3)', webhooks: 'Webhooks' },
  webhooks: {
    title: 'Webhooks · {{provider}}', intro: 'Adreces que reben els esdeveniments del proveïdor, signats segons Standard Webhooks.',
    subscriptions: 'Subscripcions', none: 'Encara no hi ha cap subscripció.', url: 'Adreça (URL)', description: 'Descripció', topics: 'Temes',
    topicsHint: 'Un o més, separats per espais o línies: resource.published, application.*, *', state: 'Estat', actions: 'Accions',
    enabled: 'Activa', disabled: 'Desactivada el {{at}}', previousSecret: 'El secret anterior signa fins al {{at}}',
    rotate: 'Canvia el secret', rotateOf: 'Canvia el secret de {{url}}', disable: 'Desactiva', disableOf: 'Desactiva {{url}}',
    new: 'Nova subscripció', create: 'Crea la subscripció', working: 'S’està desant…',
    created: 'S’ha creat la subscripció.', rotated: 'S’ha canviat el secret.', disabledDone: 'S’ha desactivat la subscripció.', redelivered: 'S’ha tornat a enviar l’esdeveniment.',
    secretOnce: 'Secret de signatura de {{url}}: copieu-lo ara, no es tornarà a mostrar.',
    deliveries: 'Enviaments', subscription: 'Subscripció', all: 'Totes', noDeliveries: 'Cap enviament.',
    topic: 'Tema', attempts: 'Intents', createdAt: 'Creat', lastAttempt: 'Últim intent', redeliver: 'Torna a enviar', redeliverOf: 'Torna a enviar {{topic}} del {{at}}',
  },
  entities: {
    title: 'Identificadors d’ens locals · {{provider}}',
    intro: 'Carregueu el fitxer CSV oficial (columnes ine_code o entity_code, nif i, si voleu, dir3_code). Proveu-lo primer sense desar: veureu què coincideix, què canvia i què no es reconeix.',
    file: 'Fitxer CSV', csv: 'Contingut CSV', csvHint: 'Podeu triar un fitxer o enganxar-ne el contingut.',
    dryRun: 'Només comprova (no desis res)', submit: 'Importa', working: 'S’està important…',
    report: 'Resultat de la importació', written: 'S’han desat els canvis.', notWritten: 'Comprovació: no s’ha desat res.',
    lines: 'Línies llegides', matched: 'Ens reconeguts', changed: 'Ens amb canvis', unchanged: 'Ens sense canvis', unmatched: 'Línies no reconegudes',
    line: 'Línia', entity: 'Ens', fields: 'Camps canviats', code: 'Codi', none: 'Cap.',
    fieldNames: { NIF: 'NIF', DIR3_CODE: 'Codi DIR3' },
  },
};

export type SettingsMessages = Shape<typeof settingsCa>;

export const settingsEs: SettingsMessages = {
  taxonomy: taxonomyEs,
  homeLink: 'Administración de {{provider}}',
  menu: { title: 'Administración · {{provider}}', entityIdentifiers: 'Importar identificadores de entes locales (NIF y DIR3)', webhooks: 'Webhooks' },
  webhooks: {
    title: 'Webhooks · {{provider}}', intro: 'Direcciones que reciben los eventos del proveedor, firmados según Standard Webhooks.',
    subscriptions: 'Suscripciones', none: 'Todavía no hay ninguna suscripción.', url: 'Dirección (URL)', description: 'Descripción', topics: 'Temas',
    topicsHint: 'Uno o más, separados por espacios o líneas: resource.published, application.*, *', state: 'Estado', actions: 'Acciones',
    enabled: 'Activa', disabled: 'Desactivada el {{at}}', previousSecret: 'El secreto anterior firma hasta el {{at}}',
    rotate: 'Cambiar el secreto', rotateOf: 'Cambiar el secreto de {{url}}', disable: 'Desactivar', disableOf: 'Desactivar {{url}}',
    new: 'Nueva suscripción', create: 'Crear la suscripción', working: 'Guardando…',
    created: 'Se ha creado la suscripción.', rotated: 'Se ha cambiado el secreto.', disabledDone: 'Se ha desactivado la suscripción.', redelivered: 'Se ha vuelto a enviar el evento.',
    secretOnce: 'Secreto de firma de {{url}}: cópielo ahora, no se volverá a mostrar.',
    deliveries: 'Envíos', subscription: 'Suscripción', all: 'Todas', noDeliveries: 'Ningún envío.',
    topic: 'Tema', attempts: 'Intentos', createdAt: 'Creado', lastAttempt: 'Último intento', redeliver: 'Volver a enviar', redeliverOf: 'Volver a enviar {{topic}} del {{at}}',
  },
  entities: {
    title: 'Identificadores de entes locales · {{provider}}',
    intro: 'Cargue el fichero CSV oficial (columnas ine_code o entity_code, nif y, si quiere, dir3_code). Pruébelo primero sin guardar: verá qué coincide, qué cambia y qué no se reconoce.',
    file: 'Fichero CSV', csv: 'Contenido CSV', csvHint: 'Puede elegir un fichero o pegar su contenido.',
    dryRun: 'Solo comprobar (no guardar nada)', submit: 'Importar', working: 'Importando…',
    report: 'Resultado de la importación', written: 'Se han guardado los cambios.', notWritten: 'Comprobación: no se ha guardado nada.',
    lines: 'Líneas leídas', matched: 'Entes reconocidos', changed: 'Entes con cambios', unchanged: 'Entes sin cambios', unmatched: 'Líneas no reconocidas',
    line: 'Línea', entity: 'Ente', fields: 'Campos cambiados', code: 'Código', none: 'Ninguno.',
    fieldNames: { NIF: 'NIF', DIR3_CODE: 'Código DIR3' },
  },
};

export const settingsEn: SettingsMessages = {
  taxonomy: taxonomyEn,
  homeLink: 'Administration of {{provider}}',
  menu: { title: 'Administration · {{provider}}', entityIdentifiers: 'Import local entity identifiers (NIF and DIR3)', webhooks: 'Webhooks' },
  webhooks: {
    title: 'Webhooks · {{provider}}', intro: 'Endpoints that receive the provider\'s events, signed as Standard Webhooks says.',
    subscriptions: 'Subscriptions', none: 'No subscription yet.', url: 'Endpoint (URL)', description: 'Description', topics: 'Topics',
    topicsHint: 'One or more, separated by spaces or lines: resource.published, application.*, *', state: 'State', actions: 'Actions',
    enabled: 'Enabled', disabled: 'Disabled on {{at}}', previousSecret: 'The previous secret signs until {{at}}',
    rotate: 'Rotate the secret', rotateOf: 'Rotate the secret of {{url}}', disable: 'Disable', disableOf: 'Disable {{url}}',
    new: 'New subscription', create: 'Create the subscription', working: 'Saving…',
    created: 'The subscription was created.', rotated: 'The secret was rotated.', disabledDone: 'The subscription was disabled.', redelivered: 'The event was sent again.',
    secretOnce: 'Signing secret of {{url}}: copy it now, it will not be shown again.',
    deliveries: 'Deliveries', subscription: 'Subscription', all: 'All', noDeliveries: 'No delivery.',
    topic: 'Topic', attempts: 'Attempts', createdAt: 'Created', lastAttempt: 'Last attempt', redeliver: 'Send again', redeliverOf: 'Send {{topic}} of {{at}} again',
  },
  entities: {
    title: 'Local entity identifiers · {{provider}}',
    intro: 'Load the official CSV file (columns ine_code or entity_code, nif and optionally dir3_code). Try it first without saving: you will see what matched, what changes and what was not recognised.',
    file: 'CSV file', csv: 'CSV content', csvHint: 'Choose a file or paste its content.',
    dryRun: 'Only check (save nothing)', submit: 'Import', working: 'Importing…',
    report: 'Import result', written: 'The changes were saved.', notWritten: 'Check only: nothing was saved.',
    lines: 'Lines read', matched: 'Entities matched', changed: 'Entities changed', unchanged: 'Entities unchanged', unmatched: 'Lines not matched',
    line: 'Line', entity: 'Entity', fields: 'Fields changed', code: 'Code', none: 'None.',
    fieldNames: { NIF: 'NIF', DIR3_CODE: 'DIR3 code' },
  },
};
