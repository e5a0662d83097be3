import assert from 'node:assert/strict';
import { firstLine, isReleaseName, isTextRelease } from '../../src/extension/model/releaseFiles';

describe('extension releaseFiles', () => {
  const isKicker = (line: string) => line === 'PRESS RELEASE';

  it('knows releases by name', () => {
    assert.equal(isReleaseName('x.release'), true);
    assert.equal(isReleaseName('x.release.txt'), true);
    assert.equal(isReleaseName('x.txt'), false);
    assert.equal(isReleaseName('x.releases'), false);
  });

  it('reads the first line across line break styles and a BOM', () => {
    assert.equal(firstLine('\uFEFFPRESS RELEASE\r\nHeadline'), 'PRESS RELEASE');
    assert.equal(firstLine('PRESS RELEASE\rHeadline'), 'PRESS RELEASE');
    assert.equal(firstLine('only line'), 'only line');
  });

  it('accepts a .txt whose first line is a kicker, and nothing else', () => {
    assert.equal(isTextRelease('a.txt', 'PRESS RELEASE  \nHeadline', isKicker), true);
    assert.equal(isTextRelease('a.txt', 'Minutes of the meeting\nPRESS RELEASE', isKicker), false);
    assert.equal(isTextRelease('a.md', 'PRESS RELEASE\n', isKicker), false);
    // Already found by name, so not counted twice.
    assert.equal(isTextRelease('a.release.txt', 'PRESS RELEASE\n', isKicker), false);
  });
});
