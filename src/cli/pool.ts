import { Worker } from 'node:worker_threads';

interface Job<Task, Done> {
  task: Task;
  resolve: (done: Done) => void;
}

/**
 * Worker threads, each analysing one article at a time with the next ones already posted to
 * it (`depth` in all): a worker that finishes starts on its next article at once instead of
 * waiting for the main thread, which may not have a core free just then.
 */
export class Pool<Task, Done> {
  private readonly waiting: Job<Task, Done>[] = [];
  /** The jobs posted to each worker, oldest (the one it is analysing) first. */
  private readonly posted = new Map<Worker, Job<Task, Done>[]>();
  /** Workers that died since one last answered: past the pool's size they cannot start, and are not replaced. */
  private deaths = 0;
  private closing = false;

  /** `script` is the worker's module; `failed` makes the result of an article whose worker died. */
  constructor(
    private readonly script: URL,
    private readonly size: number,
    private readonly depth: number,
    private readonly failed: (message: string) => Done,
  ) {
    for (let k = 0; k < size; k += 1) this.start();
  }

  /**
   * A new worker. One that dies (out of memory on a huge text, say) or exits (a stray
   * `process.exit`, an event loop with nothing left) fails its article, and its other articles go
   * to its replacement. Workers that die one after another without answering (a broken install)
   * are not replaced for ever: once none is left, every article fails.
   */
  private start(): Worker {
    const worker = new Worker(this.script);
    this.posted.set(worker, []);
    worker.on('message', (done: Done) => {
      this.deaths = 0;
      this.posted.get(worker)?.shift()?.resolve(done);
      this.fill(worker);
    });
    // A worker that throws emits 'error' and then 'exit'; one that exits emits only 'exit'.
    worker.on('error', (error) => this.lost(worker, error.message));
    worker.on('exit', (code) => this.lost(worker, `exited with code ${code}`));
    return worker;
  }

  private lost(worker: Worker, message: string): void {
    const jobs = this.posted.get(worker);
    if (!jobs) return;
    this.posted.delete(worker);
    jobs.shift()?.resolve(this.failed(message));
    this.waiting.unshift(...jobs);
    this.deaths += 1;
    if (this.closing) return;
    if (this.deaths <= this.size) this.fill(this.start());
    else if (this.posted.size === 0) for (const job of this.waiting.splice(0)) job.resolve(this.failed(message));
  }

  run(task: Task): Promise<Done> {
    return new Promise((resolve) => {
      if (this.posted.size === 0) return resolve(this.failed('no worker could be started'));
      this.waiting.push({ task, resolve });
      let emptiest: Worker | undefined;
      for (const [worker, jobs] of this.posted) if (jobs.length < (emptiest ? (this.posted.get(emptiest) as Job<Task, Done>[]).length : this.depth)) emptiest = worker;
      if (emptiest) this.fill(emptiest);
    });
  }

  private fill(worker: Worker): void {
    const jobs = this.posted.get(worker);
    while (jobs && jobs.length < this.depth && this.waiting.length > 0) {
      const job = this.waiting.shift() as Job<Task, Done>;
      jobs.push(job);
      worker.postMessage(job.task);
    }
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all([...this.posted.keys()].map((worker) => worker.terminate()));
  }
}
