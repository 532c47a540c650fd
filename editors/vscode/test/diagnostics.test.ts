import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { codeAtPosition, codesInDocument, type DiagnosticLike, isRuleCode } from '../src/core/diagnostics';

function diag(code: DiagnosticLike['code'], l1: number, c1: number, l2: number, c2: number, source = 'cdklint'): DiagnosticLike {
  return { code, source, range: { start: { line: l1, character: c1 }, end: { line: l2, character: c2 } } };
}

describe('codeAtPosition', () => {
  const diagnostics = [
    diag('DNS001', 4, 10, 4, 40),
    diag('NET001', 9, 20, 9, 52),
    diag('ts2345', 9, 0, 9, 60, 'ts'),
  ];

  it('finds the cdklint code whose range holds the cursor', () => {
    assert.equal(codeAtPosition(diagnostics, { line: 4, character: 25 }), 'DNS001');
  });

  it('counts both ends of the range', () => {
    assert.equal(codeAtPosition(diagnostics, { line: 4, character: 10 }), 'DNS001');
    assert.equal(codeAtPosition(diagnostics, { line: 4, character: 40 }), 'DNS001');
    assert.equal(codeAtPosition(diagnostics, { line: 4, character: 41 }), undefined);
  });

  it('ignores diagnostics from other sources', () => {
    assert.equal(codeAtPosition(diagnostics, { line: 9, character: 5 }), undefined);
    assert.equal(codeAtPosition(diagnostics, { line: 9, character: 30 }), 'NET001');
  });

  it('prefers the innermost of nested findings, whatever their order', () => {
    const outer = diag('DAT001', 1, 0, 6, 1);
    const inner = diag('S3001', 3, 4, 3, 30);
    assert.equal(codeAtPosition([outer, inner], { line: 3, character: 10 }), 'S3001');
    assert.equal(codeAtPosition([inner, outer], { line: 3, character: 10 }), 'S3001');
    assert.equal(codeAtPosition([inner, outer], { line: 5, character: 0 }), 'DAT001');
  });

  it('handles multi-line ranges and object codes', () => {
    const d = diag({ value: 'CDN002' }, 2, 8, 5, 3);
    assert.equal(codeAtPosition([d], { line: 3, character: 0 }), 'CDN002');
    assert.equal(codeAtPosition([d], { line: 2, character: 7 }), undefined);
  });

  it('skips diagnostics without a code', () => {
    assert.equal(codeAtPosition([diag(undefined, 0, 0, 0, 10)], { line: 0, character: 5 }), undefined);
  });
});

describe('codesInDocument', () => {
  it('lists distinct cdklint codes, sorted', () => {
    const codes = codesInDocument([
      diag('NET001', 1, 0, 1, 1),
      diag('DNS001', 2, 0, 2, 1),
      diag('NET001', 3, 0, 3, 1),
      diag('E501', 4, 0, 4, 1, 'flake8'),
    ]);
    assert.deepEqual(codes, ['DNS001', 'NET001']);
  });
});

describe('isRuleCode', () => {
  it('accepts rule codes and rejects things the binary would read as flags', () => {
    assert.equal(isRuleCode('DNS001'), true);
    assert.equal(isRuleCode('S3004'), true);
    assert.equal(isRuleCode('--help'), false);
    assert.equal(isRuleCode(''), false);
    assert.equal(isRuleCode('DNS001; rm -rf /'), false);
  });
});
