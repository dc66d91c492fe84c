import { ArrayMaxSize, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '../graphql/scalars';

// Lengths here only stop absurd input early (BAD_USER_INPUT); the services check each field
// against its own rule and answer with user errors.

@InputType({ description: 'Start a draft application of an entity for a published resource.' })
export class StartApplicationInput {
  @Field(() => ID) @MaxLength(200) resourceId!: string;
  @Field(() => ID) @MaxLength(200) localEntityId!: string;
}

@InputType()
export class UpdateApplicantDetailsInput {
  @Field(() => ID) @MaxLength(200) applicationId!: string;
  @Field() @MaxLength(1000) name!: string;
  @Field({ description: 'Must be the NIF of your certificate.' }) @MaxLength(100) nif!: string;
  @Field({ description: 'Position (càrrec).' }) @MaxLength(1000) position!: string;
  @Field() @MaxLength(1000) email!: string;
  @Field(() => String, { nullable: true }) @MaxLength(100) phone?: string | null;
}

@InputType()
export class SelectServicesInput {
  @Field(() => ID) @MaxLength(200) applicationId!: string;
  @Field(() => [String], { description: "Codes of the resource's service options; at least one." }) @ArrayMaxSize(200) @MaxLength(100, { each: true }) serviceCodes!: string[];
}

@InputType()
export class SetAgreementDateInput {
  @Field(() => ID) @MaxLength(200) applicationId!: string;
  @Field(() => DateScalar, { description: "Day of the entity's agreement, not in the future." }) date!: string;
}

@InputType({ description: 'A document version as shown to the applicant.' })
export class AcceptedDocumentInput {
  @Field(() => ID, { description: 'ResourceDocument.id of the version shown.' }) @MaxLength(200) documentId!: string;
  @Field({ description: 'ResourceDocument.sha256 of the version shown.' }) @MaxLength(100) sha256!: string;
}

@InputType()
export class AcceptConditionsInput {
  @Field(() => ID) @MaxLength(200) applicationId!: string;
  @Field(() => [AcceptedDocumentInput]) @ArrayMaxSize(50) documents!: AcceptedDocumentInput[];
}

@InputType()
export class InterlocutorInput {
  @Field({ description: "One of the resource's interlocutor role codes." }) @MaxLength(100) roleCode!: string;
  @Field() @MaxLength(1000) name!: string;
  @Field() @MaxLength(100) nif!: string;
  @Field() @MaxLength(1000) email!: string;
  @Field(() => String, { nullable: true }) @MaxLength(100) phone?: string | null;
}

@InputType()
export class DesignateInterlocutorsInput {
  @Field(() => ID) @MaxLength(200) applicationId!: string;
  @Field(() => [InterlocutorInput], { description: 'Replaces the designations made before.' }) @ArrayMaxSize(50) interlocutors!: InterlocutorInput[];
}

@InputType()
export class AttachFileInput {
  @Field(() => ID) @MaxLength(200) applicationId!: string;
  @Field({ description: 'Code of a resource document that must be attached.' }) @MaxLength(100) documentCode!: string;
  @Field(() => ID, { description: 'A file you uploaded with POST /files.' }) @MaxLength(200) fileId!: string;
}

@InputType()
export class MakeDeclarationsInput {
  @Field(() => ID) @MaxLength(200) applicationId!: string;
  @Field(() => [String], { description: 'Codes of the DECLARATION requirements you declare to meet; replaces earlier ones.' })
  @ArrayMaxSize(100) @MaxLength(100, { each: true }) requirementCodes!: string[];
}

@InputType()
export class ApplicationIdInput {
  @Field(() => ID) @MaxLength(200) applicationId!: string;
}

@InputType()
export class SubmitApplicationInput {
  @Field(() => ID) @MaxLength(200) applicationId!: string;
  @Field({ description: 'Compact JWS over Application.signingPayload.canonicalJson, with the certificate chain in x5c.' })
  @MaxLength(200_000) signature!: string;
  @Field({ description: 'Your key for this submission (8–100 of A–Z a–z 0–9 . _ : -); a retry with the same key returns the same receipt.' })
  @MaxLength(200) idempotencyKey!: string;
}

@InputType()
export class RecordRequirementFulfilmentInput {
  @Field(() => ID) @MaxLength(200) localEntityId!: string;
  @Field(() => ID, { description: 'Requirement.id of a STAFF_RECORD requirement.' }) @MaxLength(200) requirementId!: string;
  @Field(() => DateScalar, { description: 'Day of the fact, not in the future.' }) date!: string;
  @Field(() => String, { nullable: true }) @MaxLength(5000) note?: string | null;
}
