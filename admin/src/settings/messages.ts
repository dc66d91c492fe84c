import type { Shape } from '../review/messages';

/**
 * The admins' texts (issue 14), Catalan first, mounted under `settings` in each language's
 * catalogue (i18n/ca.ts…).
 */
export const settingsCa = {
  homeLink: 'Administració de {{provider}}',
  menu: { title: 'Administració · {{provider}}', entityIdentifiers: 'Importa identificadors d’ens locals (NIF i DIR3)' },
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
  homeLink: 'Administración de {{provider}}',
  menu: { title: 'Administración · {{provider}}', entityIdentifiers: 'Importar identificadores de entes locales (NIF y DIR3)' },
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
  homeLink: 'Administration of {{provider}}',
  menu: { title: 'Administration · {{provider}}', entityIdentifiers: 'Import local entity identifiers (NIF and DIR3)' },
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
