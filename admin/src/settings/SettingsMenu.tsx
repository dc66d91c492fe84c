import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useViewer } from '../pages/viewer';
import { providerName } from '../review/format';
import { Page } from '../ui/Page';
import { settingsScreens } from './settings-links';

/** The admins' screens of a provider, as a list of links. */
export function SettingsMenu() {
  const { t } = useTranslation();
  const { provider = '' } = useParams();
  const name = providerName(useViewer().data?.viewer, provider);
  return (
    <Page title={t('settings.menu.title', { provider: name })} screen="settings">
      <ul>
        {settingsScreens.map((screen) => (
          <li key={screen.path}><Link to={`/${provider}/administracio/${screen.path}`}>{t(screen.labelKey)}</Link></li>
        ))}
      </ul>
    </Page>
  );
}
