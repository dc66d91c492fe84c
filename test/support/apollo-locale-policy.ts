/**
 * The Apollo Client cache policy that keeps languages apart, as the README shows it to front ends
 * (copy it from there; this copy is the one the test proves).
 *
 * Resource says which locale it was served in (`locale`), so it is cached per (id, locale): the
 * CA and ES versions of one fitxa are two cache entries. Objects with an id whose text or name is
 * served in a locale but which carry no `locale` of their own (the fitxa's lists and the taxonomy
 * it names) are not normalised: they stay inside the entry that holds them, which is per locale.
 */
export const LOCALIZED_WITHOUT_LOCALE = [
  'Requirement', 'ResourceDocument', 'ServiceOption', 'QualityCommitment', 'LegalReference', 'ProcedureStep', 'InterlocutorRole',
  'Area', 'Programme', 'Catalogue', 'ProviderUnit',
] as const;

export const localeTypePolicies = {
  Resource: { keyFields: ['id', 'locale'] },
  ...Object.fromEntries(LOCALIZED_WITHOUT_LOCALE.map((type) => [type, { keyFields: false as const }])),
};
