/**
 * Codes of areas, programmes and catalogues are unique within a provider only, so two
 * diputacions may both have an area "serveis-generals". A filter may name such a code bare (any
 * provider's) or qualified as "<providerSlug>:<code>" (that provider's only); facets always give
 * the qualified form, so a front end can feed a facet value straight back into the filter.
 */
export const QUALIFIED_CODE_SEPARATOR = ':';
/** Provider slugs and taxonomy codes are both at most 64 characters (their columns). */
export const MAX_CODE_LENGTH = 64;

export interface TaxonomyCodeSelection {
  /** Codes of any provider. */
  bare: string[];
  /** Codes of one provider each. */
  qualified: { providerSlug: string; code: string }[];
}

export function qualifiedCode(providerSlug: string, code: string): string {
  return `${providerSlug}${QUALIFIED_CODE_SEPARATOR}${code}`;
}

export class InvalidTaxonomyCodeError extends Error {
  constructor(readonly index: number, readonly fault: 'TOO_LONG' | 'INVALID_FORMAT', reason: string) {
    super(reason);
  }
}

const PART = /^[^\s:]+$/;

/**
 * Splits the given codes into bare and provider-qualified ones. Throws for an empty or over-long
 * part, whitespace, or more than one separator: a mistake the caller should hear about rather
 * than an empty result.
 */
export function parseTaxonomyCodes(values: readonly string[]): TaxonomyCodeSelection {
  const selection: TaxonomyCodeSelection = { bare: [], qualified: [] };
  values.forEach((value, index) => {
    const parts = value.split(QUALIFIED_CODE_SEPARATOR);
    if (parts.length > 2) throw new InvalidTaxonomyCodeError(index, 'INVALID_FORMAT', `"${QUALIFIED_CODE_SEPARATOR}" may appear once, between the provider slug and the code`);
    for (const part of parts) {
      if (part.length > MAX_CODE_LENGTH) throw new InvalidTaxonomyCodeError(index, 'TOO_LONG', `A provider slug or code has at most ${MAX_CODE_LENGTH} characters`);
      if (!PART.test(part)) throw new InvalidTaxonomyCodeError(index, 'INVALID_FORMAT', 'Give a code, or "<providerSlug>:<code>", without spaces or empty parts');
    }
    if (parts.length === 2) selection.qualified.push({ providerSlug: parts[0], code: parts[1] });
    else selection.bare.push(parts[0]);
  });
  return selection;
}
