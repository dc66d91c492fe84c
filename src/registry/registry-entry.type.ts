import { Field, ObjectType } from 'type-graphql';
import { registerDescribedEnum } from '../graphql/described-enum';
import { DateTimeScalar } from '../graphql/scalars';
import { SignatureFormat } from '../signature/signature-format.type';
import { RegistryDirection, RegistrySubject } from './registry-direction';
import { RegistryEntryEntity } from './registry-entry.entity';

registerDescribedEnum(RegistryDirection, {
  name: 'RegistryDirection',
  description: "The book of the provider's registry an entry is in.",
  values: {
    INCOMING: "Registre d'entrada: acts the applicant filed; numbers <PROVIDER>-E-<year>-<sequence>.",
    OUTGOING: 'Registre de sortida: acts the provider issued; numbers <PROVIDER>-S-<year>-<sequence>.',
  },
});
registerDescribedEnum(RegistrySubject, {
  name: 'RegistrySubject',
  description: 'What a registry entry registers.',
  values: {
    SUBMISSION: 'The signed application (incoming).',
    CORRECTIONS_ANSWER: 'The signed answer to a request for corrections (incoming, Llei 39/2015 art. 68).',
    WITHDRAWAL_REQUEST: 'The signed withdrawal (desistiment, art. 94) (incoming).',
    ALLEGATIONS: 'Signed allegations in a hearing (incoming, art. 82).',
    RESOLUTION: 'A resolution issued by the provider (outgoing).',
    CORRECTIONS_REQUEST: 'A request for corrections issued by the provider (outgoing).',
    HEARING: 'The opening of a hearing (outgoing, art. 82).',
    REVOCATION_OPENING: 'The opening of a revocation procedure (outgoing).',
    DELAY_COMMUNICATION: 'The causes of a delay past the fitxa\'s hard limit and the measures taken, communicated to the entity (outgoing).',
  },
});

@ObjectType('RegistryEntry', { description: "An entry of the provider's registry about an application: what was filed or issued, when, under which number.", simpleResolvers: true })
export class RegistryEntryView {
  @Field({ description: 'e.g. DIBA-E-2026-000001 (incoming) or DIBA-S-2026-000001 (outgoing); gap-free per provider, book and year.' }) number!: string;
  @Field(() => RegistryDirection, { description: 'Incoming (filed by the applicant) or outgoing (issued by the provider).' }) direction!: RegistryDirection;
  @Field(() => RegistrySubject, { description: 'What was registered.' }) subject!: RegistrySubject;
  @Field(() => DateTimeScalar, { description: 'The registry instant, from which terms run.' }) registeredAt!: Date;
  @Field({ description: 'Incoming: SHA-256 of the signed canonical JSON. Outgoing: SHA-256 of the sealed document registered.' }) contentSha256!: string;
  @Field(() => SignatureFormat, { nullable: true, description: "How the applicant's signature was packaged; null for outgoing entries." }) signatureFormat!: SignatureFormat | null;
  @Field(() => String, { nullable: true, description: 'What the person declared or asked for in an act filed after the submission (e.g. the reasons for withdrawing), as signed; null for the submission and for outgoing entries.' }) statement!: string | null;
  @Field(() => String, { nullable: true, description: 'NIF of the person who signed an incoming act; null for outgoing entries and for callers who may no longer see it.' }) signerNif!: string | null;
  @Field(() => String, { nullable: true, description: 'The justificant of this entry, a compact JWS sealed by the provider (verify with provider.sealKeys); for the submission see Application.receipt.' }) seal!: string | null;
}

export function toRegistryEntryView(entry: RegistryEntryEntity, options: { showSigner: boolean }): RegistryEntryView {
  return {
    number: entry.number, direction: entry.direction, subject: entry.subject,
    registeredAt: entry.registeredAt, contentSha256: entry.contentSha256, signatureFormat: entry.signatureFormat ?? null, statement: entry.statement ?? null,
    signerNif: options.showSigner ? entry.signerNif ?? null : null, seal: entry.receiptJws ?? null,
  };
}
