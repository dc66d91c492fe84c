import { graphql } from '../gql';

/**
 * The reviewers' GraphQL operations (issue 14), typed by codegen against schema/schema.graphql.
 * Every mutation asks for `userErrors { code field message }`: the message is already in the
 * person's language (Accept-Language), and `field` names the control it belongs to.
 */

export const REVIEW_QUEUE = graphql(`
  query ReviewQueue($filter: ApplicationFilter, $first: Int, $after: String) {
    applications(filter: $filter, orderBy: { field: RESOLUTION_DUE_DATE, direction: ASC }, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id
        status
        statusLabel
        registryNumber
        submittedAt
        resolutionDueDate
        targetDueDate
        deadlineState
        deadlineStateLabel
        localEntity { id name }
        resource { id locale code title }
      }
    }
  }
`);

export const APPLICATION_FILE = graphql(`
  query ReviewApplicationFile($id: ID!) {
    application(id: $id) {
      id
      status
      statusLabel
      version
      registryNumber
      submittedAt
      resolutionDueDate
      targetDueDate
      deadlineState
      deadlineStateLabel
      agreementDate
      selectedServices
      declaredRequirements
      applicant { name nif position email phone }
      localEntity { id name nif dir3Code typeLabel }
      resource { id locale code title provider { slug name } documents { id code title } requirements { code } }
      receipt { registryNumber registeredAt contentSha256 signatureFormat signatureFormatLabel seal pdfUrl }
      acceptedDocuments { documentId code versionNumber sha256 acceptedAt }
      interlocutors { roleCode name nif email phone }
      attachments { documentCode fileId filename mediaType sha256 downloadUrl }
      registryEntries { number direction directionLabel subject subjectLabel registeredAt contentSha256 signatureFormat signatureFormatLabel signerNif seal statement }
      dueDateHistory { at kind kindLabel previous next reason reasonLabel suspendedDays }
      notifications { id act actLabel status statusLabel madeAvailableAt accessedAt deemedRejectedAt document { filename sha256 downloadUrl } }
      correctionRequests { id requestedAt termDays termLastDay answeredAt answerRegistryNumber registryNumber suspendedDays items { text requirementCode documentCode } }
      hearings { id purpose purposeLabel reasons termDays openedAt termOverAt concluded noticeRegistryNumber allegations { registryNumber registeredAt statement } }
      resolutions { id kind kindLabel reasons competentBody resolvedAt registryNumber document { filename sha256 size downloadUrl } }
      revocations { id open openedAt deadline deficiencies measures lapsesAt lastDayToResolve closedAt outcome outcomeLabel reasons competentBody }
      decisionDelay { id communicationDueDate communicatedAt deadlineState deadlineStateLabel registryNumber }
      sealedCopies { id documentCode title versionLabel versionNumber acceptedSha256 embedsOriginal issuedAt document { filename sha256 size downloadUrl } }
    }
  }
`);


export const REQUEST_CORRECTIONS = graphql(`
  mutation ReviewRequestCorrections($input: RequestCorrectionsInput!) {
    requestCorrections(input: $input) {
      application { id status }
      correctionRequest { id registryNumber }
      userErrors { code field message }
    }
  }
`);

export const RESOLVE_APPLICATION = graphql(`
  mutation ReviewResolveApplication($input: ResolveApplicationInput!) {
    resolveApplication(input: $input) {
      application { id status }
      resolution { id registryNumber kindLabel }
      userErrors { code field message }
    }
  }
`);

export const OPEN_HEARING = graphql(`
  mutation ReviewOpenHearing($input: OpenHearingInput!) {
    openHearing(input: $input) {
      application { id status }
      hearing { id noticeRegistryNumber }
      userErrors { code field message }
    }
  }
`);

export const OPEN_REVOCATION = graphql(`
  mutation ReviewOpenRevocation($input: OpenRevocationInput!) {
    openRevocation(input: $input) {
      application { id status }
      revocation { id }
      userErrors { code field message }
    }
  }
`);

export const CLOSE_REVOCATION = graphql(`
  mutation ReviewCloseRevocation($input: CloseRevocationInput!) {
    closeRevocation(input: $input) {
      application { id status }
      revocation { id outcomeLabel }
      userErrors { code field message }
    }
  }
`);

export const REVOKE_GRANT = graphql(`
  mutation ReviewRevokeGrant($input: RevokeGrantInput!) {
    revokeGrant(input: $input) {
      application { id status }
      revocation { id outcomeLabel }
      userErrors { code field message }
    }
  }
`);

export const QUALITY_REPORT = graphql(`
  query ReviewQualityReport($provider: String!, $from: Date!, $to: Date!) {
    provider(slug: $provider) {
      id
      name
      qualityReport(from: $from, to: $to) {
        from
        to
        commitments {
          resourceId
          resourceCode
          resourceTitle
          indicator
          indicatorLabel
          occurrence
          text
          threshold
          thresholdUnit
          targetPercent
          cases
          casesMeeting
          valuePercent
          met
          hardLimitBreaches
          breaches { applicationId registryNumber kind kindLabel dueDate day businessDays rating }
        }
      }
    }
  }
`);

export const DECISION_DELAYS = graphql(`
  query ReviewDecisionDelays($provider: String!, $pending: Boolean, $first: Int, $after: String) {
    decisionDelays(provider: $provider, pending: $pending, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id
        breachedAt
        communicationDueDate
        deadlineState
        deadlineStateLabel
        communicatedAt
        registryNumber
        application { id registryNumber statusLabel localEntity { id name } resource { id locale code title } }
      }
    }
  }
`);

/** A delay task as its form shows it: what is owed, and once communicated, what was said and the letter. */
export const DECISION_DELAY_FIELDS = graphql(`
  fragment ReviewDecisionDelay on DecisionDelay {
    id
    breachedAt
    communicationDueDate
    deadlineState
    deadlineStateLabel
    communicatedAt
    causes
    measures
    registryNumber
    notification { id document { filename sha256 downloadUrl } }
  }
`);

export const APPLICATION_DECISION_DELAY = graphql(`
  query ReviewApplicationDecisionDelay($id: ID!) {
    application(id: $id) {
      id
      registryNumber
      statusLabel
      resolutionDueDate
      localEntity { id name }
      resource { id locale code title }
      decisionDelay { ...ReviewDecisionDelay }
    }
  }
`);

export const COMMUNICATE_DELAY = graphql(`
  mutation ReviewCommunicateDelay($input: CommunicateDelayInput!) {
    communicateDelay(input: $input) {
      decisionDelay { ...ReviewDecisionDelay }
      userErrors { code field message }
    }
  }
`);
