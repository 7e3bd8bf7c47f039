/**
 * Says, after the run's summary, which tests did not run because a tool they need is missing
 * (see test/requirements.ts), one line per file and reason, so a skip is never silent.
 */
import { relative } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

export default class NotRunReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const notRun = new Map<string, { file: string; reason: string; tests: number }>();
    for (const testModule of testModules) {
      const file = relative(process.cwd(), testModule.moduleId);
      for (const test of testModule.children.allTests('skipped')) {
        const reason = test.meta().notRun;
        if (reason === undefined) continue;
        const key = `${file}\n${reason}`;
        const entry = notRun.get(key) ?? { file, reason, tests: 0 };
        entry.tests += 1;
        notRun.set(key, entry);
      }
    }
    for (const { file, reason, tests } of notRun.values()) {
      process.stdout.write(`did not run: ${file} (${tests} ${tests === 1 ? 'test' : 'tests'}) — ${reason}\n`);
    }
  }
}
