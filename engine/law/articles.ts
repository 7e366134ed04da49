/**
 * Article mentions in prose — a hover, a diagnostic's message, a rule's docs page: `L2121-17`,
 * `L.3121-14-1`, `L 2121-17`, `article L2121-17`, each with the code it belongs to. The code is the
 * one named after the mention in the same clause (« art. L.52-8 du code électoral »), or just before
 * it (« CGCT L2121-17 »); else the text's default — Delibera's own texts cite the CGCT.
 */
import { codeByName, type LegalCode } from './legifrance';

export interface ArticleMention {
  /** Offsets of the article number in the text (`L.2121-17`, without `art.`). */
  start: number;
  end: number;
  /** As written. */
  text: string;
  /** Normalised: `L2121-17`. */
  article: string;
  /** The code it belongs to; undefined when the clause names a code Delibera does not know. */
  code?: LegalCode;
}

/**
 * A letter-prefixed article number with at least one hyphen (`L2121-17`, `R.2131-1`, `LO.1112-1`,
 * `L. 3121 - 14`): the shape of the codes' articles, which a date or an amount never has.
 */
const ARTICLE = /(?<![\p{L}\p{N}.=/_-])(L\.\s?O\.|LO|L|R|D)\s?\.?\s?(\d{1,5}(?:\s?-\s?\d{1,5}){1,6})(?![\p{N}]|\s?-\s?\p{N})/gu;
/**
 * A bare number cited with its code right after it (`art. 432-12 du code pénal`): the codes whose
 * articles have no letter. Without the code, a bare `12-3` is anything but an article.
 */
const BARE_ARTICLE = /(?<![\p{L}\p{N}.,/=_-])(\d{1,4}(?:-\d{1,4}){1,3})(?=\s(?:du|de\sla|de\sl')\scode\s)/giu;
/** Where the clause of a mention ends (a blank line ends a paragraph): the code named further on is another clause's. */
const CLAUSE_END = /[;|]|\.\s+\p{Lu}|\n[^\S\n]*\n/u;
/** A code named in a clause: `code électoral`, `Code général des …`, `CGCT`. */
const CODE_NAME = /(?<![\p{L}])(?:codes?\s+[\p{L}'’ -]{2,80}|CGCT|CGI|CG3P|CGFP|CRPA|CJF|CJA|CASF|CSP|CSS|CSI|CCH|CPI|CCP)(?![\p{L}])/iu;
/**
 * An abbreviation right before the number: `CGCT L2121-17`, `(CGCT, L.3121-15)`; not the end of
 * another clause's `… du CGCT, L.52-8 du code électoral`.
 */
const CODE_BEFORE = /(?<![\p{L}]|(?:du|de|au)\s)(CGCT|CGI|CG3P|CGFP|CRPA|CJF|CJA|CASF|CSP|CSS|CSI|CCH|CPI|CCP)[\s,]{1,3}$/u;

/** How far a mention looks for the code named after it. */
const CLAUSE_WINDOW = 160;

export function findArticleMentions(text: string, defaultCode: LegalCode | undefined): ArticleMention[] {
  const out: ArticleMention[] = [];
  for (const m of text.matchAll(ARTICLE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const prefix = m[1].replace(/[.\s]/g, '').toUpperCase();
    const article = `${prefix}${m[2].replace(/\s+/g, '')}`;
    out.push({ start, end, text: m[0], article, code: codeOf(text, start, end, defaultCode) });
  }
  const lettered = out.length;
  for (const m of text.matchAll(BARE_ARTICLE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    // `L. 52-8 du code électoral`: the number of a lettered mention already read.
    if (out.slice(0, lettered).some((o) => start < o.end && end > o.start)) continue;
    // The code is the one named right after: no default for a bare number.
    out.push({ start, end, text: m[0], article: m[1], code: codeOf(text, start, end, undefined) });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** `- Code : Code de l’Education` on a line above, in the same paragraph (how the visa hover lists a visa). */
const CODE_LABEL = /^[ \t]*(?:[-*][ \t]+)?Code[ \t]?:[ \t]*(\S.*)$/;

/**
 * The code a label names above the mention, in its paragraph: the articles listed under it are
 * that code's, or no code's (no link) when Delibera does not know it.
 */
function labelledCode(text: string, start: number): LegalCode | null | undefined {
  const paragraphStart = text.lastIndexOf('\n\n', start);
  const lines = text.slice(paragraphStart < 0 ? 0 : paragraphStart + 2, start).split('\n');
  for (let i = lines.length - 1; i >= 0; i--) {
    const m = CODE_LABEL.exec(lines[i]);
    if (m) return codeByName(m[1]) ?? null;
  }
  return undefined;
}

function codeOf(text: string, start: number, end: number, defaultCode: LegalCode | undefined): LegalCode | undefined {
  const before = CODE_BEFORE.exec(text.slice(Math.max(0, start - 16), start));
  if (before) return codeByName(before[1].toUpperCase());
  let clause = text.slice(end, end + CLAUSE_WINDOW);
  const stop = clause.search(CLAUSE_END);
  if (stop >= 0) clause = clause.slice(0, stop);
  const named = CODE_NAME.exec(clause);
  if (!named) {
    const labelled = labelledCode(text, start);
    return labelled === null ? undefined : (labelled ?? defaultCode);
  }
  const name = named[0];
  // An abbreviation is matched in capitals only: « css » in prose is not the Code de la sécurité sociale.
  if (!/^codes?\s/i.test(name)) return name === name.toUpperCase() ? codeByName(name) : defaultCode;
  return codeByName(name.replace(/^codes\s/i, 'code '));
}
