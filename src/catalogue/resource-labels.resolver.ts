import { FieldResolver, Resolver, Root } from 'type-graphql';
import { ServedLocale } from '../graphql/served-locale';
import { labelOf, labelsOf, LOCAL_ENTITY_TYPE_LABELS, optionalLabelOf, RESOURCE_KIND_LABELS, sdgName } from '../i18n/labels';
import { Locale } from '../i18n/locale';
import {
  CHANNEL_KIND_LABELS, GRANT_PROCEDURE_LABELS, PROCEDURE_STEP_KIND_LABELS, PROVISION_TYPE_LABELS, QUALITY_INDICATOR_LABELS, SURVEY_QUESTION_KIND_LABELS,
  REQUIREMENT_VERIFICATION_LABELS, RESOURCE_DOCUMENT_KIND_LABELS, RESOURCE_REVISION_ACTION_LABELS, RESOURCE_STATUS_LABELS, SILENCE_EFFECT_LABELS,
  TERM_UNIT_LABELS,
} from './resource-labels';
import { ResourceRevisionView } from './resource-revision.resolver';
import {
  ChannelView, ProcedureStepView, QualityCommitmentView, RequirementView, ResourceDocumentView, ResourceNode, SurveyQuestionView, Term,
} from './resource.type';
import { SustainableDevelopmentGoalView } from './sustainable-development-goal.type';

/*
 * The `…Label` siblings of the fitxa's enum values, in the locale the fitxa was served in
 * (`Resource.locale`: the one asked for, or Catalan where the fitxa has no translation), so that
 * one fitxa object is in one language, labels included, as clients' caches assume.
 */

@Resolver(() => ResourceNode)
export class ResourceLabelsResolver {
  @FieldResolver(() => String, { description: 'Label of `kind`, e.g. "Recurs material".' })
  kindLabel(@Root() resource: ResourceNode, @ServedLocale() locale: Locale): string {
    return labelOf(RESOURCE_KIND_LABELS, resource.kind, locale);
  }

  @FieldResolver(() => [String], { description: 'Labels of `audience`, in the same order, e.g. "Ajuntaments".' })
  audienceLabels(@Root() resource: ResourceNode, @ServedLocale() locale: Locale): string[] {
    return labelsOf(LOCAL_ENTITY_TYPE_LABELS, resource.audience, locale);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Label of `grantProcedure`, e.g. "Concessió directa amb concurrència".' })
  grantProcedureLabel(@Root() resource: ResourceNode, @ServedLocale() locale: Locale): string | null {
    return optionalLabelOf(GRANT_PROCEDURE_LABELS, resource.grantProcedure, locale);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Label of `silenceEffect`, e.g. "Silenci desestimatori".' })
  silenceEffectLabel(@Root() resource: ResourceNode, @ServedLocale() locale: Locale): string | null {
    return optionalLabelOf(SILENCE_EFFECT_LABELS, resource.silenceEffect, locale);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Label of `provisionType`, e.g. "Recurs de prestació continuada".' })
  provisionTypeLabel(@Root() resource: ResourceNode, @ServedLocale() locale: Locale): string | null {
    return optionalLabelOf(PROVISION_TYPE_LABELS, resource.provisionType, locale);
  }

  @FieldResolver(() => String, { description: 'Label of `status`, e.g. "Publicat".' })
  statusLabel(@Root() resource: ResourceNode, @ServedLocale() locale: Locale): string {
    return labelOf(RESOURCE_STATUS_LABELS, resource.status, locale);
  }

  @FieldResolver(() => [SustainableDevelopmentGoalView], { description: 'The goals of `sdgs`, in the same order, with their official names.' })
  sdgGoals(@Root() resource: ResourceNode, @ServedLocale() locale: Locale): SustainableDevelopmentGoalView[] {
    return resource.sdgs.map((number) => ({ number, name: sdgName(number, locale) }));
  }
}

@Resolver(() => Term)
export class TermLabelsResolver {
  @FieldResolver(() => String, { description: 'Label of `unit` as read after the amount, e.g. "dies hàbils".' })
  unitLabel(@Root() term: Term, @ServedLocale() locale: Locale): string {
    return labelOf(TERM_UNIT_LABELS, term.unit, locale);
  }
}

@Resolver(() => RequirementView)
export class RequirementLabelsResolver {
  @FieldResolver(() => String, { description: 'Label of `verification`, e.g. "Declaració responsable".' })
  verificationLabel(@Root() requirement: RequirementView, @ServedLocale() locale: Locale): string {
    return labelOf(REQUIREMENT_VERIFICATION_LABELS, requirement.verification, locale);
  }
}

@Resolver(() => ResourceDocumentView)
export class ResourceDocumentLabelsResolver {
  @FieldResolver(() => String, { description: 'Label of `kind`, e.g. "Condicions d\'accés i ús".' })
  kindLabel(@Root() document: ResourceDocumentView, @ServedLocale() locale: Locale): string {
    return labelOf(RESOURCE_DOCUMENT_KIND_LABELS, document.kind, locale);
  }
}

@Resolver(() => QualityCommitmentView)
export class QualityCommitmentLabelsResolver {
  @FieldResolver(() => String, { description: 'Label of `indicator`, e.g. "Comunicació de la resolució en termini".' })
  indicatorLabel(@Root() commitment: QualityCommitmentView, @ServedLocale() locale: Locale): string {
    return labelOf(QUALITY_INDICATOR_LABELS, commitment.indicator, locale);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Label of `thresholdUnit`, e.g. "dies hàbils".' })
  thresholdUnitLabel(@Root() commitment: QualityCommitmentView, @ServedLocale() locale: Locale): string | null {
    return optionalLabelOf(TERM_UNIT_LABELS, commitment.thresholdUnit, locale);
  }
}

@Resolver(() => SurveyQuestionView)
export class SurveyQuestionLabelsResolver {
  @FieldResolver(() => String, { description: 'Label of `kind`, e.g. "Valoració de 0 a 10".' })
  kindLabel(@Root() question: SurveyQuestionView, @ServedLocale() locale: Locale): string {
    return labelOf(SURVEY_QUESTION_KIND_LABELS, question.kind, locale);
  }
}

@Resolver(() => ProcedureStepView)
export class ProcedureStepLabelsResolver {
  @FieldResolver(() => String, { description: 'Label of `kind`, e.g. "Acceptació de les condicions".' })
  kindLabel(@Root() step: ProcedureStepView, @ServedLocale() locale: Locale): string {
    return labelOf(PROCEDURE_STEP_KIND_LABELS, step.kind, locale);
  }
}

@Resolver(() => ChannelView)
export class ChannelLabelsResolver {
  @FieldResolver(() => String, { description: 'Label of `kind`, e.g. "Portal de tramitació".' })
  kindLabel(@Root() channel: ChannelView, @ServedLocale() locale: Locale): string {
    return labelOf(CHANNEL_KIND_LABELS, channel.kind, locale);
  }
}

@Resolver(() => ResourceRevisionView)
export class ResourceRevisionLabelsResolver {
  @FieldResolver(() => String, { description: 'Label of `action`, e.g. "Restauració".' })
  actionLabel(@Root() revision: ResourceRevisionView, @ServedLocale() locale: Locale): string {
    return labelOf(RESOURCE_REVISION_ACTION_LABELS, revision.action, locale);
  }
}

export const resourceLabelResolvers = [
  ResourceLabelsResolver, TermLabelsResolver, RequirementLabelsResolver, ResourceDocumentLabelsResolver,
  QualityCommitmentLabelsResolver, SurveyQuestionLabelsResolver, ProcedureStepLabelsResolver, ChannelLabelsResolver, ResourceRevisionLabelsResolver,
] as const;
