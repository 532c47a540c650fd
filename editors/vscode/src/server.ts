// Owns the language client: finds the binary, starts/stops/restarts `cdklint server`,
// and keeps the status bar in step with the client's state.

import * as os from 'node:os';
import * as vscode from 'vscode';
import {
  DidChangeConfigurationNotification,
  type LanguageClientOptions,
  LanguageClient,
  RevealOutputChannelOn,
  type ServerOptions,
  State,
} from 'vscode-languageclient/node';
import { DOCUMENT_SELECTOR, SECTION, WATCHED_FILES } from './core/constants';
import { describeSource, type Discovery, discoverBinary, notFoundMessage } from './core/discovery';
import { NotifyOnce, SerialQueue } from './core/lifecycle';
import { probeExecutable } from './core/probe';
import { type RawSettings, SERVER_SETTING_KEYS, type ServerSettings, toServerSettings } from './core/settings';
import type { StatusBar } from './statusBar';

/** Settings for a scope (a folder or file URI), read from VS Code and translated. */
function readSettings(scope?: vscode.Uri): { settings: ServerSettings; warnings: readonly string[] } {
  const config = vscode.workspace.getConfiguration(SECTION, scope);
  const raw: RawSettings = {};
  for (const key of SERVER_SETTING_KEYS) {
    raw[key] = config.get<unknown>(key);
  }
  return toServerSettings(raw);
}

export class ServerController implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private binary: string | undefined;
  private watchers: vscode.FileSystemWatcher[] = [];
  private readonly queue = new SerialQueue();
  private readonly notFoundNotice = new NotifyOnce();

  constructor(
    private readonly extensionPath: string,
    private readonly output: vscode.LogOutputChannel,
    private readonly status: StatusBar,
  ) {}

  /** Path of the binary the running server uses, if any. */
  get binaryPath(): string | undefined {
    return this.binary;
  }

  start(): Promise<void> {
    return this.queue.run(() => this.doStart());
  }

  stop(): Promise<void> {
    return this.queue.run(() => this.doStop());
  }

  /**
   * Stops the server and starts it again with the current settings. `byUser` re-arms the
   * "binary not found" notification: someone who just asked for a restart wants to hear why
   * it did not work.
   */
  restart(byUser: boolean): Promise<void> {
    if (byUser) {
      this.notFoundNotice.reset();
    }
    return this.queue.run(async () => {
      await this.doStop();
      await this.doStart();
    });
  }

  /** `cdklint.path` changed: the user pointed at a (maybe new) binary, so report problems again. */
  pathChanged(): Promise<void> {
    this.notFoundNotice.reset();
    return this.restart(false);
  }

  /** Runs discovery with the current settings; also used by "Explain Rule" when no server runs. */
  async locateBinary(): Promise<Discovery> {
    const config = vscode.workspace.getConfiguration(SECTION);
    return discoverBinary(
      {
        configuredPath: config.get<unknown>('path'),
        trusted: vscode.workspace.isTrusted,
        workspaceFolders: (vscode.workspace.workspaceFolders ?? []).map((f) => ({ name: f.name, path: f.uri.fsPath })),
        extensionPath: this.extensionPath,
        platform: process.platform,
        arch: process.arch,
        env: process.env,
        homeDir: os.homedir(),
      },
      probeExecutable,
    );
  }

  logSettingWarnings(): void {
    for (const warning of readSettings().warnings) {
      this.output.warn(warning);
    }
  }

  private async doStart(): Promise<void> {
    if (this.client !== undefined) {
      return;
    }
    if (!vscode.workspace.getConfiguration(SECTION).get<boolean>('enable', true)) {
      this.output.info('cdklint.enable is false; the server is not started');
      this.status.set('disabled');
      return;
    }
    this.status.set('starting');
    const found = await this.locateBinary();
    if (found.kind === 'notFound') {
      this.reportNotFound(found);
      return;
    }
    if (!vscode.workspace.isTrusted) {
      this.output.info(
        'The workspace is untrusted: cdklint.path and binaries inside the workspace (node_modules/.bin, .venv) are not used until it is trusted.',
      );
    }
    this.output.info(`Using ${found.path} (found via ${describeSource(found.source)})`);
    this.logSettingWarnings();

    const client = this.createClient(found.path);
    client.onDidChangeState((event) => {
      // Events from a client that was already replaced must not overwrite the status.
      if (this.client !== client) {
        return;
      }
      if (event.newState === State.Running) {
        this.status.set('running', found.path);
      } else if (event.newState === State.Starting) {
        this.status.set('starting', found.path);
      } else {
        this.status.set('stopped', found.path);
      }
    });
    this.client = client;
    this.binary = found.path;
    try {
      await client.start();
    } catch (error) {
      // The client already logged the cause; keep it around so restart can dispose it cleanly.
      this.output.error(`cdklint server failed to start: ${String(error)}`);
      this.status.set('stopped', 'The server failed to start; see the output.');
    }
  }

  private async doStop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.binary = undefined;
    for (const watcher of this.watchers) {
      watcher.dispose();
    }
    this.watchers = [];
    if (client === undefined) {
      return;
    }
    try {
      await client.dispose(2000);
    } catch (error) {
      this.output.warn(`Stopping the cdklint server: ${String(error)}`);
    }
    this.status.set('stopped');
  }

  private reportNotFound(found: Extract<Discovery, { kind: 'notFound' }>): void {
    const message = notFoundMessage(found);
    this.output.error(message);
    for (const path of found.tried) {
      this.output.info(`  looked for ${path}`);
    }
    this.status.set('notFound', found.settingProblem);
    if (!this.notFoundNotice.take()) {
      return;
    }
    // Not awaited: the promise settles only when the user reacts, which must not block the queue.
    void vscode.window.showErrorMessage(message, 'Open Settings', 'Show Output').then((choice) => {
      if (choice === 'Open Settings') {
        void vscode.commands.executeCommand('workbench.action.openSettings', `${SECTION}.path`);
      } else if (choice === 'Show Output') {
        this.output.show();
      }
    });
  }

  private createClient(binary: string): LanguageClient {
    // No `transport` on purpose: with TransportKind.stdio the client appends `--stdio`,
    // which `cdklint server` does not take; leaving it out still talks over stdin/stdout.
    const serverOptions: ServerOptions = { command: binary, args: ['server'] };
    this.watchers = WATCHED_FILES.map((glob) => vscode.workspace.createFileSystemWatcher(glob));

    const clientOptions: LanguageClientOptions = {
      documentSelector: DOCUMENT_SELECTOR.map((filter) => ({ ...filter })),
      outputChannel: this.output,
      revealOutputChannelOn: RevealOutputChannelOn.Never,
      initializationOptions: readSettings().settings,
      synchronize: {
        // Deprecated upstream in favour of pure pull, but it is what makes the client send
        // workspace/didChangeConfiguration; the payload is reshaped by the middleware below.
        configurationSection: SECTION,
        fileEvents: this.watchers,
      },
      middleware: {
        workspace: {
          // Answer section "cdklint" with the same object as initializationOptions (per scope),
          // so the server parses a single shape; other sections keep the default answer.
          configuration: async (params, token, next) => {
            const ours = params.items.map((item) => item.section === SECTION);
            const fallback: unknown = ours.every(Boolean) ? [] : await next(params, token);
            if (!Array.isArray(fallback)) {
              return fallback as Awaited<ReturnType<typeof next>>;
            }
            return params.items.map((item, i) =>
              ours[i]
                ? readSettings(item.scopeUri === undefined ? undefined : vscode.Uri.parse(item.scopeUri)).settings
                : (fallback[i] as unknown),
            );
          },
          // Send `{ settings: { cdklint: <server settings> } }` rather than the raw VS Code
          // section (which also holds enable/path/trace, irrelevant to the server).
          didChangeConfiguration: async () => {
            if (!client.isRunning()) {
              return; // a restart is in progress; the new server gets initializationOptions
            }
            this.logSettingWarnings();
            await client.sendNotification(DidChangeConfigurationNotification.type, {
              settings: { [SECTION]: readSettings().settings },
            });
          },
        },
      },
    };
    // Referenced by the middleware closures above, which only run after construction.
    const client = new LanguageClient(SECTION, 'cdklint', serverOptions, clientOptions);
    return client;
  }

  async dispose(): Promise<void> {
    await this.stop();
  }
}
