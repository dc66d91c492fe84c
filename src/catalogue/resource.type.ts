import { DateScalar, DateTimeScalar } from '../graphql/scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../graphql/connection.type';
import { Node } from '../graphql/node.type';
import { Locale } from '../i18n/locale';
import { LocalEntityType } from '../tenancy/local-entity-type';
import { AreaNode, CatalogueNode, ProgrammeNode, ProviderUnitNode } from '../tenancy/provider.type';
import {
  ChannelKind, GrantProcedure, ProcedureStepKind, ProvisionType, QualityIndicator, RequirementVerification,
  ResourceDocumentKind, ResourceKind, ResourceStatus, SilenceEffect, SurveyQuestionKind, TermUnit,
} from './resource-enums';
import { ResourceSnapshot } from './resource-snapshot';
import { ResourceSearch } from './resource-search';

@ObjectType('Term', { description: 'A legal term: an amount of a unit.', simpleResolvers: true })
export class Term {
  @Field(() => Int, { description: 'How many units.' })
  amount!: number;

  @Field(() => TermUnit, { description: 'Months, business days or calendar days.' })
  unit!: TermUnit;

  @Field(() => String, { nullable: true, description: 'When the term starts, as the fitxa states it.' })
  note!: string | null;
}

@ObjectType('Requirement', { description: 'A requisit de concessió.', simpleResolvers: true })
export class RequirementView {
  @Field(() => ID, { description: 'Global ID.' })
  id!: string;

  @Field({ description: 'Stable code within the resource, e.g. technical-planning-meeting.' })
  code!: string;

  @Field({ description: 'The requirement, in the served locale.' })
  text!: string;

  @Field(() => RequirementVerification, { description: 'How it is checked.' })
  verification!: RequirementVerification;

  @Field(() => String, { nullable: true, description: 'For document acceptance: the code of the document.' })
  documentCode!: string | null;
}

@ObjectType('ResourceDocument', {
  description: 'A document of the fitxa in its current version. `id` names this version: an acceptance of the conditions gives it with the SHA-256.',
  simpleResolvers: true,
})
export class ResourceDocumentView {
  @Field(() => ID, { description: 'Global ID.' })
  id!: string;

  @Field({ description: 'Stable code within the resource, across versions.' })
  code!: string;

  @Field(() => ResourceDocumentKind, { description: 'What the document is.' })
  kind!: ResourceDocumentKind;

  @Field({ description: 'Title, in the served locale.' })
  title!: string;

  @Field({ description: 'Version label shown to people.' })
  version!: string;

  @Field(() => Int, { description: 'Version number: 1 for the first content, one more each time an editor replaces it.' })
  versionNumber!: number;

  @Field({ description: 'SHA-256 of the file, hex-encoded; an acceptance names this exact version.' })
  sha256!: string;

  @Field({ description: 'Where to download it.' })
  url!: string;

  @Field({ description: 'Media type, e.g. application/pdf.' })
  mediaType!: string;

  @Field({ description: 'The applicant must accept this version.' })
  mustAccept!: boolean;

  @Field({ description: 'The applicant must attach a filled-in or signed copy.' })
  mustAttach!: boolean;

  /** Internal: the fitxa's provider, whose staff get signed links to versions not yet public. */
  providerId!: string;

  @Field({ description: 'The provider issues a signed copy when the application is accepted.' })
  signedCopyOnAcceptance!: boolean;
}

@ObjectType('ServiceOption', { description: 'A service the applicant can select.', simpleResolvers: true })
export class ServiceOptionView {
  @Field(() => ID, { description: 'Global ID.' })
  id!: string;

  @Field({ description: 'Stable code, used when selecting it.' })
  code!: string;

  @Field({ description: 'Name, in the served locale.' })
  name!: string;

  @Field({ description: 'The provider recommends selecting it.' })
  recommended!: boolean;
}

@ObjectType('ApplicationWindow', { description: 'A period in which applications are accepted, both days included.', simpleResolvers: true })
export class ApplicationWindowView {
  @Field(() => ID, { description: 'Global ID.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Label as shown, e.g. "2023".' })
  label!: string | null;

  @Field(() => DateScalar, { description: 'First day.' })
  opensOn!: string;

  @Field(() => DateScalar, { description: 'Last day.' })
  closesOn!: string;
}

@ObjectType('QualityCommitment', { description: 'A compromís de qualitat; its value is computed from data.', simpleResolvers: true })
export class QualityCommitmentView {
  @Field(() => ID, { description: 'Global ID.' })
  id!: string;

  @Field(() => QualityIndicator, { description: 'What it measures.' })
  indicator!: QualityIndicator;

  @Field({ description: 'The commitment, in the served locale.' })
  text!: string;

  @Field(() => Int, { description: 'A rating out of 10, or an amount of thresholdUnit.' })
  threshold!: number;

  @Field(() => TermUnit, { nullable: true, description: 'Unit of the threshold when it is a term.' })
  thresholdUnit!: TermUnit | null;

  @Field(() => Int, { description: 'Share of cases (0–100) that must meet the threshold.' })
  targetPercent!: number;

  @Field(() => Term, { nullable: true, description: 'A limit never to be exceeded.' })
  hardLimit!: Term | null;

  @Field(() => String, { nullable: true, description: 'What the provider does when the commitment is missed.' })
  breachAction!: string | null;
}

@ObjectType('SurveyQuestion', { description: "A question of the fitxa's survey (enquesta de satisfacció), answered once per application after a grant.", simpleResolvers: true })
export class SurveyQuestionView {
  @Field(() => ID, { description: 'Global ID.' })
  id!: string;

  @Field({ description: 'Stable code within the fitxa; an answer names its question by it (submitSurveyResponse).' })
  code!: string;

  @Field({ description: 'The question, in the served locale.' })
  text!: string;

  @Field(() => SurveyQuestionKind, { description: 'A rating from 0 to 10 or free text.' })
  kind!: SurveyQuestionKind;

  @Field({ description: 'The rating that says how well the resource fitted the entity\'s needs; the "fit to needs" quality commitment reads it.' })
  fitToNeeds!: boolean;

  @Field({ description: 'The entity must answer it.' })
  required!: boolean;
}

@ObjectType('LegalReference', { description: 'A rule of the normativa aplicable.', simpleResolvers: true })
export class LegalReferenceView {
  @Field(() => ID, { description: 'Global ID.' })
  id!: string;

  @Field({ description: 'Title, in the served locale.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Official text.' })
  url!: string | null;

  @Field(() => String, { nullable: true, description: 'European Legislation Identifier.' })
  eli!: string | null;
}

@ObjectType('ProcedureStep', { description: 'A step of "Com fer el tràmit"; the application wizard follows them.', simpleResolvers: true })
export class ProcedureStepView {
  @Field(() => ID, { description: 'Global ID.' })
  id!: string;

  @Field(() => Int, { description: 'Order, from 1.' })
  position!: number;

  @Field(() => ProcedureStepKind, { description: 'What the step asks for.' })
  kind!: ProcedureStepKind;

  @Field({ description: 'Title, in the served locale.' })
  title!: string;
}

@ObjectType('InterlocutorRole', { description: 'A role the applicant must designate a person for.', simpleResolvers: true })
export class InterlocutorRoleView {
  @Field(() => ID, { description: 'Global ID.' })
  id!: string;

  @Field({ description: 'Stable code, used when designating.' })
  code!: string;

  @Field({ description: 'Name, in the served locale.' })
  name!: string;

  @Field({ description: 'A person must be designated for it.' })
  required!: boolean;
}

@ObjectType('Channel', { description: 'How the resource is requested (canal).', simpleResolvers: true })
export class ChannelView {
  @Field(() => ChannelKind, { description: 'Kind of channel.' })
  kind!: ChannelKind;

  @Field(() => String, { nullable: true, description: 'Name as shown, e.g. "Portal de tramitació (PMT)".' })
  name!: string | null;

  @Field(() => String, { nullable: true, description: 'Where to apply.' })
  url!: string | null;
}

@ObjectType('Resource', { implements: Node, description: 'A fitxa: a support resource that local governments can apply for.', simpleResolvers: true })
export class ResourceNode extends Node {
  @Field({ description: 'Codi recurs, unique within the provider.' })
  code!: string;

  @Field(() => Locale, { description: 'The locale the text fields are served in (the requested one, or Catalan when it is missing).' })
  locale!: Locale;

  @Field(() => [Locale], { description: 'Locales the fitxa is translated into.' })
  availableLocales!: Locale[];

  @Field({ description: 'Title.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Lead paragraph.' })
  summary!: string | null;

  @Field(() => String, { nullable: true, description: 'Body, in Markdown.' })
  description!: string | null;

  @Field(() => ResourceKind, { description: 'Tipus de recurs.' })
  kind!: ResourceKind;

  @Field(() => String, { nullable: true, description: 'Modalitat, e.g. "Realització de serveis i activitats".' })
  modality!: string | null;

  @Field(() => ProvisionType, { nullable: true, description: 'Continuous or one-off provision.' })
  provisionType!: ProvisionType | null;

  @Field(() => [LocalEntityType], { description: 'Destinataris: the kinds of entity that may apply.' })
  audience!: LocalEntityType[];

  @Field(() => [Int], { description: 'UN Sustainable Development Goals (1–17).' })
  sdgs!: number[];

  @Field(() => ResourceStatus, { description: 'Editorial state.' })
  status!: ResourceStatus;

  @Field(() => Int, { description: 'Version of the content served; editors send it back to avoid lost updates.' })
  version!: number;

  @Field(() => CatalogueNode, { nullable: true, description: 'Convocatòria / línia de suport.' })
  catalogue!: CatalogueNode | null;

  @Field(() => AreaNode, { nullable: true, description: 'Àrea.' })
  area!: AreaNode | null;

  @Field(() => ProgrammeNode, { nullable: true, description: 'Àmbit.' })
  programme!: ProgrammeNode | null;

  @Field(() => ProviderUnitNode, { nullable: true, description: 'Unitat prestadora, with its contact point.' })
  providerUnit!: ProviderUnitNode | null;

  @Field(() => ChannelView, { nullable: true, description: 'Canal.' })
  channel!: ChannelView | null;

  @Field(() => GrantProcedure, { nullable: true, description: 'Procediment de concessió.' })
  grantProcedure!: GrantProcedure | null;

  @Field(() => Term, { nullable: true, description: 'Termini màxim de resolució.' })
  resolutionTerm!: Term | null;

  @Field(() => SilenceEffect, { nullable: true, description: 'Effect of silence when the term passes without resolution.' })
  silenceEffect!: SilenceEffect | null;

  @Field(() => Int, { nullable: true, description: 'Nombre màxim de sol·licituds per ens; null means no limit.' })
  maxApplicationsPerEntity!: number | null;

  @Field(() => String, { nullable: true, description: 'Altres condicions de sol·licitud, in Markdown.' })
  applicationConditions!: string | null;

  @Field(() => String, { nullable: true, description: "Condicions d'execució i justificació, in Markdown." })
  executionConditions!: string | null;

  @Field(() => String, { nullable: true, description: 'Diagnosis, measures and revocation, in Markdown.' })
  revocationConditions!: string | null;

  @Field(() => String, { nullable: true, description: 'Després de fer el tràmit, in Markdown.' })
  afterApplication!: string | null;

  @Field(() => [RequirementView], { description: 'Requisits de concessió.' })
  requirements!: RequirementView[];

  @Field(() => [ResourceDocumentView], { description: 'Documents: conditions, agreements, forms.' })
  documents!: ResourceDocumentView[];

  @Field(() => [ServiceOptionView], { description: 'Services the applicant can select.' })
  serviceOptions!: ServiceOptionView[];

  @Field(() => [ApplicationWindowView], { description: 'Terminis de sol·licitud.' })
  applicationWindows!: ApplicationWindowView[];

  @Field(() => DateScalar, { nullable: true, description: 'Last day of the latest application window.' })
  applicationDeadline!: string | null;

  @Field(() => [QualityCommitmentView], { description: 'Compromisos de qualitat.' })
  qualityCommitments!: QualityCommitmentView[];

  @Field(() => [SurveyQuestionView], { description: 'The survey (enquesta de satisfacció) the entity answers once after a grant, questions in order; empty when the fitxa has none.' })
  survey!: SurveyQuestionView[];

  @Field(() => [LegalReferenceView], { description: 'Normativa aplicable.' })
  legalReferences!: LegalReferenceView[];

  @Field(() => [ProcedureStepView], { description: 'Com fer el tràmit, in order.' })
  procedureSteps!: ProcedureStepView[];

  @Field(() => [InterlocutorRoleView], { description: 'Persones interlocutores to designate.' })
  interlocutorRoles!: InterlocutorRoleView[];

  @Field(() => DateTimeScalar, { nullable: true, description: 'When this version was published.' })
  publishedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the fitxa was first published.' })
  firstPublishedAt!: Date | null;

  @Field({
    description: 'The fitxa as a PDF to read and print ("Descarrega"), in the locale this fitxa is served in: '
      + '`GET /resources/{provider}/{code}.pdf?locale=…`, with every field of the fitxa page, labels included.',
  })
  downloadUrl!: string;

  @Field({ description: 'The fitxa as CPSV-AP JSON-LD (`GET /resources/{provider}/{code}.jsonld`), the same document as `jsonLd`.' })
  jsonLdUrl!: string;

  /** Internal: the snapshot, for field resolvers (provider, jsonLd, openOn). */
  snapshot!: ResourceSnapshot;
}

@ObjectType('ResourceConnection', { description: 'A page of fitxes, with the total and the facet counts of the whole result.' })
export class ResourceConnection extends ConnectionType(ResourceNode, 'Resource') {
  /** Internal: the parsed filter and served locale, for `facets`. */
  search!: ResourceSearch;
  locale!: Locale;
}
