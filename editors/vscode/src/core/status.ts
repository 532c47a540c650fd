// What the status-bar item shows for each server state.

export type ServerState = 'starting' | 'running' | 'stopped' | 'notFound' | 'disabled';

export interface StatusPresentation {
  /** Text with a codicon, e.g. `$(check) cdklint`. */
  readonly text: string;
  readonly tooltip: string;
  /** Drives the item's background colour: errors must be visible at a glance. */
  readonly level: 'normal' | 'warning' | 'error';
}

export function statusPresentation(state: ServerState, detail?: string): StatusPresentation {
  const suffix = detail === undefined || detail === '' ? '' : `\n${detail}`;
  const click = '\nClick to show the cdklint output.';
  switch (state) {
    case 'starting':
      return { text: '$(loading~spin) cdklint', tooltip: `cdklint server is starting${suffix}${click}`, level: 'normal' };
    case 'running':
      return { text: '$(check) cdklint', tooltip: `cdklint server is running${suffix}${click}`, level: 'normal' };
    case 'stopped':
      return { text: '$(debug-stop) cdklint', tooltip: `cdklint server is stopped${suffix}${click}`, level: 'warning' };
    case 'notFound':
      return {
        text: '$(error) cdklint',
        tooltip: `cdklint binary not found${suffix}${click}`,
        level: 'error',
      };
    case 'disabled':
      return {
        text: '$(circle-slash) cdklint',
        tooltip: `cdklint is disabled (cdklint.enable is false)${suffix}${click}`,
        level: 'normal',
      };
  }
}
