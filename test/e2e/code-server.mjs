// Starts code-server (a real VS Code 1.100 workbench served over HTTP) and drives it with Debian's
// chromium through playwright-core. Shared by the extension-host shim and the UI test.
// Pitfalls this file works around are numbered as in shared/notes/vscode-e2e.md.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/**
 * What the e2e run writes goes under this git-ignored folder (the vsix and screenshots aside). It
 * stays inside the project: the compiled tests `require('mocha')` from the project's node_modules.
 */
export const E2E_DIR = join(PROJECT, '.e2e');
/** Where scripts/e2e/install.sh put code-server (same variable, same default). */
export const CODE_SERVER_DIR = process.env.DELIBERA_CODE_SERVER_DIR ?? join(E2E_DIR, 'code-server');
export const CODE_SERVER = join(CODE_SERVER_DIR, 'node_modules/code-server/out/node/entry.js');
export const CHROMIUM = process.env.DELIBERA_CHROMIUM ?? '/usr/bin/chromium';

/** A quiet workbench: nothing opens at start-up, nothing phones home, no trust prompt. */
const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'chat.commandCenter.enabled': false,
  'window.commandCenter': false,
  'editor.minimap.enabled': false,
  'files.autoSave': 'off',
};

export function assertInstalled() {
  const missing = [];
  if (!existsSync(CODE_SERVER)) missing.push(`code-server (${CODE_SERVER})`);
  if (!existsSync(CHROMIUM)) missing.push(`chromium (${CHROMIUM})`);
  if (missing.length) {
    throw new Error(`e2e: missing ${missing.join(' and ')}: run \`bash scripts/e2e/install.sh\` first.`);
  }
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

async function waitForHealth(port, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode} before answering`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`code-server did not answer /healthz within ${timeoutMs} ms`);
}

/**
 * Starts code-server on a free loopback port with its own user data (one folder per instance,
 * pitfall 5), and `settings` merged over the quiet defaults. Returns its port and a `stop()` that
 * kills its whole process group (pitfall 8).
 */
export async function startCodeServer({ name, settings = {}, locale, log = () => {} }) {
  assertInstalled();
  const home = join(E2E_DIR, 'instances', name);
  rmSync(home, { recursive: true, force: true });
  const userDataDir = join(home, 'user-data');
  const extensionsDir = join(home, 'extensions');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  writeFileSync(join(userDataDir, 'User/settings.json'), JSON.stringify({ ...QUIET_SETTINGS, ...settings }, null, 2));

  const port = await freePort();
  const args = [
    CODE_SERVER,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    ...(locale ? ['--locale', locale] : []),
  ];
  const child = spawn(process.execPath, args, {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      XDG_CONFIG_HOME: join(home, 'config'),
      XDG_DATA_HOME: join(home, 'data'),
      // Offline: no gallery (pitfall 7).
      EXTENSIONS_GALLERY: '{"serviceUrl":""}',
    },
  });
  child.stdout.on('data', (chunk) => log(`[code-server] ${chunk}`));
  child.stderr.on('data', (chunk) => log(`[code-server] ${chunk}`));

  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  try {
    await waitForHealth(port, child, 30_000);
  } catch (error) {
    stop();
    throw error;
  }
  return { port, home, userDataDir, stop };
}

/** `vscode-remote://127.0.0.1:PORT/abs/path`, the form the workbench expects in `payload`. */
function remote(port, path) {
  return `vscode-remote://127.0.0.1:${port}${resolve(path)}`;
}

/**
 * The workbench URL for `folder`, with the extension at `extensionDevelopmentPath` loaded as a
 * development extension and, when `extensionTestsPath` is given, its tests run in the extension host.
 */
export function workbenchUrl(port, { folder, extensionDevelopmentPath, extensionTestsPath }) {
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(port, extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(port, extensionTestsPath)]);
  const query = new URLSearchParams();
  if (folder) query.set('folder', resolve(folder));
  if (payload.length) query.set('payload', JSON.stringify(payload));
  return `http://127.0.0.1:${port}/?${query}`;
}

/** Headless Debian chromium (pitfall 10). */
export async function launchBrowser() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // Chromium writes its crash reports under XDG_CONFIG_HOME even with a temporary profile.
    env: { ...process.env, XDG_CONFIG_HOME: join(E2E_DIR, 'chromium-config') },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}
