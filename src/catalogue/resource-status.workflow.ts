import { ResourceStatus } from './resource-enums';

export type PublicationAction = 'publish' | 'unpublish' | 'archive';

/** Which editorial action is allowed from which state, and where it leads. Data, not code paths. */
export const PUBLICATION_TRANSITIONS: Record<PublicationAction, { from: readonly ResourceStatus[]; to: ResourceStatus }> = {
  // Publishing a published fitxa publishes its current draft again (a new published version).
  publish: { from: [ResourceStatus.DRAFT, ResourceStatus.PUBLISHED, ResourceStatus.UNPUBLISHED], to: ResourceStatus.PUBLISHED },
  unpublish: { from: [ResourceStatus.PUBLISHED], to: ResourceStatus.UNPUBLISHED },
  archive: { from: [ResourceStatus.DRAFT, ResourceStatus.PUBLISHED, ResourceStatus.UNPUBLISHED], to: ResourceStatus.ARCHIVED },
};

export function canTransition(action: PublicationAction, from: ResourceStatus): boolean {
  return PUBLICATION_TRANSITIONS[action].from.includes(from);
}

/** The outbox topic each action announces. */
export const PUBLICATION_ACTIONS_TOPIC: Record<PublicationAction, string> = {
  publish: 'resource.published',
  unpublish: 'resource.unpublished',
  archive: 'resource.archived',
};
