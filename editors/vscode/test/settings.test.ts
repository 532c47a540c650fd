import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { configChangeEffect, toServerSettings } from '../src/core/settings';

describe('toServerSettings', () => {
  it('sends nothing when every setting is at its default', () => {
    const { settings, warnings } = toServerSettings({ select: [], ignore: [], severity: {}, production: [] });
    assert.deepEqual(settings, {});
    assert.deepEqual(warnings, []);
  });

  it('omits unset and empty values but keeps the non-empty ones', () => {
    const { settings } = toServerSettings({ select: ['DNS', 'NET001'], ignore: [], severity: undefined, production: ['**/prod/**'] });
    assert.deepEqual(settings, { select: ['DNS', 'NET001'], production: ['**/prod/**'] });
    assert.equal('ignore' in settings, false);
    assert.equal('severity' in settings, false);
  });

  it('trims, drops blanks and duplicates', () => {
    const { settings } = toServerSettings({ ignore: [' DAT001 ', '', 'DAT001', '  ', 'S3002'] });
    assert.deepEqual(settings, { ignore: ['DAT001', 'S3002'] });
  });

  it('a list holding only blanks counts as empty', () => {
    assert.deepEqual(toServerSettings({ select: ['  ', ''] }).settings, {});
  });

  it('drops malformed values with a warning instead of sending them', () => {
    const { settings, warnings } = toServerSettings({ select: 'DNS001', ignore: ['NET001', 7, null] });
    assert.deepEqual(settings, { ignore: ['NET001'] });
    assert.equal(warnings.length, 3);
    assert.match(warnings[0] ?? '', /cdklint\.select must be a list/);
  });

  it('keeps valid severities (case-insensitive) and drops invalid ones', () => {
    const { settings, warnings } = toServerSettings({
      severity: { DAT001: 'warning', NET001: 'Error', DNS004: 'fatal', CDN004: 1, ' ': 'info' },
    });
    assert.deepEqual(settings, { severity: { DAT001: 'warning', NET001: 'error' } });
    assert.equal(warnings.length, 2);
    assert.ok(warnings.some((w) => w.includes('DNS004') && w.includes('"fatal"')));
  });

  it('rejects a severity that is not an object', () => {
    const { settings, warnings } = toServerSettings({ severity: ['DAT001'] });
    assert.deepEqual(settings, {});
    assert.equal(warnings.length, 1);
  });

  it('produces exactly the documented keys', () => {
    const { settings } = toServerSettings({
      select: ['A'],
      ignore: ['B'],
      severity: { C001: 'info' },
      production: ['p'],
    });
    assert.deepEqual(Object.keys(settings).sort(), ['ignore', 'production', 'select', 'severity']);
  });
});

describe('configChangeEffect', () => {
  /** Mimics `affectsConfiguration`: a change to `a.b.c` affects `a`, `a.b` and `a.b.c`. */
  const changed =
    (...keys: string[]) =>
    (section: string): boolean =>
      keys.some((key) => key === section || key.startsWith(`${section}.`));

  it('restarts when cdklint.path changes', () => {
    assert.equal(configChangeEffect(changed('cdklint.path')), 'restart');
  });

  it('restarts (or stops) when cdklint.enable changes', () => {
    assert.equal(configChangeEffect(changed('cdklint.enable')), 'restart');
  });

  it('only notifies the server for rule settings', () => {
    for (const key of ['cdklint.select', 'cdklint.ignore', 'cdklint.severity', 'cdklint.production']) {
      assert.equal(configChangeEffect(changed(key)), 'notify', key);
    }
  });

  it('leaves tracing to the language client', () => {
    assert.equal(configChangeEffect(changed('cdklint.trace.server')), 'notify');
  });

  it('restart wins when a batch changes both kinds', () => {
    assert.equal(configChangeEffect(changed('cdklint.select', 'cdklint.path')), 'restart');
  });

  it('ignores other extensions\' settings', () => {
    assert.equal(configChangeEffect(changed('editor.fontSize', 'cdklintx.path')), 'none');
  });
});
