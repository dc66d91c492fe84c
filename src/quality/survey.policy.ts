import { Actor, hasRole } from '../identity/actor';

/*
 * Who may do what with surveys. Answering is for a person who may act for the application's
 * entity: submitSurveyResponse loads the application through loadApplicationForApplicant
 * (application-access.ts), the check every applicant mutation makes.
 */

/**
 * Read the survey responses to a provider's fitxes: its staff, reviewers, editors and admins
 * alike (editors maintain the survey and read what it yields; the figures go into the provider's
 * quality report). Nobody outside the provider reads another entity's answers.
 */
export const canReadSurveyResponses = (actor: Actor | null, providerSlug: string): boolean =>
  hasRole(actor, 'reviewer', providerSlug) || hasRole(actor, 'editor', providerSlug) || hasRole(actor, 'admin', providerSlug);
