import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { homeLinks } from '../routes';
import { Page } from '../ui/Page';
import { useViewer } from './viewer';

/** After sign-in: the person's roles per provider, each with its screens. */
export function Home() {
  const { t } = useTranslation();
  const { data, loading } = useViewer();
  const viewer = data?.viewer;
  if (loading && !viewer) return <p role="status">{t('app.loading')}</p>;
  const providers = new Map<string, { name: string; roles: { role: string; roleLabel: string }[] }>();
  for (const grant of viewer?.roles ?? []) {
    const entry = providers.get(grant.provider.slug) ?? { name: grant.provider.name, roles: [] };
    entry.roles.push({ role: grant.role, roleLabel: grant.roleLabel });
    providers.set(grant.provider.slug, entry);
  }
  return (
    <Page title={t('home.title')} screen="home">
      {viewer ? <p>{t('home.welcome', { name: viewer.name })}</p> : null}
      <h2>{t('home.rolesTitle')}</h2>
      {providers.size === 0 ? <p>{t('home.noRoles')}</p> : (
        <ul className="cards">
          {[...providers].map(([slug, provider]) => (
            <li key={slug} className="card">
              <h3>{provider.name}</h3>
              <p>{provider.roles.map((role) => role.roleLabel).join(', ')}</p>
              <ul>
                {homeLinks.filter((link) => provider.roles.some((role) => role.role === link.role)).map((link) => (
                  <li key={link.labelKey}><Link to={link.to(slug)}>{t(link.labelKey, { provider: provider.name })}</Link></li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}
