import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type ServerState, statusPresentation } from '../src/core/status';

const STATES: ServerState[] = ['starting', 'running', 'stopped', 'notFound', 'disabled'];

describe('statusPresentation', () => {
  it('shows a distinct icon for every state', () => {
    const texts = STATES.map((s) => statusPresentation(s).text);
    assert.equal(new Set(texts).size, STATES.length);
    for (const text of texts) {
      assert.match(text, /^\$\([a-z~-]+\) cdklint$/);
    }
  });

  it('flags a missing binary as an error and a running server as normal', () => {
    assert.equal(statusPresentation('notFound').level, 'error');
    assert.equal(statusPresentation('running').level, 'normal');
    assert.equal(statusPresentation('stopped').level, 'warning');
  });

  it('puts the detail (e.g. the binary path) in the tooltip', () => {
    assert.match(statusPresentation('running', '/usr/bin/cdklint').tooltip, /\/usr\/bin\/cdklint/);
    assert.match(statusPresentation('running').tooltip, /output/);
  });
});
