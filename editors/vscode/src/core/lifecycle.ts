// Small helpers for the client lifecycle, kept apart from VS Code so their behaviour is tested.

/**
 * Runs async tasks one at a time in submission order. Start, stop and restart requests can
 * arrive together (a settings change while the server is still starting); running them
 * concurrently would leave two servers or a stale client behind.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task, task);
    // A failed task must not poison the queue for the tasks after it.
    this.tail = result.catch(() => undefined);
    return result;
  }
}

/**
 * Lets a notification through once until reset. The "binary not found" error is shown once,
 * not on every document or restart attempt; it is re-armed when the user changes
 * `cdklint.path` or restarts the server by hand, because then they expect an answer.
 */
export class NotifyOnce {
  private shown = false;

  take(): boolean {
    if (this.shown) {
      return false;
    }
    this.shown = true;
    return true;
  }

  reset(): void {
    this.shown = false;
  }
}
