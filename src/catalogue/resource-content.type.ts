import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../graphql/scalars';
import { UserError } from '../errors/user-error';
import { UserErrorObject } from '../errors/user-error.type';
import { Locale } from '../i18n/locale';
import { LocalEntityType } from '../tenancy/local-entity-type';
import {
  ChannelKind, GrantProcedure, ProcedureStepKind, ProvisionType, QualityIndicator, RequirementVerification,
  ResourceDocumentKind, ResourceKind, SilenceEffect, SurveyQuestionKind, TermUnit,
} from './resource-enums';

/*
 * The editable draft read back in exactly the shape of ResourceContentInput: each type below is
 * the twin of an input type (`XInput` → `XContent`, `ResourceContentInput` → `ResourceContent`),
 * field by field, with no field more, so a form can send what it loaded straight back to
 * updateResource. test/unit/resource-content-shape.test.ts compares the two trees in the built
 * schema: adding a field to an input without its twin here fails it.
 */

@ObjectType('LocalizedTextContent', { description: 'A text in one language; twin of LocalizedTextInput.', simpleResolvers: true })
export class LocalizedTextContent {
  @Field(() => Locale, { description: 'Language of the text.' })
  locale!: Locale;

  @Field({ description: 'The text as stored.' })
  text!: string;
}

@ObjectType('ResourceChannelContent', { description: 'Channel through which the resource is requested; twin of ResourceChannelInput.', simpleResolvers: true })
export class ResourceChannelContent {
  @Field(() => ChannelKind, { description: 'Kind of channel.' })
  kind!: ChannelKind;

  @Field(() => [LocalizedTextContent], { nullable: true, description: 'Name as shown, in every language it has.' })
  name!: LocalizedTextContent[] | null;

  @Field(() => String, { nullable: true, description: 'Where to apply.' })
  url!: string | null;
}

@ObjectType('ResolutionTermContent', { description: 'Termini màxim de resolució; twin of ResolutionTermInput.', simpleResolvers: true })
export class ResolutionTermContent {
  @Field(() => Int, { description: 'How many units.' })
  amount!: number;

  @Field(() => TermUnit, { description: 'Months, business days or calendar days.' })
  unit!: TermUnit;
}

@ObjectType('ResourceTranslationContent', {
  description: "The fitxa's own text in one language that exists; twin of ResourceTranslationInput. A missing language has no entry (it is never filled in from Catalan).",
  simpleResolvers: true,
})
export class ResourceTranslationContent {
  @Field(() => Locale, { description: 'Language of this translation.' })
  locale!: Locale;

  @Field({ description: 'Title.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Lead paragraph.' })
  summary!: string | null;

  @Field(() => String, { nullable: true, description: 'Body, in Markdown.' })
  description!: string | null;

  @Field(() => String, { nullable: true, description: 'Altres condicions de sol·licitud, in Markdown.' })
  applicationConditions!: string | null;

  @Field(() => String, { nullable: true, description: "Condicions d'execució i justificació, in Markdown." })
  executionConditions!: string | null;

  @Field(() => String, { nullable: true, description: 'Diagnosis, measures and revocation, in Markdown.' })
  revocationConditions!: string | null;

  @Field(() => String, { nullable: true, description: 'Després de fer el tràmit, in Markdown.' })
  afterApplication!: string | null;

  @Field(() => String, { nullable: true, description: 'When the resolution term starts, as stated.' })
  resolutionTermNote!: string | null;
}

@ObjectType('RequirementContent', { description: 'A requisit de concessió; twin of RequirementInput.', simpleResolvers: true })
export class RequirementContent {
  @Field(() => String, { nullable: true, description: 'Stable code within the fitxa; send it back so facts recorded about it keep naming it.' })
  code!: string | null;

  @Field(() => [LocalizedTextContent], { description: 'The requirement, in every language it has.' })
  text!: LocalizedTextContent[];

  @Field(() => RequirementVerification, { description: 'How it is checked.' })
  verification!: RequirementVerification;

  @Field(() => String, { nullable: true, description: 'For document acceptance: the code of the document.' })
  documentCode!: string | null;
}

@ObjectType('ResourceDocumentContent', { description: 'A document of the fitxa in its current version; twin of ResourceDocumentInput.', simpleResolvers: true })
export class ResourceDocumentContent {
  @Field({ description: 'Unique within the fitxa.' })
  code!: string;

  @Field(() => ResourceDocumentKind, { description: 'What the document is.' })
  kind!: ResourceDocumentKind;

  @Field(() => [LocalizedTextContent], { description: 'Title, in every language it has.' })
  title!: LocalizedTextContent[];

  @Field(() => String, { description: 'Version label shown to people.' })
  version!: string;

  @Field(() => ID, { nullable: true, description: 'The upload behind the current version; null for a document published elsewhere. Sending it back keeps the version.' })
  fileId!: string | null;

  @Field(() => String, { description: 'SHA-256 of the current version, hex-encoded.' })
  sha256!: string;

  @Field(() => String, { description: 'Where the current version is downloaded (ignored on save when fileId is given).' })
  url!: string;

  @Field(() => String, { description: 'Media type of the current version.' })
  mediaType!: string;

  @Field(() => Boolean, { description: 'The applicant must accept this version.' })
  mustAccept!: boolean;

  @Field(() => Boolean, { description: 'The applicant must attach a filled-in or signed copy.' })
  mustAttach!: boolean;

  @Field(() => Boolean, { description: 'The provider issues a signed copy when the application is accepted.' })
  signedCopyOnAcceptance!: boolean;
}

@ObjectType('ServiceOptionContent', { description: 'A selectable service; twin of ServiceOptionInput.', simpleResolvers: true })
export class ServiceOptionContent {
  @Field({ description: 'Unique within the fitxa.' })
  code!: string;

  @Field(() => [LocalizedTextContent], { description: 'Name, in every language it has.' })
  name!: LocalizedTextContent[];

  @Field(() => Boolean, { description: 'The provider recommends selecting it.' })
  recommended!: boolean;
}

@ObjectType('ApplicationWindowContent', { description: 'A period in which applications are accepted; twin of ApplicationWindowInput.', simpleResolvers: true })
export class ApplicationWindowContent {
  @Field(() => String, { nullable: true, description: 'Label as shown, e.g. "2023".' })
  label!: string | null;

  @Field(() => DateScalar, { description: 'First day of the window.' })
  opensOn!: string;

  @Field(() => DateScalar, { description: 'Last day of the window.' })
  closesOn!: string;
}

@ObjectType('QualityCommitmentContent', { description: 'A compromís de qualitat; twin of QualityCommitmentInput.', simpleResolvers: true })
export class QualityCommitmentContent {
  @Field(() => QualityIndicator, { description: 'What it measures.' })
  indicator!: QualityIndicator;

  @Field(() => [LocalizedTextContent], { description: 'The commitment, in every language it has.' })
  text!: LocalizedTextContent[];

  @Field(() => Int, { description: 'A rating out of 10, or an amount of thresholdUnit.' })
  threshold!: number;

  @Field(() => TermUnit, { nullable: true, description: 'Unit of the threshold when it is a term.' })
  thresholdUnit!: TermUnit | null;

  @Field(() => Int, { description: 'Share of cases (0–100) that must meet the threshold.' })
  targetPercent!: number;

  @Field(() => Int, { nullable: true, description: 'A limit never to be exceeded: its amount.' })
  hardLimitAmount!: number | null;

  @Field(() => TermUnit, { nullable: true, description: 'A limit never to be exceeded: its unit.' })
  hardLimitUnit!: TermUnit | null;

  @Field(() => [LocalizedTextContent], { nullable: true, description: 'What the provider does when the commitment is missed, in every language it has.' })
  breachAction!: LocalizedTextContent[] | null;
}

@ObjectType('SurveyQuestionContent', { description: 'A question of the survey; twin of SurveyQuestionInput.', simpleResolvers: true })
export class SurveyQuestionContent {
  @Field({ description: 'Stable code within the fitxa.' })
  code!: string;

  @Field(() => [LocalizedTextContent], { description: 'The question, in every language it has.' })
  text!: LocalizedTextContent[];

  @Field(() => SurveyQuestionKind, { description: 'A rating from 0 to 10 or free text.' })
  kind!: SurveyQuestionKind;

  @Field(() => Boolean, { description: 'The "fit to needs" rating.' })
  fitToNeeds!: boolean;

  @Field(() => Boolean, { description: 'The entity must answer it.' })
  required!: boolean;
}

@ObjectType('LegalReferenceContent', { description: 'A rule of the normativa aplicable; twin of LegalReferenceInput.', simpleResolvers: true })
export class LegalReferenceContent {
  @Field(() => [LocalizedTextContent], { description: 'Title, in every language it has.' })
  title!: LocalizedTextContent[];

  @Field(() => String, { nullable: true, description: 'Official text.' })
  url!: string | null;

  @Field(() => String, { nullable: true, description: 'European Legislation Identifier.' })
  eli!: string | null;
}

@ObjectType('ProcedureStepContent', { description: 'A step of the electronic procedure; twin of ProcedureStepInput.', simpleResolvers: true })
export class ProcedureStepContent {
  @Field(() => ProcedureStepKind, { description: 'What the step asks for.' })
  kind!: ProcedureStepKind;

  @Field(() => [LocalizedTextContent], { description: 'Title, in every language it has.' })
  title!: LocalizedTextContent[];
}

@ObjectType('InterlocutorRoleContent', { description: 'A role the applicant designates a person for; twin of InterlocutorRoleInput.', simpleResolvers: true })
export class InterlocutorRoleContent {
  @Field({ description: 'Unique within the fitxa.' })
  code!: string;

  @Field(() => [LocalizedTextContent], { description: 'Name, in every language it has.' })
  name!: LocalizedTextContent[];

  @Field(() => Boolean, { description: 'A person must be designated for it.' })
  required!: boolean;
}

@ObjectType('ResourceContent', {
  description: "The fitxa's working draft exactly in the shape of ResourceContentInput: every language that exists (and only those), every list in order, documents with their fileId. Load it once, edit it, send it back with updateResource.",
  simpleResolvers: true,
})
export class ResourceContent {
  @Field(() => ResourceKind, { description: 'Tipus de recurs.' })
  kind!: ResourceKind;

  @Field(() => [LocalizedTextContent], { nullable: true, description: 'Modalitat, in every language it has.' })
  modality!: LocalizedTextContent[] | null;

  @Field(() => ProvisionType, { nullable: true, description: 'Continuous or one-off provision.' })
  provisionType!: ProvisionType | null;

  @Field(() => [LocalEntityType], { description: 'Destinataris.' })
  audience!: LocalEntityType[];

  @Field(() => [Int], { description: 'UN Sustainable Development Goals, 1 to 17.' })
  sdgs!: number[];

  @Field(() => String, { nullable: true, description: "Code of the provider's catalogue." })
  catalogueCode!: string | null;

  @Field(() => String, { nullable: true, description: "Code of the provider's area." })
  areaCode!: string | null;

  @Field(() => String, { nullable: true, description: "Code of the provider's programme." })
  programmeCode!: string | null;

  @Field(() => String, { nullable: true, description: "Code of the provider's unit." })
  unitCode!: string | null;

  @Field(() => ResourceChannelContent, { nullable: true, description: 'Canal.' })
  channel!: ResourceChannelContent | null;

  @Field(() => GrantProcedure, { nullable: true, description: 'Procediment de concessió.' })
  grantProcedure!: GrantProcedure | null;

  @Field(() => ResolutionTermContent, { nullable: true, description: 'Termini màxim de resolució.' })
  resolutionTerm!: ResolutionTermContent | null;

  @Field(() => SilenceEffect, { nullable: true, description: 'Effect of silence when the term passes without resolution.' })
  silenceEffect!: SilenceEffect | null;

  @Field(() => Int, { nullable: true, description: 'Null means no limit.' })
  maxApplicationsPerEntity!: number | null;

  @Field(() => [ResourceTranslationContent], { description: 'One per language that exists, Catalan first; a language without a translation has no entry.' })
  translations!: ResourceTranslationContent[];

  @Field(() => [RequirementContent], { description: 'Requisits de concessió, in order, with their codes.' })
  requirements!: RequirementContent[];

  @Field(() => [ResourceDocumentContent], { description: 'Documents, in order.' })
  documents!: ResourceDocumentContent[];

  @Field(() => [ServiceOptionContent], { description: 'Selectable services, in order.' })
  serviceOptions!: ServiceOptionContent[];

  @Field(() => [ApplicationWindowContent], { description: 'Terminis de sol·licitud, by opening day.' })
  applicationWindows!: ApplicationWindowContent[];

  @Field(() => [QualityCommitmentContent], { description: 'Compromisos de qualitat, in order.' })
  qualityCommitments!: QualityCommitmentContent[];

  @Field(() => [SurveyQuestionContent], { description: 'The survey, questions in order.' })
  survey!: SurveyQuestionContent[];

  @Field(() => [LegalReferenceContent], { description: 'Normativa aplicable, in order.' })
  legalReferences!: LegalReferenceContent[];

  @Field(() => [ProcedureStepContent], { description: 'Com fer el tràmit, in order.' })
  procedureSteps!: ProcedureStepContent[];

  @Field(() => [InterlocutorRoleContent], { description: 'Persones interlocutores to designate, in order.' })
  interlocutorRoles!: InterlocutorRoleContent[];
}

@ObjectType('PublicationCheck', {
  description: 'What publishResource would answer now for the working draft, without publishing: the same rule, run on the same draft.',
  simpleResolvers: true,
})
export class PublicationCheck {
  @Field({ description: 'True when publishing now would succeed (errors is empty).' })
  publishable!: boolean;

  @Field(() => [UserErrorObject], { description: 'What publishing would refuse, exactly as publishResource returns it in userErrors.' })
  errors!: UserError[];

  @Field(() => [UserErrorObject], { description: 'Non-blocking remarks publishing would return, e.g. a missing translation.' })
  warnings!: UserError[];
}
