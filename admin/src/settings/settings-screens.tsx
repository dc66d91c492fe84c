import '../review/review.css';
import { homeLinks, routes } from '../routes';
import { EntityIdentifiersImport } from './EntityIdentifiersImport';
import { SettingsMenu } from './SettingsMenu';

/** The admins' screens (issue 14): their menu and the import of local entity identifiers. */
routes.push(
  { path: '/:provider/administracio', element: <SettingsMenu /> },
  { path: '/:provider/administracio/identificadors-ens', element: <EntityIdentifiersImport /> },
);
homeLinks.push({ role: 'ADMIN', labelKey: 'settings.homeLink', to: (provider) => `/${provider}/administracio` });
