// Editor settings -> the object the server receives.
//
// The server sees one shape everywhere: `initializationOptions`, the answer to
// `workspace/configuration` (section "cdklint") and `settings.cdklint` of
// `workspace/didChangeConfiguration`. Only non-empty values are sent, so an
// absent key always means "use cdklint.toml / the rule's default".

import { SECTION } from './constants';

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface ServerSettings {
  select?: string[];
  ignore?: string[];
  severity?: Record<string, Severity>;
  production?: string[];
}

/** The settings forwarded to the server, without the `cdklint.` prefix. */
export const SERVER_SETTING_KEYS = ['select', 'ignore', 'severity', 'production'] as const;
export type ServerSettingKey = (typeof SERVER_SETTING_KEYS)[number];

/** Raw values as VS Code returns them: user JSON may hold anything, so nothing is trusted. */
export type RawSettings = Partial<Record<ServerSettingKey, unknown>>;

export interface Translation {
  readonly settings: ServerSettings;
  /** Values that were dropped, worded for the output channel. */
  readonly warnings: readonly string[];
}

function stringList(key: string, value: unknown, warnings: string[]): string[] | undefined {
  if (value === undefined || value === null) {
    return undefined;
  }
  if (!Array.isArray(value)) {
    warnings.push(`${SECTION}.${key} must be a list of strings; ignored`);
    return undefined;
  }
  const out: string[] = [];
  for (const item of value as unknown[]) {
    if (typeof item !== 'string') {
      warnings.push(`${SECTION}.${key}: ignored non-string entry ${JSON.stringify(item)}`);
      continue;
    }
    const trimmed = item.trim();
    if (trimmed !== '' && !out.includes(trimmed)) {
      out.push(trimmed);
    }
  }
  return out.length > 0 ? out : undefined;
}

function severityMap(value: unknown, warnings: string[]): Record<string, Severity> | undefined {
  if (value === undefined || value === null) {
    return undefined;
  }
  if (typeof value !== 'object' || Array.isArray(value)) {
    warnings.push(`${SECTION}.severity must be an object mapping rule codes to "error", "warning" or "info"; ignored`);
    return undefined;
  }
  const out: Record<string, Severity> = {};
  for (const [rawCode, level] of Object.entries(value as Record<string, unknown>)) {
    const code = rawCode.trim();
    const normalized = typeof level === 'string' ? level.trim().toLowerCase() : level;
    if (code === '') {
      continue;
    }
    if (!(SEVERITIES as readonly unknown[]).includes(normalized)) {
      warnings.push(
        `${SECTION}.severity.${code}: ${JSON.stringify(level)} is not one of ${SEVERITIES.map((s) => `"${s}"`).join(', ')}; ignored`,
      );
      continue;
    }
    out[code] = normalized as Severity;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** Builds the server settings object, dropping empty and malformed values. */
export function toServerSettings(raw: RawSettings): Translation {
  const warnings: string[] = [];
  const settings: ServerSettings = {};
  const select = stringList('select', raw.select, warnings);
  const ignore = stringList('ignore', raw.ignore, warnings);
  const severity = severityMap(raw.severity, warnings);
  const production = stringList('production', raw.production, warnings);
  if (select) settings.select = select;
  if (ignore) settings.ignore = ignore;
  if (severity) settings.severity = severity;
  if (production) settings.production = production;
  return { settings, warnings };
}

/**
 * Settings that decide which process runs (or whether one runs at all). The server cannot
 * apply them itself, so the extension restarts or stops the client instead of notifying it.
 */
export const RESTART_SETTINGS = [`${SECTION}.path`, `${SECTION}.enable`] as const;

export type ConfigChangeEffect = 'restart' | 'notify' | 'none';

/**
 * What a configuration change means for the running server. `affects` is
 * `ConfigurationChangeEvent.affectsConfiguration`. `notify` changes reach the server through
 * vscode-languageclient's configuration sync; nothing else has to be done for them.
 */
export function configChangeEffect(affects: (section: string) => boolean): ConfigChangeEffect {
  if (RESTART_SETTINGS.some((key) => affects(key))) {
    return 'restart';
  }
  return affects(SECTION) ? 'notify' : 'none';
}
