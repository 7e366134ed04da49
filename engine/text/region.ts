import { noiseMask, type NoiseMask } from './noise';
import { isBlank } from './normalize';

/**
 * A run of source lines handed to a block parser: lines [from, to] (inclusive) of `lines`, with the
 * extraction-noise mask (page markers, stamps, footers) computed once for the whole dossier.
 * Parsers skip noise lines through `contentLines` and report ranges in `lines`' coordinates.
 */
export interface Region {
  lines: readonly string[];
  from: number;
  to: number;
  noise: NoiseMask;
}

export function regionOf(lines: readonly string[], from = 0, to = lines.length - 1, noise?: NoiseMask): Region {
  return { lines, from, to, noise: noise ?? noiseMask(lines) };
}

export function subRegion(region: Region, from: number, to: number): Region {
  return { lines: region.lines, noise: region.noise, from, to };
}

/** Indices of the region's lines that are neither noise nor blank. */
export function contentLines(region: Region): readonly number[] {
  // Several readers walk the same annex region (most of a session's lines): its lines are listed once.
  const known = CONTENT.get(region);
  if (known) return known;
  const out: number[] = [];
  for (let i = region.from; i <= region.to; i++) {
    if (region.noise.has(i) || isBlank(region.lines[i])) continue;
    out.push(i);
  }
  CONTENT.set(region, out);
  return out;
}

const CONTENT = new WeakMap<Region, readonly number[]>();
