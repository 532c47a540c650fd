// Picking the rule code under the cursor for "cdklint: Explain Rule".
// Structural types match `vscode.Diagnostic`, so the glue passes real diagnostics straight in.

import { DIAGNOSTIC_SOURCE } from './constants';

export interface PositionLike {
  readonly line: number;
  readonly character: number;
}

export interface RangeLike {
  readonly start: PositionLike;
  readonly end: PositionLike;
}

export interface DiagnosticLike {
  readonly range: RangeLike;
  readonly source?: string;
  readonly code?: string | number | { readonly value: string | number };
}

function compare(a: PositionLike, b: PositionLike): number {
  return a.line - b.line || a.character - b.character;
}

/** The code of a diagnostic as text (`code` may be a bare value or `{ value, target }`). */
export function diagnosticCode(diagnostic: DiagnosticLike): string | undefined {
  const code = diagnostic.code;
  if (code === undefined) {
    return undefined;
  }
  const value = typeof code === 'object' ? code.value : code;
  const text = String(value).trim();
  return text === '' ? undefined : text;
}

function isOurs(diagnostic: DiagnosticLike): boolean {
  return diagnostic.source === DIAGNOSTIC_SOURCE && diagnosticCode(diagnostic) !== undefined;
}

/**
 * The cdklint rule code at `position`, or undefined. The end is inclusive so a cursor placed
 * right after the squiggle still counts; when ranges overlap the innermost one wins, since it
 * is the finding the user is looking at.
 */
export function codeAtPosition(diagnostics: readonly DiagnosticLike[], position: PositionLike): string | undefined {
  let best: DiagnosticLike | undefined;
  for (const d of diagnostics) {
    if (!isOurs(d) || compare(d.range.start, position) > 0 || compare(position, d.range.end) > 0) {
      continue;
    }
    if (
      best === undefined ||
      (compare(d.range.start, best.range.start) >= 0 && compare(d.range.end, best.range.end) <= 0)
    ) {
      best = d;
    }
  }
  return best === undefined ? undefined : diagnosticCode(best);
}

/** Distinct cdklint codes in a document, sorted, for the picker shown when nothing is under the cursor. */
export function codesInDocument(diagnostics: readonly DiagnosticLike[]): string[] {
  const codes = new Set<string>();
  for (const d of diagnostics) {
    const code = isOurs(d) ? diagnosticCode(d) : undefined;
    if (code !== undefined) {
      codes.add(code);
    }
  }
  return [...codes].sort();
}

/**
 * Whether `text` can be passed to `cdklint explain` as a rule code. The binary is run without a
 * shell, but a value starting with `-` would still be read as a flag, hence the leading letter.
 */
export function isRuleCode(text: string): boolean {
  return /^[A-Za-z][A-Za-z0-9_-]{0,63}$/.test(text);
}
