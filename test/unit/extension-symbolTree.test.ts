import assert from 'node:assert/strict';
import { buildSymbolTree } from '../../src/extension/model/symbolTree';
import { annotation, at } from './extension-fixture';

describe('extension buildSymbolTree', () => {
  const tree = buildSymbolTree(annotation());

  it('lists speakers with their statements, then unnamed sources, then unattributed statements', () => {
    assert.deepEqual(tree.map((n) => [n.name, n.kind, n.children.length]), [
      ['Sergey Shoigu', 'person', 3],
      ['NASA', 'organization', 1],
      ['(unnamed sources)', 'unnamed', 1],
      ['(unattributed)', 'unattributed', 1],
    ]);
    assert.equal(tree[0].detail, 'Russian Defense Minister');
    assert.equal(tree[0].children[1].name, '“We are approaching an alternative,”');
    assert.equal(tree[0].children[1].detail, 'direct quote · told');
  });

  it('gives each speaker a range covering its children and mentions, selecting the first mention', () => {
    for (const node of tree) {
      assert.ok(node.start <= node.selectionStart && node.selectionEnd <= node.end, node.name);
      for (const child of node.children) assert.ok(node.start <= child.start && child.end <= node.end, `${node.name}: ${child.name}`);
    }
    assert.equal(tree[0].selectionStart, at('Sergey Shoigu').start);
  });
});
