import { Field, ID, Int, ObjectType } from 'type-graphql';
import { registerDescribedEnum } from '../graphql/described-enum';
import { ProcedureStepKind } from '../catalogue/resource-enums';
import { ResourceSnapshot } from '../catalogue/resource-snapshot';
import { ConnectionType } from '../graphql/connection.type';
import { toGlobalId } from '../graphql/global-id';
import { Node } from '../graphql/node.type';
import { DateScalar, DateTimeScalar } from '../graphql/scalars';
import { MutationPayload } from '../errors/user-error.type';
import { ApplicationStatus } from './application-status';
import { ApplicationEntity } from './application.entity';
import { DeadlineState } from './deadline-state';
import { ReceiptView } from '../registry/receipt.type';

registerDescribedEnum(ApplicationStatus, {
  name: 'ApplicationStatus',
  description: 'Where an application is in its life.',
  values: {
    DRAFT: 'Being completed by people who act for the entity; nobody else sees it.',
    SUBMITTED: "Signed and registered; the provider's reviewers see it and must resolve it.",
    CORRECTIONS_REQUESTED: 'The provider asked the entity to correct or complete it (Llei 39/2015 art. 68); the maximum term to resolve is suspended meanwhile.',
    GRANTED: 'Resolved in favour: the entity receives the resource.',
    DENIED: 'Resolved against.',
    WITHDRAWN: "Given up by the applicant: a draft discarded (never seen by the provider), or a withdrawal (desistiment, art. 94) the provider accepted.",
    DESISTED: 'Deemed withdrawn by a resolution because the corrections were not made in time (art. 68.1).',
    REVOCATION_OPEN: 'Granted, with a revocation procedure open after a diagnosis of deficiencies; it lapses if not resolved within 3 months (art. 25.1.b).',
    REVOKED: 'The grant was revoked; the entity may apply again.',
  },
});
registerDescribedEnum(DeadlineState, {
  name: 'DeadlineState',
  description: 'How a submitted application stands against its resolution due date.',
  values: {
    ON_TIME: 'More than 10 business days left before the resolution due date.',
    AT_RISK: 'The resolution due date is 10 business days away or fewer: reviewers should act now.',
    OVERDUE: 'The resolution due date has passed.',
  },
});

@ObjectType('Applicant', { description: 'The person who applies for the entity.', simpleResolvers: true })
export class ApplicantView {
  @Field(() => String, { nullable: true, description: 'Full name; filled in from the token when the draft starts.' }) name!: string | null;
  @Field(() => String, { nullable: true, description: 'NIF (DNI or NIE), the one of the certificate.' }) nif!: string | null;
  @Field(() => String, { nullable: true, description: 'Position (càrrec), e.g. Alcaldessa.' }) position!: string | null;
  @Field(() => String, { nullable: true, description: 'E-mail address.' }) email!: string | null;
  @Field(() => String, { nullable: true, description: 'Telephone.' }) phone!: string | null;
}

@ObjectType('DocumentAcceptance', { description: 'A document version the applicant accepted; kept even when the fitxa moves on.', simpleResolvers: true })
export class DocumentAcceptanceView {
  @Field(() => ID, { description: 'The accepted version (a ResourceDocument id).' }) documentId!: string;
  @Field({ description: 'Code of the document within the fitxa.' }) code!: string;
  @Field(() => Int, { description: 'Version number of the document accepted.' }) versionNumber!: number;
  @Field({ description: 'SHA-256 of the version accepted, hex-encoded.' }) sha256!: string;
  @Field(() => DateTimeScalar, { description: 'When it was accepted.' }) acceptedAt!: Date;
}

@ObjectType('Interlocutor', { description: 'A person the entity designates for one of the roles the resource asks for.', simpleResolvers: true })
export class InterlocutorView {
  @Field({ description: 'Code of the interlocutor role of the resource.' }) roleCode!: string;
  @Field({ description: 'Full name.' }) name!: string;
  @Field({ description: 'NIF (DNI or NIE).' }) nif!: string;
  @Field({ description: 'E-mail address.' }) email!: string;
  @Field(() => String, { nullable: true, description: 'Telephone.' }) phone!: string | null;
}

@ObjectType('ApplicationAttachment', { description: 'A file attached as one of the documents the resource asks for.', simpleResolvers: true })
export class AttachmentView {
  @Field({ description: 'Code of the document of the fitxa this file answers.' }) documentCode!: string;
  @Field(() => ID, { description: 'The stored file (GET /files/{id} with a bearer token; see downloadUrl for a plain link).' }) fileId!: string;
  @Field({ description: 'Name of the file as uploaded.' }) filename!: string;
  @Field({ description: 'Media type detected from the content, e.g. application/pdf.' }) mediaType!: string;
  @Field({ description: 'SHA-256 of the content, hex-encoded.' }) sha256!: string;
}

@ObjectType('MissingStep', { description: 'A step still needed before the application can be signed.', simpleResolvers: true })
export class MissingStepView {
  @Field(() => ProcedureStepKind, { description: 'The step of the procedure still to do.' }) step!: ProcedureStepKind;
  @Field(() => [String], { description: 'What exactly: codes of documents, roles or requirements, or field names.' }) items!: string[];
}

@ObjectType('SigningPayload', { description: 'What the applicant signs: RFC 8785 canonical JSON of everything they declare.', simpleResolvers: true })
export class SigningPayloadView {
  @Field({ description: 'Sign exactly these bytes (UTF-8): as the payload of a compact JWS with x5c, or as the content of a CAdES signature (detached or attached).' }) canonicalJson!: string;
  @Field({ description: 'SHA-256 of canonicalJson, hex.' }) sha256!: string;
}

@ObjectType('Application', { implements: Node, description: "A local entity's application for a resource.", simpleResolvers: true })
export class ApplicationNode extends Node {
  @Field(() => ApplicationStatus, { description: 'Where the application is in its life.' }) status!: ApplicationStatus;
  @Field(() => Int, { description: 'Increments on every change.' }) version!: number;
  @Field(() => DateTimeScalar, { description: 'When the draft was started.' }) createdAt!: Date;
  @Field(() => DateTimeScalar, { description: 'When it last changed; lists order by it by default.' }) updatedAt!: Date;
  @Field(() => ApplicantView, { description: 'The person who applies for the entity.' }) applicant!: ApplicantView;
  @Field(() => [String], { description: 'Codes of the selected service options.' }) selectedServices!: string[];
  @Field(() => DateScalar, { nullable: true, description: "Date of the entity's agreement." }) agreementDate!: string | null;
  @Field(() => [DocumentAcceptanceView], { description: 'Document versions accepted, as shown.' }) acceptedDocuments!: DocumentAcceptanceView[];
  @Field(() => [InterlocutorView], { description: 'People designated for the roles the resource asks for.' }) interlocutors!: InterlocutorView[];
  @Field(() => [AttachmentView], { description: 'Files attached as the documents the resource asks for.' }) attachments!: AttachmentView[];
  @Field(() => [String], { description: 'Codes of the requirements the applicant declares to meet.' }) declaredRequirements!: string[];
  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was signed and registered; null for drafts.' }) submittedAt!: Date | null;
  @Field(() => DateScalar, { nullable: true, description: 'Last day to resolve (Llei 39/2015 art. 21), once submitted; the reviewers\' queue orders by it.' }) resolutionDueDate!: string | null;
  @Field(() => DateScalar, { nullable: true, description: "The provider's own target date, where it commits to one." }) targetDueDate!: string | null;

  /** Internal: the row, for the field resolvers. */
  entity!: ApplicationEntity;

  /** Internal: the published fitxa, read once by whichever field resolver needs it first. */
  publishedSnapshot?: Promise<ResourceSnapshot | null>;
}

export function toApplicationNode(application: ApplicationEntity): ApplicationNode {
  return {
    __typename: 'Application',
    id: toGlobalId('Application', application.id),
    status: application.status,
    version: application.version,
    createdAt: application.createdAt,
    updatedAt: application.updatedAt,
    applicant: {
      name: application.applicantName ?? null, nif: application.applicantNif ?? null, position: application.applicantPosition ?? null,
      email: application.applicantEmail ?? null, phone: application.applicantPhone ?? null,
    },
    selectedServices: application.selectedServices,
    agreementDate: application.agreementDate ?? null,
    acceptedDocuments: application.acceptances.getItems().map((a) => ({
      documentId: toGlobalId('ResourceDocument', a.documentVersion.id), code: a.documentCode, versionNumber: a.documentVersion.number,
      sha256: a.sha256, acceptedAt: a.acceptedAt,
    })),
    interlocutors: application.interlocutors,
    attachments: application.attachments.getItems().map((a) => ({
      documentCode: a.documentCode, fileId: toGlobalId('StoredFile', a.file.id), filename: a.file.filename, mediaType: a.file.mediaType, sha256: a.sha256,
    })),
    declaredRequirements: application.declaredRequirements,
    submittedAt: application.submittedAt ?? null,
    resolutionDueDate: application.resolutionDueDate ?? null,
    targetDueDate: application.targetDueDate ?? null,
    entity: application,
  };
}

@ObjectType('ApplicationConnection', { description: 'A page of applications.', simpleResolvers: true })
export class ApplicationConnection extends ConnectionType(ApplicationNode, 'Application') {}

@ObjectType('ApplicationPayload', { description: 'Result of a step on an application.' })
export class ApplicationPayload extends MutationPayload {
  @Field(() => ApplicationNode, { nullable: true, description: 'The application as it now stands.' }) application!: ApplicationNode | null;
}

@ObjectType('SubmitApplicationPayload', { description: 'Result of signing and submitting.' })
export class SubmitApplicationPayload extends MutationPayload {
  @Field(() => ApplicationNode, { nullable: true, description: 'The application as it now stands.' }) application!: ApplicationNode | null;
  @Field(() => ReceiptView, { nullable: true, description: 'The sealed receipt, on success (and on an idempotent retry).' }) receipt!: ReceiptView | null;
}

@ObjectType('RequirementFulfilment', { description: 'A fact staff recorded about an entity, which a requirement depends on.', simpleResolvers: true })
export class RequirementFulfilmentView {
  @Field(() => ID, { description: 'Opaque ID of the record.' }) id!: string;
  @Field({ description: 'Code of the requirement within the fitxa.' }) requirementCode!: string;
  @Field(() => DateScalar, { description: 'Day of the fact.' }) date!: string;
  @Field(() => String, { nullable: true, description: 'Note for the record.' }) note!: string | null;
  @Field({ description: 'NIF of the staff member who recorded it.' }) recordedByNif!: string;
}

@ObjectType('RecordRequirementFulfilmentPayload', { description: 'Result of recordRequirementFulfilment.' })
export class RecordRequirementFulfilmentPayload extends MutationPayload {
  @Field(() => RequirementFulfilmentView, { nullable: true, description: 'The fact as recorded; null when nothing was.' }) fulfilment!: RequirementFulfilmentView | null;
}
