import type { ReactNode } from 'react';

/**
 * The screens of the back office, by role. Each feature adds its entries here: the router mounts
 * `routes`, and the home page shows, for each role a person holds at a provider, that role's links.
 */
export interface StaffScreen {
  /** Under /admin, e.g. "/:provider/fitxes". */
  path: string;
  element: ReactNode;
}

export interface HomeLink {
  role: 'EDITOR' | 'REVIEWER' | 'ADMIN';
  /** The i18n key of the link text; it receives { provider } (the provider's name). */
  labelKey: string;
  to: (providerSlug: string) => string;
}

export const routes: StaffScreen[] = [];
export const homeLinks: HomeLink[] = [];
