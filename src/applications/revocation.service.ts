import { EntityManager } from '@mikro-orm/postgresql';
import { addDays } from '../calendar/days';
import { deadlinePlaces, loadHolidays } from '../calendar/holiday.service';
import { catalanDate } from '../clock';
import { withoutTenantFilter } from '../database/tenant-filter';
import { UserError, userError } from '../errors/user-error';
import { RequestContext } from '../graphql/context';
import { toGlobalId } from '../graphql/global-id';
import { requireActor } from '../identity/representation.service';
import { loadApplicationForReviewer } from './application-access';
import { applyTransition } from './application-transition.service';
import { ApplicationEntity } from './application.entity';
import { transitionRefusal } from './application.workflow';
import { RevocationOutcome } from './revocation-outcome';
import { RevocationEntity } from './revocation.entity';
import { checkDecision, checkDiagnosis, Diagnosis, REVOCATION_TERM, revocationTerm } from './revocation.rules';

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
 * (art. 25.1.b, 30.6), and the application moves to REVOCATION_OPEN with its event and outbox row.
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
    await em.flush();
    return { application, revocation, userErrors: [] };
  });
}

/**
 * Ends the open revocation procedure without revoking (the entity remedied the deficiencies, or
 * the diagnosis did not hold): the application is GRANTED again and the procedure keeps the
 * reasons, the competent body and who closed it. Only while it has not lapsed: once the 3 months
 * are over, the only act left is declaring it lapsed (art. 25.1.b), which the lapse job does.
 */
export async function closeRevocation(
  context: RequestContext, input: { applicationId: string; reasons: string; competentBody?: string | null },
): Promise<RevocationResult> {
  const actor = requireActor(context);
  return context.em.transactional(async (em) => {
    const application = await loadApplicationForReviewer(context, em, input.applicationId);
    const now = context.clock.now();
    const revocation = await openRevocationOf(em, application);
    const facts = { revocationLapsesAt: revocation?.lapsesAt ?? null };
    const outOfOrder = transitionRefusal('closeRevocation', { ...facts, status: application.status, now });
    if (outOfOrder) return refused([userError(outOfOrder, ['input', 'applicationId'])]);
    const { decision, errors } = checkDecision(input);
    if (!decision) return refused(errors);

    Object.assign(revocation!, { ...decision, closedAt: now, closedByNif: actor.nif, outcome: RevocationOutcome.CLOSED });
    const id = toGlobalId('Revocation', revocation!.id);
    applyTransition(em, application, 'closeRevocation', now, { actorNif: actor.nif, facts, details: { revocation: id }, announce: { revocation: id } });
    await em.flush();
    return { application, revocation: revocation!, userErrors: [] };
  });
}
