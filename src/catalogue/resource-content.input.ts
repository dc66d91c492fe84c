import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../graphql/scalars';
import { Locale } from '../i18n/locale';
import { LocalEntityType } from '../tenancy/local-entity-type';
import {
  ChannelKind, GrantProcedure, ProcedureStepKind, ProvisionType, QualityIndicator, RequirementVerification,
  ResourceDocumentKind, ResourceKind, SilenceEffect, TermUnit,
} from './resource-enums';
import { ResourceContentData } from './resource-content.validation';

@InputType({ description: 'A text in one language.' })
export class LocalizedTextInput {
  @Field(() => Locale)
  locale!: Locale;

  @Field()
  text!: string;
}

@InputType({ description: 'Channel through which the resource is requested.' })
export class ResourceChannelInput {
  @Field(() => ChannelKind)
  kind!: ChannelKind;

  @Field(() => [LocalizedTextInput], { nullable: true, description: 'Name as shown, e.g. "Portal de tramitació (PMT)".' })
  name?: LocalizedTextInput[] | null;

  @Field(() => String, { nullable: true, description: 'http(s) URL, at most 500 characters.' })
  url?: string | null;
}

@InputType({ description: 'Termini màxim de resolució.' })
export class ResolutionTermInput {
  @Field(() => Int, { description: 'At least 1.' })
  amount!: number;

  @Field(() => TermUnit)
  unit!: TermUnit;
}

@InputType({ description: "The fitxa's own text in one language; Catalan is required." })
export class ResourceTranslationInput {
  @Field(() => Locale)
  locale!: Locale;

  @Field({ description: 'At most 300 characters.' })
  title!: string;

  @Field(() => String, { nullable: true })
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

  @Field(() => String, { nullable: true })
  resolutionTermNote?: string | null;
}

@InputType({ description: 'A requisit de concessió.' })
export class RequirementInput {
  @Field(() => String, { nullable: true, description: 'Stable code within the fitxa; defaults to requisit-<position>.' })
  code?: string | null;

  @Field(() => [LocalizedTextInput])
  text!: LocalizedTextInput[];

  @Field(() => RequirementVerification)
  verification!: RequirementVerification;

  @Field(() => String, { nullable: true, description: 'Code of a document given in the same input.' })
  documentCode?: string | null;
}

@InputType({ description: 'A document of the fitxa.' })
export class ResourceDocumentInput {
  @Field({ description: 'Unique within the fitxa.' })
  code!: string;

  @Field(() => ResourceDocumentKind)
  kind!: ResourceDocumentKind;

  @Field(() => [LocalizedTextInput])
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

  @Field(() => Boolean, { nullable: true })
  mustAccept?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  mustAttach?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  signedCopyOnAcceptance?: boolean | null;
}

@InputType({ description: 'A selectable service.' })
export class ServiceOptionInput {
  @Field({ description: 'Unique within the fitxa.' })
  code!: string;

  @Field(() => [LocalizedTextInput])
  name!: LocalizedTextInput[];

  @Field(() => Boolean, { nullable: true })
  recommended?: boolean | null;
}

@InputType({ description: 'A period in which applications are accepted, both days included.' })
export class ApplicationWindowInput {
  @Field(() => String, { nullable: true })
  label?: string | null;

  @Field(() => DateScalar, { description: 'First day of the window.' })
  opensOn!: string;

  @Field(() => DateScalar, { description: 'Last day of the window, not before opensOn.' })
  closesOn!: string;
}

@InputType({ description: 'A compromís de qualitat.' })
export class QualityCommitmentInput {
  @Field(() => QualityIndicator)
  indicator!: QualityIndicator;

  @Field(() => [LocalizedTextInput])
  text!: LocalizedTextInput[];

  @Field(() => Int)
  threshold!: number;

  @Field(() => TermUnit, { nullable: true })
  thresholdUnit?: TermUnit | null;

  @Field(() => Int, { description: '0 to 100.' })
  targetPercent!: number;

  @Field(() => Int, { nullable: true })
  hardLimitAmount?: number | null;

  @Field(() => TermUnit, { nullable: true })
  hardLimitUnit?: TermUnit | null;

  @Field(() => [LocalizedTextInput], { nullable: true })
  breachAction?: LocalizedTextInput[] | null;
}

@InputType({ description: 'A rule of the normativa aplicable.' })
export class LegalReferenceInput {
  @Field(() => [LocalizedTextInput])
  title!: LocalizedTextInput[];

  @Field(() => String, { nullable: true })
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'European Legislation Identifier.' })
  eli?: string | null;
}

@InputType({ description: 'A step of the electronic procedure.' })
export class ProcedureStepInput {
  @Field(() => ProcedureStepKind)
  kind!: ProcedureStepKind;

  @Field(() => [LocalizedTextInput])
  title!: LocalizedTextInput[];
}

@InputType({ description: 'A role the applicant designates a person for.' })
export class InterlocutorRoleInput {
  @Field({ description: 'Unique within the fitxa.' })
  code!: string;

  @Field(() => [LocalizedTextInput])
  name!: LocalizedTextInput[];

  @Field(() => Boolean, { nullable: true, description: 'Defaults to true.' })
  required?: boolean | null;
}

@InputType({ description: "Everything a fitxa says. Lists replace the stored lists entirely, in the order given." })
export class ResourceContentInput implements ResourceContentData {
  @Field(() => ResourceKind)
  kind!: ResourceKind;

  @Field(() => [LocalizedTextInput], { nullable: true })
  modality?: LocalizedTextInput[] | null;

  @Field(() => ProvisionType, { nullable: true })
  provisionType?: ProvisionType | null;

  @Field(() => [LocalEntityType], { nullable: true })
  audience?: LocalEntityType[] | null;

  @Field(() => [Int], { nullable: true, description: 'UN Sustainable Development Goals, 1 to 17.' })
  sdgs?: number[] | null;

  @Field(() => String, { nullable: true, description: "Code of one of the provider's catalogues." })
  catalogueCode?: string | null;

  @Field(() => String, { nullable: true, description: "Code of one of the provider's areas." })
  areaCode?: string | null;

  @Field(() => String, { nullable: true, description: "Code of one of the provider's programmes." })
  programmeCode?: string | null;

  @Field(() => String, { nullable: true, description: "Code of one of the provider's units." })
  unitCode?: string | null;

  @Field(() => ResourceChannelInput, { nullable: true })
  channel?: ResourceChannelInput | null;

  @Field(() => GrantProcedure, { nullable: true })
  grantProcedure?: GrantProcedure | null;

  @Field(() => ResolutionTermInput, { nullable: true })
  resolutionTerm?: ResolutionTermInput | null;

  @Field(() => SilenceEffect, { nullable: true })
  silenceEffect?: SilenceEffect | null;

  @Field(() => Int, { nullable: true, description: 'Null means no limit.' })
  maxApplicationsPerEntity?: number | null;

  @Field(() => [ResourceTranslationInput], { description: 'One per language; Catalan is required.' })
  translations!: ResourceTranslationInput[];

  @Field(() => [RequirementInput], { nullable: true })
  requirements?: RequirementInput[] | null;

  @Field(() => [ResourceDocumentInput], { nullable: true })
  documents?: ResourceDocumentInput[] | null;

  @Field(() => [ServiceOptionInput], { nullable: true })
  serviceOptions?: ServiceOptionInput[] | null;

  @Field(() => [ApplicationWindowInput], { nullable: true })
  applicationWindows?: ApplicationWindowInput[] | null;

  @Field(() => [QualityCommitmentInput], { nullable: true })
  qualityCommitments?: QualityCommitmentInput[] | null;

  @Field(() => [LegalReferenceInput], { nullable: true })
  legalReferences?: LegalReferenceInput[] | null;

  @Field(() => [ProcedureStepInput], { nullable: true })
  procedureSteps?: ProcedureStepInput[] | null;

  @Field(() => [InterlocutorRoleInput], { nullable: true })
  interlocutorRoles?: InterlocutorRoleInput[] | null;
}
