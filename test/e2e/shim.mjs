#!/usr/bin/env node
// A stand-in for the VS Code executable, for `@vscode/test-electron`'s
// `runTests({ vscodeExecutablePath: <this file> })`: desktop VS Code cannot be downloaded here, so the
// tests run in code-server's extension host instead. It takes the arguments VS Code would
// (`--extensionDevelopmentPath=`, `--extensionTestsPath=`, a workspace folder), opens the workbench
// with them in the `payload` URL parameter, and exits with the code the tests end with.
import { format } from 'node:util';
import { startCodeServer, launchBrowser, workbenchUrl } from './code-server.mjs';

/** The workbench's start-up log lines, shown only with DELIBERA_E2E_VERBOSE. */
const WORKBENCH_CHATTER =
  /^(Creating a socket|Resolving connection token|Resolved connection token|Ignoring fetching additional builtin|Updating additional builtin|\[Service Worker\]|ChatSessionStore|Started local extension host|Extension host)/;
const TIMEOUT_MS = Number(process.env.DELIBERA_E2E_TIMEOUT_MS ?? 150_000);

function parse(argv) {
  const options = { folder: undefined, extensionDevelopmentPath: undefined, extensionTestsPath: undefined, locale: undefined };
  for (const arg of argv) {
    const match = /^--([\w-]+)=(.*)$/s.exec(arg);
    if (match) {
      const [, key, value] = match;
      if (key === 'extensionDevelopmentPath') options.extensionDevelopmentPath = value;
      else if (key === 'extensionTestsPath') options.extensionTestsPath = value;
      else if (key === 'locale') options.locale = value;
      // user-data-dir, extensions-dir: code-server gets its own per instance.
    } else if (!arg.startsWith('-')) {
      options.folder = arg;
    }
  }
  return options;
}

async function main() {
  const options = parse(process.argv.slice(2));
  if (!options.extensionTestsPath) throw new Error('shim: --extensionTestsPath= is required');
  const verbose = !!process.env.DELIBERA_E2E_VERBOSE;
  const server = await startCodeServer({
    name: 'extension-host',
    locale: options.locale,
    log: (line) => verbose && process.stderr.write(line),
  });
  let browser;
  const cleanup = async () => {
    await browser?.close().catch(() => {});
    server.stop();
  };
  process.on('SIGINT', () => void cleanup().then(() => process.exit(130)));
  try {
    browser = await launchBrowser();
    const page = await browser.newPage();
    const exited = new Promise((resolveExit) => {
      void page.exposeFunction('codeAutomationExit', (code) => resolveExit(Number(code) || 0));
    });
    // The extension host's console (mocha's reporter included) arrives here.
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      // The arguments of a console call, format string first.
      const text = format(...(Array.isArray(args) ? args : [args]));
      if (!verbose && WORKBENCH_CHATTER.test(text)) return;
      (type === 'error' || type === 'warn' ? process.stderr : process.stdout).write(`${text}\n`);
    });
    if (verbose) page.on('console', (message) => process.stderr.write(`[page] ${message.text()}\n`));
    await page.goto(workbenchUrl(server.port, options));
    let timer;
    const timeout = new Promise((resolveTimeout) => {
      timer = setTimeout(() => {
        process.stderr.write(`shim: the tests did not finish within ${TIMEOUT_MS} ms\n`);
        resolveTimeout(1);
      }, TIMEOUT_MS);
    });
    const code = await Promise.race([exited, timeout]);
    clearTimeout(timer);
    return code;
  } finally {
    await cleanup();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`shim: ${error?.stack ?? error}\n`);
    process.exit(1);
  },
);
