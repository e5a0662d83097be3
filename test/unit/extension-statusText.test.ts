import assert from 'node:assert/strict';
import { statusText } from '../../src/extension/model/statusText';
import { annotation } from './extension-fixture';

describe('extension statusText', () => {
  it('counts statements, speakers who made one, and unattributed statements', () => {
    assert.equal(statusText(annotation()), '6 statements · 2 speakers · 1 unattributed');
  });

  it('uses the singular for one', () => {
    const data = annotation();
    assert.equal(statusText({ ...data, statements: data.statements.slice(5) }), '1 statement · 1 speaker · 0 unattributed');
  });
});
