/**
 * Article mentions in Markdown made into links to Légifrance: the hovers, the rules' docs pages.
 * What is already a link, a code span, a fenced block or a bare URL is left as it is, so running
 * this twice changes nothing.
 */
import { findArticleMentions } from './articles';
import { articleLink, CGCT, type LawLink, type LegalCode } from './legifrance';

/** Spans never rewritten: `[text](target)`, `<autolink>`, `` `code` ``, bare URLs. */
// No class crosses the character that opens another span: a failed start never rescans the next one.
const PROTECTED = /\[[^[\]\n]*\]\([^()[\]\s]*\)|<https?:[^<>\s]*>|`[^`\n]*`|https?:\/\/[^\s()<>[\]]+/g;
const FENCE = /^\s{0,3}(?:```|~~~)/;

/** The links of the articles a text mentions, each once, in order (a message, a hover). */
export function lawLinksIn(text: string, defaultCode: LegalCode | undefined = CGCT): LawLink[] {
  const out: LawLink[] = [];
  const seen = new Set<string>();
  for (const mention of findArticleMentions(text, defaultCode)) {
    const link = articleLink(mention.code, mention.article);
    if (!link || seen.has(link.label)) continue;
    seen.add(link.label);
    out.push(link);
  }
  return out;
}

/** The Markdown with every article mention outside links and code made a link. */
export function linkArticlesInMarkdown(markdown: string, defaultCode: LegalCode | undefined = CGCT): string {
  const spans = protectedSpans(markdown);
  const inside = (at: number) => spans.some(([s, e]) => at >= s && at < e);
  let out = '';
  let last = 0;
  // Read on the whole text, not line by line: a clause wraps (`art. L. 52-8 du⏎code électoral`).
  for (const mention of findArticleMentions(markdown, defaultCode)) {
    if (inside(mention.start)) continue;
    const link = articleLink(mention.code, mention.article);
    if (!link) continue;
    out += `${markdown.slice(last, mention.start)}[${mention.text}](${link.url})`;
    last = mention.end;
  }
  return out + markdown.slice(last);
}

/** Offsets [start, end) of the links, code spans, URLs and fenced blocks of the text. */
function protectedSpans(markdown: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of markdown.matchAll(PROTECTED)) out.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  let offset = 0;
  let fenceStart = -1;
  for (const line of markdown.split('\n')) {
    if (FENCE.test(line)) {
      if (fenceStart < 0) fenceStart = offset;
      else {
        out.push([fenceStart, offset + line.length]);
        fenceStart = -1;
      }
    }
    offset += line.length + 1;
  }
  if (fenceStart >= 0) out.push([fenceStart, markdown.length]);
  return out;
}
