import type { ResourceContentInput } from '../gql/graphql';
import { TRANSLATION_FIELDS } from './content-spec';
import type { Content } from './ContentForm';

/**
 * The form's content as updateResource's input: a language with no text at all is left out (it
 * is no translation), and empty optional texts are null. Everything else goes back as loaded.
 */
export function toContentInput(content: Content): ResourceContentInput {
  const translations = content.translations
    .map((translation) => Object.fromEntries(Object.entries(translation).map(([key, value]) => [key, key !== 'title' && key !== 'locale' && value === '' ? null : value])))
    .filter((translation) => TRANSLATION_FIELDS.some((field) => typeof translation[field.name] === 'string' && (translation[field.name] as string).trim() !== ''));
  return { ...content, translations } as unknown as ResourceContentInput;
}

/** A deep copy of the loaded content without Apollo's __typename, for the form to edit. */
export function toFormContent(loaded: unknown): Content {
  return JSON.parse(JSON.stringify(loaded, (key, value) => (key === '__typename' ? undefined : value))) as Content;
}
