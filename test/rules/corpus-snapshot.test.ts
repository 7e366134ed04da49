/**
 * Every rule on the five real files: what is left are genuine inconsistencies of the published acts,
 * each verified by reading the text. Anything else appearing here is a false positive to fix.
 */
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../engine/analyzer';
import { summarizeFile } from '../../engine/workspace/facts';
import { CORPUS, corpusText, type CorpusId } from '../helpers';

const EXPECTED: [string, string][] = [
  // L52 cites n°2020-480 of 14/12/2020 « Déclinaison annuelle … » as « du Conseil départemental », L61 the same act as « de la Commission Permanente ».
  ['002:L61', 'visa-citation'],
  // 2022-81: avis visa « réunion en date du 07/03/2021 » (L879–880); its report N°23 says « réunion du 07/03/2022 ».
  ['003:L879', 'visa-avis'],
  // 2022-82: the same slip (L1308), both copies of RAPPORT N°24 say 07/03/2022.
  ['003:L1308', 'visa-avis'],
  // 2022-85 cites the délégation n°2017-520 of 14/11/2017 (L3065); the 28 other deliberations cite the one in force, n°2021-257.
  ['003:L3065', 'visa-citation'],
  // 2022-88 (PEGASE): the visa cites « l’arrêté NOR : SSAA1921317A du 19 janvier 2019 » (L5150); RAPPORT N°30 says « un arrêté
  // ministériel du 19 juillet 2019 » (L5666–5667), and annex 2 reproduces the act itself: « Arrêté du 19 juillet 2019 … NOR : SSAA1921317A » (L5575–5578).
  ['003:L5667', 'visa-citation'],
  // 2022-89: the deliberation's imputation 6568/89351 (L5818) vs the report's 6568//9351 (L6429), same operation and amounts.
  ['003:L5818', 'budget-report-match'],
  // 2022-89: the report writes the operation code CO2-515B03 with a letter O (L6429); the deliberation has C02-515B03.
  ['003:L6429', 'budget-report-match'],
  // 2022-98: the CGCT visa cites only « L.3121-14 et L.3211-1 » (L10830–10831).
  ['003:L10831', 'visa-required'],
  // 2022-98: n°24 of 27/09/2016 titled « … 2016-2020 – une nouvelle ambition » (L10843), « … 2016-2021 : une nouvelle ambition » at L9770 and L10527.
  ['003:L10843', 'visa-citation'],
  // 2022-99: the same act with the « 2016-2020 » title again (L12138).
  ['003:L12138', 'visa-citation'],
  // 2022-104 annex 1: block 311B03 proposes 342 000 € on 6574/93311 (L19096); its sub-total line `311B03 390 000 €` (L19467),
  // the deliberation's Dépense (L18488) and report N°46 (L20830) say 390 000 €, and 390 000 + 238 000 + 48 000 = the footer 676 000 €.
  ['003:L19096', 'budget-report-match'],
  // 2022-105 annex: the action « Lever les freins périphériques … » (L20994) prints 1 050 712 € engaged and 863 723 € paid,
  // but its State and Département rows under it say 532 945 + 517 766 = 1 050 711 € and 426 356 + 437 366 = 863 722 €
  // (L20996, L20998; the solde 186 989 € holds either way): every other action of the three tables splits exactly.
  ['003:L20994', 'budget-total'],
  ['003:L20994', 'budget-total'],
  // 2022-105 annex: TOTAL GENERAL prints 11 432 176 € (L21058) but its sub-totals are 5 066 338 + 6 365 837 = 11 432 175 €.
  ['003:L21058', 'budget-total'],
  // 2022-105 action sheet (annex prose): « 163 342.80 » with a decimal point (L28935); the same sheet writes « 163 342,80€ » at L29013.
  ['003:L28935', 'amount-format'],
];

describe('all the rules on the real corpus', () => {
  const files = Object.keys(CORPUS) as CorpusId[];

  function diagnostics(withWorkspace: boolean): [string, string][] {
    const summaries = files.map((id) => summarizeFile(id, createAnalyzer({ ruleModules: [] }).analyze(corpusText(id)).dossiers));
    return files
      .flatMap((id) =>
        createAnalyzer()
          .analyze(corpusText(id), { uri: id, workspace: withWorkspace ? { files: summaries } : undefined })
          .diagnostics.map((d) => [`${id}:L${d.range.start.line + 1}`, String(d.code)] as [string, string]),
      )
      .sort((a, b) => a[0].localeCompare(b[0], 'en', { numeric: true }));
  }

  it('reports only the genuine inconsistencies, file by file', () => {
    expect(diagnostics(false)).toEqual(EXPECTED);
  });

  it('reports nothing more with the other files as its workspace', () => {
    expect(diagnostics(true)).toEqual(EXPECTED);
  });
});
