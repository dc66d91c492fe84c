import { GraphQLResolveInfo } from 'graphql';
import { createParameterDecorator } from 'type-graphql';
import { Locale } from '../i18n/locale';
import { RequestContext } from './context';

/**
 * The locale of an operation comes from Accept-Language (`context.locale`); a root field's own
 * `locale` argument overrides it for that field and everything below it. Root fields declare the
 * argument with `@LocaleArgument()`, which records their choice under the field's response key;
 * any resolver below asks `@ServedLocale()`, which finds the root field it hangs from. So a label
 * three levels down (resources → area → name) follows the root's argument without threading.
 */
const chosenByRootField = new WeakMap<object, Map<string, Locale>>();

function rootKey(info: GraphQLResolveInfo): string {
  let path = info.path;
  while (path.prev) path = path.prev;
  return String(path.key);
}

/** The locale a resolver serves: its root field's `locale` argument, else the request's. */
export function servedLocaleOf(context: RequestContext, info: GraphQLResolveInfo): Locale {
  return chosenByRootField.get(context)?.get(rootKey(info)) ?? context.locale;
}

function chooseLocale(context: RequestContext, info: GraphQLResolveInfo, locale: Locale | null | undefined): Locale {
  if (!locale) return servedLocaleOf(context, info);
  let chosen = chosenByRootField.get(context);
  if (!chosen) chosenByRootField.set(context, (chosen = new Map()));
  chosen.set(rootKey(info), locale);
  return locale;
}

/**
 * Declares the optional `locale: Locale` argument of a root field and resolves to the locale it
 * serves. An unknown value is rejected by GraphQL validation (the argument is an enum).
 */
export function LocaleArgument() {
  return createParameterDecorator<RequestContext>(
    ({ args, context, info }) => chooseLocale(context, info, args.locale as Locale | null | undefined),
    {
      arg: {
        name: 'locale',
        typeFunc: () => Locale,
        options: {
          nullable: true,
          description: 'Language of the text and labels of this field and everything below it; defaults to Accept-Language, then Catalan.',
        },
      },
    },
  );
}

/**
 * Objects that say which locale they were served in (a fitxa whose text fell back to Catalan, and
 * the objects inside it) carry it here, so their labels and names are in that same locale: one
 * object, one language, as `Resource.locale` tells clients and their caches.
 */
export interface LocaleStamped {
  servedLocale?: Locale;
}

/** Marks objects as served in a locale; their labels follow it rather than the root field's. */
export function stampServedLocale(objects: Iterable<object | null | undefined>, locale: Locale): void {
  for (const object of objects) if (object) (object as LocaleStamped).servedLocale = locale;
}

/** Resolves to the locale the current field serves: its object's own, else its root field's. */
export function ServedLocale() {
  return createParameterDecorator<RequestContext>(({ root, context, info }) =>
    (root as LocaleStamped | undefined)?.servedLocale ?? servedLocaleOf(context, info));
}
