import * as assert from 'node:assert/strict';
import { runInLanes } from '../../src/extension/model/lanes';

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 1));

describe('runInLanes', () => {
  it('runs every item once, never more than `lanes` at a time, starting them in order', async () => {
    const started: number[] = [];
    let inFlight = 0;
    let most = 0;
    const count = await runInLanes([...Array(20).keys()], 4, () => false, async (item, index) => {
      assert.equal(item, index);
      started.push(index);
      most = Math.max(most, ++inFlight);
      await tick();
      inFlight--;
    });
    assert.equal(count, 20);
    assert.deepEqual(started, [...Array(20).keys()]);
    assert.equal(most, 4);
  });

  it('starts nothing new once cancelled, and lets the tasks in flight finish', async () => {
    let finished = 0;
    const count = await runInLanes([...Array(20).keys()], 3, () => finished >= 5, async () => {
      await tick();
      finished++;
    });
    assert.ok(count >= 5 && count < 20, `started ${count}`);
    assert.equal(finished, count);
  });

  it('starts nothing new after a task throws, and throws its error once the others are done', async () => {
    let finished = 0;
    const run = runInLanes([...Array(20).keys()], 3, () => false, async (item) => {
      await tick();
      if (item === 4) throw new Error('unreadable release');
      finished++;
    });
    await assert.rejects(run, /unreadable release/);
    assert.ok(finished >= 4 && finished < 19, `finished ${finished}`);
  });

  it('copes with no items', async () => {
    assert.equal(await runInLanes([], 4, () => false, async () => assert.fail('no task for no item')), 0);
  });
});
