import assert from 'node:assert/strict';
import { exportFolder, relativePath } from '../../src/extension/model/exportPaths';

describe('extension exportPaths', () => {
  it('puts exports beside the release by default', () => {
    assert.equal(exportFolder('/w/news/x.release', '', '/w'), '/w/news');
    assert.equal(exportFolder('/w/news/x.release', '   ', null), '/w/news');
  });

  it('mirrors sub-folders inside a configured folder, relative or absolute', () => {
    assert.equal(exportFolder('/w/news/2016/x.release', 'out', '/w'), '/w/out/news/2016');
    assert.equal(exportFolder('/w/x.release', './out/', '/w'), '/w/out');
    assert.equal(exportFolder('/w/news/x.release', '/tmp/exports', '/w'), '/tmp/exports/news');
    assert.equal(exportFolder('/c:/w/news/x.release', 'C:\\exports', '/c:/w'), '/C:/exports/news');
  });

  it('computes workspace-relative paths only for files inside the root', () => {
    assert.equal(relativePath('/w', '/w/news/x.release'), 'news/x.release');
    assert.equal(relativePath('/w/', '/w/x.release'), 'x.release');
    assert.equal(relativePath('/w', '/work/x.release'), null);
  });
});
