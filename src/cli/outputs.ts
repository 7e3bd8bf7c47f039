// Output files are written whole or not at all. A new file is written to a temporary file beside
// it and renamed over it once complete: the rename is atomic because both are in one directory,
// so a run that fails or is killed leaves the old file as it was. `--resume` appends in place
// instead, after resume.ts has cut off what a killed run left half-written.
import { closeSync, createWriteStream, existsSync, openSync, renameSync, rmSync, statSync, writeFileSync, type WriteStream } from 'node:fs';
import { reason, UsageError } from './records.js';

/** Temporary files not yet renamed over their target: removed when the process exits first. */
const temporaries = new Set<string>();
const removeTemporaries = (): void => {
  for (const temporary of temporaries) rmSync(temporary, { force: true });
  temporaries.clear();
};
process.on('exit', removeTemporaries);
// A polite kill removes them too, then dies of the signal as it would have.
for (const signal of ['SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    removeTemporaries();
    process.kill(process.pid, signal);
  });
}

const cannotWrite = (path: string, error: unknown): UsageError => new UsageError(`cannot write ${path}: ${reason(error)}`);

/** Whether `path` is a device or pipe such as /dev/stdout, written in place (it cannot be renamed over); a directory cannot be written at all. */
function isSpecial(path: string): boolean {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return false;
  }
  if (stat.isDirectory()) throw new UsageError(`cannot write ${path}: it is a directory`);
  return !stat.isFile();
}

/** Opens the temporary file for `path`, or `path` itself when it is special; exit status 2 with one line when it cannot be. */
function openTemporary(path: string): { fd: number; temporary: string | null } {
  const temporary = isSpecial(path) ? null : `${path}.${process.pid}.tmp`;
  try {
    const fd = openSync(temporary ?? path, 'w');
    if (temporary) temporaries.add(temporary);
    return { fd, temporary };
  } catch (error) {
    throw cannotWrite(path, error);
  }
}

function discard(temporary: string | null): void {
  if (!temporary) return;
  rmSync(temporary, { force: true });
  temporaries.delete(temporary);
}

function replace(temporary: string | null, path: string): void {
  if (!temporary) return;
  try {
    renameSync(temporary, path);
  } catch (error) {
    throw cannotWrite(path, error);
  } finally {
    discard(temporary);
  }
}

/**
 * Fails at once, before any work, when `path` cannot be written: a missing directory, no
 * permission, a directory in its place. A device or pipe is not opened twice: a pipe's reader
 * would take the first close for the end.
 */
export function checkWritable(path: string): void {
  if (isSpecial(path)) return;
  const { fd, temporary } = openTemporary(path);
  closeSync(fd);
  discard(temporary);
}

/** Writes `text` to `path` whole. */
export function writeWhole(path: string, text: string): void {
  const { fd, temporary } = openTemporary(path);
  try {
    writeFileSync(fd, text);
  } catch (error) {
    throw cannotWrite(path, error);
  } finally {
    closeSync(fd);
  }
  replace(temporary, path);
}

/** Refuses an output (`--out FILE`, or as `option` names it) that is one of the inputs: writing it would destroy what is being read. */
export function checkNotInput(out: string, inputs: readonly string[], option = `--out ${out}`): void {
  if (!existsSync(out)) return;
  const target = statSync(out);
  for (const path of inputs) {
    if (path === '-') continue;
    const input = statSync(path);
    if (input.ino === target.ino && input.dev === target.dev) throw new UsageError(`${option} is also an input: name another file`);
  }
}

/** Writes whole lines, waiting when the stream's buffer is full, so memory stays flat. */
export async function write(stream: NodeJS.WritableStream, lines: string | Uint8Array): Promise<void> {
  if (!stream.write(lines)) await new Promise((resolve) => stream.once('drain', resolve));
}

/** A file written as a stream: whole on `commit()`, or appended to in place. */
export class OutputStream {
  readonly stream: WriteStream;
  private readonly temporary: string | null;

  constructor(
    readonly path: string,
    append: boolean,
  ) {
    if (append) {
      this.temporary = null;
      try {
        this.stream = createWriteStream(path, { fd: openSync(path, 'a') });
      } catch (error) {
        throw cannotWrite(path, error);
      }
    } else {
      const { fd, temporary } = openTemporary(path);
      this.temporary = temporary;
      this.stream = createWriteStream(path, { fd });
    }
  }

  private async close(): Promise<void> {
    await new Promise<void>((resolve, reject) => this.stream.end((error?: Error | null) => (error ? reject(cannotWrite(this.path, error)) : resolve())));
  }

  /** Closes the file and puts it in place of `path`. */
  async commit(): Promise<void> {
    await this.close();
    replace(this.temporary, this.path);
  }

  /** Closes the file; a new one is removed, and `path` keeps what it held. */
  async abort(): Promise<void> {
    await this.close().catch(() => {});
    discard(this.temporary);
  }
}
