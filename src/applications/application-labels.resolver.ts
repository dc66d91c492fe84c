import { FieldResolver, Resolver, Root } from 'type-graphql';
import { PROCEDURE_STEP_KIND_LABELS } from '../catalogue/resource-labels';
import { ServedLocale } from '../graphql/served-locale';
import { labelOf } from '../i18n/labels';
import { Locale } from '../i18n/locale';
import { APPLICATION_STATUS_LABELS } from './application-labels';
import { ApplicationNode, MissingStepView } from './application.type';

/** The `…Label` siblings of an application's enum values, in the locale the field serves. */
@Resolver(() => ApplicationNode)
export class ApplicationLabelsResolver {
  @FieldResolver(() => String, { description: 'Label of `status`, e.g. "Presentada".' })
  statusLabel(@Root() application: ApplicationNode, @ServedLocale() locale: Locale): string {
    return labelOf(APPLICATION_STATUS_LABELS, application.status, locale);
  }
}

@Resolver(() => MissingStepView)
export class MissingStepLabelsResolver {
  @FieldResolver(() => String, { description: 'Label of `step`, e.g. "Acceptació de les condicions".' })
  stepLabel(@Root() missing: MissingStepView, @ServedLocale() locale: Locale): string {
    return labelOf(PROCEDURE_STEP_KIND_LABELS, missing.step, locale);
  }
}

export const applicationLabelResolvers = [ApplicationLabelsResolver, MissingStepLabelsResolver] as const;
