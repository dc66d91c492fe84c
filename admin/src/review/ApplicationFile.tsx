import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ReviewApplicationFileQuery } from '../gql/graphql';
import { Page } from '../ui/Page';
import { ReviewActions } from './ReviewActions';
import { DeadlineBadge, formatDate, formatDateTime, sameOriginLink } from './format';
import { APPLICATION_FILE } from './operations';

type FileApplication = NonNullable<ReviewApplicationFileQuery['application']>;

/** A section of the file: a heading, then its table or "none". */
function Section({ id, title, empty, children }: { id: string; title: string; empty: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={`file-${id}`} className="file-section" data-section={id}>
      <h2 id={`file-${id}`}>{title}</h2>
      {empty ? <p>{t('review.file.none')}</p> : children}
    </section>
  );
}

/** A table with a header row; every column has a header so a screen reader reads each cell with it. */
function Table({ caption, headers, rows }: { caption: string; headers: string[]; rows: ReactNode[][] }) {
  return (
    <div className="table-scroll">
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead><tr>{headers.map((header) => <th key={header} scope="col">{header}</th>)}</tr></thead>
        <tbody>{rows.map((cells, index) => <tr key={index}>{cells.map((cell, column) => <td key={column}>{cell}</td>)}</tr>)}</tbody>
      </table>
    </div>
  );
}

/** A download of a sealed or attached file: same origin, with its name, so the browser saves it. */
export function Download({ url, filename }: { url: string; filename: string }) {
  const { t } = useTranslation();
  return <a href={sameOriginLink(url)} download={filename} className="download">{t('review.file.download', { name: filename })}</a>;
}

const Hash = ({ value }: { value: string | null | undefined }) => (value ? <code className="hash">{value}</code> : <>—</>);

/**
 * An application's whole file for its provider's reviewers: details, accepted document versions
 * with their hashes, interlocutors, attachments, the registry entries with signature and seal,
 * due-date history, notifications, requests for corrections, hearings, resolutions, revocations and
 * the sealed copies with their download links; then the actions its status allows.
 */
export function ApplicationFile() {
  const { t } = useTranslation();
  const { provider = '', id = '' } = useParams();
  const { data, loading, refetch } = useQuery(APPLICATION_FILE, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const application = data?.application;
  const back = <Link to={`/${provider}/revisio`}>{t('review.file.back')}</Link>;
  if (!application) {
    return (
      <Page title={t('review.file.title', { number: '' }).trim()} screen="review-file">
        {loading ? <p role="status">{t('app.loading')}</p> : <p>{t('review.file.notFound')}</p>}
        <p>{back}</p>
      </Page>
    );
  }
  return (
    <Page title={t('review.file.title', { number: application.registryNumber ?? '' })} screen="review-file" actions={back}>
      <Details application={application} />
      <ReviewActions application={application} onDone={() => void refetch()} />
      <FileSections application={application} />
    </Page>
  );
}

function Details({ application }: { application: FileApplication }) {
  const { t } = useTranslation();
  const { provider = '' } = useParams();
  const rows: [string, ReactNode][] = [
    [t('review.file.status'), <span data-status={application.status}>{application.statusLabel}</span>],
    [t('review.queue.deadlineState'), <DeadlineBadge state={application.deadlineState} label={application.deadlineStateLabel} />],
    [t('review.file.entity'), `${application.localEntity.name} (${application.localEntity.typeLabel}${application.localEntity.nif ? `, ${application.localEntity.nif}` : ''}${application.localEntity.dir3Code ? `, DIR3 ${application.localEntity.dir3Code}` : ''})`],
    [t('review.file.resource'), application.resource ? `${application.resource.code} · ${application.resource.title}` : '—'],
    [t('review.file.applicant'), [application.applicant.name, application.applicant.nif, application.applicant.position, application.applicant.email, application.applicant.phone].filter(Boolean).join(' · ') || '—'],
    [t('review.file.submittedAt'), formatDateTime(application.submittedAt)],
    [t('review.queue.resolutionDueDate'), formatDate(application.resolutionDueDate)],
    [t('review.queue.targetDueDate'), formatDate(application.targetDueDate)],
    [t('review.file.agreementDate'), formatDate(application.agreementDate)],
    [t('review.file.services'), application.selectedServices.join(', ') || '—'],
    [t('review.file.declarations'), application.declaredRequirements.join(', ') || '—'],
  ];
  const receipt = application.receipt;
  const delay = application.decisionDelay;
  if (delay) {
    // A delay task (issue 13): its due date or the letter's number, and the way to its form.
    rows.push([t('review.delays.inFile'), (
      <>
        {delay.communicatedAt ? `${t('review.delays.communicatedAt')} ${formatDateTime(delay.communicatedAt)} · ${delay.registryNumber ?? ''}` : (
          <>{t('review.delays.dueDate')}: {formatDate(delay.communicationDueDate)} <DeadlineBadge state={delay.deadlineState} label={delay.deadlineStateLabel} /></>
        )}
        {' · '}<Link to={`/${provider}/retards/${encodeURIComponent(application.id)}`}>{t(delay.communicatedAt ? 'review.delays.show' : 'review.delays.communicate', { number: application.registryNumber ?? '' })}</Link>
      </>
    )]);
  }
  return (
    <section aria-labelledby="file-details" className="file-section" data-section="details">
      <h2 id="file-details">{t('review.file.details')}</h2>
      <dl className="facts">
        {rows.map(([term, value]) => <div key={term}><dt>{term}</dt><dd>{value}</dd></div>)}
        {receipt ? (
          <>
            <div><dt>{t('review.file.receipt')}</dt><dd>{receipt.registryNumber} · {formatDateTime(receipt.registeredAt)}</dd></div>
            <div><dt>{t('review.file.signature')}</dt><dd>{receipt.signatureFormatLabel} · {t('review.file.hash')} <Hash value={receipt.contentSha256} /></dd></div>
            <div><dt>{t('review.file.seal')}</dt><dd><Hash value={receipt.seal} /></dd></div>
          </>
        ) : null}
      </dl>
    </section>
  );
}

function FileSections({ application }: { application: FileApplication }) {
  const { t } = useTranslation();
  const f = (key: string) => t(`review.file.${key}`);
  return (
    <>
      <Section id="accepted" title={f('accepted')} empty={!application.acceptedDocuments.length}>
        <Table caption={f('accepted')} headers={[f('document'), f('version'), f('acceptedAt'), f('hash')]}
          rows={application.acceptedDocuments.map((doc) => [doc.code, String(doc.versionNumber), formatDateTime(doc.acceptedAt), <Hash value={doc.sha256} />])} />
      </Section>
      <Section id="interlocutors" title={f('interlocutors')} empty={!application.interlocutors.length}>
        <Table caption={f('interlocutors')} headers={[f('role'), f('name'), f('nif'), f('email'), f('phone')]}
          rows={application.interlocutors.map((person) => [person.roleCode, person.name, person.nif, person.email, person.phone ?? '—'])} />
      </Section>
      <Section id="attachments" title={f('attachments')} empty={!application.attachments.length}>
        <Table caption={f('attachments')} headers={[f('document'), f('file'), f('hash')]}
          rows={application.attachments.map((file) => [file.documentCode, <Download url={file.downloadUrl} filename={file.filename} />, <Hash value={file.sha256} />])} />
      </Section>
      <Section id="registry" title={f('registry')} empty={!application.registryEntries.length}>
        <Table caption={f('registry')} headers={[f('number'), f('direction'), f('subject'), f('registeredAt'), f('signature'), f('signer'), f('hash'), f('seal')]}
          rows={application.registryEntries.map((entry) => [entry.number, entry.directionLabel, entry.subjectLabel, formatDateTime(entry.registeredAt),
            entry.signatureFormatLabel ?? '—', entry.signerNif ?? '—', <Hash value={entry.contentSha256} />, <Hash value={entry.seal} />])} />
      </Section>
      <Section id="due-dates" title={f('dueDates')} empty={!application.dueDateHistory.length}>
        <Table caption={f('dueDates')} headers={[f('at'), f('dueDateKind'), f('previous'), f('next'), f('reason'), f('suspendedDays')]}
          rows={application.dueDateHistory.map((change) => [formatDateTime(change.at), change.kindLabel, formatDate(change.previous), formatDate(change.next),
            change.reasonLabel, change.suspendedDays == null ? '—' : String(change.suspendedDays)])} />
      </Section>
      <Section id="notifications" title={f('notifications')} empty={!application.notifications.length}>
        <Table caption={f('notifications')} headers={[f('act'), f('status'), f('madeAvailableAt'), f('accessedAt'), f('rejectedAt'), f('document')]}
          rows={application.notifications.map((notice) => [notice.actLabel, notice.statusLabel, formatDateTime(notice.madeAvailableAt), formatDateTime(notice.accessedAt),
            formatDateTime(notice.deemedRejectedAt), notice.document ? <Download url={notice.document.downloadUrl} filename={notice.document.filename} /> : '—'])} />
      </Section>
      <Section id="corrections" title={f('corrections')} empty={!application.correctionRequests.length}>
        <Table caption={f('corrections')} headers={[f('number'), f('registeredAt'), f('items'), f('term'), f('termLastDay'), f('answeredAt'), f('suspendedDays')]}
          rows={application.correctionRequests.map((request) => [request.registryNumber ?? '—', formatDateTime(request.requestedAt),
            <ul>{request.items.map((item, index) => <li key={index}>{item.text}{item.requirementCode ? ` (${item.requirementCode})` : ''}{item.documentCode ? ` [${item.documentCode}]` : ''}</li>)}</ul>,
            t('review.file.termDays', { count: request.termDays }), formatDate(request.termLastDay),
            request.answeredAt ? `${formatDateTime(request.answeredAt)} · ${request.answerRegistryNumber ?? ''}` : '—',
            request.suspendedDays == null ? '—' : String(request.suspendedDays)])} />
      </Section>
      <Section id="hearings" title={f('hearings')} empty={!application.hearings.length}>
        <Table caption={f('hearings')} headers={[f('number'), f('purpose'), f('reasons'), f('term'), f('allegations'), f('concluded')]}
          rows={application.hearings.map((hearing) => [hearing.noticeRegistryNumber, hearing.purposeLabel, hearing.reasons, t('review.file.termDays', { count: hearing.termDays }),
            hearing.allegations ? `${hearing.allegations.registryNumber}: ${hearing.allegations.statement}` : '—', hearing.concluded ? t('common.yes') : t('common.no')])} />
      </Section>
      <Section id="resolutions" title={f('resolutions')} empty={!application.resolutions.length}>
        <Table caption={f('resolutions')} headers={[f('number'), f('kind'), f('resolvedAt'), f('competentBody'), f('reasons'), f('document'), f('hash')]}
          rows={application.resolutions.map((resolution) => [resolution.registryNumber, resolution.kindLabel, formatDateTime(resolution.resolvedAt), resolution.competentBody,
            resolution.reasons, <Download url={resolution.document.downloadUrl} filename={resolution.document.filename} />, <Hash value={resolution.document.sha256} />])} />
      </Section>
      <Section id="revocations" title={f('revocations')} empty={!application.revocations.length}>
        <Table caption={f('revocations')} headers={[f('registeredAt'), f('deadline'), f('deficiencies'), f('measures'), f('outcome')]}
          rows={application.revocations.map((revocation) => [formatDateTime(revocation.openedAt), formatDate(revocation.deadline), revocation.deficiencies.join('; '),
            revocation.measures.join('; '), revocation.open ? f('openRevocation') : (revocation.outcomeLabel ?? '—')])} />
      </Section>
      <Section id="sealed-copies" title={f('sealedCopies')} empty={!application.sealedCopies.length}>
        <Table caption={f('sealedCopies')} headers={[f('document'), f('version'), f('issuedAt'), f('hash'), f('originalEmbedded'), f('file')]}
          rows={application.sealedCopies.map((copy) => [copy.title, copy.versionLabel, formatDateTime(copy.issuedAt), <Hash value={copy.acceptedSha256} />,
            copy.embedsOriginal ? t('common.yes') : t('common.no'), <Download url={copy.document.downloadUrl} filename={copy.document.filename} />])} />
      </Section>
    </>
  );
}
