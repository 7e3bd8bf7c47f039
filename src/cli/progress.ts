import { count } from '../report/wording.js';

/** A one-line progress bar on standard error, drawn only when it is a terminal: count, rate, ETA. */
export class Progress {
  private readonly started = Date.now();
  private drawn = 0;
  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly total: number | null,
  ) {}

  get enabled(): boolean {
    return this.stream.isTTY === true;
  }

  /** Redraws at most ten times a second. */
  update(done: number, failed: number): void {
    const now = Date.now();
    if (!this.enabled || now - this.drawn < 100) return;
    this.drawn = now;
    const seconds = (now - this.started) / 1000;
    const rate = done / Math.max(seconds, 1e-3);
    const width = 24;
    const filled = this.total ? Math.round((width * done) / Math.max(1, this.total)) : 0;
    const bar = this.total ? `[${'='.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${count(this.total, 'article')}` : count(done, 'article');
    const eta = this.total && rate > 0 ? ` ETA ${clock((this.total - done) / rate)}` : '';
    this.stream.write(`\r${bar}, ${rate.toFixed(1)}/s${eta}${failed ? `, ${failed} failed` : ''}\u001b[K`);
  }

  /** A line of its own on the stream, such as a warning: the bar, if drawn, is cleared first and redrawn on the next update. */
  note(line: string): void {
    this.stream.write(`${this.enabled && this.drawn > 0 ? '\r\u001b[K' : ''}${line}\n`);
  }

  finish(): void {
    if (this.enabled && this.drawn > 0) this.stream.write('\n');
  }
}

const clock = (seconds: number): string => {
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
};
