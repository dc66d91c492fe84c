import { MaxLength } from 'class-validator';
import { Field, InputType, ObjectType } from 'type-graphql';
import { Locale } from '../i18n/locale';

@ObjectType('TaxonomyNameTranslation', {
  description: 'The name of an area, programme, catalogue or unit in a language other than Catalan.',
  simpleResolvers: true,
})
export class TaxonomyNameTranslationView {
  @Field(() => Locale, { description: 'ES, EN or OC (the Catalan name is `name` itself).' })
  locale!: Locale;

  @Field({ description: 'The name in that language.' })
  name!: string;
}

@InputType({ description: 'The name of a taxonomy item in a language other than Catalan.' })
export class TaxonomyNameTranslationInput {
  @Field(() => Locale, { description: 'ES, EN or OC; the Catalan name is the input\'s `name`.' })
  locale!: Locale;

  @Field({ description: 'The name in that language, at most 300 characters.' })
  @MaxLength(1000)
  name!: string;
}
