import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../graphql/scalars';
import { Locale } from '../i18n/locale';
import { LocalEntityType } from '../tenancy/local-entity-type';
import {
  ChannelKind, GrantProcedure, ProcedureStepKind, ProvisionType, QualityIndicator, RequirementVerification,
  ResourceDocumentKind, ResourceKind, SilenceEffect, SurveyQuestionKind, TermUnit,
} from './resource-enums';
import { LIST_BOUNDS, NUMBER_BOUNDS, TERM_BOUNDS, WINDOW_DAYS } from './content-bounds.rules';
import { MAX_SURVEY_QUESTION_LENGTH, ResourceContentData, SURVEY_QUESTION_CODE_PATTERN } from './resource-content.validation';

/** The bounds as the schema states them, from the one table (content-bounds.rules.ts). */
const TERM_RANGES = Object.entries(TERM_BOUNDS).map(([unit, { min, max }]) => `${min}–${max} ${unit}`).join(', ');
const range = ({ min, max }: { min: number; max: number }) => `${min} to ${max}`;
const atMost = (list: keyof typeof LIST_BOUNDS) => `At most ${LIST_BOUNDS[list]}.`;

@InputType({ description: 'A text in one language.' })
export class LocalizedTextInput {
  @Field(() => Locale, { description: 'Language of the text.' })
  locale!: Locale;

  @Field({ description: 'The text in that language.' })
  text!: string;
}

@InputType({ description: 'Channel through which the resource is requested.' })
export class ResourceChannelInput {
  @Field(() => ChannelKind, { description: 'Kind of channel.' })
  kind!: ChannelKind;

  @Field(() => [LocalizedTextInput], { nullable: true, description: 'Name as shown, e.g. "Portal de tramitació (PMT)".' })
  name?: LocalizedTextInput[] | null;

  @Field(() => String, { nullable: true, description: 'http(s) URL, at most 500 characters.' })
  url?: string | null;
}

@InputType({ description: 'Termini màxim de resolució.' })
export class ResolutionTermInput {
  @Field(() => Int, { description: `How many units, by unit: ${TERM_RANGES}.` })
  amount!: number;

  @Field(() => TermUnit, { description: 'Months, business days or calendar days.' })
  unit!: TermUnit;
}

@InputType({ description: "The fitxa's own text in one language; Catalan is required." })
export class ResourceTranslationInput {
  @Field(() => Locale, { description: 'Language of this translation.' })
  locale!: Locale;

  @Field({ description: 'At most 300 characters.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Lead paragraph.' })
  summary?: string | null;

  @Field(() => String, { nullable: true, description: 'Markdown.' })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'Markdown.' })
  applicationConditions?: string | null;

  @Field(() => String, { nullable: true, description: 'Markdown.' })
  executionConditions?: string | null;

  @Field(() => String, { nullable: true, description: 'Markdown.' })
  revocationConditions?: string | null;

  @Field(() => String, { nullable: true, description: 'Markdown.' })
  afterApplication?: string | null;

  @Field(() => String, { nullable: true, description: 'When the resolution term starts, as the fitxa states it.' })
  resolutionTermNote?: string | null;
}

@InputType({ description: 'A requisit de concessió.' })
export class RequirementInput {
  @Field(() => String, { nullable: true, description: 'Stable code within the fitxa; defaults to requisit-<position>.' })
  code?: string | null;

  @Field(() => [LocalizedTextInput], { description: 'The requirement, per language; Catalan is required to publish.' })
  text!: LocalizedTextInput[];

  @Field(() => RequirementVerification, { description: 'How it is checked.' })
  verification!: RequirementVerification;

  @Field(() => String, { nullable: true, description: 'Code of a document given in the same input; required when verification is DOCUMENT_ACCEPTANCE.' })
  documentCode?: string | null;
}

@InputType({ description: 'A document of the fitxa.' })
export class ResourceDocumentInput {
  @Field({ description: 'Unique within the fitxa.' })
  code!: string;

  @Field(() => ResourceDocumentKind, { description: 'What the document is.' })
  kind!: ResourceDocumentKind;

  @Field(() => [LocalizedTextInput], { description: 'Title, per language; Catalan is required to publish.' })
  title!: LocalizedTextInput[];

  @Field(() => String, { nullable: true, description: 'Version label shown to people, e.g. "2023"; defaults to the version number.' })
  version?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'A file uploaded with POST /files. It supplies sha256, mediaType and the download address; giving it content other than the current version\'s creates a new document version.',
  })
  fileId?: string | null;

  @Field(() => String, { nullable: true, description: 'Without fileId: SHA-256 of the document published elsewhere, 64 hexadecimal digits.' })
  sha256?: string | null;

  @Field(() => String, { nullable: true, description: 'Without fileId: http(s) URL where the document is published.' })
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'Without fileId: its media type.' })
  mediaType?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'The applicant must accept this version; defaults to false.' })
  mustAccept?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'The applicant must attach a filled-in or signed copy; defaults to false.' })
  mustAttach?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'The provider issues a signed copy when the application is accepted; defaults to false.' })
  signedCopyOnAcceptance?: boolean | null;
}

@InputType({ description: 'A selectable service.' })
export class ServiceOptionInput {
  @Field({ description: 'Unique within the fitxa.' })
  code!: string;

  @Field(() => [LocalizedTextInput], { description: 'Name, per language.' })
  name!: LocalizedTextInput[];

  @Field(() => Boolean, { nullable: true, description: 'The provider recommends selecting it; defaults to false.' })
  recommended?: boolean | null;
}

@InputType({ description: 'A period in which applications are accepted, both days included.' })
export class ApplicationWindowInput {
  @Field(() => String, { nullable: true, description: 'Label as shown, e.g. "2023".' })
  label?: string | null;

  @Field(() => DateScalar, { description: `First day of the window, ${WINDOW_DAYS.first} or later.` })
  opensOn!: string;

  @Field(() => DateScalar, { description: `Last day of the window, not before opensOn, ${WINDOW_DAYS.last} at the latest.` })
  closesOn!: string;
}

@InputType({ description: 'A compromís de qualitat.' })
export class QualityCommitmentInput {
  @Field(() => QualityIndicator, { description: 'What it measures.' })
  indicator!: QualityIndicator;

  @Field(() => [LocalizedTextInput], { description: 'The commitment, per language.' })
  text!: LocalizedTextInput[];

  @Field(() => Int, { description: `A rating out of 10 (${range(NUMBER_BOUNDS.rating)}), or an amount of thresholdUnit (${TERM_RANGES}).` })
  threshold!: number;

  @Field(() => TermUnit, { nullable: true, description: 'Unit of the threshold when it is a term.' })
  thresholdUnit?: TermUnit | null;

  @Field(() => Int, { description: `${range(NUMBER_BOUNDS.targetPercent)}.` })
  targetPercent!: number;

  @Field(() => Int, { nullable: true, description: `A limit never to be exceeded: its amount (${TERM_RANGES}).` })
  hardLimitAmount?: number | null;

  @Field(() => TermUnit, { nullable: true, description: 'A limit never to be exceeded: its unit.' })
  hardLimitUnit?: TermUnit | null;

  @Field(() => [LocalizedTextInput], { nullable: true, description: 'What the provider does when the commitment is missed, per language.' })
  breachAction?: LocalizedTextInput[] | null;
}

@InputType({ description: "A question of the fitxa's survey (enquesta de satisfacció), answered once per application after a grant." })
export class SurveyQuestionInput {
  @Field({ description: `Stable code within the fitxa, ${SURVEY_QUESTION_CODE_PATTERN.source}; answers name the question by it. Unique within the survey.` })
  code!: string;

  @Field(() => [LocalizedTextInput], { description: `The question, per language; Catalan is required. At most ${MAX_SURVEY_QUESTION_LENGTH} characters each.` })
  text!: LocalizedTextInput[];

  @Field(() => SurveyQuestionKind, { description: `A rating (${range(NUMBER_BOUNDS.rating)}) or free text.` })
  kind!: SurveyQuestionKind;

  @Field(() => Boolean, { nullable: true, description: 'The rating that says how well the resource fitted the entity\'s needs (the "fit to needs" quality commitment reads it): at most one question, a RATING. Defaults to false.' })
  fitToNeeds?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'The entity must answer it. Defaults to false.' })
  required?: boolean | null;
}

@InputType({ description: 'A rule of the normativa aplicable.' })
export class LegalReferenceInput {
  @Field(() => [LocalizedTextInput], { description: 'Title, per language.' })
  title!: LocalizedTextInput[];

  @Field(() => String, { nullable: true, description: 'http(s) URL of the official text.' })
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'European Legislation Identifier.' })
  eli?: string | null;
}

@InputType({ description: 'A step of the electronic procedure.' })
export class ProcedureStepInput {
  @Field(() => ProcedureStepKind, { description: 'What the step asks for.' })
  kind!: ProcedureStepKind;

  @Field(() => [LocalizedTextInput], { description: 'Title, per language.' })
  title!: LocalizedTextInput[];
}

@InputType({ description: 'A role the applicant designates a person for.' })
export class InterlocutorRoleInput {
  @Field({ description: 'Unique within the fitxa.' })
  code!: string;

  @Field(() => [LocalizedTextInput], { description: 'Name of the role, per language.' })
  name!: LocalizedTextInput[];

  @Field(() => Boolean, { nullable: true, description: 'Defaults to true.' })
  required?: boolean | null;
}

@InputType({ description: "Everything a fitxa says. Lists replace the stored lists entirely, in the order given." })
export class ResourceContentInput implements ResourceContentData {
  @Field(() => ResourceKind, { description: 'Tipus de recurs.' })
  kind!: ResourceKind;

  @Field(() => [LocalizedTextInput], { nullable: true, description: 'Modalitat, per language, e.g. "Realització de serveis i activitats".' })
  modality?: LocalizedTextInput[] | null;

  @Field(() => ProvisionType, { nullable: true, description: 'Continuous or one-off provision.' })
  provisionType?: ProvisionType | null;

  @Field(() => [LocalEntityType], { nullable: true, description: 'Destinataris: the kinds of entity that may apply.' })
  audience?: LocalEntityType[] | null;

  @Field(() => [Int], { nullable: true, description: `UN Sustainable Development Goals, ${range(NUMBER_BOUNDS.sdg)}.` })
  sdgs?: number[] | null;

  @Field(() => String, { nullable: true, description: "Code of one of the provider's catalogues." })
  catalogueCode?: string | null;

  @Field(() => String, { nullable: true, description: "Code of one of the provider's areas." })
  areaCode?: string | null;

  @Field(() => String, { nullable: true, description: "Code of one of the provider's programmes." })
  programmeCode?: string | null;

  @Field(() => String, { nullable: true, description: "Code of one of the provider's units." })
  unitCode?: string | null;

  @Field(() => ResourceChannelInput, { nullable: true, description: 'Canal.' })
  channel?: ResourceChannelInput | null;

  @Field(() => GrantProcedure, { nullable: true, description: 'Procediment de concessió.' })
  grantProcedure?: GrantProcedure | null;

  @Field(() => ResolutionTermInput, { nullable: true, description: 'Termini màxim de resolució.' })
  resolutionTerm?: ResolutionTermInput | null;

  @Field(() => SilenceEffect, { nullable: true, description: 'Effect of silence when the term passes without resolution.' })
  silenceEffect?: SilenceEffect | null;

  @Field(() => Int, { nullable: true, description: `${range(NUMBER_BOUNDS.maxApplicationsPerEntity)}; null means no limit.` })
  maxApplicationsPerEntity?: number | null;

  @Field(() => [ResourceTranslationInput], { description: 'One per language; Catalan is required.' })
  translations!: ResourceTranslationInput[];

  @Field(() => [RequirementInput], { nullable: true, description: `Requisits de concessió, in order. ${atMost('requirements')}` })
  requirements?: RequirementInput[] | null;

  @Field(() => [ResourceDocumentInput], { nullable: true, description: `Documents: conditions, agreements, forms, in order. ${atMost('documents')}` })
  documents?: ResourceDocumentInput[] | null;

  @Field(() => [ServiceOptionInput], { nullable: true, description: `Services the applicant can select, in order. ${atMost('serviceOptions')}` })
  serviceOptions?: ServiceOptionInput[] | null;

  @Field(() => [ApplicationWindowInput], { nullable: true, description: `Terminis de sol·licitud; none means open all year (prestació continuada). ${atMost('applicationWindows')}` })
  applicationWindows?: ApplicationWindowInput[] | null;

  @Field(() => [QualityCommitmentInput], { nullable: true, description: `Compromisos de qualitat, in order. ${atMost('qualityCommitments')}` })
  qualityCommitments?: QualityCommitmentInput[] | null;

  @Field(() => [SurveyQuestionInput], { nullable: true, description: `The survey (enquesta de satisfacció) the entity answers after a grant, questions in order. ${atMost('survey')}` })
  survey?: SurveyQuestionInput[] | null;

  @Field(() => [LegalReferenceInput], { nullable: true, description: `Normativa aplicable, in order. ${atMost('legalReferences')}` })
  legalReferences?: LegalReferenceInput[] | null;

  @Field(() => [ProcedureStepInput], { nullable: true, description: `Com fer el tràmit, in order. ${atMost('procedureSteps')}` })
  procedureSteps?: ProcedureStepInput[] | null;

  @Field(() => [InterlocutorRoleInput], { nullable: true, description: `Persones interlocutores to designate, in order. ${atMost('interlocutorRoles')}` })
  interlocutorRoles?: InterlocutorRoleInput[] | null;
}
