import '../review/review.css';
import { homeLinks, routes } from '../routes';
import { EntityIdentifiersImport } from './EntityIdentifiersImport';
import { SettingsMenu } from './SettingsMenu';
import { Webhooks } from './Webhooks';

/** The admins' screens (issue 14): their menu, the import of local entity identifiers, webhooks. */
routes.push(
  { path: '/:provider/administracio', element: <SettingsMenu /> },
  { path: '/:provider/administracio/identificadors-ens', element: <EntityIdentifiersImport /> },
  { path: '/:provider/administracio/webhooks', element: <Webhooks /> },
);
homeLinks.push({ role: 'ADMIN', labelKey: 'settings.homeLink', to: (provider) => `/${provider}/administracio` });
