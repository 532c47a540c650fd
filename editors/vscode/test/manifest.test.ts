// package.json is part of the extension's behaviour (settings, commands, activation), so it is
// checked against the identifiers the code uses.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { COMMANDS, DOCUMENT_LANGUAGES, DOCUMENT_SELECTOR, FIX_ALL_KIND, SECTION, SETTING_KEYS } from '../src/core/constants';
import { SERVER_SETTING_KEYS } from '../src/core/settings';

interface Manifest {
  name: string;
  publisher: string;
  version: string;
  displayName: string;
  main: string;
  engines: { vscode: string };
  activationEvents: string[];
  repository: { url: string };
  devDependencies: Record<string, string>;
  contributes: {
    configuration: { properties: Record<string, { description?: string; markdownDescription?: string; default?: unknown; enum?: string[]; type: unknown }> };
    commands: { command: string; title: string }[];
  };
}

// Tests are bundled to out/test/, two levels below the package root.
const manifest = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as Manifest;
const properties = manifest.contributes.configuration.properties;

function setting(key: string): Manifest['contributes']['configuration']['properties'][string] {
  const schema = properties[key];
  assert.ok(schema, `${key} is not contributed`);
  return schema;
}

describe('package.json', () => {
  it('has the published identity', () => {
    assert.equal(manifest.publisher, 'cdklint');
    assert.equal(manifest.name, 'cdklint');
    assert.equal(manifest.version, '0.1.0');
    assert.equal(manifest.displayName, 'cdklint — AWS CDK linter');
    assert.equal(manifest.repository.url, 'https://github.com/cdklint/cdklint');
    assert.equal(manifest.main, './dist/extension.js');
  });

  it('targets the VS Code API that vscode-languageclient 11 needs, and types no newer than that', () => {
    assert.equal(manifest.engines.vscode, '^1.91.0');
    assert.equal(manifest.devDependencies['@types/vscode'], '1.91.0');
  });

  it('contributes exactly the settings the code reads, each described', () => {
    assert.deepEqual(Object.keys(properties).sort(), SETTING_KEYS.map((k) => `${SECTION}.${k}`).sort());
    for (const [key, schema] of Object.entries(properties)) {
      assert.ok((schema.markdownDescription ?? schema.description ?? '').length > 20, `${key} needs a description`);
    }
    for (const key of SERVER_SETTING_KEYS) {
      assert.ok(`${SECTION}.${key}` in properties, key);
    }
  });

  it('has the documented defaults', () => {
    assert.equal(setting('cdklint.enable').default, true);
    assert.equal(setting('cdklint.path').default, null);
    assert.deepEqual(setting('cdklint.path').type, ['string', 'null']);
    assert.deepEqual(setting('cdklint.trace.server').enum, ['off', 'messages', 'verbose']);
    assert.equal(setting('cdklint.trace.server').default, 'off');
  });

  it('contributes every command the extension registers, titled "cdklint: …"', () => {
    const contributed = manifest.contributes.commands;
    assert.deepEqual(contributed.map((c) => c.command).sort(), Object.values(COMMANDS).sort());
    for (const c of contributed) {
      assert.match(c.title, /^cdklint: \S/, c.command);
    }
  });

  it('activates for every linted language and for CDK projects', () => {
    for (const language of DOCUMENT_LANGUAGES) {
      assert.ok(manifest.activationEvents.includes(`onLanguage:${language}`), language);
    }
    assert.ok(manifest.activationEvents.includes('workspaceContains:**/cdk.json'));
  });
});

describe('document selector', () => {
  it('covers each language on disk and in untitled buffers, plus cdklint.toml', () => {
    for (const language of DOCUMENT_LANGUAGES) {
      assert.ok(DOCUMENT_SELECTOR.some((f) => f.scheme === 'file' && f.language === language), language);
      assert.ok(DOCUMENT_SELECTOR.some((f) => f.scheme === 'untitled' && f.language === language), language);
    }
    assert.ok(DOCUMENT_SELECTOR.some((f) => f.scheme === 'file' && f.pattern === '**/cdklint.toml'));
  });

  it('fix-all kind is the one the README tells users to put in codeActionsOnSave', () => {
    const readme = readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');
    assert.ok(readme.includes(`"${FIX_ALL_KIND}": "explicit"`));
  });
});
