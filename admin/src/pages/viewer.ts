import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';

export const VIEWER = graphql(`
  query AdminViewer {
    viewer {
      id
      name
      nif
      roles {
        role
        roleLabel
        provider {
          id
          slug
          name
        }
      }
    }
  }
`);

/** The signed-in person and their staff roles (null when the token carries no person). */
export function useViewer() {
  return useQuery(VIEWER, { fetchPolicy: 'cache-first' });
}

/** Whether the viewer holds `role` at the provider with this slug. */
export function holds(viewer: { roles: readonly { role: string; provider: { slug: string } }[] } | null | undefined, role: string, provider: string): boolean {
  return Boolean(viewer?.roles.some((grant) => grant.role === role && grant.provider.slug === provider));
}
