import { EntityManager } from '@mikro-orm/postgresql';
import { ApplicationEntity } from '../applications/application.entity';
import { RegistryEntryEntity } from '../registry/registry-entry.entity';
import { RevocationEntity } from '../applications/revocation.entity';
import { AuditEntryEntity } from '../audit/audit-entry.entity';
import { FolderItemEntity } from '../catalogue/folder-item.entity';
import { ResourceEntity } from '../catalogue/resource.entity';
import { EntityAuthorizationEntity } from '../identity/entity-authorization.entity';
import type { RequestIdentity } from '../identity/request-identity';
import { OutboxEventEntity } from '../outbox/outbox-event.entity';
import { NotificationEntity } from '../notifications/notification.entity';
import { WebhookSubscriptionEntity } from '../outbox/webhook-subscription.entity';
import { HearingEntity } from '../applications/hearing.entity';
import { ResolutionEntity } from '../applications/resolution.entity';
import { SealedCopyEntity } from '../applications/sealed-copy.entity';
import { DecisionDelayEntity } from '../quality/decision-delay.entity';
import { SurveyResponseEntity } from '../quality/survey-response.entity';
import { QualityAnalysisEntity } from '../quality/quality-analysis.entity';

/** Matches nothing: the value a scope takes when the caller has no claim to any row. */
export const NOBODY = '00000000-0000-0000-0000-000000000000';

/**
 * The request scopes, one MikroORM filter each, on by default for every query of a request's
 * entity manager. Entities that hang below a scoped one (a fitxa's translations, documents,
 * windows, revisions and schedules; applications and their events, attachments and registry
 * entries, through their fitxa) are scoped too: MikroORM joins a required to-one relation whose
 * target is filtered and applies its filter (`autoJoinRefsForFilters`, on by default), so a row
 * whose parent is hidden is hidden. test/integration/tenant-filters.test.ts proves it for every
 * entity that has a provider, directly or through a parent, reading MikroORM's metadata.
 */
export const REQUEST_SCOPES = {
  /**
   * A provider's fitxes (drafts included), applications, registry entries, notifications,
   * revocation procedures, hearings, resolutions, sealed copies, delay tasks and quality analyses, for its staff only
   * (quality reports publish the analyses of published fitxes, reading them with withoutTenantFilter). The public
   * reads published snapshots; applicants read their own applications (and what hangs from them)
   * through application-access.ts and notification.service.ts, which check whom they act for and
   * then cross tenants on purpose. Webhook subscriptions (and their deliveries, through them)
   * belong to the provider's staff too; webhook.policy.ts narrows managing them to its admins.
   * Survey responses (and their answers, through them) too: survey.policy.ts says which staff.
   */
  tenant: {
    entities: [
      ResourceEntity, ApplicationEntity, RegistryEntryEntity, NotificationEntity, RevocationEntity, WebhookSubscriptionEntity, HearingEntity, ResolutionEntity, SealedCopyEntity,
      SurveyResponseEntity, DecisionDelayEntity, QualityAnalysisEntity,
    ],
    where: (identity: RequestIdentity) => ({ provider: { $in: orNobody(identity.staffProviderIds) } }),
  },
  /** A provider's editorial history and its outgoing events, for its staff only (the public change feed reads published changes by SQL). */
  tenantColumn: {
    entities: [AuditEntryEntity, OutboxEventEntity],
    where: (identity: RequestIdentity) => ({ providerId: { $in: orNobody(identity.staffProviderIds) } }),
  },
  /** A person's folder, for that person only. */
  folderOwner: { entities: [FolderItemEntity], where: (identity: RequestIdentity) => ({ ownerSubject: identity.actor?.subject ?? NOBODY }) },
  /** An entity's authorizations, for who represents the entity and for the person authorized. */
  representation: {
    entities: [EntityAuthorizationEntity],
    where: (identity: RequestIdentity) => ({
      $or: [{ localEntity: identity.representedEntityId ?? NOBODY }, { granteeNif: identity.actor?.nif ?? NOBODY }],
    }),
  },
} as const;

/**
 * Rows that have a provider but that every caller may read, and why. They are public reference
 * data or hold nothing private; who may change them is their feature's policy. The tenant filter
 * test fails for an entity with a provider that is neither scoped nor listed here.
 */
export const SHARED_ACROSS_TENANTS: Record<string, string> = {
  AreaEntity: "a provider's areas are public: the catalogue's filters and facets name them",
  CatalogueEntity: "a provider's catalogues are public: the catalogue's filters and facets name them",
  ProgrammeEntity: "a provider's programmes are public: the catalogue's filters and facets name them",
  ProviderUnitEntity: "a provider's units are public: published fitxes name the unit in charge",
  LocalEntityEntity: 'the local entities are public reference data (localEntities), read by applicants of every provider',
  PublishedResourceEntity: 'a published snapshot is the public catalogue itself',
  RegistryCounterEntity: 'a counter holds only the last number given; only numbering reads it, inside its own locked transaction',
};

function orNobody(ids: readonly string[]): string[] {
  return ids.length ? [...ids] : [NOBODY];
}

/** Scopes a request's entity manager to what the caller may see (see REQUEST_SCOPES). */
export function scopeEntityManager(em: EntityManager, identity: RequestIdentity): void {
  for (const [name, scope] of Object.entries(REQUEST_SCOPES)) {
    em.addFilter(name, scope.where(identity), [...scope.entities], true);
  }
}

/**
 * The find options for a query that must look across tenants, e.g. an applicant reading the fitxa
 * they apply to, or numbering that is per provider. The only sanctioned way to do so: grep for
 * `withoutTenantFilter(` to review every place. The reason is required and says why the access
 * is right, which the caller must already have checked (through the feature's policy).
 */
export function withoutTenantFilter(reason: string): { filters: false } {
  if (reason.trim().length < 10) throw new Error('withoutTenantFilter needs a reason that says why the query may cross tenants');
  return { filters: false };
}
