import { TAXONOMY_KINDS } from './taxonomy/kinds';

/** The admins' screens under /:provider/administracio/, in the order the menu lists them. */
export const settingsScreens: { path: string; labelKey: string }[] = [
  ...TAXONOMY_KINDS.map((kind) => ({ path: kind.path, labelKey: `settings.taxonomy.kinds.${kind.name}.menu` })),
  { path: 'festius', labelKey: 'settings.menu.holidays' },
  { path: 'festes-locals', labelKey: 'settings.menu.localHolidays' },
  { path: 'identificadors-ens', labelKey: 'settings.menu.entityIdentifiers' },
  { path: 'webhooks', labelKey: 'settings.menu.webhooks' },
];
