import { ArrayMaxSize, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '../graphql/scalars';
import { SIGNED_ACT_SUBJECT, SignedActSubject } from './signed-act-content';

// Lengths here only stop absurd input early (BAD_USER_INPUT); the services check each field
// against its own rule and answer with user errors.

@InputType({ description: 'Start a draft application of an entity for a published resource.' })
export class StartApplicationInput {
  @Field(() => ID, { description: 'Global ID of the published resource (fitxa).' }) @MaxLength(200) resourceId!: string;
  @Field(() => ID, { description: 'Global ID of a local entity you act for.' }) @MaxLength(200) localEntityId!: string;
}

@InputType({ description: 'The details of the person who applies for the entity.' })
export class UpdateApplicantDetailsInput {
  @Field(() => ID, { description: 'Global ID of the application.' }) @MaxLength(200) applicationId!: string;
  @Field({ description: 'Full name, as in your certificate.' }) @MaxLength(1000) name!: string;
  @Field({ description: 'Must be the NIF of your certificate.' }) @MaxLength(100) nif!: string;
  @Field({ description: 'Position (càrrec).' }) @MaxLength(1000) position!: string;
  @Field({ description: 'E-mail address where the provider can reach you.' }) @MaxLength(1000) email!: string;
  @Field(() => String, { nullable: true, description: 'Telephone.' }) @MaxLength(100) phone?: string | null;
}

@InputType({ description: 'The services the entity asks for.' })
export class SelectServicesInput {
  @Field(() => ID, { description: 'Global ID of the application.' }) @MaxLength(200) applicationId!: string;
  @Field(() => [String], { description: "Codes of the resource's service options; at least one." }) @ArrayMaxSize(200) @MaxLength(100, { each: true }) serviceCodes!: string[];
}

@InputType({ description: "The date of the entity's agreement to apply." })
export class SetAgreementDateInput {
  @Field(() => ID, { description: 'Global ID of the application.' }) @MaxLength(200) applicationId!: string;
  @Field(() => DateScalar, { description: "Day of the entity's agreement, not in the future." }) date!: string;
}

@InputType({ description: 'A document version as shown to the applicant.' })
export class AcceptedDocumentInput {
  @Field(() => ID, { description: 'ResourceDocument.id of the version shown.' }) @MaxLength(200) documentId!: string;
  @Field({ description: 'ResourceDocument.sha256 of the version shown.' }) @MaxLength(100) sha256!: string;
}

@InputType({ description: 'Condition documents the applicant accepts, exactly as shown.' })
export class AcceptConditionsInput {
  @Field(() => ID, { description: 'Global ID of the application.' }) @MaxLength(200) applicationId!: string;
  @Field(() => [AcceptedDocumentInput], { description: 'Each document version accepted, by id and SHA-256.' }) @ArrayMaxSize(50) documents!: AcceptedDocumentInput[];
}

@InputType({ description: 'A person designated for one of the interlocutor roles the resource asks for.' })
export class InterlocutorInput {
  @Field({ description: "One of the resource's interlocutor role codes." }) @MaxLength(100) roleCode!: string;
  @Field({ description: 'Full name.' }) @MaxLength(1000) name!: string;
  @Field({ description: 'NIF (DNI or NIE) of the person.' }) @MaxLength(100) nif!: string;
  @Field({ description: 'E-mail address.' }) @MaxLength(1000) email!: string;
  @Field(() => String, { nullable: true, description: 'Telephone.' }) @MaxLength(100) phone?: string | null;
}

@InputType({ description: 'The interlocutors of the application.' })
export class DesignateInterlocutorsInput {
  @Field(() => ID, { description: 'Global ID of the application.' }) @MaxLength(200) applicationId!: string;
  @Field(() => [InterlocutorInput], { description: 'Replaces the designations made before.' }) @ArrayMaxSize(50) interlocutors!: InterlocutorInput[];
}

@InputType({ description: 'An uploaded file attached as one of the documents the resource asks for.' })
export class AttachFileInput {
  @Field(() => ID, { description: 'Global ID of the application.' }) @MaxLength(200) applicationId!: string;
  @Field({ description: 'Code of a resource document that must be attached.' }) @MaxLength(100) documentCode!: string;
  @Field(() => ID, { description: 'A file you uploaded with POST /files.' }) @MaxLength(200) fileId!: string;
}

@InputType({ description: 'The responsible declarations (declaracions responsables) the applicant makes.' })
export class MakeDeclarationsInput {
  @Field(() => ID, { description: 'Global ID of the application.' }) @MaxLength(200) applicationId!: string;
  @Field(() => [String], { description: 'Codes of the DECLARATION requirements you declare to meet; replaces earlier ones.' })
  @ArrayMaxSize(100) @MaxLength(100, { each: true }) requirementCodes!: string[];
}

@InputType({ description: 'An application, by its global ID.' })
export class ApplicationIdInput {
  @Field(() => ID, { description: 'Global ID of the application.' }) @MaxLength(200) applicationId!: string;
}

@InputType({ description: 'The signature over the signing payload, to submit the application.' })
export class SubmitApplicationInput {
  @Field(() => ID, { description: 'Global ID of the application.' }) @MaxLength(200) applicationId!: string;
  @Field({ description: 'Your signature over Application.signingPayload.canonicalJson, in either format: a compact JWS with the certificate chain in x5c, or a CAdES-BES signature (CMS SignedData, base64 DER, detached or attached) as AutoFirma and the AOC Signador produce.' })
  @MaxLength(200_000) signature!: string;
  @Field({ description: 'Your key for this submission (8–100 of A–Z a–z 0–9 . _ : -); a retry with the same key returns the same receipt.' })
  @MaxLength(200) idempotencyKey!: string;
}

@InputType({ description: 'A fact about a local entity that a STAFF_RECORD requirement depends on.' })
export class RecordRequirementFulfilmentInput {
  @Field(() => ID, { description: 'Global ID of the local entity.' }) @MaxLength(200) localEntityId!: string;
  @Field(() => ID, { description: 'Requirement.id of a STAFF_RECORD requirement.' }) @MaxLength(200) requirementId!: string;
  @Field(() => DateScalar, { description: 'Day of the fact, not in the future.' }) date!: string;
  @Field(() => String, { nullable: true, description: 'A note for the record, e.g. who attended the meeting.' }) @MaxLength(5000) note?: string | null;
}

@InputType({ description: 'An act to sign on an application (answer to corrections, withdrawal, allegations), to get the exact bytes to sign.' })
export class SignedActContentInput {
  @Field(() => ID, { description: 'Global ID of the application.' }) @MaxLength(200) applicationId!: string;
  @Field(() => SIGNED_ACT_SUBJECT, { description: 'Which act.' }) subject!: SignedActSubject;
  @Field({ description: 'What you declare or ask for, as it will be registered.' }) @MaxLength(20_000) statement!: string;
  @Field(() => [ID], { nullable: true, description: 'Global IDs of files you uploaded (POST /files), sent with the act; their SHA-256 is signed.' })
  @ArrayMaxSize(20) @MaxLength(200, { each: true }) attachmentIds?: string[];
}

@InputType({ description: 'A signed request to withdraw a submitted application (desistiment, Llei 39/2015 art. 94).' })
export class RequestWithdrawalInput {
  @Field(() => ID, { description: 'Global ID of the application.' }) @MaxLength(200) applicationId!: string;
  @Field({ description: 'Why the entity withdraws, as signed: the statement of signedActContent with subject WITHDRAWAL_REQUEST.' }) @MaxLength(20_000) reason!: string;
  @Field(() => [ID], { nullable: true, description: 'Global IDs of files you uploaded and signed with the request (the attachmentIds of signedActContent).' })
  @ArrayMaxSize(20) @MaxLength(200, { each: true }) attachmentIds?: string[];
  @Field({ description: 'Your signature over signedActContent(subject: WITHDRAWAL_REQUEST, statement: reason).canonicalJson: a compact JWS with x5c or a CAdES-BES signature, as for submitApplication.' })
  @MaxLength(200_000) signature!: string;
  @Field({ description: 'Your key for this request (8–100 of A–Z a–z 0–9 . _ : -), unique among all your signed acts; a retry with the same key returns the same registry entry.' })
  @MaxLength(200) idempotencyKey!: string;
}
