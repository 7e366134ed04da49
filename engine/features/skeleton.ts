/**
 * « Nouvelle délibération »: the text of a complete deliberation ready to fill in — header,
 * attendance, visas, DECIDE, articles, imputation table, vote block, signature — dated of the day.
 * The placeholders are the ones the readers know (`Prénom NOM`, `JJ/MM/AAAA`, the vote's `N`):
 * `draft-incomplete` points at each until it is filled, and no other check judges a part still a
 * placeholder. Also given as a snippet whose tab stops walk the drafter through the placeholders.
 */
import { formatLongDate, type CalendarDate } from '../text/dates';
import { COMMISSIONS, formatOrdinal } from '../model/commissions';
import { PLACEHOLDER } from '../templates/vocabulary/placeholders';

export interface SkeletonOptions {
  /** Meeting and signature date (the day the command runs). */
  date: CalendarDate;
  /** Configured assembly members: listed as présents, the first presiding, the second secretary. */
  members?: readonly string[];
  /** Number of the délégation d'attributions in force (`2021-257`). */
  delegation?: string | null;
  /** `PAS-DE-CALAIS`: the département in the header. */
  department?: string;
  /** Where the act is signed: `ARRAS`. */
  place?: string;
  commissions?: readonly string[];
}

export interface Skeleton {
  /** The plain text, placeholders filled with their defaults. */
  text: string;
  /** The same as a snippet (`${1:…}` tab stops), for `insertSnippet`. */
  snippet: string;
}

/** The placeholders a drafter replaces: the readers know them (engine/templates/vocabulary/placeholders.ts). */
const P = PLACEHOLDER;

type Piece = string | { field: number; value: string };

/** A tagged template: `${f(1, 'x')}` marks a tab stop. */
function field(n: number, value: string): Piece {
  return { field: n, value };
}

function render(pieces: readonly Piece[]): Skeleton {
  let text = '';
  let snippet = '';
  for (const piece of pieces) {
    if (typeof piece === 'string') {
      text += piece;
      snippet += piece.replace(/[\\$}]/g, (ch) => `\\${ch}`);
    } else {
      text += piece.value;
      snippet += `\${${piece.field}:${piece.value.replace(/[\\$}]/g, (ch) => `\\${ch}`)}}`;
    }
  }
  return { text, snippet };
}

function nameOf(member: string): { civility: 'M.' | 'Mme'; rest: string } {
  const trimmed = member.trim();
  const space = trimmed.search(/\s/);
  const word = space < 0 ? trimmed : trimmed.slice(0, space);
  if (space < 0 || !/^(?:M\.|Mme|Madame|Monsieur)$/i.test(word)) return { civility: 'M.', rest: trimmed };
  return { civility: /^(?:mme|madame)$/i.test(word) ? 'Mme' : 'M.', rest: trimmed.slice(space).trim() };
}

/**
 * The tab stops follow the order a drafter fills a deliberation in — the header, who attended
 * (présents, excusés), then who presided and who took the minutes, the title, the visas,
 * the articles, the table, the vote — not the order of the text, where the presidency comes first.
 * Every state on the way holds placeholders (information, `draft-incomplete`), never a figure that
 * contradicts another: the vote's figure stays a placeholder until its turn.
 */
export function deliberationSkeleton(options: SkeletonOptions): Skeleton {
  const { date } = options;
  const long = formatLongDate(date);
  const members = (options.members ?? []).map((m) => m.trim()).filter(Boolean);
  const known = members.length >= 2;
  const president = known ? nameOf(members[0]) : undefined;
  const presidency = president ? `${president.civility === 'Mme' ? 'MADAME' : 'MONSIEUR'} ${president.rest.toUpperCase()}` : `MONSIEUR ${P.personUpper}`;
  const commission = (options.commissions && options.commissions[0]) || COMMISSIONS[0].name;
  const pieces: Piece[] = [
    'DEPARTEMENT DU ', field(1, options.department ?? 'PAS-DE-CALAIS'), '\n\n',
    'DELIBERATION DE LA COMMISSION PERMANENTE\nDU CONSEIL DEPARTEMENTAL\n\n',
    `REUNION DU ${long.toUpperCase()}\n\n`,
    'PRESIDENCE DE ', field(4, presidency), '\n\n',
    'Secrétaire : ', field(5, known ? members[1] : `Mme ${P.person}`), '\n\n',
    'Étaient présents : ', field(2, known ? members.join(', ') : `M. ${P.person}, Mme ${P.person}`), '.\n\n',
    'Excusé(s) : ', field(3, `M. ${P.person}`), '.\n\n',
    field(6, P.title), '\n\n',
    `(N°${date.year}-`, field(7, '0'), ')\n\n',
    'La Commission Permanente du Conseil départemental du ', field(8, 'Pas-de-Calais'), ',\n\n',
    'Vu le Code Général des Collectivités Territoriales et notamment ses articles L.3121-14, L.3121-14-1, L.3211-1 et L.3211-2 ;\n',
    'Vu la délibération n°', field(9, options.delegation ?? P.actNumber), ' du Conseil départemental en date du ', field(10, P.date),
    ' « Délégation d’attributions à la Commission Permanente » ;\n',
    'Vu le rapport du Président du Conseil départemental, ci-annexé ;\n',
    `Vu l’avis de la ${formatOrdinal(1)} commission « `, field(11, commission), ' » rendu lors de sa réunion en date du ', field(12, P.date), ' ;\n\n',
    'Après en avoir délibéré,\n\n',
    'DECIDE :\n\n',
    'Article 1 :\n\n',
    field(13, 'D’attribuer une subvention de'), ' ', field(14, '0'), ' € ', field(15, 'au bénéficiaire repris au rapport joint à la présente délibération'), '.\n\n',
    'Article 2 :\n\n',
    'La dépense versée en application de l’article 1 de la présente délibération est imputée sur le budget départemental comme suit :\n\n',
    'Code opération   Imputation     Libellé opération                        CP €          Dépense €\n',
    field(16, P.operation), '       ', field(17, P.imputation), '     ', field(18, 'Libellé de l’opération'), '                   ', field(19, '0,00'), '          ', field(20, '0,00'), '\n\n',
    'Dans les conditions de vote ci-dessous :\n\n',
    'Pour : ', field(21, P.figure), ' voix (', field(22, P.group), ')\n',
    'Contre : 0 voix\n',
    'Abstention : 0 voix\n\n',
    '(Adopté)\n\n',
    'LE PRESIDENT DU CONSEIL DEPARTEMENTAL,\n\n',
    field(23, president ? president.rest : P.person), '\n\n',
    field(24, options.place ?? 'ARRAS'), `, le ${long}\n`,
  ];
  return render(pieces);
}
