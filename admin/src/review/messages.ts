/**
 * The reviewers' texts (issue 14), Catalan first. They live beside their screens and are mounted
 * under `review` in each language's catalogue (i18n/ca.ts…), so the shared catalogues only gain a
 * line per language.
 */
export const reviewCa = {
  homeLink: 'Sol·licituds de {{provider}} per revisar',
  queue: {
    title: 'Sol·licituds per revisar · {{provider}}', intro: 'Ordenades per data màxima de resolució, la més propera primer.',
    filters: 'Filtres', status: 'Estat', deadlineState: 'Situació del termini', all: 'Totes', apply: 'Aplica els filtres',
    count: '{{count}} sol·licituds', empty: 'No hi ha cap sol·licitud amb aquests filtres.', more: 'Mostra’n més',
    caption: 'Sol·licituds per revisar, per data màxima de resolució',
    registryNumber: 'Registre d’entrada', entity: 'Ens', resource: 'Recurs', submittedAt: 'Presentada',
    resolutionDueDate: 'Data màxima de resolució', targetDueDate: 'Data objectiu', open: 'Obre l’expedient de {{number}}',
  },
  statuses: {
    SUBMITTED: 'Presentada', CORRECTIONS_REQUESTED: 'Esmena requerida', GRANTED: 'Atorgada', DENIED: 'Denegada',
    REVOCATION_OPEN: 'Revocació oberta', REVOKED: 'Revocada', DESISTED: 'Desistida', WITHDRAWN: 'Retirada', DRAFT: 'Esborrany',
  },
  deadlineStates: { ON_TIME: 'Dins de termini', AT_RISK: 'Termini a punt de vèncer', OVERDUE: 'Termini vençut' },
  file: {
    title: 'Expedient {{number}}', back: 'Torna a la cua', notFound: 'No s’ha trobat la sol·licitud o no la podeu veure.',
    details: 'Dades de la sol·licitud', status: 'Estat', entity: 'Ens sol·licitant', resource: 'Recurs', submittedAt: 'Presentada el',
    applicant: 'Persona sol·licitant', agreementDate: 'Data de l’acord', services: 'Serveis sol·licitats', declarations: 'Requisits declarats',
    receipt: 'Justificant de presentació', signature: 'Signatura', seal: 'Segell del registre', hash: 'SHA-256', download: 'Descarrega {{name}}',
    accepted: 'Versions de documents acceptades', document: 'Document', version: 'Versió', acceptedAt: 'Acceptat el',
    interlocutors: 'Persones interlocutores', role: 'Rol', name: 'Nom', nif: 'NIF', email: 'Correu electrònic', phone: 'Telèfon',
    attachments: 'Documents adjunts', file: 'Fitxer',
    registry: 'Assentaments de registre', number: 'Número', direction: 'Sentit', subject: 'Assumpte', registeredAt: 'Data', signer: 'Signant (NIF)', statement: 'Declaració',
    dueDates: 'Historial de dates de venciment', dueDateKind: 'Data', previous: 'Abans', next: 'Ara', reason: 'Motiu', suspendedDays: 'Dies suspesos', at: 'Quan',
    notifications: 'Notificacions', act: 'Acte', madeAvailableAt: 'Posada a disposició', accessedAt: 'Accedida', rejectedAt: 'Rebutjada',
    corrections: 'Requeriments d’esmena', items: 'Què cal esmenar', term: 'Termini', termDays: '{{count}} dies hàbils', termLastDay: 'Últim dia', answeredAt: 'Resposta',
    hearings: 'Audiències', purpose: 'Finalitat', reasons: 'Motius', allegations: 'Al·legacions', concluded: 'Conclosa',
    resolutions: 'Resolucions', kind: 'Tipus', competentBody: 'Òrgan competent', resolvedAt: 'Data',
    revocations: 'Revocacions', deadline: 'Termini per esmenar', deficiencies: 'Deficiències', measures: 'Mesures', outcome: 'Resultat', openRevocation: 'Oberta',
    sealedCopies: 'Còpies segellades', issuedAt: 'Emesa el', originalEmbedded: 'Inclou l’original',
    none: 'Cap.', bytes: '{{size}} bytes',
  },
  actions: {
    title: 'Actuacions', choose: 'Trieu una actuació', cancel: 'Cancel·la', working: 'S’està segellant, registrant i notificant…',
    requestCorrections: 'Requereix esmena', resolve: 'Resol', openHearing: 'Obre una audiència', openRevocation: 'Obre una revocació',
    closeRevocation: 'Tanca la revocació sense revocar', revokeGrant: 'Revoca l’atorgament',
    item: 'Esmena {{n}}', itemText: 'Què cal esmenar', requirement: 'Requisit afectat (opcional)', documentCode: 'Document afectat (opcional)',
    addItem: 'Afegeix una esmena', removeItem: 'Treu l’esmena {{n}}', termDays: 'Termini per respondre (dies hàbils)', termHint: 'Per defecte, 10 dies hàbils (art. 68).',
    decision: 'Decisió', reasons: 'Motivació', competentBody: 'Òrgan competent', restsOnOtherFacts: 'La resolució té en compte fets que l’ens no ha aportat (cal audiència)',
    hearingTerm: 'Termini de l’audiència (dies hàbils)', hearingTermHint: 'Entre 10 i 15 dies hàbils (art. 82).',
    deadline: 'Termini per corregir les deficiències', deficiencies: 'Deficiències detectades (una per línia)', measures: 'Mesures que ha de prendre l’ens (una per línia)',
    submit: 'Envia', done: 'Fet: {{what}}.', decisions: { GRANT: 'Atorga', DENY: 'Denega', ACCEPT_WITHDRAWAL: 'Accepta el desistiment', DECLARE_DESISTED: 'Declara el desistiment' },
  },
};

export type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
export type ReviewMessages = Shape<typeof reviewCa>;

export const reviewEs: ReviewMessages = {
  homeLink: 'Solicitudes de {{provider}} para revisar',
  queue: {
    title: 'Solicitudes para revisar · {{provider}}', intro: 'Ordenadas por fecha máxima de resolución, la más próxima primero.',
    filters: 'Filtros', status: 'Estado', deadlineState: 'Situación del plazo', all: 'Todas', apply: 'Aplica los filtros',
    count: '{{count}} solicitudes', empty: 'No hay ninguna solicitud con estos filtros.', more: 'Mostrar más',
    caption: 'Solicitudes para revisar, por fecha máxima de resolución',
    registryNumber: 'Registro de entrada', entity: 'Ente', resource: 'Recurso', submittedAt: 'Presentada',
    resolutionDueDate: 'Fecha máxima de resolución', targetDueDate: 'Fecha objetivo', open: 'Abrir el expediente de {{number}}',
  },
  statuses: {
    SUBMITTED: 'Presentada', CORRECTIONS_REQUESTED: 'Subsanación requerida', GRANTED: 'Otorgada', DENIED: 'Denegada',
    REVOCATION_OPEN: 'Revocación abierta', REVOKED: 'Revocada', DESISTED: 'Desistida', WITHDRAWN: 'Retirada', DRAFT: 'Borrador',
  },
  deadlineStates: { ON_TIME: 'En plazo', AT_RISK: 'Plazo a punto de vencer', OVERDUE: 'Plazo vencido' },
  file: {
    title: 'Expediente {{number}}', back: 'Volver a la cola', notFound: 'No se ha encontrado la solicitud o no puede verla.',
    details: 'Datos de la solicitud', status: 'Estado', entity: 'Ente solicitante', resource: 'Recurso', submittedAt: 'Presentada el',
    applicant: 'Persona solicitante', agreementDate: 'Fecha del acuerdo', services: 'Servicios solicitados', declarations: 'Requisitos declarados',
    receipt: 'Justificante de presentación', signature: 'Firma', seal: 'Sello del registro', hash: 'SHA-256', download: 'Descargar {{name}}',
    accepted: 'Versiones de documentos aceptadas', document: 'Documento', version: 'Versión', acceptedAt: 'Aceptado el',
    interlocutors: 'Personas interlocutoras', role: 'Rol', name: 'Nombre', nif: 'NIF', email: 'Correo electrónico', phone: 'Teléfono',
    attachments: 'Documentos adjuntos', file: 'Fichero',
    registry: 'Asientos de registro', number: 'Número', direction: 'Sentido', subject: 'Asunto', registeredAt: 'Fecha', signer: 'Firmante (NIF)', statement: 'Declaración',
    dueDates: 'Historial de fechas de vencimiento', dueDateKind: 'Fecha', previous: 'Antes', next: 'Ahora', reason: 'Motivo', suspendedDays: 'Días suspendidos', at: 'Cuándo',
    notifications: 'Notificaciones', act: 'Acto', madeAvailableAt: 'Puesta a disposición', accessedAt: 'Accedida', rejectedAt: 'Rechazada',
    corrections: 'Requerimientos de subsanación', items: 'Qué hay que subsanar', term: 'Plazo', termDays: '{{count}} días hábiles', termLastDay: 'Último día', answeredAt: 'Respuesta',
    hearings: 'Audiencias', purpose: 'Finalidad', reasons: 'Motivos', allegations: 'Alegaciones', concluded: 'Concluida',
    resolutions: 'Resoluciones', kind: 'Tipo', competentBody: 'Órgano competente', resolvedAt: 'Fecha',
    revocations: 'Revocaciones', deadline: 'Plazo para subsanar', deficiencies: 'Deficiencias', measures: 'Medidas', outcome: 'Resultado', openRevocation: 'Abierta',
    sealedCopies: 'Copias selladas', issuedAt: 'Emitida el', originalEmbedded: 'Incluye el original',
    none: 'Ninguno.', bytes: '{{size}} bytes',
  },
  actions: {
    title: 'Actuaciones', choose: 'Elija una actuación', cancel: 'Cancelar', working: 'Sellando, registrando y notificando…',
    requestCorrections: 'Requerir subsanación', resolve: 'Resolver', openHearing: 'Abrir una audiencia', openRevocation: 'Abrir una revocación',
    closeRevocation: 'Cerrar la revocación sin revocar', revokeGrant: 'Revocar el otorgamiento',
    item: 'Subsanación {{n}}', itemText: 'Qué hay que subsanar', requirement: 'Requisito afectado (opcional)', documentCode: 'Documento afectado (opcional)',
    addItem: 'Añadir una subsanación', removeItem: 'Quitar la subsanación {{n}}', termDays: 'Plazo para responder (días hábiles)', termHint: 'Por defecto, 10 días hábiles (art. 68).',
    decision: 'Decisión', reasons: 'Motivación', competentBody: 'Órgano competente', restsOnOtherFacts: 'La resolución tiene en cuenta hechos que el ente no ha aportado (requiere audiencia)',
    hearingTerm: 'Plazo de la audiencia (días hábiles)', hearingTermHint: 'Entre 10 y 15 días hábiles (art. 82).',
    deadline: 'Plazo para corregir las deficiencias', deficiencies: 'Deficiencias detectadas (una por línea)', measures: 'Medidas que debe tomar el ente (una por línea)',
    submit: 'Enviar', done: 'Hecho: {{what}}.', decisions: { GRANT: 'Otorgar', DENY: 'Denegar', ACCEPT_WITHDRAWAL: 'Aceptar el desistimiento', DECLARE_DESISTED: 'Declarar el desistimiento' },
  },
};

export const reviewEn: ReviewMessages = {
  homeLink: 'Applications to {{provider}} to review',
  queue: {
    title: 'Applications to review · {{provider}}', intro: 'Ordered by resolution due date, the nearest first.',
    filters: 'Filters', status: 'Status', deadlineState: 'Deadline', all: 'All', apply: 'Apply the filters',
    count: '{{count}} applications', empty: 'No application matches these filters.', more: 'Show more',
    caption: 'Applications to review, by resolution due date',
    registryNumber: 'Incoming registry number', entity: 'Entity', resource: 'Resource', submittedAt: 'Submitted',
    resolutionDueDate: 'Resolution due date', targetDueDate: 'Target date', open: 'Open the file of {{number}}',
  },
  statuses: {
    SUBMITTED: 'Submitted', CORRECTIONS_REQUESTED: 'Corrections requested', GRANTED: 'Granted', DENIED: 'Denied',
    REVOCATION_OPEN: 'Revocation open', REVOKED: 'Revoked', DESISTED: 'Desisted', WITHDRAWN: 'Withdrawn', DRAFT: 'Draft',
  },
  deadlineStates: { ON_TIME: 'On time', AT_RISK: 'At risk', OVERDUE: 'Overdue' },
  file: {
    title: 'File {{number}}', back: 'Back to the queue', notFound: 'The application was not found or you may not see it.',
    details: 'Application details', status: 'Status', entity: 'Applying entity', resource: 'Resource', submittedAt: 'Submitted on',
    applicant: 'Applicant', agreementDate: 'Agreement date', services: 'Services asked for', declarations: 'Declared requirements',
    receipt: 'Submission receipt', signature: 'Signature', seal: 'Registry seal', hash: 'SHA-256', download: 'Download {{name}}',
    accepted: 'Accepted document versions', document: 'Document', version: 'Version', acceptedAt: 'Accepted on',
    interlocutors: 'Interlocutors', role: 'Role', name: 'Name', nif: 'NIF', email: 'E-mail', phone: 'Telephone',
    attachments: 'Attachments', file: 'File',
    registry: 'Registry entries', number: 'Number', direction: 'Direction', subject: 'Subject', registeredAt: 'Date', signer: 'Signer (NIF)', statement: 'Statement',
    dueDates: 'Due date history', dueDateKind: 'Date', previous: 'Before', next: 'Now', reason: 'Reason', suspendedDays: 'Days suspended', at: 'When',
    notifications: 'Notifications', act: 'Act', madeAvailableAt: 'Made available', accessedAt: 'Accessed', rejectedAt: 'Deemed rejected',
    corrections: 'Requests for corrections', items: 'What to correct', term: 'Term', termDays: '{{count}} business days', termLastDay: 'Last day', answeredAt: 'Answer',
    hearings: 'Hearings', purpose: 'Purpose', reasons: 'Reasons', allegations: 'Allegations', concluded: 'Concluded',
    resolutions: 'Resolutions', kind: 'Kind', competentBody: 'Competent body', resolvedAt: 'Date',
    revocations: 'Revocations', deadline: 'Deadline to correct', deficiencies: 'Deficiencies', measures: 'Measures', outcome: 'Outcome', openRevocation: 'Open',
    sealedCopies: 'Sealed copies', issuedAt: 'Issued on', originalEmbedded: 'Embeds the original',
    none: 'None.', bytes: '{{size}} bytes',
  },
  actions: {
    title: 'Actions', choose: 'Choose an action', cancel: 'Cancel', working: 'Sealing, registering and notifying…',
    requestCorrections: 'Request corrections', resolve: 'Resolve', openHearing: 'Open a hearing', openRevocation: 'Open a revocation',
    closeRevocation: 'Close the revocation without revoking', revokeGrant: 'Revoke the grant',
    item: 'Correction {{n}}', itemText: 'What to correct', requirement: 'Requirement concerned (optional)', documentCode: 'Document concerned (optional)',
    addItem: 'Add a correction', removeItem: 'Remove correction {{n}}', termDays: 'Term to answer (business days)', termHint: '10 business days by default (art. 68).',
    decision: 'Decision', reasons: 'Reasons', competentBody: 'Competent body', restsOnOtherFacts: 'The resolution rests on facts the entity did not bring (a hearing is needed)',
    hearingTerm: 'Term of the hearing (business days)', hearingTermHint: 'Between 10 and 15 business days (art. 82).',
    deadline: 'Deadline to correct the deficiencies', deficiencies: 'Deficiencies found (one per line)', measures: 'Measures the entity must take (one per line)',
    submit: 'Send', done: 'Done: {{what}}.', decisions: { GRANT: 'Grant', DENY: 'Deny', ACCEPT_WITHDRAWAL: 'Accept the withdrawal', DECLARE_DESISTED: 'Declare desisted' },
  },
};

