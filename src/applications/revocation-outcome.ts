/** How a revocation procedure ended (DESIGN.md "After submission"; fitxa 111219). */
export enum RevocationOutcome {
  /** The grant was revoked by resolution after hearing the entity: the application is REVOKED. */
  REVOKED = 'REVOKED',
  /** The provider closed the procedure by resolution without revoking: the application is GRANTED again. */
  CLOSED = 'CLOSED',
  /** Not resolved within its 3 months (art. 25.1.b): declared lapsed, the application is GRANTED again. */
  LAPSED = 'LAPSED',
}
