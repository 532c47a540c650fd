import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { NotifyOnce, SerialQueue } from '../src/core/lifecycle';

describe('SerialQueue', () => {
  it('runs tasks one after another in submission order', async () => {
    const queue = new SerialQueue();
    const events: string[] = [];
    let running = 0;
    const task = (name: string, ms: number) => async () => {
      running += 1;
      assert.equal(running, 1, 'tasks overlapped');
      events.push(`start ${name}`);
      await sleep(ms);
      events.push(`end ${name}`);
      running -= 1;
      return name;
    };
    const results = await Promise.all([queue.run(task('stop', 20)), queue.run(task('start', 1)), queue.run(task('restart', 5))]);
    assert.deepEqual(results, ['stop', 'start', 'restart']);
    assert.deepEqual(events, ['start stop', 'end stop', 'start start', 'end start', 'start restart', 'end restart']);
  });

  it('keeps going after a failed task and reports the failure to its caller', async () => {
    const queue = new SerialQueue();
    const failed = queue.run(() => Promise.reject(new Error('boom')));
    const next = queue.run(() => Promise.resolve('ok'));
    await assert.rejects(failed, /boom/);
    assert.equal(await next, 'ok');
  });
});

describe('NotifyOnce', () => {
  it('lets the first notification through and swallows repeats until reset', () => {
    const once = new NotifyOnce();
    assert.equal(once.take(), true);
    assert.equal(once.take(), false);
    assert.equal(once.take(), false);
    once.reset();
    assert.equal(once.take(), true);
    assert.equal(once.take(), false);
  });
});
