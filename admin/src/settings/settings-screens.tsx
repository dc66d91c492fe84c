import { homeLinks, routes } from '../routes';
import { EntityIdentifiersImport } from './EntityIdentifiersImport';
import { Holidays } from './Holidays';
import { LocalHolidaysImport } from './LocalHolidaysImport';
import { SettingsMenu } from './SettingsMenu';
import { TAXONOMY_KINDS } from './taxonomy/kinds';
import { TaxonomyItemForm } from './taxonomy/TaxonomyItemForm';
import { TaxonomyList } from './taxonomy/TaxonomyList';
import { Webhooks } from './Webhooks';

/**
 * The admins' screens (issue 14): their menu; areas, programmes, catalogues and units (a list, a
 * new one, and each one's form); holidays and the official list of local holidays; the import of local entity identifiers; webhooks.
 */
routes.push(
  { path: '/:provider/administracio', element: <SettingsMenu /> },
  ...TAXONOMY_KINDS.flatMap((kind) => [
    { path: `/:provider/administracio/${kind.path}`, element: <TaxonomyList key={kind.name} kind={kind} /> },
    { path: `/:provider/administracio/${kind.path}/nou`, element: <TaxonomyItemForm key={`${kind.name}-new`} kind={kind} mode="new" /> },
    { path: `/:provider/administracio/${kind.path}/:code/edita`, element: <TaxonomyItemForm key={`${kind.name}-edit`} kind={kind} mode="edit" /> },
  ]),
  { path: '/:provider/administracio/festius', element: <Holidays /> },
  { path: '/:provider/administracio/festes-locals', element: <LocalHolidaysImport /> },
  { path: '/:provider/administracio/identificadors-ens', element: <EntityIdentifiersImport /> },
  { path: '/:provider/administracio/webhooks', element: <Webhooks /> },
);
homeLinks.push({ role: 'ADMIN', labelKey: 'settings.homeLink', to: (provider) => `/${provider}/administracio` });
