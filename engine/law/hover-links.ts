/**
 * The hook that puts the law under the cursor: the articles a hover cites become links to
 * Légifrance, and over a diagnostic that cites articles the hover lists them as links (the editor
 * shows a diagnostic's message as plain text, where a link cannot be clicked). Applied by the
 * server to whatever engine/features/hover.ts answers, so that the hovers' wording stays theirs.
 */
import type { Diagnostic } from '../diagnostics';
import type { Hover } from '../features/lsp';
import type { Locale } from '../rules/types';
import type { Position, Range } from '../text/lines';
import { linkArticlesInMarkdown, lawLinksIn } from './markdown';

function contains(range: Range, position: Position): boolean {
  const { start, end } = range;
  if (position.line < start.line || position.line > end.line) return false;
  if (position.line === start.line && position.character < start.character) return false;
  if (position.line === end.line && position.character > end.character) return false;
  return true;
}

export function withLawLinks(hover: Hover | undefined, diagnostics: readonly Diagnostic[], position: Position, locale: Locale): Hover | undefined {
  const under = diagnostics.filter((d) => contains(d.range, position));
  const links = lawLinksIn(under.map((d) => d.message).join('\n\n'));
  const value = hover ? linkArticlesInMarkdown(hover.contents.value) : undefined;
  if (links.length === 0) return hover && value !== undefined ? { ...hover, contents: { kind: 'markdown', value } } : hover;
  const law = `${locale === 'fr' ? 'Légifrance :' : 'Légifrance:'} ${links.map((l) => `[${l.label}](${l.url})`).join(' · ')}`;
  if (hover && value !== undefined) return { ...hover, contents: { kind: 'markdown', value: `${value}\n\n${law}` } };
  return { contents: { kind: 'markdown', value: law }, range: under[0].range };
}
