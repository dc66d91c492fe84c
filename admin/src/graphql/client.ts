import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache, ServerError } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { RemoveTypenameFromVariablesLink } from '@apollo/client/link/remove-typename';
import type { Language } from '../i18n/i18n';

/**
 * The README's cache policy ("Apollo Client cache and locales"): a fitxa is cached per (id, locale),
 * and the localized objects without a locale of their own stay inside the entry that holds them.
 */
const localizedWithoutLocale = ['Requirement', 'ResourceDocument', 'ServiceOption', 'QualityCommitment',
  'LegalReference', 'ProcedureStep', 'InterlocutorRole', 'Area', 'Programme', 'Catalogue', 'ProviderUnit'];

/**
 * One client per interface language: queries without an explicit `locale` are answered in the
 * request's Accept-Language (DESIGN.md, GraphQL conventions), which the cache cannot see, so a
 * language switch gets a fresh client and cache rather than mixing languages in one.
 */
export function createApolloClient(language: Language, token: () => string | null, onUnauthenticated: () => void) {
  const headers = new SetContextLink((previous) => {
    const bearer = token();
    return {
      headers: {
        ...previous.headers,
        'accept-language': language,
        ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
      },
    };
  });
  const unauthenticated = new ErrorLink(({ error }) => {
    const expired = (ServerError.is(error) && error.statusCode === 401)
      || (CombinedGraphQLErrors.is(error) && error.errors.some((entry) => entry.extensions?.code === 'UNAUTHENTICATED'));
    if (expired) onUnauthenticated();
  });
  return new ApolloClient({
    link: ApolloLink.from([unauthenticated, new RemoveTypenameFromVariablesLink(), headers, new HttpLink({ uri: '/graphql' })]),
    cache: new InMemoryCache({
      typePolicies: {
        Resource: { keyFields: ['id', 'locale'] },
        ...Object.fromEntries(localizedWithoutLocale.map((type) => [type, { keyFields: false as const }])),
      },
    }),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
