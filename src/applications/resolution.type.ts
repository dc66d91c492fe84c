import { Field, ID, Int, ObjectType } from 'type-graphql';
import { registerDescribedEnum } from '../graphql/described-enum';
import { DateTimeScalar } from '../graphql/scalars';
import { MutationPayload } from '../errors/user-error.type';
import { toGlobalId } from '../graphql/global-id';
import type { StoredFileEntity } from '../files/stored-file.entity';
import { ApplicationNode } from './application.type';
import { HearingPurpose } from './hearing-purpose';
import { HearingEntity } from './hearing.entity';
import { ResolutionDecision, ResolutionKind } from './resolution-kind';
import { ResolutionEntity } from './resolution.entity';
import { SealedCopyEntity } from './sealed-copy.entity';

registerDescribedEnum(ResolutionKind, {
  name: 'ResolutionKind',
  description: 'What a resolution decides.',
  values: {
    GRANT: 'The application is granted.',
    DENY: 'The application is denied.',
    ACCEPT_WITHDRAWAL: "The applicant's withdrawal (desistiment, Llei 39/2015 art. 94) is accepted.",
    DECLARE_DESISTED: 'The application is deemed withdrawn: the corrections were not made in time (art. 68.1).',
    REVOKE: 'A grant is revoked at the end of a revocation procedure.',
    CLOSE_REVOCATION: 'A revocation procedure is closed and the grant stands.',
  },
});
registerDescribedEnum(ResolutionDecision, {
  name: 'ResolutionDecision',
  description: 'What resolveApplication decides.',
  values: {
    GRANT: 'Grant the application; for documents the fitxa marks, the entity receives sealed copies of the versions it accepted.',
    DENY: 'Deny it; when the denial rests on facts the applicant did not bring, after a hearing (art. 82).',
    ACCEPT_WITHDRAWAL: "Accept the applicant's registered withdrawal request (art. 94).",
    DECLARE_DESISTED: 'Declare it withdrawn because the term to correct it is over (art. 68.1).',
  },
});
registerDescribedEnum(HearingPurpose, {
  name: 'HearingPurpose',
  description: 'Why the entity is heard (Llei 39/2015 art. 82).',
  values: {
    BEFORE_RESOLUTION: 'Before a resolution that rests on facts the applicant did not bring.',
    REVOCATION: 'Within a revocation procedure opened on a grant.',
  },
});

@ObjectType('IssuedDocument', { description: 'A document the provider issued, sealed (PAdES): a resolution, a sealed copy.', simpleResolvers: true })
export class IssuedDocumentView {
  @Field(() => ID, { description: 'The stored file (see downloadUrl for a link).' }) fileId!: string;
  @Field({ description: 'File name, e.g. resolucio-DIPUTACIO-LLEIDA-S-2026-000001.pdf.' }) filename!: string;
  @Field({ description: 'Media type: application/pdf.' }) mediaType!: string;
  @Field({ description: 'SHA-256 of the sealed file, hex; for a resolution it is the one its registry entry holds.' }) sha256!: string;
  @Field(() => Int, { description: 'Size in bytes.' }) size!: number;
}

export const toIssuedDocument = (file: StoredFileEntity): IssuedDocumentView => ({
  fileId: toGlobalId('StoredFile', file.id), filename: file.filename, mediaType: file.mediaType, sha256: file.sha256, size: file.size,
});

@ObjectType('ChallengeRoute', { description: 'One way to challenge a resolution.', simpleResolvers: true })
export class ChallengeRouteView {
  @Field({ description: 'The remedy, e.g. "Recurs potestatiu de reposició".' }) remedy!: string;
  @Field({ description: 'Its term, counted from the day after the notification.' }) term!: string;
  @Field({ description: 'Before whom it is brought.' }) before!: string;
  @Field({ description: 'The legal basis, e.g. "Llei 39/2015, art. 123 i 124".' }) legalBasis!: string;
}

@ObjectType('ResolutionChallenge', { description: 'How a resolution may be challenged, as its document states it.', simpleResolvers: true })
export class ResolutionChallengeView {
  @Field({ description: 'The sentence that introduces the remedies.' }) introduction!: string;
  @Field(() => [ChallengeRouteView], { description: 'The remedies, in the order the document gives them.' }) routes!: ChallengeRouteView[];
  @Field({ description: 'What else the document says about them.' }) note!: string;
}

@ObjectType('Resolution', { description: 'A resolution on an application: sealed by the provider, registered outgoing, notified to the entity.', simpleResolvers: true })
export class ResolutionView {
  @Field(() => ID, { description: 'Opaque ID of the resolution.' }) id!: string;
  @Field(() => ResolutionKind, { description: 'What it decides.' }) kind!: ResolutionKind;
  @Field({ description: 'The reasons it states.' }) reasons!: string;
  @Field({ description: 'The body that decided.' }) competentBody!: string;
  @Field(() => ResolutionChallengeView, { description: 'How it may be challenged.' }) challenge!: ResolutionChallengeView;
  @Field(() => DateTimeScalar, { description: 'When it was issued and made available.' }) resolvedAt!: Date;
  @Field({ description: 'Its number in the outgoing registry, e.g. DIPUTACIO-LLEIDA-S-2026-000001.' }) registryNumber!: string;
  @Field(() => IssuedDocumentView, { description: 'The sealed PDF.' }) document!: IssuedDocumentView;
  @Field(() => ID, { description: 'The notification that made it available (Application.notifications).' }) notificationId!: string;
}

export function toResolutionView(resolution: ResolutionEntity): ResolutionView {
  return {
    id: toGlobalId('Resolution', resolution.id), kind: resolution.kind, reasons: resolution.reasons, competentBody: resolution.competentBody,
    challenge: { introduction: resolution.challenge.introduction, routes: resolution.challenge.routes, note: resolution.challenge.note },
    resolvedAt: resolution.resolvedAt, registryNumber: resolution.registryEntry.number, document: toIssuedDocument(resolution.document),
    notificationId: toGlobalId('Notification', resolution.notification.id),
  };
}

@ObjectType('SealedCopy', { description: "A copy sealed by the provider of a document version the entity accepted, for the entity to keep (e.g. the Lleida conveni).", simpleResolvers: true })
export class SealedCopyView {
  @Field(() => ID, { description: 'Opaque ID of the copy.' }) id!: string;
  @Field({ description: 'Code of the document within the fitxa.' }) documentCode!: string;
  @Field({ description: 'Title of the document (Catalan), as the copy states it.' }) title!: string;
  @Field({ description: 'Version label of the accepted version.' }) versionLabel!: string;
  @Field(() => Int, { description: 'Version number of the accepted version.' }) versionNumber!: number;
  @Field(() => ID, { description: 'The accepted version (a ResourceDocument id).' }) documentId!: string;
  @Field({ description: 'SHA-256 of the accepted version, hex: the copy is of exactly this content.' }) acceptedSha256!: string;
  @Field({ description: 'The original file is embedded in the copy (the service holds it); otherwise the copy attests it by its SHA-256.' }) embedsOriginal!: boolean;
  @Field(() => DateTimeScalar, { description: 'When it was issued (with the granting resolution).' }) issuedAt!: Date;
  @Field(() => IssuedDocumentView, { description: 'The sealed PDF.' }) document!: IssuedDocumentView;
}

export function toSealedCopyView(copy: SealedCopyEntity): SealedCopyView {
  return {
    id: toGlobalId('SealedCopy', copy.id), documentCode: copy.documentCode, title: copy.title, versionLabel: copy.versionLabel,
    versionNumber: copy.documentVersion.number, documentId: toGlobalId('ResourceDocument', copy.documentVersion.id), acceptedSha256: copy.acceptedSha256,
    embedsOriginal: copy.embedsOriginal, issuedAt: copy.issuedAt, document: toIssuedDocument(copy.file),
  };
}

@ObjectType('Allegations', { description: "The entity's allegations in a hearing, signed and registered.", simpleResolvers: true })
export class AllegationsView {
  @Field({ description: 'Their incoming registry number.' }) registryNumber!: string;
  @Field(() => DateTimeScalar, { description: 'The registry instant.' }) registeredAt!: Date;
  @Field({ description: 'What the entity alleged.' }) statement!: string;
}

@ObjectType('Hearing', { description: "A hearing of the entity (tràmit d'audiència, Llei 39/2015 art. 82).", simpleResolvers: true })
export class HearingView {
  @Field(() => ID, { description: 'Opaque ID of the hearing.' }) id!: string;
  @Field(() => HearingPurpose, { description: 'Why the entity is heard.' }) purpose!: HearingPurpose;
  @Field({ description: 'The facts and reasons put to the entity.' }) reasons!: string;
  @Field(() => Int, { description: 'Business days to make allegations, from the day after the notice takes effect.' }) termDays!: number;
  @Field(() => DateTimeScalar, { description: 'When it was opened and the notice made available.' }) openedAt!: Date;
  @Field({ description: "The notice's number in the outgoing registry." }) noticeRegistryNumber!: string;
  @Field(() => ID, { description: 'The notification of the notice (Application.notifications).' }) notificationId!: string;
  @Field(() => AllegationsView, { nullable: true, description: "The entity's allegations; null until they are registered." }) allegations!: AllegationsView | null;

  /** Internal: the row, for the computed fields. */
  entity!: HearingEntity;
}

export function toHearingView(hearing: HearingEntity): HearingView {
  return {
    id: toGlobalId('Hearing', hearing.id), purpose: hearing.purpose, reasons: hearing.reasons, termDays: hearing.termDays, openedAt: hearing.openedAt,
    noticeRegistryNumber: hearing.noticeEntry.number, notificationId: toGlobalId('Notification', hearing.notification.id),
    allegations: hearing.allegationsEntry
      ? { registryNumber: hearing.allegationsEntry.number, registeredAt: hearing.allegationsEntry.registeredAt, statement: hearing.allegationsStatement ?? '' }
      : null,
    entity: hearing,
  };
}

@ObjectType('OpenHearingPayload', { description: 'Result of openHearing.' })
export class OpenHearingPayload extends MutationPayload {
  @Field(() => ApplicationNode, { nullable: true, description: 'The application as it now stands.' }) application!: ApplicationNode | null;
  @Field(() => HearingView, { nullable: true, description: 'The hearing opened; null when refused.' }) hearing!: HearingView | null;
}

@ObjectType('SubmitAllegationsPayload', { description: 'Result of submitAllegations.' })
export class SubmitAllegationsPayload extends MutationPayload {
  @Field(() => ApplicationNode, { nullable: true, description: 'The application as it now stands.' }) application!: ApplicationNode | null;
  @Field(() => HearingView, { nullable: true, description: 'The hearing the allegations answer.' }) hearing!: HearingView | null;
  @Field(() => String, { nullable: true, description: 'The incoming registry number of the allegations.' }) registryNumber!: string | null;
  @Field(() => String, { nullable: true, description: "The entry's justificant, a compact JWS sealed with the provider's key." }) receipt!: string | null;
}

@ObjectType('ResolveApplicationPayload', { description: 'Result of resolveApplication.' })
export class ResolveApplicationPayload extends MutationPayload {
  @Field(() => ApplicationNode, { nullable: true, description: 'The application as it now stands.' }) application!: ApplicationNode | null;
  @Field(() => ResolutionView, { nullable: true, description: 'The resolution issued; null when refused.' }) resolution!: ResolutionView | null;
}
