// Read-only virtual documents holding `cdklint explain` output. A content provider (instead of
// an untitled buffer) means closing the preview never asks "save changes?".

import * as vscode from 'vscode';

export const RULE_DOC_SCHEME = 'cdklint-rule';

export class RuleDocs implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly pages = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  /** Stores the page and returns the URI to open; the `.md` suffix makes it a markdown document. */
  put(code: string, markdown: string): vscode.Uri {
    const uri = vscode.Uri.from({ scheme: RULE_DOC_SCHEME, path: `/${code}.md` });
    this.pages.set(uri.path, markdown);
    this.changed.fire(uri);
    return uri;
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.pages.get(uri.path) ?? '';
  }

  dispose(): void {
    this.changed.dispose();
  }
}
