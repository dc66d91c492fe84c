import { useCallback, useMemo } from 'react';
import { ApolloProvider } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Navigate, NavLink, Route, Routes } from 'react-router';
import { useSession } from './auth/session';
import { SignIn } from './auth/SignIn';
import { createApolloClient } from './graphql/client';
import { currentLanguage } from './i18n/i18n';
import { Layout } from './layout/Layout';
import { Home } from './pages/Home';
import { NotFound } from './pages/NotFound';
import { useViewer } from './pages/viewer';
import { homeLinks, routes } from './routes';
import './screens';

/** Signed in: the GraphQL client of this language and session, and the screens. */
function SignedIn() {
  const { t } = useTranslation();
  const { returnTo } = useSession();
  const { data } = useViewer();
  const viewer = data?.viewer;
  // The screens of every role the person holds, per provider (each feature registers its links).
  const links = (viewer?.roles ?? []).flatMap((grant) => homeLinks.filter((link) => link.role === grant.role)
    .map((link) => ({ to: link.to(grant.provider.slug), label: t(link.labelKey, { provider: grant.provider.name }) })));
  const navigation = (
    <ul>
      <li><NavLink to="/" end>{t('home.title')}</NavLink></li>
      {links.map((link) => <li key={link.to}><NavLink to={link.to}>{link.label}</NavLink></li>)}
    </ul>
  );
  return (
    <Layout personName={viewer?.name} navigation={navigation}>
      <Routes>
        <Route path="/" element={<Home />} />
        <Route path="/callback" element={<Navigate to={returnTo ?? '/'} replace />} />
        {routes.map((route) => <Route key={route.path} path={route.path} element={route.element} />)}
        <Route path="*" element={<NotFound />} />
      </Routes>
    </Layout>
  );
}

export function App() {
  const { session, token, signOut, callback } = useSession();
  const { i18n } = useTranslation();
  const language = currentLanguage();
  const expired = useCallback(() => signOut('expired'), [signOut]);
  // A new client (and cache) per language and per session: nothing of one person is seen by the next.
  const client = useMemo(() => createApolloClient(language, token, expired), [language, token, expired, session?.token, i18n.language]);
  return (
    <BrowserRouter basename="/admin">
      {session ? (
        <ApolloProvider client={client}><SignedIn /></ApolloProvider>
      ) : callback.pending ? (
        <Layout><p role="status">{i18n.t('signIn.working')}</p></Layout>
      ) : (
        <Layout><SignIn /></Layout>
      )}
    </BrowserRouter>
  );
}
