import { keepLayout } from '../layouts';

/**
 * A contact's thread subjects, each once at its strongest factor, in the order first met. One per run, reused
 * from contact to contact (a run reads its contacts one after the other): a Map per contact was the largest
 * allocation of a run. A short scan tells subjects apart (a contact has a handful of threads); past `scanLimit`
 * the subjects go into a Map, so a contact with thousands of threads stays linear.
 */
export class ThreadTally {
  readonly subjects: string[] = [];
  readonly factors: number[] = [];
  count = 0;
  private readonly at = new Map<string, number>();
  private indexed = false;
  static readonly scanLimit = 16;

  reset(): void {
    // The slots are overwritten, not freed: the next contact reuses them.
    this.count = 0;
    if (this.indexed) {
      this.at.clear();
      this.indexed = false;
    }
  }

  /** Records a subject at `factor`, keeping the strongest factor of a subject met again. */
  add(subject: string, factor: number): void {
    let i = -1;
    if (this.indexed) i = this.at.get(subject) ?? -1;
    else
      for (let k = 0; k < this.count; k++)
        if (this.subjects[k] === subject) {
          i = k;
          break;
        }
    if (i >= 0) {
      if ((this.factors[i] as number) < factor) this.factors[i] = factor;
      return;
    }
    const n = this.count++;
    this.subjects[n] = subject;
    this.factors[n] = factor;
    if (this.indexed) this.at.set(subject, n);
    else if (this.count > ThreadTally.scanLimit) {
      for (let k = 0; k < this.count; k++) this.at.set(this.subjects[k] as string, k);
      this.indexed = true;
    }
  }

  /** Forgets the subjects' strings (once a run is over, so the tally does not keep a mailbox alive). */
  release(): void {
    this.reset();
    this.subjects.length = 0;
    this.factors.length = 0;
  }
}

// One idle tally: its layout outlives a run (layouts.ts).
keepLayout(new ThreadTally());
