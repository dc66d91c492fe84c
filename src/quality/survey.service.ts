import DataLoader from 'dataloader';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { loadApplicationForApplicant, publishedSnapshotOf } from '../applications/application-access';
import { ApplicationEventEntity } from '../applications/application-event.entity';
import { ApplicationEntity } from '../applications/application.entity';
import { ResolutionKind } from '../applications/resolution-kind';
import { ResolutionEntity } from '../applications/resolution.entity';
import { SurveyQuestionSnapshot, surveyOf } from '../catalogue/resource-snapshot';
import { startOfCatalanDay } from '../clock';
import { addDays } from '../calendar/days';
import { withoutTenantFilter } from '../database/tenant-filter';
import { invalid } from '../errors/domain-error';
import { UserError, userError } from '../errors/user-error';
import { UserErrorCode } from '../errors/user-error-code';
import { RequestContext } from '../graphql/context';
import { toGlobalId } from '../graphql/global-id';
import { Connection, ConnectionArguments, pageWindow, toConnection } from '../graphql/pagination';
import { mayActFor, requireActor } from '../identity/representation.service';
import { enqueueEvent } from '../outbox/outbox.service';
import { SurveyAnswerEntity } from './survey-answer.entity';
import { SurveyResponseEntity } from './survey-response.entity';
import { canReadSurveyResponses } from './survey.policy';
import { checkSurveyAnswers, SurveyAnswerData, surveyAvailable, SurveyFacts, surveyRefusal } from './survey.rules';

export const SURVEY_ANSWERED_TOPIC = 'application.surveyAnswered';

export interface SurveyResponseResult {
  response: SurveyResponseEntity | null;
  application: ApplicationEntity | null;
  userErrors: UserError[];
}

/**
 * The survey an application answers: the one it was filed against (kept at submission), or, for
 * applications submitted before surveys existed, the one published now.
 */
export async function surveyOfApplication(em: EntityManager, application: ApplicationEntity): Promise<SurveyQuestionSnapshot[]> {
  if (application.survey) return application.survey;
  const snapshot = await publishedSnapshotOf(em, application.resource.id);
  return snapshot ? surveyOf(snapshot) : [];
}

/** The facts of the rule, read inside the caller's transaction for an application it may read. */
async function surveyFacts(em: EntityManager, application: ApplicationEntity, questions: SurveyQuestionSnapshot[]): Promise<SurveyFacts> {
  const crossing = withoutTenantFilter("the caller already holds the application; its resolutions and survey response go with it");
  const [grants, responses] = await Promise.all([
    em.count(ResolutionEntity, { application: application.id, kind: ResolutionKind.GRANT }, crossing),
    em.count(SurveyResponseEntity, { application: application.id }, crossing),
  ]);
  return { granted: grants > 0, answered: responses > 0, hasSurvey: questions.length > 0 };
}

/**
 * A person acting for the application's entity answers the survey, once, after a grant. In one
 * transaction, with the application's row locked (so two submissions apply one after the other,
 * and the second finds the first): the access check every applicant mutation makes, the rules of
 * survey.rules.ts against the survey the application was filed against, the response and its
 * answers, an application event and an outbox row (ids only). Any refusal writes nothing. The
 * unique index on the application is the last word between concurrent submissions.
 */
export async function submitSurveyResponse(
  context: RequestContext, input: { applicationId: string; answers: SurveyAnswerData[] },
): Promise<SurveyResponseResult> {
  const actor = requireActor(context);
  const refuse = (application: ApplicationEntity | null, userErrors: UserError[]): SurveyResponseResult => ({ response: null, application, userErrors });
  try {
    return await context.em.transactional(async (em) => {
      const application = await loadApplicationForApplicant(context, em, input.applicationId);
      const questions = await surveyOfApplication(em, application);
      const refusal = surveyRefusal(await surveyFacts(em, application, questions));
      if (refusal) return refuse(application, [userError(refusal, ['input', 'applicationId'])]);
      const checked = checkSurveyAnswers(questions, input.answers);
      if (checked.errors.length > 0) return refuse(application, checked.errors);

      const at = context.clock.now();
      const response = em.create(SurveyResponseEntity, {
        provider: application.provider, resource: application.resource, application, localEntity: application.localEntity,
        submittedAt: at, submittedByNif: actor.nif,
      });
      for (const answer of checked.answers) em.create(SurveyAnswerEntity, { response, ...answer });
      const ids = {
        application: toGlobalId('Application', application.id), surveyResponse: toGlobalId('SurveyResponse', response.id),
        resource: toGlobalId('Resource', application.resource.id),
      };
      em.create(ApplicationEventEntity, { application, type: 'surveyAnswered', actorNif: actor.nif, occurredAt: at, details: { surveyResponse: ids.surveyResponse } });
      enqueueEvent(em, {
        topic: SURVEY_ANSWERED_TOPIC, providerId: application.provider.id, aggregateType: 'Application', aggregateId: application.id, payload: ids,
      });
      await em.flush();
      await em.populate(response, ['answers']);
      return { response, application, userErrors: [] };
    });
  } catch (error) {
    // Another submission for the same application committed between our check and our insert.
    if (error instanceof UniqueConstraintViolationException && /survey_response_application_unique/.test(error.message)) {
      return refuse(null, [userError(UserErrorCode.ALREADY_ANSWERED, ['input', 'applicationId'])]);
    }
    throw error;
  }
}

/**
 * Per-request batches by application id, so that a list of applications asking for their survey
 * costs one statement per kind of fact, not one per application. Keyed by the request's entity
 * manager; the applications were found readable by the caller, and their resolutions and responses
 * go with them.
 */
const responseLoaders = new WeakMap<EntityManager, DataLoader<string, SurveyResponseEntity | null>>();
const grantLoaders = new WeakMap<EntityManager, DataLoader<string, boolean>>();

function loaderFor<T>(loaders: WeakMap<EntityManager, DataLoader<string, T>>, em: EntityManager, load: (ids: string[]) => Promise<T[]>): DataLoader<string, T> {
  let loader = loaders.get(em);
  if (!loader) {
    loader = new DataLoader<string, T>((ids) => load([...ids]));
    loaders.set(em, loader);
  }
  return loader;
}

/** The survey response of an application the caller may read, with its answers in order; null when unanswered. */
export async function surveyResponseOf(context: RequestContext, application: ApplicationEntity): Promise<SurveyResponseEntity | null> {
  const { em } = context;
  return loaderFor(responseLoaders, em, async (applicationIds) => {
    const rows = await em.find(SurveyResponseEntity, { application: { $in: applicationIds } }, {
      populate: ['answers', 'localEntity'], ...withoutTenantFilter('the applications were found readable by the caller; their survey responses go with them'),
    });
    return applicationIds.map((id) => rows.find((row) => row.application.id === id) ?? null);
  }).load(application.id);
}

async function grantedApplication(context: RequestContext, application: ApplicationEntity): Promise<boolean> {
  const { em } = context;
  return loaderFor(grantLoaders, em, async (applicationIds) => {
    const grants = await em.find(ResolutionEntity, { application: { $in: applicationIds }, kind: ResolutionKind.GRANT }, {
      fields: ['application'], ...withoutTenantFilter('the applications were found readable by the caller; their resolutions go with them'),
    });
    return applicationIds.map((id) => grants.some((grant) => grant.application.id === id));
  }).load(application.id);
}

/**
 * Whether the caller may answer the application's survey now: the rule of submitSurveyResponse,
 * for a person who may act for the entity (a front end shows the survey when this is true).
 */
export async function surveyAvailableFor(context: RequestContext, application: ApplicationEntity): Promise<boolean> {
  if (!application.submittedAt || !(await mayActFor(context, application.localEntity.id))) return false;
  const [granted, response, questions] = await Promise.all([
    grantedApplication(context, application), surveyResponseOf(context, application), surveyOfApplication(context.em, application),
  ]);
  return surveyAvailable({ granted, answered: response !== null, hasSurvey: questions.length > 0, mayAnswer: true });
}

/** Submitted between `from` and `to`, both Catalan days included. */
export interface SurveyPeriod { from?: string | null; to?: string | null }

/**
 * A page of the responses to a fitxa, newest first, for its provider's staff; null for anyone
 * else. The tenant filter keeps other providers' responses out as well.
 */
export async function listSurveyResponses(
  context: RequestContext, resource: { id: string; providerSlug: string }, page: ConnectionArguments, period: SurveyPeriod,
): Promise<Connection<SurveyResponseEntity> | null> {
  if (!canReadSurveyResponses(context.identity.actor, resource.providerSlug)) return null;
  if (period.from && period.to && period.from > period.to) throw invalid(UserErrorCode.INVALID_RANGE, ['to']);
  const submittedAt: Record<string, Date> = {};
  if (period.from) submittedAt.$gte = startOfCatalanDay(period.from);
  if (period.to) submittedAt.$lt = startOfCatalanDay(addDays(period.to, 1));
  const where = { resource: resource.id, ...(Object.keys(submittedAt).length ? { submittedAt } : {}) };
  const total = await context.em.count(SurveyResponseEntity, where);
  const window = pageWindow(page, total);
  const rows = window.limit === 0 ? [] : await context.em.find(SurveyResponseEntity, where, {
    populate: ['answers', 'localEntity'], orderBy: { submittedAt: 'desc', id: 'desc' }, offset: window.offset, limit: window.limit,
  });
  return toConnection(rows, window, total);
}
