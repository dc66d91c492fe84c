import { ApplicationAttachmentEntity } from '../applications/application-attachment.entity';
import { ApplicationEventEntity } from '../applications/application-event.entity';
import { ApplicationEntity } from '../applications/application.entity';
import { DocumentAcceptanceEntity } from '../applications/document-acceptance.entity';
import { RegistryCounterEntity, RegistryEntryEntity } from '../registry/registry-entry.entity';
import { RequirementFulfilmentEntity } from '../applications/requirement-fulfilment.entity';
import { RevocationEntity } from '../applications/revocation.entity';
import { StoredFileEntity } from '../files/stored-file.entity';
import { AuditEntryEntity } from '../audit/audit-entry.entity';
import { PublicationScheduleEntity } from '../catalogue/publication-schedule.entity';
import { ResourceRevisionEntity } from '../catalogue/resource-revision.entity';
import { OutboxEventEntity } from '../outbox/outbox-event.entity';
import { WebhookDeliveryEntity } from '../outbox/webhook-delivery.entity';
import { WebhookSubscriptionEntity } from '../outbox/webhook-subscription.entity';
import { FolderItemEntity } from '../catalogue/folder-item.entity';
import { HolidayEntity } from '../calendar/holiday.entity';
import { EntityAuthorizationEntity } from '../identity/entity-authorization.entity';
import { ApplicationWindowEntity } from '../catalogue/application-window.entity';
import { InterlocutorRoleEntity } from '../catalogue/interlocutor-role.entity';
import { LegalReferenceEntity } from '../catalogue/legal-reference.entity';
import { ProcedureStepEntity } from '../catalogue/procedure-step.entity';
import { PublishedResourceEntity } from '../catalogue/published-resource.entity';
import { QualityCommitmentEntity } from '../catalogue/quality-commitment.entity';
import { SurveyQuestionEntity } from '../catalogue/survey-question.entity';
import { RequirementEntity } from '../catalogue/requirement.entity';
import { ResourceDocumentVersionEntity } from '../documents/resource-document-version.entity';
import { ResourceDocumentEntity } from '../documents/resource-document.entity';
import { ResourceTranslationEntity } from '../catalogue/resource-translation.entity';
import { ResourceEntity } from '../catalogue/resource.entity';
import { ServiceOptionEntity } from '../catalogue/service-option.entity';
import { AreaEntity } from '../tenancy/area.entity';
import { CatalogueEntity } from '../tenancy/catalogue.entity';
import { LocalEntityEntity } from '../tenancy/local-entity.entity';
import { ProgrammeEntity } from '../tenancy/programme.entity';
import { ProviderUnitEntity } from '../tenancy/provider-unit.entity';
import { ProviderEntity } from '../tenancy/provider.entity';
import { NotificationEntity } from '../notifications/notification.entity';
import { HearingEntity } from '../applications/hearing.entity';
import { ResolutionEntity } from '../applications/resolution.entity';
import { SealedCopyEntity } from '../applications/sealed-copy.entity';
import { ApplicationDueDateChangeEntity } from '../applications/due-date-change.entity';
import { CorrectionRequestEntity } from '../applications/correction-request.entity';
import { DecisionDelayEntity } from '../quality/decision-delay.entity';
import { SurveyAnswerEntity } from '../quality/survey-answer.entity';
import { SurveyResponseEntity } from '../quality/survey-response.entity';
import { QualityAnalysisEntity } from '../quality/quality-analysis.entity';

/** Every entity, listed explicitly so the compiled build needs no folder scanning. */
export const entities = [
  ProviderEntity, CatalogueEntity, AreaEntity, ProgrammeEntity, ProviderUnitEntity, LocalEntityEntity,
  ResourceEntity, ResourceTranslationEntity, RequirementEntity, ResourceDocumentEntity, ResourceDocumentVersionEntity, ServiceOptionEntity,
  ApplicationWindowEntity, QualityCommitmentEntity, SurveyQuestionEntity, LegalReferenceEntity, ProcedureStepEntity, QualityAnalysisEntity,
  InterlocutorRoleEntity, PublishedResourceEntity, EntityAuthorizationEntity, FolderItemEntity, HolidayEntity,
  StoredFileEntity,
  AuditEntryEntity, OutboxEventEntity, PublicationScheduleEntity, ResourceRevisionEntity,
  ApplicationEntity, DocumentAcceptanceEntity, ApplicationAttachmentEntity, ApplicationEventEntity, RequirementFulfilmentEntity,
  RegistryEntryEntity, RegistryCounterEntity, NotificationEntity, RevocationEntity, ApplicationDueDateChangeEntity, CorrectionRequestEntity,
  WebhookSubscriptionEntity, WebhookDeliveryEntity,
  HearingEntity, ResolutionEntity, SealedCopyEntity,
  DecisionDelayEntity,
  SurveyResponseEntity, SurveyAnswerEntity,
];
