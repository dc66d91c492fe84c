import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import { registerDescribedEnum } from '../graphql/described-enum';
import type { RequestContext } from '../graphql/context';
import { InputPath, MessageParams } from './domain-error';
import { UserErrorCode } from './user-error-code';
import { userErrorMessage } from './user-error-messages';

/** What each code means, for the schema; a complete Record, so a new code fails to compile without one. */
const CODE_DESCRIPTIONS: Record<UserErrorCode, string> = {
  NOT_FOUND: 'The id or code does not exist, or the caller may not see it (the two are not told apart).',
  FORBIDDEN: 'The caller is known but may not do this to this object.',
  REQUIRED: 'A value is required here.',
  TOO_LONG: 'The text or list is longer than allowed.',
  TOO_SHORT: 'The text is shorter than allowed.',
  TOO_MANY: 'The list has more items than allowed.',
  OUT_OF_RANGE: 'The number is outside the allowed range.',
  INVALID_VALUE: 'The value is not acceptable here.',
  INVALID_FORMAT: 'The value does not have the expected format (codes, hashes).',
  INVALID_CODE: 'A taxonomy code must be 1–64 lower-case letters, digits and hyphens.',
  INVALID_DATE: 'Not a calendar day as YYYY-MM-DD.',
  INVALID_RANGE: 'A period ends before it starts.',
  PERIOD_TOO_LONG: 'A period is longer than the service allows (a quality report covers at most 5 years).',
  INVALID_EMAIL: 'Not an e-mail address.',
  INVALID_PHONE: 'Not a telephone number.',
  INVALID_URL: 'Not an http(s) address, or too long.',
  INVALID_NIF: 'Not a valid personal NIF (DNI or NIE).',
  INVALID_YEAR: 'The year is outside the years the calendar covers.',
  INVALID_SCOPE: 'A holiday scope that this calendar does not take.',
  INVALID_MUNICIPALITY: 'A municipality is given by its 5-digit INE code.',
  INVALID_IDEMPOTENCY_KEY: 'An idempotency key is 8–100 letters, digits and . _ : -',
  DUPLICATE: 'The same value is given twice in a list.',
  DUPLICATE_CODE: 'The provider already has a fitxa with this code.',
  DUPLICATE_DATE: 'The same day is listed twice.',
  DATE_IN_FUTURE: 'A date that cannot be in the future is.',
  DATE_OUTSIDE_YEAR: 'The day is not in the year being set.',
  IN_THE_PAST: 'A scheduled instant must be in the future.',
  UNPUBLISH_BEFORE_PUBLISH: 'The scheduled unpublication comes before the publication.',
  UNKNOWN_CODE: 'No taxonomy item of the provider has this code.',
  UNKNOWN_AREA: 'No area of the provider has this code.',
  UNKNOWN_DOCUMENT: 'The resource has no document with this id or code.',
  UNKNOWN_FILE: 'No file the caller uploaded has this id.',
  UNKNOWN_MUNICIPALITY: 'No municipality has this INE code.',
  UNKNOWN_REQUIREMENT: 'The resource has no declarable requirement with this code.',
  UNKNOWN_ROLE: 'The resource asks for no interlocutor role with this code.',
  UNKNOWN_SERVICE: 'The resource offers no service with this code.',
  IN_USE: 'Still used by fitxes or programmes; change those first.',
  CSV_MALFORMED: 'The file is not valid CSV (an unclosed quote, a line with another number of cells than the header…).',
  CSV_EMPTY: 'The file holds no header line or no data line.',
  CSV_COLUMNS: 'The header line does not name the required columns, or names one twice.',
  DUPLICATE_IN_FILE: 'The same entity, NIF or DIR3 code appears on two lines of the file.',
  INVALID_ENTITY_CODE: 'A line names its entity by neither or both of ine_code and entity_code, or by a malformed one.',
  INVALID_ENTITY_NIF: 'Not an entity NIF with a correct control character.',
  INVALID_DIR3: 'Not a DIR3 code (nine letters and digits).',
  IDENTIFIER_TAKEN: 'Another local entity already has this NIF or DIR3 code, and the file does not change it.',
  INVALID_TOPIC: 'Not a topic pattern: an exact topic, a prefix ending in ".*", or "*".',
  WEBHOOK_HTTPS_REQUIRED: 'Webhook endpoints must use https here.',
  WEBHOOK_ADDRESS_NOT_ALLOWED: 'The endpoint is a loopback, private or link-local address, which the operator does not allow.',
  WEBHOOK_DELIVERY_PENDING: 'The delivery has not finished yet: nothing to redeliver.',
  NOT_GRANTED: 'The survey is answered after the resource was granted, and this application has no grant resolution.',
  ALREADY_ANSWERED: 'The survey of this application was already answered; answers never change.',
  UNKNOWN_QUESTION: 'The survey the application was filed against has no question with this code.',
  STALE_VERSION: 'The object changed since the caller read it; reload and try again.',
  INVALID_STATUS: 'The object\'s current status does not allow this action.',
  NOT_A_DRAFT: 'Only a draft can change or be deleted this way.',
  ALREADY_SUBMITTED: 'The application was already submitted.',
  ALREADY_WITHDRAWN: 'The application was already withdrawn.',
  CORRECTION_TERM_NOT_OVER: 'The term to answer the request for corrections has not ended yet, so the application cannot be deemed withdrawn.',
  WITHDRAWAL_ALREADY_REQUESTED: 'The applicant already asked to withdraw the application; the provider resolves on that request.',
  NOT_SUBMITTED: 'The application is still a draft: there is nothing to withdraw from (discard the draft with discardDraft).',
  WITHDRAWAL_NOT_REQUESTED: 'The applicant has not asked to withdraw the application; the provider cannot accept a withdrawal nobody asked for.',
  HEARING_REQUIRED: 'The applicant must be heard (Llei 39/2015 art. 82) before this resolution.',
  HEARING_ALREADY_OPEN: 'A hearing of the entity is still running (no allegations yet and its term not over); it cannot be opened again.',
  NO_OPEN_HEARING: 'Allegations answer an open hearing, and the application has none.',
  REVOCATION_LAPSED: 'The revocation procedure lapsed 3 months after it was opened (art. 25.1.b); it can only be declared lapsed.',
  REVOCATION_NOT_LAPSED: 'The revocation procedure has not lapsed yet: 3 months have not passed since it was opened.',
  DECISION_NOT_DELAYED: "The application has no delay task: it has not passed its fitxa's hard limit undecided (or the fitxa has no such commitment).",
  DELAY_ALREADY_COMMUNICATED: 'The causes and measures of this delay were already communicated to the entity.',
  ALREADY_AUTHORIZED: 'The person is already authorized for the entity.',
  ALREADY_REVOKED: 'The authorization was already revoked.',
  RESOURCE_NOT_PUBLISHED: 'The resource is no longer published, so it cannot be applied for.',
  COMMITMENT_NOT_MISSED: 'The quality commitment was not missed in that period (met, or nothing to measure): there is nothing to analyse.',
  MISSING_TRANSLATION: 'A warning: a language has no translation and its readers will see Catalan.',
  ENTITY_NOT_IN_AUDIENCE: 'The resource is not offered to entities of this type.',
  OUTSIDE_TERRITORY: 'The entity lies outside the provider\'s territory.',
  REPRESENTED_ENTITY_UNKNOWN: 'The caller\'s certificate names an entity NIF that no local entity of the service has yet; the admins of the diputació whose territory holds the entity load it (importLocalEntityIdentifiers).',
  APPLICATION_WINDOW_CLOSED: 'No application window is open today.',
  APPLICATION_LIMIT_REACHED: 'The entity already made as many applications for the resource as allowed.',
  REQUIREMENT_NOT_MET: 'A requirement of the resource is not met.',
  APPLICANT_MISMATCH: 'The applicant\'s NIF is not the one of the caller\'s certificate.',
  NOT_ASKED: 'The resource does not ask for this.',
  RECOMMENDED_NOT_SELECTED: 'A warning: some recommended services are not selected.',
  DOCUMENT_OUTDATED: 'The accepted document version has been replaced; accept the current one.',
  DOCUMENT_CHANGED: 'The SHA-256 is not the one of the document version shown.',
  NOT_A_STAFF_RECORD: 'This requirement is not met by a fact that staff record.',
  STEP_MISSING: 'A step of the application is not complete.',
  IDEMPOTENCY_KEY_REUSED: 'The idempotency key was used for another submission.',
  SIGNATURE_INVALID: 'The signature is invalid or cannot be read.',
  PAYLOAD_CHANGED: 'The signed document is not the current version of the application.',
  CERTIFICATE_UNTRUSTED: 'The signing certificate does not chain to a trusted authority.',
  CERTIFICATE_EXPIRED: 'The signing certificate was not valid at the time of signing.',
  SIGNER_MISMATCH: 'The certificate is not the applicant\'s or does not act for the entity.',
};

registerDescribedEnum(UserErrorCode, {
  name: 'UserErrorCode',
  description: 'Why a mutation refused or warned: stable codes a front end may translate or react to. `UserError.message` already says it in the served language.',
  values: CODE_DESCRIPTIONS,
});

/** An expected business failure or a warning, returned in a mutation's payload. */
@ObjectType('UserError', { description: 'Why a mutation did not do what was asked (nothing was written), or a warning about what it did.' })
export class UserErrorObject {
  @Field(() => UserErrorCode, { description: 'Stable machine-readable code.' })
  code!: UserErrorCode;

  @Field(() => [String], {
    nullable: true,
    description: 'Path of the argument at fault inside the operation, always from "input" with the input\'s own field names, e.g. ["input", "content", "translations", "ES", "title"]. Null when no single field is at fault.',
  })
  field!: InputPath | null;

  params?: MessageParams;
}

@Resolver(() => UserErrorObject)
export class UserErrorResolver {
  @FieldResolver(() => String, { description: 'Human-readable explanation in the served locale (Accept-Language; Occitan and unknown languages read Catalan).' })
  message(@Root() error: UserErrorObject, @Ctx() context: RequestContext): string {
    return userErrorMessage(error.code, context.locale, error.params);
  }
}

/** Every mutation payload's two lists; payload types extend it. */
@ObjectType({ description: "Not in the schema itself (nothing refers to it): the fields every payload type inherits." })
export abstract class MutationPayload {
  @Field(() => [UserErrorObject], { description: 'Why nothing was written; empty when the mutation succeeded.' })
  userErrors!: UserErrorObject[];

  /** Optional here because the error contract (graphql-error-contract.ts) answers [] for services that have none. */
  @Field(() => [UserErrorObject], { description: 'What the caller should know about what was done; never blocks it.' })
  warnings?: UserErrorObject[];
}
