import { EntityManager } from '@mikro-orm/postgresql';
import { addDays } from '../calendar/days';
import { deadlinePlaces, loadHolidays } from '../calendar/holiday.service';
import { catalanDate } from '../clock';
import { withoutTenantFilter } from '../database/tenant-filter';
import { UserError, userError } from '../errors/user-error';
import { RequestContext } from '../graphql/context';
import { toGlobalId } from '../graphql/global-id';
import { requireActor } from '../identity/representation.service';
import { NotificationAct } from '../notifications/notification-act';
import { loadApplicationForReviewer } from './application-access';
import { applyTransition } from './application-transition.service';
import { ApplicationEntity } from './application.entity';
import { ApplicationAction, transitionRefusal } from './application.workflow';
import { HearingPurpose } from './hearing-purpose';
import { hearingConcluded, openHearingFor } from './hearing.service';
import { ResolutionKind } from './resolution-kind';
import { issueResolution } from './resolution.service';
import { RevocationOutcome } from './revocation-outcome';
import { RevocationEntity } from './revocation.entity';
import {
  checkDecision, checkDiagnosis, Diagnosis, diagnosisStatement, REVOCATION_TERM, revocationTerm,
} from './revocation.rules';

export interface RevocationResult {
  application: ApplicationEntity | null;
  revocation: RevocationEntity | null;
  userErrors: UserError[];
}

const refused = (userErrors: UserError[]): RevocationResult => ({ application: null, revocation: null, userErrors });

/** The revocation procedure still open on an application, if any (at most one: a partial unique index). */
export function openRevocationOf(em: EntityManager, application: ApplicationEntity): Promise<RevocationEntity | null> {
  return em.findOne(RevocationEntity, { application, closedAt: null }, withoutTenantFilter('the revocation of an application the caller already loaded under its policy'));
}

/**
 * Opens a revocation procedure on a granted application from the provider's diagnosis (fitxa
 * 111219), for the provider's reviewers and admins: the diagnosis is checked, the 3-month term
 * after which it lapses is computed with the holidays of the provider's seat and of the entity
 * (art. 25.1.b, 30.6), the application moves to REVOCATION_OPEN with its event and outbox row,
 * and the entity is heard (art. 82): the diagnosis goes out as a sealed notice registered in the
 * outgoing book (subject REVOCATION_OPENING) and made available as a REVOCATION_OPENING
 * notification, whose effect starts the term for allegations (hearing.service.ts).
 */
export async function openRevocation(
  context: RequestContext, input: Diagnosis & { applicationId: string },
): Promise<RevocationResult> {
  const actor = requireActor(context);
  return context.em.transactional(async (em) => {
    const application = await loadApplicationForReviewer(context, em, input.applicationId);
    const now = context.clock.now();
    const outOfOrder = transitionRefusal('openRevocation', { status: application.status, now });
    if (outOfOrder) return refused([userError(outOfOrder, ['input', 'applicationId'])]);

    const openingDay = catalanDate(now);
    const places = deadlinePlaces(application.provider.seatMunicipalityCode, application.localEntity.ineCode ?? null);
    // Three months of 31 days and the longest run of non-business days a term can end on.
    const holidays = await loadHolidays({ ...context, em }, openingDay, addDays(openingDay, REVOCATION_TERM.amount * 31 + 30), places);
    const term = revocationTerm(now, holidays);
    const { diagnosis, errors } = checkDiagnosis(input, now, term);
    if (!diagnosis) return refused(errors);

    const revocation = em.create(RevocationEntity, {
      application, provider: application.provider, ...diagnosis, openedAt: now, openedByNif: actor.nif, ...term,
    });
    const id = toGlobalId('Revocation', revocation.id);
    applyTransition(em, application, 'openRevocation', now, {
      actorNif: actor.nif, details: { revocation: id, deadline: diagnosis.deadline, lapsesAt: term.lapsesAt.toISOString() },
      announce: { revocation: id, lapsesAt: term.lapsesAt.toISOString() },
    });
    revocation.hearing = await openHearingFor(context, em, application, {
      purpose: HearingPurpose.REVOCATION, reasons: diagnosisStatement(diagnosis), at: now, act: NotificationAct.REVOCATION_OPENING, openedByNif: actor.nif,
    });
    await em.flush();
    return { application, revocation, userErrors: [] };
  });
}

/** How each resolution that ends a revocation is recorded. */
const ENDINGS = {
  revoke: { kind: ResolutionKind.REVOKE, outcome: RevocationOutcome.REVOKED },
  closeRevocation: { kind: ResolutionKind.CLOSE_REVOCATION, outcome: RevocationOutcome.CLOSED },
} as const satisfies Partial<Record<ApplicationAction, { kind: ResolutionKind; outcome: RevocationOutcome }>>;

/**
 * Ends the open revocation procedure by resolution, for the provider's reviewers and admins:
 * `revoke` (revokeGrant) only once the entity was heard (its allegations registered, or their
 * term over) and before the procedure lapses; REVOKED holds no slot, so the entity may apply
 * again. `closeRevocation` ends it without revoking (the entity remedied the deficiencies, or the
 * diagnosis did not hold), also only before it lapses: once the 3 months are over the only act
 * left is declaring it lapsed (art. 25.1.b), which the lapse job does. Either way the resolution
 * states reasons, competent body and remedies, sealed, registered outgoing and notified
 * (issueResolution), in the same transaction as the change of status, its event and outbox row.
 * Refusals (out of order, not heard, lapsed, bad reasons) are user errors with nothing written.
 */
export async function endRevocation(
  context: RequestContext, action: keyof typeof ENDINGS, input: { applicationId: string; reasons: string; competentBody: string },
): Promise<RevocationResult> {
  const actor = requireActor(context);
  return context.em.transactional(async (em) => {
    const application = await loadApplicationForReviewer(context, em, input.applicationId);
    const now = context.clock.now();
    const revocation = await openRevocationOf(em, application);
    const facts = {
      revocationLapsesAt: revocation?.lapsesAt ?? null,
      hearingConcluded: revocation != null && await hearingConcluded(em, application, HearingPurpose.REVOCATION, now),
    };
    const refusal = transitionRefusal(action, { ...facts, status: application.status, now });
    if (refusal) return refused([userError(refusal, ['input', 'applicationId'])]);
    const { decision, errors } = checkDecision(input);
    if (!decision) return refused(errors);

    const { kind, outcome } = ENDINGS[action];
    const resolution = await issueResolution(context, em, application, { kind, ...decision, at: now, resolvedByNif: actor.nif });
    Object.assign(revocation!, { ...decision, resolution, closedAt: now, closedByNif: actor.nif, outcome });
    const ids = { revocation: toGlobalId('Revocation', revocation!.id), resolution: toGlobalId('Resolution', resolution.id), registryNumber: resolution.registryEntry.number };
    applyTransition(em, application, action, now, { actorNif: actor.nif, facts, details: ids, announce: ids });
    await em.flush();
    return { application, revocation: revocation!, userErrors: [] };
  });
}
