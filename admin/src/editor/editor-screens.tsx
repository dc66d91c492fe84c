import { useParams } from 'react-router';
import { homeLinks, routes } from '../routes';
import { ResourceCreate } from './ResourceCreate';
import { ResourceEdit } from './ResourceEdit';
import { ResourceHistory } from './ResourceHistory';
import { ResourceList } from './ResourceList';

/** The editors' screens (issue 14): a provider's fitxes, a new fitxa, the form, the history. */
routes.push(
  { path: '/:provider/fitxes', element: <ResourceList /> },
  { path: '/:provider/fitxes/nova', element: <ResourceCreate /> },
  { path: '/:provider/fitxes/:code', element: <ResourceEditOf /> },
  { path: '/:provider/fitxes/:code/historial', element: <ResourceHistory /> },
);
homeLinks.push({ role: 'EDITOR', labelKey: 'home.editorLink', to: (provider) => `/${provider}/fitxes` });

/** A new form (and state) for each fitxa, so going from one to another never carries edits over. */
function ResourceEditOf() {
  const { provider, code } = useParams();
  return <ResourceEdit key={`${provider}/${code}`} />;
}
