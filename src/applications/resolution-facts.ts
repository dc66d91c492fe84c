import { EntityManager } from '@mikro-orm/postgresql';
import { ApplicationEntity } from './application.entity';
import { ApplicationAction, TransitionFacts } from './application.workflow';
import { withdrawalRequested } from './application-withdrawal.service';
import { correctionTermEndsAt } from './corrections.service';
import { HearingPurpose } from './hearing-purpose';
import { hearingConcluded } from './hearing.service';
import { ResolutionDecision, ResolutionKind } from './resolution-kind';

/** The workflow act each decision performs (application.workflow.ts). */
export const DECISION_ACTIONS: Record<ResolutionDecision, ApplicationAction> = {
  GRANT: 'grant',
  DENY: 'deny',
  ACCEPT_WITHDRAWAL: 'acceptWithdrawal',
  DECLARE_DESISTED: 'declareDesisted',
};

/** The kind of resolution each decision issues. */
export const DECISION_KINDS: Record<ResolutionDecision, ResolutionKind> = {
  GRANT: ResolutionKind.GRANT,
  DENY: ResolutionKind.DENY,
  ACCEPT_WITHDRAWAL: ResolutionKind.ACCEPT_WITHDRAWAL,
  DECLARE_DESISTED: ResolutionKind.DECLARE_DESISTED,
};

export type GatheredFacts = Omit<TransitionFacts, 'status' | 'now'>;

/**
 * What each decision's guards read, gathered under the application's row lock. A guard that is
 * not given its fact refuses (application.workflow.ts), so each decision gathers exactly what its
 * transition's guards need and nothing else:
 * - GRANT: no guard beyond the status.
 * - DENY: whether it rests on facts the applicant did not bring (the reviewer says so) and, only
 *   then, whether the hearing before resolution is concluded (art. 82).
 * - ACCEPT_WITHDRAWAL: the applicant's signed withdrawal request is registered (art. 94), from
 *   application-withdrawal.service.ts.
 * - DECLARE_DESISTED: when the term to answer the pending request for corrections ends (art. 68.1),
 *   from corrections.service.ts.
 */
export const RESOLUTION_FACTS: Record<ResolutionDecision, (em: EntityManager, application: ApplicationEntity, input: { restsOnOtherFacts: boolean; now: Date }) => Promise<GatheredFacts>> = {
  GRANT: async () => ({}),
  DENY: async (em, application, { restsOnOtherFacts, now }) => ({
    restsOnOtherFacts,
    hearingConcluded: restsOnOtherFacts ? await hearingConcluded(em, application, HearingPurpose.BEFORE_RESOLUTION, now) : undefined,
  }),
  ACCEPT_WITHDRAWAL: async (em, application) => ({ withdrawalRequested: await withdrawalRequested(em, application) }),
  DECLARE_DESISTED: async (em, application) => ({ correctionTermEndsAt: await correctionTermEndsAt(em, application) }),
};
