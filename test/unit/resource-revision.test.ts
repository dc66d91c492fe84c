import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validateResourceContent } from '../../src/catalogue/resource-content.validation';
import { diffContent, editableContent } from '../../src/catalogue/resource-revision';
import { diba111219Snapshot } from '../fixtures/diba-111219-snapshot';

describe('revisions', () => {
  it('reads back a fitxa as content that updateResource accepts', () => {
    assert.deepEqual(validateResourceContent(editableContent(diba111219Snapshot)), []);
  });

  it('lists nothing between equal contents, and each changed field by its path', () => {
    const before = editableContent(diba111219Snapshot);
    assert.deepEqual(diffContent(before, structuredClone(before)), []);
    const after = structuredClone(before);
    after.translations.find((t) => t.locale === 'ES')!.title = 'Migración del correo';
    after.audience = ['AJUNTAMENT'] as typeof after.audience;
    after.requirements = after.requirements!.slice(1);
    assert.deepEqual(diffContent(before, after).map((c) => c.field), [['audience'], ['requirements'], ['translations', 'ES', 'title']]);
    const removedTranslation = structuredClone(before);
    removedTranslation.translations = removedTranslation.translations.filter((t) => t.locale !== 'ES');
    assert.ok(diffContent(before, removedTranslation).every((c) => c.field[1] === 'ES' && c.after === null));
  });

  it('lists every set field for the first revision', () => {
    const changes = diffContent(null, editableContent(diba111219Snapshot));
    assert.ok(changes.some((c) => c.field.join('.') === 'translations.CA.title'));
    assert.ok(changes.some((c) => c.field.join('.') === 'qualityCommitments'));
  });
});

describe('revision comparison', () => {
  it('ignores the key order that jsonb storage changes', () => {
    const content = editableContent(diba111219Snapshot);
    const reordered = JSON.parse(JSON.stringify(content), (_key, value) =>
      value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).reverse()) : value);
    assert.deepEqual(diffContent(content, reordered), []);
  });
});
