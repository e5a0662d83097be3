import assert from 'node:assert/strict';
import { AnnotationIndex } from '../../src/extension/model/annotationIndex';
import { lensTitle } from '../../src/extension/model/lensText';
import { annotation } from './extension-fixture';

describe('extension lensTitle', () => {
  const data = annotation();
  const index = new AnnotationIndex(data);
  const title = (i: number) => lensTitle(data.statements[i], index.speaker(data.statements[i].speakerId));

  it('names the speaker with title and the cue verb', () => {
    assert.equal(title(1), '— Sergey Shoigu, Russian Defense Minister · told');
    assert.equal(title(5), '— NASA · said');
  });

  it('offers to set the speaker of an unattributed statement', () => {
    assert.equal(title(3), '— unattributed · set speaker…');
  });

  it('shows the description of an unnamed source', () => {
    assert.equal(title(4), '— unnamed: a spokesperson · said');
  });

  it('leaves out a missing cue', () => {
    assert.equal(lensTitle({ ...data.statements[1], cue: null }, index.speaker('sergey-shoigu')), '— Sergey Shoigu, Russian Defense Minister');
  });
});
