// A minimal stand-in for the `vscode` module, aliased in by esbuild for the activation test.
// It implements what the extension glue calls, records what it did, and defines the classes
// vscode-languageclient subclasses when its modules load. Anything else is deliberately absent,
// so a new dependency on the editor API shows up as a test failure rather than passing silently.

type Listener<T> = (event: T) => unknown;

/** What the extension did, for assertions; `config` and `errorChoice` steer it. */
export const mock = {
  config: new Map<string, unknown>(),
  errorChoice: undefined as string | undefined,
  errors: [] as string[],
  log: [] as string[],
  executed: [] as { command: string; args: unknown[] }[],
  commands: new Map<string, (...args: unknown[]) => unknown>(),
  status: { text: '', tooltip: '', visible: false, command: '' as string | undefined },
  configListeners: [] as Listener<{ affectsConfiguration(section: string): boolean }>[],
  /** Fires onDidChangeConfiguration for the given full setting keys. */
  changeSettings(...keys: string[]): void {
    const event = {
      affectsConfiguration: (section: string) => keys.some((k) => k === section || k.startsWith(`${section}.`)),
    };
    for (const listener of this.configListeners) {
      listener(event);
    }
  },
  reset(): void {
    this.config.clear();
    this.errorChoice = undefined;
    this.errors.length = 0;
    this.log.length = 0;
    this.executed.length = 0;
    this.commands.clear();
    this.configListeners.length = 0;
    this.status = { text: '', tooltip: '', visible: false, command: '' };
  },
};

/** Base of the classes vscode-languageclient extends; keeps its arguments for inspection. */
class Base {
  readonly args: unknown[];
  constructor(...args: unknown[]) {
    this.args = args;
  }
}
export class CallHierarchyItem extends Base {}
export class CodeLens extends Base {}
export class CompletionItem extends Base {}
export class DocumentLink extends Base {}
export class InlayHint extends Base {}
export class SymbolInformation extends Base {}
export class TypeHierarchyItem extends Base {}
export class CodeAction extends Base {}
export class Diagnostic extends Base {}
export class CancellationError extends Error {}

export class ThemeColor {
  constructor(readonly id: string) {}
}

export enum StatusBarAlignment {
  Left = 1,
  Right = 2,
}

export class Disposable {
  constructor(private readonly fn: () => void) {}
  dispose(): void {
    this.fn();
  }
}

export class EventEmitter<T> {
  private listeners: Listener<T>[] = [];
  readonly event = (listener: Listener<T>): Disposable => {
    this.listeners.push(listener);
    return new Disposable(() => (this.listeners = this.listeners.filter((l) => l !== listener)));
  };
  fire(value: T): void {
    for (const l of this.listeners) l(value);
  }
  dispose(): void {
    this.listeners = [];
  }
}

export const Uri = {
  from(parts: { scheme: string; path: string }) {
    return { ...parts, toString: () => `${parts.scheme}:${parts.path}` };
  },
  parse(value: string) {
    return { scheme: value.split(':')[0], path: value, toString: () => value };
  },
};

const noop = new Disposable(() => undefined);

export const window = {
  createOutputChannel(_name: string, _options?: unknown) {
    const line = (level: string) => (message: string) => mock.log.push(`${level} ${message}`);
    return { info: line('info'), warn: line('warn'), error: line('error'), trace: line('trace'), debug: line('debug'), appendLine: line(''), show: () => mock.log.push('<shown>'), dispose: () => undefined };
  },
  createStatusBarItem(_id: string, _alignment: StatusBarAlignment, _priority: number) {
    const item = {
      name: '',
      backgroundColor: undefined as ThemeColor | undefined,
      set text(v: string) { mock.status.text = v; },
      get text() { return mock.status.text; },
      set tooltip(v: string) { mock.status.tooltip = v; },
      get tooltip() { return mock.status.tooltip; },
      set command(v: string | undefined) { mock.status.command = v; },
      get command() { return mock.status.command; },
      show: () => { mock.status.visible = true; },
      dispose: () => { mock.status.visible = false; },
    };
    return item;
  },
  showErrorMessage(message: string, ..._items: string[]): Promise<string | undefined> {
    mock.errors.push(message);
    return Promise.resolve(mock.errorChoice);
  },
};

export const workspace = {
  workspaceFolders: undefined as unknown,
  isTrusted: true,
  onDidGrantWorkspaceTrust(_listener: Listener<void>): Disposable {
    return noop;
  },
  getConfiguration(section: string, _scope?: unknown) {
    return {
      get<T>(key: string, fallback?: T): T | undefined {
        const full = `${section}.${key}`;
        return mock.config.has(full) ? (mock.config.get(full) as T) : fallback;
      },
    };
  },
  onDidChangeConfiguration(listener: Listener<{ affectsConfiguration(section: string): boolean }>): Disposable {
    mock.configListeners.push(listener);
    return noop;
  },
  registerTextDocumentContentProvider(_scheme: string, _provider: unknown): Disposable {
    return noop;
  },
};

export const commands = {
  registerCommand(id: string, fn: (...args: unknown[]) => unknown): Disposable {
    if (mock.commands.has(id)) throw new Error(`command '${id}' already exists`);
    mock.commands.set(id, fn);
    return new Disposable(() => mock.commands.delete(id));
  },
  executeCommand(command: string, ...args: unknown[]): Promise<unknown> {
    mock.executed.push({ command, args });
    const fn = mock.commands.get(command);
    return Promise.resolve(fn?.(...args));
  },
};
