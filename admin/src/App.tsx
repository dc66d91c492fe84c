import { useCallback, useMemo } from 'react';
import { ApolloProvider } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Route, Routes } from 'react-router';
import { useSession } from './auth/session';
import { SignIn } from './auth/SignIn';
import { createApolloClient } from './graphql/client';
import { currentLanguage } from './i18n/i18n';
import { Layout } from './layout/Layout';
import { Home } from './pages/Home';
import { NotFound } from './pages/NotFound';
import { useViewer } from './pages/viewer';
import { routes } from './routes';
import './screens';

/** Signed in: the GraphQL client of this language and session, and the screens. */
function SignedIn() {
  const { data } = useViewer();
  return (
    <Layout personName={data?.viewer?.name}>
      <Routes>
        <Route path="/" element={<Home />} />
        {routes.map((route) => <Route key={route.path} path={route.path} element={route.element} />)}
        <Route path="*" element={<NotFound />} />
      </Routes>
    </Layout>
  );
}

export function App() {
  const { session, token, signOut } = useSession();
  const { i18n } = useTranslation();
  const language = currentLanguage();
  const expired = useCallback(() => signOut('expired'), [signOut]);
  // A new client (and cache) per language and per session: nothing of one person is seen by the next.
  const client = useMemo(() => createApolloClient(language, token, expired), [language, token, expired, session?.token, i18n.language]);
  return (
    <BrowserRouter basename="/admin">
      {session ? (
        <ApolloProvider client={client}><SignedIn /></ApolloProvider>
      ) : (
        <Layout><SignIn /></Layout>
      )}
    </BrowserRouter>
  );
}
