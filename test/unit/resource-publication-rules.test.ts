import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkCompleteness } from '../../src/catalogue/resource-completeness';
import { ResourceStatus } from '../../src/catalogue/resource-enums';
import { canTransition } from '../../src/catalogue/resource-status.workflow';
import { diba111219Snapshot } from '../fixtures/diba-111219-snapshot';

describe('publication workflow', () => {
  it('allows exactly the listed transitions', () => {
    const table = {
      publish: [ResourceStatus.DRAFT, ResourceStatus.PUBLISHED, ResourceStatus.UNPUBLISHED],
      unpublish: [ResourceStatus.PUBLISHED],
      archive: [ResourceStatus.DRAFT, ResourceStatus.PUBLISHED, ResourceStatus.UNPUBLISHED],
    } as const;
    for (const [action, allowed] of Object.entries(table) as [keyof typeof table, readonly ResourceStatus[]][]) {
      for (const status of Object.values(ResourceStatus)) {
        assert.equal(canTransition(action, status), allowed.includes(status), `${action} from ${status}`);
      }
    }
  });
});

describe('completeness before publication', () => {
  it('accepts the complete fitxa 111219, warning about the missing EN and OC translations', () => {
    const { errors, warnings } = checkCompleteness(diba111219Snapshot);
    assert.deepEqual(errors, []);
    assert.deepEqual(warnings.map((w) => w.field), [['input', 'content', 'translations', 'EN'], ['input', 'content', 'translations', 'OC']]);
  });

  it('blocks missing Catalan content, naming each field', () => {
    const broken = structuredClone(diba111219Snapshot);
    broken.translations.CA!.title = ' ';
    broken.audience = [];
    broken.resolutionTerm = null;
    broken.requirements[1].text = { ES: 'Solo en castellano' };
    const { errors } = checkCompleteness(broken);
    assert.deepEqual(errors.map((e) => e.field), [['input', 'content', 'translations', 'CA', 'title'], ['input', 'content', 'audience'], ['input', 'content', 'resolutionTerm'], ['input', 'content', 'requirements', '1', 'text', 'CA']]);
  });
});
