// Command handlers. Each one stays thin: the decisions live in ./core.

import * as vscode from 'vscode';
import { FIX_ALL_KIND } from './core/constants';
import { codeAtPosition, codesInDocument, isRuleCode } from './core/diagnostics';
import { explainRule } from './core/explain';
import type { RuleDocs } from './ruleDocs';
import type { ServerController } from './server';

/**
 * Applies the server's `source.fixAll.cdklint` action to the active document. Asking for the
 * action and applying it ourselves (instead of `editor.action.codeAction`) works whatever has
 * focus and lets us say so when there is nothing to fix.
 */
export async function fixAll(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (editor === undefined) {
    void vscode.window.showInformationMessage('cdklint: open a file to fix.');
    return;
  }
  const document = editor.document;
  const wholeDocument = document.validateRange(new vscode.Range(0, 0, document.lineCount, 0));
  const kind = vscode.CodeActionKind.Source.append('fixAll').append('cdklint');
  // The last argument asks VS Code to resolve the edit of lazily computed actions.
  const actions =
    (await vscode.commands.executeCommand<vscode.CodeAction[] | undefined>(
      'vscode.executeCodeActionProvider',
      document.uri,
      wholeDocument,
      FIX_ALL_KIND,
      10,
    )) ?? [];
  const action = actions.find((a) => a.kind !== undefined && kind.contains(a.kind));
  if (action === undefined || (action.edit === undefined && action.command === undefined)) {
    vscode.window.setStatusBarMessage('cdklint: nothing to fix', 3000);
    return;
  }
  if (action.edit !== undefined && !(await vscode.workspace.applyEdit(action.edit))) {
    void vscode.window.showErrorMessage('cdklint: the fixes could not be applied (the document changed?).');
    return;
  }
  if (action.command !== undefined) {
    const args: unknown[] = action.command.arguments ?? [];
    await vscode.commands.executeCommand(action.command.command, ...args);
  }
}

/** The rule to explain: the argument, else the diagnostic under the cursor, else ask. */
async function pickRuleCode(arg: unknown): Promise<string | undefined> {
  if (typeof arg === 'string' && arg.trim() !== '') {
    return arg.trim();
  }
  const editor = vscode.window.activeTextEditor;
  const diagnostics = editor === undefined ? [] : vscode.languages.getDiagnostics(editor.document.uri);
  if (editor !== undefined) {
    const code = codeAtPosition(diagnostics, editor.selection.active);
    if (code !== undefined) {
      return code;
    }
  }
  const codes = codesInDocument(diagnostics);
  if (codes.length > 0) {
    return vscode.window.showQuickPick(codes, { placeHolder: 'No cdklint finding under the cursor; pick a rule' });
  }
  return vscode.window.showInputBox({
    prompt: 'Rule code to explain',
    placeHolder: 'e.g. DNS001',
    validateInput: (value) => (isRuleCode(value.trim()) ? undefined : 'A rule code looks like DNS001'),
  });
}

/** Runs `cdklint explain CODE` and shows the page as a markdown preview. */
export async function explain(arg: unknown, server: ServerController, docs: RuleDocs): Promise<void> {
  const code = (await pickRuleCode(arg))?.trim();
  if (code === undefined || code === '') {
    return;
  }
  let binary = server.binaryPath;
  if (binary === undefined) {
    const found = await server.locateBinary();
    if (found.kind === 'notFound') {
      void vscode.window.showErrorMessage('cdklint: cannot explain rules, the cdklint binary was not found.');
      return;
    }
    binary = found.path;
  }
  let markdown: string;
  try {
    markdown = await explainRule(binary, code);
  } catch (error) {
    void vscode.window.showErrorMessage(`cdklint explain ${code} failed: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  const uri = docs.put(code, markdown);
  try {
    await vscode.commands.executeCommand('markdown.showPreview', uri);
  } catch {
    // The built-in markdown extension can be disabled; the source is still readable.
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: true });
  }
}
