import { describe, expect, it } from 'vitest';
import { attendanceDuplicate } from '../../engine/rules/attendance-duplicate';
import { corpusText } from '../helpers';
import { extrait, PRESENTS, type Family } from './inline/extraits';
import { bothForms, type Doc } from './inline/cases';
import { ruleTester } from './rule-tester';
import { check, onCorpus, replaceOnce } from './support';

describe('attendance-duplicate', () => {
  it('finds nothing on the real corpus (V6)', () => {
    expect(onCorpus(attendanceDuplicate)).toEqual([]);
  });

  it('reports a name moved to the excusés without leaving the présents', () => {
    // 000: M. Philippe FAIT is present (L20); add him to the excusés (L23).
    const text = replaceOnce(corpusText('000'), 'M.  Daniel  MACIEJASZ,', 'M. Philippe FAIT, M.  Daniel  MACIEJASZ,');
    const [d] = check(attendanceDuplicate, text);
    expect(d.message).toBe('M. Philippe FAIT figure à la fois parmi les présents et les excusés.');
    expect(d.range.start.line).toBe(22);
    expect(d.relatedInformation?.[0].location.range.start.line).toBe(18);
  });

  it('reports a name typed twice in one list, ignoring spacing and case', () => {
    const text = 'Étaient présents : M. Jean DUPONT, Mme Anne MARTIN, M.  jean  dupont.';
    const [d] = check(attendanceDuplicate, text, { locale: 'en' });
    expect(d.message).toBe('M. jean dupont is listed twice as present.');
  });
});

/** A commune's compte rendu (a procès-verbal's layout): one attendance for the whole meeting. */
function compteRendu(presents: string, excused = ''): string {
  return `RÉPUBLIQUE FRANÇAISE
VILLE DE VALMONT-SUR-OISE
COMPTE-RENDU DU CONSEIL MUNICIPAL DU 15 DÉCEMBRE 2022
L'an deux mille vingt-deux, le 15 décembre à 20h00, le Conseil municipal de la commune de Valmont-sur-Oise dûment convoqué par Madame le Maire le 8 décembre 2022, s'est assemblé au lieu ordinaire de ses séances.
Nombre de Conseillers en exercice : 19
MEMBRES PRÉSENTS : ${presents}, formant la majorité des membres en exercice.
MEMBRES REPRÉSENTÉS : M. CHARTIER Franck par Mme THOREAU Catherine, M. COTTINET Thomas par Mme MEZIANI Bilinda.
${excused}MEMBRES ABSENTS NON REPRÉSENTÉS : Mme GRELLIER Isabelle, Mme BAETA Yolande.
Monsieur Paul BOUSSAC a été élu secrétaire de séance.
1. Approbation du procès-verbal de la séance précédente
Le procès-verbal est adopté à l'unanimité.
`;
}

const CR_PRESENTS =
  'Mme PORTELLI Florence, Maire ; Mme FAIDHERBE Carole, M. KOWBASIUK Nicolas, Mme BOISSEAU Laetitia, M. CLÉMENT François, Adjoints au Maire ; M. SANTI Elie, M. MASSI Jean-Claude, M. BOUSSAC Paul, Mme PASINI Anna, M. GÉRARD Pascal, Mme PICHON Laurianne, M. MAUGIS Paul, Mme THOREAU Catherine, Mme MEZIANI Bilinda';

const docs: Doc[] = [];
for (const family of ['commune', 'epci', 'syndicat', 'departement', 'region'] as Family[]) {
  docs.push(
    { name: `${family}: everyone listed once`, code: extrait({ family }) },
    {
      name: `${family}: a name typed twice among the présents`,
      code: extrait({ family, presents: `${PRESENTS}, M. Paul GARNIER` }),
      errors: [{ at: 'M. Jean VERNAY, |M. Paul GARNIER', message: 'M. Paul GARNIER figure deux fois parmi les présents.' }],
    },
    {
      name: `${family}: a name typed twice among the absents`,
      code: extrait({ family, absents: 'Mme Inès CARON, M. Tom RIVIÈRE, Mme Inès CARON' }),
      errors: [{ at: 'M. Tom RIVIÈRE, |Mme Inès CARON', message: 'Mme Inès CARON figure deux fois parmi les absents.' }],
    },
  );
}
docs.push(
  {
    name: 'commune: surnames only, one written twice with the same civility',
    code: extrait({ presents: 'M. DUPONT, Mme LEROUX, M. GARNIER, Mme MARTIN, M. BLANC, Mme GIRAUD, M. LEROY, Mme MOREAU, M. GARNIER, Mme FAURE' }),
    errors: [{ at: 'Mme MOREAU, |M. GARNIER', message: 'M. GARNIER figure deux fois parmi les présents.' }],
  },
  {
    name: 'commune: a member excused who gave a proxy, written again among the excusés',
    code: extrait({ excused: 'Mme Nadia COLIN (pouvoir à M. Bernard DUPONT), M. Pierre AUBERT (pouvoir à Mme Anne LEROUX), Mme Nadia COLIN' }),
  },
  {
    name: 'commune: a member represented, written again among the absents',
    code: extrait({ absents: 'Mme Inès CARON, M. Pierre AUBERT' }),
  },
  {
    name: 'commune: arrived late, listed again « à partir du point 4 »',
    code: extrait({ presents: `${PRESENTS.replace('M. Hugo BLANC', 'M. Hugo BLANC (arrivé à 19h)')}, M. Hugo BLANC (à partir du point 4)` }),
  },
  {
    name: 'commune: present, then « a quitté la séance », listed among the absents from item 5',
    code: extrait({
      presents: PRESENTS.replace('M. Hugo BLANC', 'M. Hugo BLANC (a quitté la séance au point 5)'),
      absents: 'Mme Inès CARON, M. Tom RIVIÈRE, M. Hugo BLANC (à partir du point 5)',
    }),
  },
  { name: 'compte rendu: everyone listed once', code: compteRendu(CR_PRESENTS) },
  {
    name: 'compte rendu: a member absent and excused at once',
    code: compteRendu(CR_PRESENTS, 'MEMBRES EXCUSÉS : Mme BAETA Yolande.\n'),
    errors: [{ at: 'NON REPRÉSENTÉS : Mme GRELLIER Isabelle, |Mme BAETA', message: 'Mme BAETA Yolande figure à la fois parmi les excusés et les absents.' }],
  },
  {
    name: 'compte rendu: a name typed twice among the présents',
    code: compteRendu(`${CR_PRESENTS}, M. SANTI Elie`),
    errors: [{ at: 'Mme MEZIANI Bilinda, |M. SANTI', message: 'M. SANTI Elie figure deux fois parmi les présents.' }],
  },
);

ruleTester(attendanceDuplicate, bothForms(docs));
