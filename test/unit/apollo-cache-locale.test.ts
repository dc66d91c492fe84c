import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { InMemoryCache } from '@apollo/client/cache';
import { GraphQLObjectType, GraphQLSchema, isObjectType, parse, validate } from 'graphql';
import { buildGraphQLSchema } from '../../src/graphql/schema';
import { LOCALIZED_WITHOUT_LOCALE, localeTypePolicies } from '../support/apollo-locale-policy';

const FITXA = parse(`query Fitxa($locale: Locale) {
  resource(provider: "diba", code: "111219", locale: $locale) {
    __typename id locale title
    requirements { __typename id code text }
    area { __typename id code name }
  }
}`);

/** The same fitxa as the service answers it in one language. */
const answer = (locale: 'CA' | 'ES') => ({
  resource: {
    __typename: 'Resource', id: 'UmVzb3VyY2U6MQ', locale,
    title: locale === 'CA' ? 'Migració del servei de correu electrònic' : 'Migración del servicio de correo electrónico',
    requirements: [{
      __typename: 'Requirement', id: 'UmVxdWlyZW1lbnQ6MQ', code: 'conditions',
      text: locale === 'CA' ? "Acceptació de les condicions d'accés i ús" : 'Aceptación de las condiciones de acceso y uso',
    }],
    area: { __typename: 'Area', id: 'QXJlYTox', code: 'ASSISTENCIA', name: locale === 'CA' ? 'Assistència municipal' : 'Asistencia municipal' },
  },
});

const writeBoth = (cache: InMemoryCache) => {
  cache.writeQuery({ query: FITXA, variables: { locale: 'CA' }, data: answer('CA') });
  cache.writeQuery({ query: FITXA, variables: { locale: 'ES' }, data: answer('ES') });
  return {
    CA: cache.readQuery({ query: FITXA, variables: { locale: 'CA' } }),
    ES: cache.readQuery({ query: FITXA, variables: { locale: 'ES' } }),
  };
};

describe("Apollo Client's cache keeps the languages of one fitxa apart", () => {
  let schema: GraphQLSchema;
  before(async () => {
    schema = await buildGraphQLSchema();
  });

  it('the test query is valid against the schema', () => {
    assert.deepEqual(validate(schema, FITXA), []);
  });

  it('with the policy, CA and ES read back as written, texts of nested objects included', () => {
    const read = writeBoth(new InMemoryCache({ typePolicies: localeTypePolicies }));
    assert.deepEqual(read.CA, answer('CA'));
    assert.deepEqual(read.ES, answer('ES'));
  });

  it('without it, the default cache merges them (what front ends saw)', () => {
    const read = writeBoth(new InMemoryCache());
    assert.equal((read.CA as ReturnType<typeof answer>).resource.title, answer('ES').resource.title);
    assert.notDeepEqual(read.CA, answer('CA'));
  });

  it('refuses to cache a Resource whose locale was not selected, so it cannot be forgotten', () => {
    const cache = new InMemoryCache({ typePolicies: localeTypePolicies });
    const query = parse('query { resource(provider: "diba", code: "111219") { __typename id title } }');
    assert.throws(() => cache.writeQuery({ query, data: { resource: { __typename: 'Resource', id: 'UmVzb3VyY2U6MQ', title: 'x' } } }), /locale/);
  });

  it('names types that exist, and keys by locale every type that says its locale', () => {
    for (const name of LOCALIZED_WITHOUT_LOCALE) assert.ok(isObjectType(schema.getType(name)), `${name} is a type of the schema`);
    const withLocale = Object.values(schema.getTypeMap())
      .filter((type): type is GraphQLObjectType => isObjectType(type) && !type.name.startsWith('__'))
      .filter((type) => type.getFields().id && type.getFields().locale)
      .map((type) => type.name);
    assert.ok(withLocale.includes('Resource'));
    for (const name of withLocale) {
      assert.deepEqual((localeTypePolicies as Record<string, { keyFields: unknown }>)[name]?.keyFields, ['id', 'locale'], `${name} is cached per locale`);
    }
  });
});
