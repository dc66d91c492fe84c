import { LabelTable } from '../i18n/labels';

/**
 * What a resolution decides. The first four end an application's procedure (resolveApplication);
 * the last two end a revocation procedure opened on a grant (helper V's revokeGrant and
 * closeRevocation reuse the same document, registry and notification path through issueResolution).
 */
export enum ResolutionKind {
  GRANT = 'GRANT',
  DENY = 'DENY',
  ACCEPT_WITHDRAWAL = 'ACCEPT_WITHDRAWAL',
  DECLARE_DESISTED = 'DECLARE_DESISTED',
  REVOKE = 'REVOKE',
  CLOSE_REVOCATION = 'CLOSE_REVOCATION',
}

/** The decisions resolveApplication takes: the kinds that end the application's own procedure. */
export enum ResolutionDecision {
  GRANT = 'GRANT',
  DENY = 'DENY',
  ACCEPT_WITHDRAWAL = 'ACCEPT_WITHDRAWAL',
  DECLARE_DESISTED = 'DECLARE_DESISTED',
}

/** The resolution's title in the document and its label on screens. */
export const RESOLUTION_KIND_LABELS: LabelTable<ResolutionKind> = {
  GRANT: { CA: 'Resolució d\'atorgament', ES: 'Resolución de concesión', EN: 'Decision to grant' },
  DENY: { CA: 'Resolució de denegació', ES: 'Resolución de denegación', EN: 'Decision to deny' },
  ACCEPT_WITHDRAWAL: { CA: 'Resolució d\'acceptació del desistiment', ES: 'Resolución de aceptación del desistimiento', EN: 'Decision accepting the withdrawal' },
  DECLARE_DESISTED: { CA: 'Resolució que té per desistida la sol·licitud', ES: 'Resolución que tiene por desistida la solicitud', EN: 'Decision declaring the application withdrawn' },
  REVOKE: { CA: 'Resolució de revocació', ES: 'Resolución de revocación', EN: 'Decision to revoke' },
  CLOSE_REVOCATION: { CA: 'Resolució de tancament del procediment de revocació', ES: 'Resolución de cierre del procedimiento de revocación', EN: 'Decision closing the revocation procedure' },
};
