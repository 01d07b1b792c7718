import { JsonObject } from './json';
import { randomDigits } from './random';

export interface QueuedUpdate {
  readonly id: number;
  readonly update: JsonObject;
  /** A webhook attempt owns it; nothing else may send it meanwhile. */
  inFlight: boolean;
}

/** One bot's pending updates: what getUpdates returns and what pending_update_count counts. */
export class UpdateQueue {
  private entries: QueuedUpdate[] = [];
  private lastId = randomDigits(9);

  /** Telegram numbers a bot's updates with one increasing counter starting at an arbitrary value. */
  assignId(given: unknown): number {
    if (typeof given === 'number' && Number.isInteger(given)) {
      this.lastId = Math.max(this.lastId, given);
      return given;
    }
    this.lastId += 1;
    return this.lastId;
  }

  push(entry: QueuedUpdate): void {
    this.entries.push(entry);
  }

  remove(id: number): void {
    this.entries = this.entries.filter((entry) => entry.id !== id);
  }

  /** getUpdates' offset: every update below it counts as confirmed and is forgotten. */
  confirmBelow(offset: number): void {
    this.entries = this.entries.filter((entry) => entry.id >= offset);
  }

  /** A negative offset keeps only the last -offset updates. */
  keepLast(count: number): void {
    this.entries = this.entries.slice(Math.max(0, this.entries.length - count));
  }

  first(limit: number): QueuedUpdate[] {
    return this.entries.slice(0, limit);
  }

  all(): readonly QueuedUpdate[] {
    return this.entries;
  }

  idle(): QueuedUpdate[] {
    return this.entries.filter((entry) => !entry.inFlight);
  }

  clear(): void {
    this.entries = [];
  }

  get size(): number {
    return this.entries.length;
  }
}
