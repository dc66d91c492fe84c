import { DEFAULT_LOCALE, Locale } from '../i18n/locale';
import { MessageParams } from './domain-error';
import { UserErrorCode } from './user-error-code';

/** The languages messages are written in; Occitan readers get Catalan, like every other text. */
type MessageLocale = Locale.CA | Locale.ES | Locale.EN;
type Template = string | ((params: MessageParams) => string);

/** Clauses that depend on an optional parameter, so each template stays one line. */
const opt = (value: unknown, text: string) => (value == null ? '' : text);

/** "Line 12: " before the messages of a file's lines. */
const line = { CA: (p: MessageParams) => opt(p.line, `Línia ${p.line}: `), ES: (p: MessageParams) => opt(p.line, `Línea ${p.line}: `), EN: (p: MessageParams) => opt(p.line, `Line ${p.line}: `) };

/**
 * Every code's message in every language. Typed as a complete Record: a new code, or a language
 * left out of one, fails to compile (the exhaustive mapping Twenty uses for its exceptions).
 */
export const USER_ERROR_MESSAGES: Record<UserErrorCode, Record<MessageLocale, Template>> = {
  NOT_FOUND: {
    CA: 'No existeix o no el podeu veure.', ES: 'No existe o no lo podéis ver.', EN: 'It does not exist or you may not see it.',
  },
  FORBIDDEN: {
    CA: 'No teniu permís per fer-ho.', ES: 'No tenéis permiso para hacerlo.', EN: 'You may not do this.',
  },
  REQUIRED: { CA: 'Obligatori.', ES: 'Obligatorio.', EN: 'Required.' },
  TOO_LONG: {
    CA: (p) => `Massa llarg${opt(p.max, `: com a màxim ${p.max} caràcters`)}.`,
    ES: (p) => `Demasiado largo${opt(p.max, `: como máximo ${p.max} caracteres`)}.`,
    EN: (p) => `Too long${opt(p.max, `: at most ${p.max} characters`)}.`,
  },
  TOO_SHORT: {
    CA: (p) => `Massa curt${opt(p.min, `: com a mínim ${p.min} caràcters`)}.`,
    ES: (p) => `Demasiado corto${opt(p.min, `: como mínimo ${p.min} caracteres`)}.`,
    EN: (p) => `Too short${opt(p.min, `: at least ${p.min} characters`)}.`,
  },
  TOO_MANY: {
    CA: (p) => `Massa elements${opt(p.max, `: com a màxim ${p.max}`)}.`,
    ES: (p) => `Demasiados elementos${opt(p.max, `: como máximo ${p.max}`)}.`,
    EN: (p) => `Too many items${opt(p.max, `: at most ${p.max}`)}.`,
  },
  OUT_OF_RANGE: {
    CA: (p) => `Fora de l'interval permès${opt(p.min, `: mínim ${p.min}`)}${opt(p.max, `, màxim ${p.max}`)}.`,
    ES: (p) => `Fuera del intervalo permitido${opt(p.min, `: mínimo ${p.min}`)}${opt(p.max, `, máximo ${p.max}`)}.`,
    EN: (p) => `Out of the allowed range${opt(p.min, `: at least ${p.min}`)}${opt(p.max, `, at most ${p.max}`)}.`,
  },
  INVALID_VALUE: { CA: 'Valor no vàlid.', ES: 'Valor no válido.', EN: 'Invalid value.' },
  INVALID_FORMAT: { CA: 'El format no és vàlid.', ES: 'El formato no es válido.', EN: 'The format is not valid.' },
  INVALID_CODE: {
    CA: 'Un codi té d\'1 a 64 lletres minúscules, xifres i guions.',
    ES: 'Un código tiene de 1 a 64 letras minúsculas, cifras y guiones.',
    EN: 'A code is 1 to 64 lower-case letters, digits and hyphens.',
  },
  INVALID_DATE: { CA: 'Un dia en format AAAA-MM-DD.', ES: 'Un día en formato AAAA-MM-DD.', EN: 'A day as YYYY-MM-DD.' },
  INVALID_RANGE: {
    CA: 'El període acaba abans de començar.', ES: 'El periodo termina antes de empezar.', EN: 'The period ends before it starts.',
  },
  PERIOD_TOO_LONG: {
    CA: (p) => `El període és massa llarg${opt(p.years, `: com a màxim ${p.years} anys`)}.`,
    ES: (p) => `El periodo es demasiado largo${opt(p.years, `: como máximo ${p.years} años`)}.`,
    EN: (p) => `The period is too long${opt(p.years, `: at most ${p.years} years`)}.`,
  },
  INVALID_EMAIL: { CA: 'No és una adreça electrònica.', ES: 'No es una dirección de correo electrónico.', EN: 'Not an e-mail address.' },
  INVALID_PHONE: { CA: 'No és un número de telèfon.', ES: 'No es un número de teléfono.', EN: 'Not a telephone number.' },
  INVALID_URL: {
    CA: 'Ha de ser una adreça http(s).', ES: 'Debe ser una dirección http(s).', EN: 'Must be an http(s) address.',
  },
  INVALID_NIF: {
    CA: 'No és un NIF vàlid (DNI o NIE).', ES: 'No es un NIF válido (DNI o NIE).', EN: 'Not a valid NIF (DNI or NIE).',
  },
  INVALID_YEAR: {
    CA: (p) => `L'any no és dins del calendari${opt(p.min, ` (${p.min}–${p.max})`)}.`,
    ES: (p) => `El año no está dentro del calendario${opt(p.min, ` (${p.min}–${p.max})`)}.`,
    EN: (p) => `The year is outside the calendar${opt(p.min, ` (${p.min}–${p.max})`)}.`,
  },
  INVALID_SCOPE: {
    CA: 'Aquest calendari no admet festius d\'aquest àmbit.',
    ES: 'Este calendario no admite festivos de este ámbito.',
    EN: 'This calendar does not take holidays of this scope.',
  },
  INVALID_MUNICIPALITY: {
    CA: 'Un municipi és el seu codi INE de 5 xifres.', ES: 'Un municipio es su código INE de 5 cifras.',
    EN: 'A municipality is its INE code: 5 digits.',
  },
  INVALID_IDEMPOTENCY_KEY: {
    CA: 'De 8 a 100 lletres, xifres i . _ : -', ES: 'De 8 a 100 letras, cifras y . _ : -', EN: '8 to 100 letters, digits and . _ : -',
  },
  DUPLICATE: { CA: 'Repetit.', ES: 'Repetido.', EN: 'Given twice.' },
  DUPLICATE_CODE: {
    CA: 'El proveïdor ja té una fitxa amb aquest codi.', ES: 'El proveedor ya tiene una ficha con este código.',
    EN: 'The provider already has a fitxa with this code.',
  },
  DUPLICATE_DATE: { CA: 'Aquest dia hi és dues vegades.', ES: 'Este día aparece dos veces.', EN: 'This day is listed twice.' },
  DATE_IN_FUTURE: { CA: 'La data no pot ser futura.', ES: 'La fecha no puede ser futura.', EN: 'The date cannot be in the future.' },
  DATE_OUTSIDE_YEAR: { CA: 'El dia no és de l\'any indicat.', ES: 'El día no es del año indicado.', EN: 'The day is not in the year given.' },
  IN_THE_PAST: { CA: 'Ha de ser en el futur.', ES: 'Debe ser en el futuro.', EN: 'Must be in the future.' },
  UNPUBLISH_BEFORE_PUBLISH: {
    CA: 'La retirada ha de ser posterior a la publicació.', ES: 'La retirada debe ser posterior a la publicación.',
    EN: 'unpublishAt must come after publishAt.',
  },
  UNKNOWN_CODE: {
    CA: 'El proveïdor no té cap element amb aquest codi.', ES: 'El proveedor no tiene ningún elemento con este código.',
    EN: 'The provider has nothing with this code.',
  },
  UNKNOWN_AREA: {
    CA: 'El proveïdor no té cap àrea amb aquest codi.', ES: 'El proveedor no tiene ningún área con este código.',
    EN: 'No area of the provider has this code.',
  },
  UNKNOWN_DOCUMENT: {
    CA: 'El recurs no té cap document amb aquest identificador o codi.', ES: 'El recurso no tiene ningún documento con este identificador o código.',
    EN: 'The resource has no document with this id or code.',
  },
  UNKNOWN_FILE: {
    CA: 'No heu pujat cap fitxer amb aquest identificador.', ES: 'No habéis subido ningún fichero con este identificador.',
    EN: 'No file you uploaded has this id.',
  },
  UNKNOWN_MUNICIPALITY: { CA: 'Municipi desconegut.', ES: 'Municipio desconocido.', EN: 'Unknown municipality.' },
  UNKNOWN_REQUIREMENT: {
    CA: 'El recurs no té cap requisit declarable amb aquest codi.', ES: 'El recurso no tiene ningún requisito declarable con este código.',
    EN: 'No requirement of this resource is declared with this code.',
  },
  UNKNOWN_ROLE: {
    CA: 'El recurs no demana cap rol amb aquest codi.', ES: 'El recurso no pide ningún rol con este código.',
    EN: 'The resource asks for no role with this code.',
  },
  UNKNOWN_SERVICE: {
    CA: 'El recurs no ofereix cap servei amb aquest codi.', ES: 'El recurso no ofrece ningún servicio con este código.',
    EN: 'The resource offers no service with this code.',
  },
  IN_USE: {
    CA: (p) => `Encara el fan servir ${p.fitxes ?? 0} fitxes i ${p.programmes ?? 0} programes: canvieu-los primer.`,
    ES: (p) => `Todavía lo usan ${p.fitxes ?? 0} fichas y ${p.programmes ?? 0} programas: cambiadlos primero.`,
    EN: (p) => `Still used by ${p.fitxes ?? 0} fitxes and ${p.programmes ?? 0} programmes: change them first.`,
  },
  CSV_MALFORMED: {
    CA: (p) => `${line.CA(p)}el fitxer no és un CSV vàlid (cometes sense tancar o un nombre de cel·les diferent del de la capçalera).`,
    ES: (p) => `${line.ES(p)}el fichero no es un CSV válido (comillas sin cerrar o un número de celdas distinto del de la cabecera).`,
    EN: (p) => `${line.EN(p)}the file is not valid CSV (an unclosed quote, or another number of cells than the header).`,
  },
  CSV_EMPTY: { CA: 'El fitxer no té capçalera o no té cap línia de dades.', ES: 'El fichero no tiene cabecera o no tiene ninguna línea de datos.', EN: 'The file has no header or no data line.' },
  CSV_COLUMNS: {
    CA: 'La primera línia ha d\'anomenar les columnes, un cop cadascuna: ine_code o entity_code, nif i, si cal, dir3_code.',
    ES: 'La primera línea debe nombrar las columnas, una vez cada una: ine_code o entity_code, nif y, si hace falta, dir3_code.',
    EN: 'The first line must name the columns, each once: ine_code or entity_code, nif and, if needed, dir3_code.',
  },
  DUPLICATE_IN_FILE: {
    CA: (p) => `${line.CA(p)}el mateix ens, NIF o codi DIR3 ja surt${opt(p.firstLine, ` a la línia ${p.firstLine}`)}.`,
    ES: (p) => `${line.ES(p)}el mismo ente, NIF o código DIR3 ya aparece${opt(p.firstLine, ` en la línea ${p.firstLine}`)}.`,
    EN: (p) => `${line.EN(p)}the same entity, NIF or DIR3 code already appears${opt(p.firstLine, ` on line ${p.firstLine}`)}.`,
  },
  INVALID_ENTITY_CODE: {
    CA: (p) => `${line.CA(p)}indiqueu l'ens amb un sol codi: ine_code (5 xifres) o entity_code (el codi de l'ens al servei).`,
    ES: (p) => `${line.ES(p)}indicad el ente con un solo código: ine_code (5 cifras) o entity_code (el código del ente en el servicio).`,
    EN: (p) => `${line.EN(p)}name the entity by one code: ine_code (5 digits) or entity_code (the entity's code in the service).`,
  },
  INVALID_ENTITY_NIF: {
    CA: (p) => `${line.CA(p)}no és el NIF d'un ens (lletra, set xifres i caràcter de control correcte).`,
    ES: (p) => `${line.ES(p)}no es el NIF de un ente (letra, siete cifras y carácter de control correcto).`,
    EN: (p) => `${line.EN(p)}not an entity NIF (a letter, seven digits and a correct control character).`,
  },
  INVALID_DIR3: {
    CA: (p) => `${line.CA(p)}un codi DIR3 té nou lletres i xifres.`, ES: (p) => `${line.ES(p)}un código DIR3 tiene nueve letras y cifras.`,
    EN: (p) => `${line.EN(p)}a DIR3 code is nine letters and digits.`,
  },
  IDENTIFIER_TAKEN: {
    CA: (p) => `${line.CA(p)}un altre ens ja té aquest NIF o codi DIR3, i el fitxer no el canvia.`,
    ES: (p) => `${line.ES(p)}otro ente ya tiene este NIF o código DIR3, y el fichero no lo cambia.`,
    EN: (p) => `${line.EN(p)}another entity already has this NIF or DIR3 code, and the file does not change it.`,
  },

  INVALID_TOPIC: {
    CA: 'Ha de ser un tema ("application.submitted"), un prefix ("application.*") o "*".',
    ES: 'Debe ser un tema ("application.submitted"), un prefijo ("application.*") o "*".',
    EN: 'Must be a topic ("application.submitted"), a prefix ("application.*") or "*".',
  },
  WEBHOOK_HTTPS_REQUIRED: {
    CA: 'L\'adreça ha de ser https.', ES: 'La dirección debe ser https.', EN: 'The address must use https.',
  },
  WEBHOOK_ADDRESS_NOT_ALLOWED: {
    CA: 'No es poden enviar avisos a adreces locals, privades o d\'enllaç local.',
    ES: 'No se pueden enviar avisos a direcciones locales, privadas o de enlace local.',
    EN: 'Webhooks cannot be sent to loopback, private or link-local addresses.',
  },
  WEBHOOK_DELIVERY_PENDING: {
    CA: 'Aquest lliurament encara està pendent.', ES: 'Esta entrega aún está pendiente.', EN: 'This delivery is still pending.',
  },
  NOT_GRANTED: {
    CA: "L'enquesta es respon un cop atorgat el recurs, i aquesta sol·licitud no té resolució d'atorgament.",
    ES: 'La encuesta se responde una vez concedido el recurso, y esta solicitud no tiene resolución de concesión.',
    EN: 'The survey is answered once the resource is granted, and this application has no decision to grant.',
  },
  ALREADY_ANSWERED: {
    CA: "L'enquesta d'aquesta sol·licitud ja s'ha respost; les respostes no es poden canviar.",
    ES: 'La encuesta de esta solicitud ya se ha respondido; las respuestas no se pueden cambiar.',
    EN: 'The survey of this application was already answered; answers cannot be changed.',
  },
  UNKNOWN_QUESTION: {
    CA: "L'enquesta no té cap pregunta amb aquest codi.", ES: 'La encuesta no tiene ninguna pregunta con este código.',
    EN: 'The survey has no question with this code.',
  },
  STALE_VERSION: {
    CA: (p) => `La fitxa ha canviat mentrestant${opt(p.version, ` (versió actual: ${p.version})`)}: torneu-la a carregar.`,
    ES: (p) => `La ficha ha cambiado mientras tanto${opt(p.version, ` (versión actual: ${p.version})`)}: volvedla a cargar.`,
    EN: (p) => `The fitxa changed meanwhile${opt(p.version, ` (current version: ${p.version})`)}: reload it and try again.`,
  },
  INVALID_STATUS: {
    CA: 'L\'estat actual no ho permet.', ES: 'El estado actual no lo permite.', EN: 'Its current status does not allow this.',
  },
  NOT_A_DRAFT: {
    CA: (p) => `Ja no és un esborrany: no es pot canviar ni esborrar.${opt(p.instead, ` Per desistir-ne, feu servir ${p.instead}.`)}`,
    ES: (p) => `Ya no es un borrador: no se puede cambiar ni borrar.${opt(p.instead, ` Para desistir, usad ${p.instead}.`)}`,
    EN: (p) => `It is no longer a draft: it cannot change or be deleted.${opt(p.instead, ` To withdraw it, use ${p.instead}.`)}`,
  },
  ALREADY_SUBMITTED: { CA: 'La sol·licitud ja s\'ha presentat.', ES: 'La solicitud ya se ha presentado.', EN: 'The application was already submitted.' },
  ALREADY_WITHDRAWN: { CA: 'La sol·licitud ja s\'ha retirat.', ES: 'La solicitud ya se ha retirado.', EN: 'The application was already withdrawn.' },
  CORRECTION_TERM_NOT_OVER: {
    CA: 'El termini per esmenar encara no ha acabat.', ES: 'El plazo para subsanar aún no ha terminado.',
    EN: 'The term to make the corrections has not ended yet.',
  },
  WITHDRAWAL_ALREADY_REQUESTED: {
    CA: 'L\'ens ja ha demanat desistir de la sol·licitud.', ES: 'El ente ya ha pedido desistir de la solicitud.',
    EN: 'The entity already asked to withdraw the application.',
  },
  NOT_SUBMITTED: {
    CA: 'Encara és un esborrany: descarteu-lo amb discardDraft.', ES: 'Aún es un borrador: descartadlo con discardDraft.',
    EN: 'It is still a draft: discard it with discardDraft.',
  },
  WITHDRAWAL_NOT_REQUESTED: {
    CA: 'L\'ens no ha demanat desistir de la sol·licitud.', ES: 'El ente no ha pedido desistir de la solicitud.',
    EN: 'The entity has not asked to withdraw the application.',
  },
  HEARING_REQUIRED: {
    CA: 'Cal donar audiència a l\'ens abans d\'aquesta resolució.', ES: 'Hay que dar audiencia al ente antes de esta resolución.',
    EN: 'The entity must be heard before this resolution.',
  },
  HEARING_ALREADY_OPEN: {
    CA: 'Ja hi ha una audiència en curs: cal esperar les al·legacions o que acabi el termini.', ES: 'Ya hay una audiencia en curso: hay que esperar las alegaciones o que acabe el plazo.',
    EN: 'A hearing is already under way: wait for the allegations or the end of its term.',
  },
  NO_OPEN_HEARING: {
    CA: 'No hi ha cap audiència oberta a la qual respondre.', ES: 'No hay ninguna audiencia abierta a la que responder.',
    EN: 'There is no open hearing to answer.',
  },
  REVOCATION_LAPSED: {
    CA: 'El procediment de revocació ha caducat: només es pot declarar la caducitat.', ES: 'El procedimiento de revocación ha caducado: solo se puede declarar la caducidad.',
    EN: 'The revocation procedure has lapsed: it can only be declared lapsed.',
  },
  REVOCATION_NOT_LAPSED: {
    CA: 'El procediment de revocació encara no ha caducat.', ES: 'El procedimiento de revocación aún no ha caducado.',
    EN: 'The revocation procedure has not lapsed yet.',
  },
  DECISION_NOT_DELAYED: {
    CA: "La sol·licitud no té cap retard per comunicar: no ha superat sense resolució el termini màxim de la fitxa.",
    ES: 'La solicitud no tiene ningún retraso que comunicar: no ha superado sin resolución el plazo máximo de la ficha.',
    EN: "The application has no delay to communicate: it has not passed the fitxa's hard limit undecided.",
  },
  DELAY_ALREADY_COMMUNICATED: {
    CA: "Les causes i les mesures d'aquest retard ja s'han comunicat a l'ens.", ES: 'Las causas y las medidas de este retraso ya se han comunicado al ente.',
    EN: 'The causes and measures of this delay were already communicated to the entity.',
  },
  ALREADY_AUTHORIZED: {
    CA: 'Aquesta persona ja està autoritzada per a l\'ens.', ES: 'Esta persona ya está autorizada para el ente.',
    EN: 'This person is already authorized for the entity.',
  },
  ALREADY_REVOKED: { CA: 'L\'autorització ja s\'havia revocat.', ES: 'La autorización ya se había revocado.', EN: 'The authorization was already revoked.' },
  RESOURCE_NOT_PUBLISHED: { CA: 'El recurs ja no s\'ofereix.', ES: 'El recurso ya no se ofrece.', EN: 'The resource is no longer offered.' },
  COMMITMENT_NOT_MISSED: {
    CA: 'El compromís no es va incomplir en aquest període: no hi ha res a analitzar.',
    ES: 'El compromiso no se incumplió en este periodo: no hay nada que analizar.',
    EN: 'The commitment was not missed in that period: there is nothing to analyse.',
  },
  MISSING_TRANSLATION: {
    CA: 'Falta aquesta traducció: els lectors d\'aquesta llengua veuran el text en català.',
    ES: 'Falta esta traducción: los lectores de esta lengua verán el texto en catalán.',
    EN: 'This translation is missing: readers in that language will see Catalan.',
  },
  ENTITY_NOT_IN_AUDIENCE: {
    CA: 'El recurs no s\'ofereix a aquest tipus d\'ens.', ES: 'El recurso no se ofrece a este tipo de ente.',
    EN: 'The resource is not offered to entities of this type.',
  },
  OUTSIDE_TERRITORY: {
    CA: (p) => `${line.CA(p)}L'ens és fora del territori del proveïdor.`, ES: (p) => `${line.ES(p)}El ente está fuera del territorio del proveedor.`,
    EN: (p) => `${line.EN(p)}The entity lies outside the provider's territory.`,
  },
  REPRESENTED_ENTITY_UNKNOWN: {
    CA: 'El NIF de l\'ens que indica el vostre certificat no consta a cap ens local del servei. Ho poden resoldre els administradors de la diputació del territori del vostre ens, carregant-ne el NIF.',
    ES: 'El NIF del ente que indica vuestro certificado no consta en ningún ente local del servicio. Pueden resolverlo los administradores de la diputación del territorio de vuestro ente, cargando su NIF.',
    EN: 'The entity NIF your certificate names is not recorded for any local entity of the service. The admins of the diputació whose territory holds your entity can fix this by loading its NIF.',
  },
  APPLICATION_WINDOW_CLOSED: {
    CA: 'El termini de sol·licitud no és obert.', ES: 'El plazo de solicitud no está abierto.', EN: 'Applications are not open.',
  },
  APPLICATION_LIMIT_REACHED: {
    CA: (p) => `L'ens ja ha arribat al límit de sol·licituds per a aquest recurs${opt(p.limit, ` (${p.limit})`)}.`,
    ES: (p) => `El ente ya ha llegado al límite de solicitudes para este recurso${opt(p.limit, ` (${p.limit})`)}.`,
    EN: (p) => `The entity has reached the limit of applications for this resource${opt(p.limit, ` (${p.limit})`)}.`,
  },
  REQUIREMENT_NOT_MET: {
    CA: (p) => `No es compleix un requisit${opt(p.requirement, `: ${p.requirement}`)}.`,
    ES: (p) => `No se cumple un requisito${opt(p.requirement, `: ${p.requirement}`)}.`,
    EN: (p) => `A requirement is not met${opt(p.requirement, `: ${p.requirement}`)}.`,
  },
  APPLICANT_MISMATCH: {
    CA: 'El NIF no és el del vostre certificat.', ES: 'El NIF no es el de vuestro certificado.', EN: 'The NIF is not the one of your certificate.',
  },
  NOT_ASKED: { CA: 'Aquest recurs no ho demana.', ES: 'Este recurso no lo pide.', EN: 'This resource does not ask for it.' },
  RECOMMENDED_NOT_SELECTED: {
    CA: 'No heu seleccionat alguns serveis recomanats.', ES: 'No habéis seleccionado algunos servicios recomendados.',
    EN: 'Some recommended services are not selected.',
  },
  DOCUMENT_OUTDATED: {
    CA: 'Aquesta versió s\'ha substituït: llegiu i accepteu la vigent.', ES: 'Esta versión se ha sustituido: leed y aceptad la vigente.',
    EN: 'This version has been replaced: read and accept the current one.',
  },
  DOCUMENT_CHANGED: {
    CA: 'L\'SHA-256 no és el de la versió mostrada.', ES: 'El SHA-256 no es el de la versión mostrada.', EN: 'The SHA-256 is not the one of the version shown.',
  },
  NOT_A_STAFF_RECORD: {
    CA: 'Aquest requisit no es compleix amb un registre del personal.', ES: 'Este requisito no se cumple con un registro del personal.',
    EN: 'This requirement is not met by a staff record.',
  },
  STEP_MISSING: {
    CA: (p) => `Falta completar un pas${opt(p.step, `: ${p.step}`)}.`,
    ES: (p) => `Falta completar un paso${opt(p.step, `: ${p.step}`)}.`,
    EN: (p) => `A step is not complete${opt(p.step, `: ${p.step}`)}.`,
  },
  IDEMPOTENCY_KEY_REUSED: {
    CA: 'Aquesta clau d\'idempotència es va fer servir per a una altra presentació.',
    ES: 'Esta clave de idempotencia se usó para otra presentación.',
    EN: 'This idempotency key was used for another submission.',
  },
  SIGNATURE_INVALID: {
    CA: 'La signatura no és vàlida o no es pot llegir.', ES: 'La firma no es válida o no se puede leer.', EN: 'The signature is invalid or cannot be read.',
  },
  PAYLOAD_CHANGED: {
    CA: 'El document signat no és la versió actual de la sol·licitud: torneu-lo a obtenir i signeu-lo.',
    ES: 'El documento firmado no es la versión actual de la solicitud: volvedlo a obtener y firmadlo.',
    EN: 'The signed document is not the current version of the application: fetch it again and sign that.',
  },
  CERTIFICATE_UNTRUSTED: {
    CA: 'El certificat no és d\'una autoritat de confiança.', ES: 'El certificado no es de una autoridad de confianza.',
    EN: 'The certificate is not from a trusted authority.',
  },
  CERTIFICATE_EXPIRED: {
    CA: 'El certificat no era vàlid en signar.', ES: 'El certificado no era válido al firmar.', EN: 'The certificate was not valid when signing.',
  },
  SIGNER_MISMATCH: {
    CA: 'El certificat no és del sol·licitant o no actua per a l\'ens.', ES: 'El certificado no es del solicitante o no actúa por el ente.',
    EN: 'The certificate is not the applicant\'s or does not act for the entity.',
  },
};

/** Occitan (and anything else without its own messages) reads Catalan, as for every other text. */
const messageLocale = (locale: Locale): MessageLocale =>
  locale === Locale.ES || locale === Locale.EN || locale === Locale.CA ? locale : DEFAULT_LOCALE as Locale.CA;

export function userErrorMessage(code: UserErrorCode, locale: Locale, params: MessageParams = {}): string {
  const template = USER_ERROR_MESSAGES[code][messageLocale(locale)];
  return typeof template === 'function' ? template(params) : template;
}
