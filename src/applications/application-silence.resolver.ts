import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import { SilenceEffect } from '../catalogue/resource-enums';
import { SILENCE_EFFECT_LABELS } from '../catalogue/resource-labels';
import { RequestContext } from '../graphql/context';
import { DateScalar } from '../graphql/scalars';
import { ServedLocale } from '../graphql/served-locale';
import { optionalLabelOf } from '../i18n/labels';
import { Locale } from '../i18n/locale';
import { applicationSilence } from './application-silence.service';
import { ApplicationNode } from './application.type';

@ObjectType('ApplicationSilence', { description: 'Administrative silence (Llei 39/2015 art. 24): the maximum term passed with no resolution made available in time.', simpleResolvers: true })
export class SilenceView {
  @Field(() => SilenceEffect, { nullable: true, description: 'What silence means for this application, as the fitxa stated when it was filed; null if it stated nothing.' }) effect!: SilenceEffect | null;
  @Field(() => String, { nullable: true, description: 'Label of `effect`, e.g. "Silenci desestimatori".' }) effectLabel!: string | null;
  @Field(() => DateScalar, { description: 'The first day silence has effect: the day after the resolution due date.' }) since!: string;
  @Field({ description: 'Whether the provider still owes an express resolution: it does, silence notwithstanding (art. 21.1, 24.3), until it resolves.' }) dutyToResolve!: boolean;
}

@Resolver(() => ApplicationNode)
export class ApplicationSilenceResolver {
  @FieldResolver(() => SilenceView, { nullable: true, description: 'Administrative silence, once the resolution due date has passed with no resolution made available by then; null otherwise.' })
  async silence(@Root() node: ApplicationNode, @Ctx() context: RequestContext, @ServedLocale() locale: Locale): Promise<SilenceView | null> {
    const silence = await applicationSilence(context, node.entity);
    return silence && { ...silence, effectLabel: optionalLabelOf(SILENCE_EFFECT_LABELS, silence.effect, locale) };
  }
}
