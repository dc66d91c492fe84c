import type { Messages } from './ca';
import { reviewEn } from '../review/messages';
import { settingsEn } from '../settings/messages';

export const en: Messages = {
  app: { title: 'Resource catalogue', subtitle: 'Back office', skipToContent: 'Skip to main content', mainNav: 'Main navigation', loading: 'Loading…' },
  language: { label: 'Language', ca: 'Catalan', es: 'Spanish', en: 'English' },
  session: {
    signOut: 'Sign out', signedInAs: 'Signed in as {{name}}',
    expired: 'Your session has expired. Please sign in again.',
  },
  signIn: {
    title: 'Sign in', withProvider: 'Sign in with the identity provider',
    notConfigured: 'This service has no identity provider configured (ADMIN_OIDC_ISSUER, ADMIN_OIDC_CLIENT_ID).',
    failed: 'Could not sign in: {{reason}}',
    development: 'Development sign-in',
    developmentHelp: 'Outside production only: mints a token for the person and roles you choose, like `npm run token`.',
    nif: 'Person’s NIF', name: 'Full name', roles: 'Roles',
    roleHelp: 'One per line, as role:provider (editor:diba, reviewer:diputacio-lleida, admin:ddgi).',
    representsNif: 'NIF of the entity represented (optional)', representsName: 'Name of the entity (optional)',
    invalid: 'This value is not valid ({{detail}}).',
    submit: 'Sign in', working: 'Signing in…',
  },
  home: {
    title: 'Home', welcome: 'Hello, {{name}}.', rolesTitle: 'Your roles',
    noRoles: 'You hold no staff role at any provider. Ask an administrator for one.',
    editorLink: 'Fitxes of {{provider}}',
  },
  errors: {
    title: 'There are errors', network: 'Could not reach the service. Please try again.',
    unexpected: 'Something unexpected went wrong.', notFound: 'Page not found.', back: 'Back to home',
    forbidden: 'You may not see this page.',
  },
  common: { save: 'Save', cancel: 'Cancel', saving: 'Saving…', required: 'required', close: 'Close', yes: 'Yes', no: 'No', none: '—' },
  review: reviewEn,
  settings: settingsEn,
};
