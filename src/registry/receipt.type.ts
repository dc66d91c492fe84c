import { Field, ObjectType } from 'type-graphql';
import type { ApplicationNode } from '../applications/application.type';
import { SilenceEffect } from '../catalogue/resource-enums';
import { toGlobalId } from '../graphql/global-id';
import { receiptClaimsOf } from './receipt-claims';
import { DateScalar, DateTimeScalar } from '../graphql/scalars';
import { SignatureFormat } from '../signature/signature-format.type';
import { RegistryEntryEntity } from './registry-entry.entity';

@ObjectType('ApplicationReceipt', { description: "The justificant: the registry entry, sealed by the provider (verify `seal` with provider.sealKeys).", simpleResolvers: true })
export class ReceiptView {
  @Field({ description: 'e.g. DIBA-E-2026-000001.' }) registryNumber!: string;
  @Field(() => DateTimeScalar, { description: 'The registry instant (data i hora de registre), from which the terms run.' }) registeredAt!: Date;
  @Field({ description: 'SHA-256 of the signed canonical JSON.' }) contentSha256!: string;
  @Field(() => DateScalar, { nullable: true, description: 'Maximum date for the resolution (Llei 39/2015 art. 21, 30).' }) resolutionDueDate!: string | null;
  @Field(() => DateScalar, { nullable: true, description: "The provider's own target date, where it commits to one." }) targetDueDate!: string | null;
  @Field(() => SilenceEffect, { nullable: true, description: 'What a missing resolution by the due date means.' }) silenceEffect!: SilenceEffect | null;
  @Field({ description: 'Compact JWS of the receipt, sealed with the provider key.' }) seal!: string;
  @Field(() => SignatureFormat, { description: "How the applicant's registered signature was packaged (JWS or CAdES)." }) signatureFormat!: SignatureFormat;
  /** Global id of the application, for the receipt's PDF link; not a field. */
  applicationId!: string;
}

/** The receipt as sealed: the silence effect is read back from the sealed claims, not from today's fitxa. */
export function toReceipt(node: ApplicationNode, entry: RegistryEntryEntity): ReceiptView {
  const { entity } = node;
  const claims = receiptClaimsOf(entity.receiptJws!);
  return {
    registryNumber: entry.number, registeredAt: entry.registeredAt, contentSha256: entry.contentSha256,
    resolutionDueDate: entity.resolutionDueDate ?? null, targetDueDate: entity.targetDueDate ?? null,
    silenceEffect: claims.silenceEffect ?? null, seal: entity.receiptJws!, signatureFormat: entry.signatureFormat!,
    applicationId: toGlobalId('Application', entity.id),
  };
}
