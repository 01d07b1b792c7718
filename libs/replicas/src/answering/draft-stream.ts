/** Telegram's limit on a message's text, which a draft shares. */
const MAX_DRAFT_LENGTH = 4_096;
/** Drafts of a streaming answer go at most this often: a draft per token would draw 429s. */
export const DRAFT_INTERVAL_MS = 1_000;

/**
 * Shows an answer in a private chat while it is generated: the latest text, at most once per
 * interval, one draft at a time. The first refusal (a chat or bot that takes no drafts, a 429)
 * ends the drafts for good; the typing indicator goes on alone, and the answer is sent as usual.
 */
export class DraftStream {
  private latest = '';
  private shown = '';
  private lastSentAt = 0;
  private timer: NodeJS.Timeout | undefined;
  private sending = false;
  private ended = false;
  private refused = false;

  constructor(
    private readonly send: (text: string) => Promise<unknown>,
    private readonly intervalMs = DRAFT_INTERVAL_MS,
  ) {}

  /** Whether Telegram refused a draft. */
  get wasRefused(): boolean {
    return this.refused;
  }

  update(textSoFar: string): void {
    this.latest = textSoFar.slice(0, MAX_DRAFT_LENGTH);
    this.schedule();
  }

  stop(): void {
    this.ended = true;
    clearTimeout(this.timer);
  }

  private schedule(): void {
    if (this.ended || this.sending || this.timer || this.latest === this.shown || this.latest.trim() === '') return;
    const wait = Math.max(0, this.lastSentAt + this.intervalMs - Date.now());
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, wait);
  }

  private async flush(): Promise<void> {
    if (this.ended) return;
    const text = this.latest;
    this.sending = true;
    this.lastSentAt = Date.now();
    try {
      await this.send(text);
      this.shown = text;
    } catch {
      this.refused = true;
      this.ended = true;
    } finally {
      this.sending = false;
    }
    this.schedule();
  }
}
