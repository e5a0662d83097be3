import assert from 'node:assert/strict';
import { groupBySpeaker, UNATTRIBUTED_KEY, UNNAMED_KEY } from '../../src/extension/model/speakerTree';
import { annotation } from './extension-fixture';

describe('extension groupBySpeaker', () => {
  it('merges one speaker across releases, most statements first, unnamed and unattributed last', () => {
    const second = annotation();
    // In the second release Shoigu has no title and only one statement.
    second.speakers[0] = { ...second.speakers[0], title: null, name: 'Shoigu' };
    second.statements = second.statements.filter((s) => s.id === 'st-2' || s.id === 'st-6');
    const groups = groupBySpeaker([
      { uri: 'file:///w/a.release', label: 'a.release', annotation: annotation() },
      { uri: 'file:///w/b.release', label: 'b.release', annotation: second },
    ]);
    assert.deepEqual(groups.map((g) => [g.key, g.statements.length, g.releaseCount]), [
      ['sergey-shoigu', 4, 2],
      ['nasa', 2, 2],
      [UNNAMED_KEY, 1, 1],
      [UNATTRIBUTED_KEY, 1, 1],
    ]);
    assert.equal(groups[0].name, 'Sergey Shoigu');
    assert.equal(groups[0].title, 'Russian Defense Minister');
    assert.deepEqual(groups[0].statements.map((r) => r.label), ['a.release', 'a.release', 'a.release', 'b.release']);
  });

  it('is empty for no releases', () => {
    assert.deepEqual(groupBySpeaker([]), []);
  });
});
