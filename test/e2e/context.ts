/**
 * What `test/e2e/run.mjs` hands to the UI and package checks: paths and the code-server launcher
 * (passed in rather than imported, since these modules run compiled from `.e2e/out/`).
 */
import type { Browser } from 'playwright-core';

export interface CodeServer {
  port: number;
  stop(): void;
}

export interface E2EContext {
  project: string;
  workspace: string;
  startCodeServer(options: { name: string; settings?: Record<string, unknown>; locale?: string; log?: (line: string) => void }): Promise<CodeServer>;
  launchBrowser(): Promise<Browser>;
  workbenchUrl(port: number, options: { folder?: string; extensionDevelopmentPath?: string; extensionTestsPath?: string }): string;
}

export interface Outcome {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs?: number;
  error?: string;
}

/** Runs steps in order; once one fails, the rest are reported as not run (they build on it). */
export async function runSteps(steps: [title: string, step: () => Promise<void>][]): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  let broken = false;
  for (const [title, step] of steps) {
    if (broken) {
      outcomes.push({ title, state: 'pending', error: 'not run: an earlier step failed' });
      continue;
    }
    const started = Date.now();
    try {
      await step();
      outcomes.push({ title, state: 'passed', durationMs: Date.now() - started });
    } catch (error) {
      broken = true;
      outcomes.push({ title, state: 'failed', durationMs: Date.now() - started, error: (error as Error)?.stack ?? String(error) });
    }
  }
  return outcomes;
}
