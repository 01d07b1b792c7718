/** Telegram shows a chat action for 5 s (or until a message arrives): renewed a little sooner. */
export const TYPING_RENEW_MS = 4_000;

/** Shows "typing" in a chat from `start` until `stop`, renewing it while an answer is prepared. */
export class TypingIndicator {
  private timer: NodeJS.Timeout | undefined;

  /** `show` sends the chat action once; its failures only cost the indicator, never the answer. */
  constructor(
    private readonly show: () => Promise<unknown>,
    private readonly renewMs = TYPING_RENEW_MS,
  ) {}

  start(): void {
    this.tick();
    this.timer = setInterval(() => this.tick(), this.renewMs);
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private tick(): void {
    void this.show().catch(() => undefined);
  }
}
