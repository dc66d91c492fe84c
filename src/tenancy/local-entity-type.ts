/** Kinds of local government that may be the audience of a resource and apply for it. */
export enum LocalEntityType {
  AJUNTAMENT = 'AJUNTAMENT',
  CONSELL_COMARCAL = 'CONSELL_COMARCAL',
  MANCOMUNITAT = 'MANCOMUNITAT',
  EMD = 'EMD',
  CONSORCI = 'CONSORCI',
  DIPUTACIO = 'DIPUTACIO',
  ALTRES = 'ALTRES',
}
