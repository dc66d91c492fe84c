/** The admins' screens under /:provider/administracio/, in the order the menu lists them. */
export const settingsScreens: { path: string; labelKey: string }[] = [
  { path: 'identificadors-ens', labelKey: 'settings.menu.entityIdentifiers' },
  { path: 'webhooks', labelKey: 'settings.menu.webhooks' },
];
