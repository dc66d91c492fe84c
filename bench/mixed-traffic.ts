import { Client } from 'pg';
import { encodeCursor } from '../src/graphql/pagination';
import { LOCALES } from '../src/i18n/locale';
import { ResourceKind } from '../src/catalogue/resource-enums';
import { LocalEntityType } from '../src/tenancy/local-entity-type';
import type { LookupCode, Request } from './scenarios';

/**
 * "Mixed public traffic": what many visitors do at once. Every request is drawn from a seeded
 * pseudo-random stream, so the raw endpoint and each GraphQL server get the very same sequence:
 *   40 % lookups of one fitxa, uniform over ALL published codes, in a random locale;
 *   60 % catalogue pages in a random locale: 30 % unfiltered, else one or two random filters
 *        (provider, kind, audience, area, programme, catalogue (bare or provider-qualified codes),
 *        SDG, open on a day, search term),
 *        page 1 in 60 % of them, else page 2–5; ordered by title, or by relevance with a search.
 * Real traffic repeats itself more (a few popular pages); this is a harsh case for the cache.
 */

export const MIXED_LIST_QUERY = `query BenchMixedCatalogue($first: Int!, $after: String, $locale: Locale, $filter: ResourceFilter) {
  resources(first: $first, after: $after, locale: $locale, filter: $filter) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id code locale title summary kind audience availableLocales
      providerUnit { id name } requirements { id text } documents { id title url } } }
  }
}`;

export const MIXED_LOOKUP_QUERY = `query BenchMixedFitxa($provider: String!, $code: String!, $locale: Locale) {
  resource(provider: $provider, code: $code, locale: $locale) {
    id code locale title summary description kind audience availableLocales
    providerUnit { id name contactPoint { phone email website } } requirements { id text } documents { id title url }
  }
}`;

export const MIXED_PAGE_SIZE = 20;

/** The filter input of `resources`, as both endpoints receive it. */
export interface MixedFilter {
  provider?: string[];
  kind?: string[];
  audience?: string[];
  area?: string[];
  programme?: string[];
  catalogue?: string[];
  sdg?: number[];
  openOn?: string;
  search?: string;
}

export type Draw =
  | { type: 'lookup'; provider: string; code: string; locale: string }
  | { type: 'list'; locale: string; filter: MixedFilter | null; offset: number };

/** What the draws pick from: read from the seeded database. */
export interface MixedUniverse {
  codes: LookupCode[];
  providers: string[];
  /** Area, programme and catalogue codes, bare and provider-qualified. */
  areas: string[];
  programmes: string[];
  catalogues: string[];
  searchTerms: string[];
  /** Days for `openOn`, around the seeded application windows. */
  days: string[];
}

export async function loadMixedUniverse(databaseUrl: string): Promise<MixedUniverse> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const column = async (sql: string) => (await client.query<{ value: string }>(sql)).rows.map((row) => row.value);
    // Each code bare (any provider's) and qualified ("diba:AREA", as facets give it): the filter takes both.
    const taxonomyCodes = (name: string) => column(`select value from (
        select distinct pr.${name} as value from published_resource pr where pr.${name} is not null
        union select distinct p.slug || ':' || pr.${name} from published_resource pr join provider p on p.id = pr.provider_id where pr.${name} is not null) codes
      order by 1`);
    const codes = (await client.query<LookupCode>(
      'select p.slug as provider, pr.code from published_resource pr join provider p on p.id = pr.provider_id order by p.slug, pr.code',
    )).rows;
    const titles = await column(`select titles->>'CA' as value from published_resource where titles ? 'CA' order by code limit 400`);
    // Words of five letters or more from the titles: searches that find something, or not much.
    const words = [...new Set(titles.flatMap((title) => title.toLowerCase().split(/[^\p{L}]+/u)).filter((word) => word.length >= 5))].sort();
    const days = await column(`select to_char(d, 'YYYY-MM-DD') as value from generate_series(
        (select min(lower(w)) from published_resource, unnest(application_windows) w),
        (select max(upper(w)) from published_resource, unnest(application_windows) w), interval '9 days') d`);
    return {
      codes,
      providers: await column('select slug as value from provider order by slug'),
      areas: await taxonomyCodes('area_code'),
      programmes: await taxonomyCodes('programme_code'),
      catalogues: await taxonomyCodes('catalogue_code'),
      searchTerms: words.length ? words : ['servei'],
      days: days.length ? days : ['2027-01-15'],
    };
  } finally {
    await client.end();
  }
}

/** mulberry32: a tiny seeded generator, so every server gets the same sequence of requests. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function drawStream(universe: MixedUniverse, seed = 20261130): () => Draw {
  const random = generator(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const some = <T>(items: readonly T[]): T[] => [...new Set([pick(items), ...(random() < 0.3 ? [pick(items)] : [])])];
  const dimensions: ((filter: MixedFilter) => void)[] = [
    (f) => { f.provider = some(universe.providers); },
    (f) => { f.kind = some(Object.values(ResourceKind)); },
    (f) => { f.audience = some(Object.values(LocalEntityType)); },
    (f) => { if (universe.areas.length) f.area = some(universe.areas); },
    (f) => { if (universe.programmes.length) f.programme = some(universe.programmes); },
    (f) => { if (universe.catalogues.length) f.catalogue = some(universe.catalogues); },
    (f) => { f.sdg = some(Array.from({ length: 17 }, (_, i) => i + 1)); },
    (f) => { f.openOn = pick(universe.days); },
    (f) => { f.search = pick(universe.searchTerms); },
  ];
  return () => {
    const locale = pick(LOCALES);
    if (random() < 0.4) {
      const { provider, code } = pick(universe.codes);
      return { type: 'lookup', provider, code, locale };
    }
    let filter: MixedFilter | null = null;
    if (random() >= 0.3) {
      filter = {};
      const count = random() < 0.7 ? 1 : 2;
      for (let i = 0; i < count; i++) pick(dimensions)(filter);
    }
    const offset = random() < 0.6 ? 0 : (1 + Math.floor(random() * 4)) * MIXED_PAGE_SIZE;
    return { type: 'list', locale, filter, offset };
  };
}

/** What a draw exercises: each filter, search, later pages, unfiltered lists, lookups, each locale. */
export function coverageKeys(draw: Draw): string[] {
  const keys = [`locale ${draw.locale}`];
  if (draw.type === 'lookup') return [...keys, 'lookup'];
  keys.push(draw.offset > 0 ? 'later page' : 'first page');
  if (!draw.filter) return [...keys, 'unfiltered'];
  const taxonomy = [draw.filter.area, draw.filter.programme, draw.filter.catalogue].flatMap((codes) => codes ?? []);
  if (taxonomy.some((code) => code.includes(':'))) keys.push('qualified code');
  if (taxonomy.some((code) => !code.includes(':'))) keys.push('bare code');
  return [...keys, ...Object.keys(draw.filter).map((key) => `filter ${key}`)];
}

/** Every coverage key the stream can draw on this data: the pre-load check waits for all of them. */
export function mixedCoverage(universe: MixedUniverse): string[] {
  const filters = ['provider', 'kind', 'audience', 'sdg', 'openOn', 'search'];
  if (universe.areas.length) filters.push('area');
  if (universe.programmes.length) filters.push('programme');
  if (universe.catalogues.length) filters.push('catalogue');
  const taxonomy = filters.length > 6 ? ['qualified code', 'bare code'] : [];
  return [...LOCALES.map((locale) => `locale ${locale}`), 'lookup', 'first page', 'later page', 'unfiltered', ...taxonomy, ...filters.map((key) => `filter ${key}`)];
}

export function graphqlMixedRequest(draw: Draw): Request {
  if (draw.type === 'lookup') {
    return { path: '/graphql', body: JSON.stringify({ query: MIXED_LOOKUP_QUERY, variables: { provider: draw.provider, code: draw.code, locale: draw.locale } }) };
  }
  const after = draw.offset > 0 ? encodeCursor(draw.offset - 1) : null;
  return { path: '/graphql', body: JSON.stringify({ query: MIXED_LIST_QUERY, variables: { first: MIXED_PAGE_SIZE, after, locale: draw.locale, filter: draw.filter } }) };
}

export function rawMixedRequest(draw: Draw): Request {
  if (draw.type === 'lookup') return { path: '/lookup', body: JSON.stringify({ provider: draw.provider, code: draw.code }) };
  return { path: '/list', body: JSON.stringify({ first: MIXED_PAGE_SIZE, offset: draw.offset, locale: draw.locale, filter: draw.filter }) };
}

/** What both endpoints must agree on for one draw: the total and the codes of the page, or the fitxa found. */
export function mixedAnswer(draw: Draw, endpoint: 'graphql' | 'raw', body: any): string {
  const failed = (why: string): never => {
    throw new Error(`Verification failed: ${endpoint} mixed ${JSON.stringify(draw)}: ${why}\n${JSON.stringify(body).slice(0, 1500)}`);
  };
  if (endpoint === 'graphql' && body?.errors) failed('GraphQL errors');
  if (draw.type === 'lookup') {
    const found = endpoint === 'graphql' ? body?.data?.resource : body?.node;
    if (found?.code !== draw.code) failed('the fitxa was not found');
    return `found ${draw.provider}/${draw.code}`;
  }
  const total = endpoint === 'graphql' ? body?.data?.resources?.totalCount : body?.total;
  const nodes: { code: string }[] | undefined = endpoint === 'graphql' ? body?.data?.resources?.edges?.map((edge: any) => edge.node) : body?.nodes;
  if (typeof total !== 'number' || !Array.isArray(nodes)) failed('no page');
  if (nodes!.length !== Math.max(0, Math.min(MIXED_PAGE_SIZE, total - draw.offset))) failed(`a page of ${nodes!.length} for a total of ${total}`);
  return `${total}: ${nodes!.map((node) => node.code).join(' ')}`;
}
