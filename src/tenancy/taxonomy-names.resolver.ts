import { ClassType, FieldResolver, Resolver, Root } from 'type-graphql';
import { ServedLocale } from '../graphql/served-locale';
import { LOCALES, Locale } from '../i18n/locale';
import { AreaNode, CatalogueNode, ProgrammeNode, ProviderUnitNode } from './provider.type';
import { taxonomyLabel, TaxonomyNamed } from './taxonomy-label';
import { TaxonomyNameTranslationView } from './taxonomy-name.type';

/**
 * `name` and `translations` of areas, programmes, catalogues and units, wherever they appear
 * (the provider's lists, a fitxa, `node`): the name in the locale the field serves, with
 * Catalan as the fallback, decided by taxonomyLabel.
 */
function taxonomyNamesResolver<T extends TaxonomyNamed>(type: ClassType<T>) {
  @Resolver(() => type)
  class TaxonomyNamesResolver {
    @FieldResolver(() => String, { description: 'Name in the served locale; the Catalan name where there is no translation.' })
    name(@Root() item: T, @ServedLocale() locale: Locale): string {
      return taxonomyLabel(item, locale);
    }

    @FieldResolver(() => [TaxonomyNameTranslationView], {
      description: "The name in languages other than Catalan, as the provider's admins saved it (for their forms).",
    })
    translations(@Root() item: T): TaxonomyNameTranslationView[] {
      const names = item.nameTranslations ?? {};
      return LOCALES.flatMap((locale) => (names[locale] ? [{ locale, name: names[locale]! }] : []));
    }
  }
  return TaxonomyNamesResolver;
}

export const taxonomyNameResolvers = [
  taxonomyNamesResolver(AreaNode), taxonomyNamesResolver(ProgrammeNode),
  taxonomyNamesResolver(CatalogueNode), taxonomyNamesResolver(ProviderUnitNode),
] as const;
