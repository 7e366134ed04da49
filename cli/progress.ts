/**
 * A progress bar on standard error, for batches in a terminal: redrawn at most ten times a second
 * on one line, and erased before the report is printed.
 */
import { formatSize, type Locale } from './messages';

const WIDTH = 24;
const INTERVAL_MS = 100;

export interface Progress {
  advance(bytes: number): void;
  clear(): void;
}

export const NO_PROGRESS: Progress = { advance() {}, clear() {} };

export function progressBar(stream: NodeJS.WriteStream, total: number, totalBytes: number, locale: Locale): Progress {
  let done = 0;
  let bytes = 0;
  let last = 0;
  let drawn = false;
  const draw = () => {
    const filled = total === 0 ? WIDTH : Math.round((done / total) * WIDTH);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}`;
    const label = locale === 'fr' ? 'fichiers' : 'files';
    const line = `${bar} ${done}/${total} ${label}  ${formatSize(bytes, locale)}/${formatSize(totalBytes, locale)}`;
    stream.write(`\r${line.slice(0, Math.max(20, (stream.columns ?? 80) - 1))}\u001b[K`);
    drawn = true;
  };
  return {
    advance(more: number) {
      done++;
      bytes += more;
      const now = Date.now();
      if (now - last >= INTERVAL_MS || done === total) {
        last = now;
        draw();
      }
    },
    clear() {
      if (drawn) stream.write('\r\u001b[K');
      drawn = false;
    },
  };
}
