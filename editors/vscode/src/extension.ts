// Entry point: wires the output channel, status bar, server controller and commands together.

import * as vscode from 'vscode';
import { explain, fixAll } from './commands';
import { COMMANDS, SECTION } from './core/constants';
import { configChangeEffect } from './core/settings';
import { RULE_DOC_SCHEME, RuleDocs } from './ruleDocs';
import { ServerController } from './server';
import { StatusBar } from './statusBar';

let controller: ServerController | undefined;

export function activate(context: vscode.ExtensionContext): void {
  const output = vscode.window.createOutputChannel('cdklint', { log: true });
  const status = new StatusBar();
  const docs = new RuleDocs();
  const server = new ServerController(context.extensionPath, output, status);
  controller = server;

  // Disposed in order: the server first, so its shutdown can still log and update the status.
  context.subscriptions.push(
    server,
    docs,
    status,
    output,
    vscode.workspace.registerTextDocumentContentProvider(RULE_DOC_SCHEME, docs),
    vscode.commands.registerCommand(COMMANDS.restartServer, () => server.restart(true)),
    vscode.commands.registerCommand(COMMANDS.showOutput, () => {
      output.show();
    }),
    vscode.commands.registerCommand(COMMANDS.fixAll, fixAll),
    vscode.commands.registerCommand(COMMANDS.explainRule, (code: unknown) => explain(code, server, docs)),
    vscode.workspace.onDidChangeConfiguration((event) => {
      // Other cdklint.* changes reach the running server through the client's configuration sync.
      if (configChangeEffect((section) => event.affectsConfiguration(section)) !== 'restart') {
        return;
      }
      void (event.affectsConfiguration(`${SECTION}.path`) ? server.pathChanged() : server.restart(false));
    }),
  );

  // Trusting the workspace makes cdklint.path and the project's own binary eligible, which may
  // change which binary should run.
  context.subscriptions.push(vscode.workspace.onDidGrantWorkspaceTrust(() => void server.restart(false)));

  // Not awaited: activation should not wait for the server's initialize round-trip.
  server.start().catch((error: unknown) => {
    output.error(`cdklint failed to start: ${String(error)}`);
  });
}

export async function deactivate(): Promise<void> {
  await controller?.stop();
  controller = undefined;
}
