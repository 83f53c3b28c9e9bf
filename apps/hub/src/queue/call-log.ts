import type { CallRecord } from '@motcua/protocol';

/** The last calls, newest first, bounded so a 24/7 hub never grows. */
export class CallLog {
  private calls: CallRecord[];

  constructor(
    initial: readonly CallRecord[],
    private readonly limit = 20,
  ) {
    this.calls = initial.slice(0, limit);
  }

  add(call: CallRecord): void {
    this.calls = [call, ...this.calls].slice(0, this.limit);
  }

  clear(): void {
    this.calls = [];
  }

  list(): readonly CallRecord[] {
    return this.calls;
  }
}
