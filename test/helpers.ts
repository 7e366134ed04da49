import { readFileSync } from 'node:fs';

export const CORPUS = {
  '000': '000_8d5666818704f46d.txt',
  '001': '001_31979806140e0f38.txt',
  '002': '002_1db52241779bf69e.txt',
  '003': '003_b2bb4981e98d102e.txt',
  '004': '004_1dc4fcee360ef1bf.txt',
} as const;

export type CorpusId = keyof typeof CORPUS;

const cache = new Map<string, string>();

/** A corpus file's text (copied from the real acts into test/fixtures/corpus). */
export function corpusText(id: CorpusId): string {
  let text = cache.get(id);
  if (text === undefined) {
    text = readFileSync(new URL(`./fixtures/corpus/${CORPUS[id]}`, import.meta.url), 'utf8');
    cache.set(id, text);
  }
  return text;
}

export function corpusLines(id: CorpusId): string[] {
  return corpusText(id).split('\n');
}
