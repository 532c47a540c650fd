// The status-bar item: server state at a glance, click to open the output.

import * as vscode from 'vscode';
import { COMMANDS } from './core/constants';
import { type ServerState, statusPresentation } from './core/status';

export class StatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;

  constructor() {
    this.item = vscode.window.createStatusBarItem('cdklint.status', vscode.StatusBarAlignment.Right, 100);
    this.item.name = 'cdklint';
    this.item.command = COMMANDS.showOutput;
  }

  set(state: ServerState, detail?: string): void {
    const view = statusPresentation(state, detail);
    this.item.text = view.text;
    this.item.tooltip = view.tooltip;
    this.item.backgroundColor =
      view.level === 'error'
        ? new vscode.ThemeColor('statusBarItem.errorBackground')
        : view.level === 'warning'
          ? new vscode.ThemeColor('statusBarItem.warningBackground')
          : undefined;
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}
