import { graphql } from '../gql';

/*
 * The editors' operations, typed by GraphQL Code Generator (npm run admin:codegen). They mirror
 * test/operations/back-office/, the front-end contract the API keeps. The form's fragment,
 * ResourceFormContent, is not copied here: codegen reads it from the contract's
 * resource-form-content.graphql (admin/codegen.ts), so the form and the contract load the same fields.
 */

export const EDITOR_RESOURCES = graphql(`
  query EditorResourceList($filter: ResourceFilter!, $first: Int, $after: String, $last: Int, $before: String) {
    resources(filter: $filter, orderBy: { field: TITLE, direction: ASC }, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      nodes { id code title locale status statusLabel version availableLocales publishedAt kindLabel }
    }
  }
`);

export const PROVIDER_TAXONOMY = graphql(`
  query EditorProviderTaxonomy($slug: String!) {
    provider(slug: $slug) {
      id
      slug
      name
      areas { id code name }
      programmes { id code name }
      catalogues { id code name }
      units { id code name }
    }
  }
`);

export const RESOURCE_FORM = graphql(`
  query EditorResourceForm($provider: String!, $code: String!) {
    resource(provider: $provider, code: $code, preview: true) {
      id
      code
      locale
      status
      statusLabel
      version
      title
      availableLocales
      publishedAt
      content { ...ResourceFormContent }
    }
  }
`);

/** What the publication panel shows: the check of the working draft and the pending schedule. */
export const PUBLICATION_PANEL = graphql(`
  query EditorPublicationPanel($provider: String!, $code: String!) {
    resource(provider: $provider, code: $code, preview: true) {
      id
      locale
      version
      status
      publicationCheck {
        publishable
        errors { code field message }
        warnings { code field message }
      }
      publicationSchedule { action dueAt }
    }
  }
`);

export const CREATE_RESOURCE = graphql(`
  mutation EditorCreateResource($input: CreateResourceInput!) {
    createResource(input: $input) {
      resource { id code locale version status }
      userErrors { code field message }
      warnings { code field message }
    }
  }
`);

export const SAVE_RESOURCE = graphql(`
  mutation EditorSaveResource($input: UpdateResourceInput!) {
    updateResource(input: $input) {
      resource { id code locale version status statusLabel title availableLocales content { ...ResourceFormContent } }
      userErrors { code field message }
      warnings { code field message }
    }
  }
`);

export const PUBLISH_RESOURCE = graphql(`
  mutation EditorPublishResource($input: ResourcePublicationInput!) {
    publishResource(input: $input) {
      resource { id locale version status statusLabel publishedAt }
      userErrors { code field message }
      warnings { code field message }
    }
  }
`);

export const UNPUBLISH_RESOURCE = graphql(`
  mutation EditorUnpublishResource($input: ResourcePublicationInput!) {
    unpublishResource(input: $input) {
      resource { id locale version status statusLabel publishedAt }
      userErrors { code field message }
      warnings { code field message }
    }
  }
`);

export const ARCHIVE_RESOURCE = graphql(`
  mutation EditorArchiveResource($input: ResourcePublicationInput!) {
    archiveResource(input: $input) {
      resource { id locale version status statusLabel publishedAt }
      userErrors { code field message }
      warnings { code field message }
    }
  }
`);

export const SCHEDULE_PUBLICATION = graphql(`
  mutation EditorSchedulePublication($input: ScheduleResourcePublicationInput!) {
    scheduleResourcePublication(input: $input) {
      schedule { action dueAt }
      userErrors { code field message }
      warnings { code field message }
    }
  }
`);

export const CANCEL_SCHEDULE = graphql(`
  mutation EditorCancelSchedule($input: CancelResourcePublicationScheduleInput!) {
    cancelResourcePublicationSchedule(input: $input) {
      cancelled { action dueAt }
      userErrors { code field message }
      warnings { code field message }
    }
  }
`);

export const RESOURCE_REVISIONS = graphql(`
  query EditorResourceRevisions($provider: String!, $code: String!, $after: String) {
    resource(provider: $provider, code: $code, preview: true) {
      id
      locale
      code
      title
      version
      revisions(first: 20, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        nodes { id version action actionLabel at actorName changes { field values } }
      }
    }
  }
`);

export const RESTORE_REVISION = graphql(`
  mutation EditorRestoreRevision($input: RestoreResourceRevisionInput!) {
    restoreResourceRevision(input: $input) {
      resource { id locale version status title }
      userErrors { code field message }
      warnings { code field message }
    }
  }
`);

/** After STALE_VERSION: the version another editor saved, and who saved it. */
export const CONFLICTING_VERSION = graphql(`
  query EditorConflictingVersion($provider: String!, $code: String!) {
    resource(provider: $provider, code: $code, preview: true) {
      id
      locale
      version
      status
      statusLabel
      content { ...ResourceFormContent }
      revisions(first: 1) { nodes { id actorName at } }
    }
  }
`);
