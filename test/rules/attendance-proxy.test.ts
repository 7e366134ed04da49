import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../engine/analyzer';
import { attendanceProxy } from '../../engine/rules/attendance-proxy';
import { bothForms } from './inline/cases';
import { diagnosticsOf, ruleTester } from './rule-tester';

/** A commune's compte rendu, as Taverny writes it: présents, représentés « par », absents. */
function compteRendu(parts: { date?: [string, string, string]; presents?: string; represented?: string; absents?: string; box?: string }): string {
  const [title, words, convened] = parts.date ?? ['23 JUIN 2022', 'deux mille vingt-deux, le 23 juin', '16 juin 2022'];
  return `RÉPUBLIQUE FRANÇAISE
VILLE DE VALMONT-SUR-OISE
COMPTE-RENDU DU CONSEIL MUNICIPAL DU ${title}
L'an ${words} à 20h00, le Conseil municipal de la commune de Valmont-sur-Oise dûment convoqué par Madame le Maire le ${convened}, s'est assemblé au lieu ordinaire de ses séances.
${parts.box ?? 'Nombre de Conseillers en exercice : 19'}
Madame le Maire ouvre la séance et procède à l'appel nominal :
MEMBRES PRÉSENTS : ${parts.presents ?? PRESENTS}, formant la majorité des membres en exercice.
MEMBRES REPRÉSENTÉS : ${parts.represented ?? 'M. CHARTIER Franck par Mme THOREAU Catherine, M. LE ROUX Cédric par Mme THOREAU Catherine, M. COTTINET Thomas par Mme MEZIANI Bilinda.'}
MEMBRES ABSENTS NON REPRÉSENTÉS : ${parts.absents ?? 'Mme GRELLIER Isabelle, Mme BAETA Yolande.'}
Monsieur Paul BOUSSAC a été élu secrétaire de séance.
1. Approbation du procès-verbal de la séance précédente
Le procès-verbal est adopté à l'unanimité.
`;
}

const PRESENTS =
  'Mme PORTELLI Florence, Maire ; Mme FAIDHERBE Carole, M. KOWBASIUK Nicolas, Mme BOISSEAU Laetitia, M. CLÉMENT François, Adjoints au Maire ; M. SANTI Elie, M. MASSI Jean-Claude, M. BOUSSAC Paul, Mme PASINI Anna, M. GÉRARD Pascal, Mme PICHON Laurianne, M. MAUGIS Paul, Mme THOREAU Catherine, Mme MEZIANI Bilinda';

const DECEMBER_2022: [string, string, string] = ['15 DÉCEMBRE 2022', 'deux mille vingt-deux, le 15 décembre', '8 décembre 2022'];
const OCTOBER_2021: [string, string, string] = ['15 OCTOBRE 2021', 'deux mille vingt et un, le 15 octobre', '8 octobre 2021'];

/** A commune's procès-verbal with arrivals and departures, as Figeac writes it (surnames in the list). */
const PV_QUALIFIED = `VILLE DE FIGEAC
PROCÈS-VERBAL DU CONSEIL MUNICIPAL
Séance du 13 mars 2023
L'an deux mille vingt-trois, le treize mars à vingt heures trente, le Conseil municipal de la commune de Figeac, légalement convoqué le 7 mars 2023, s'est réuni sous la présidence de M. André MELLINGER, Maire.
Présents : MM. MELLINGER, LANDES, COLOMB, BALDY, SOTO, BRU, FAURE, LARROQUE, LUIS, LACIPIÈRE, GENDRE, LEMAIRE, CROS, GAZAL, SEHLAOUI (à partir du point 7), RUBAUD, LANDREIN, GONTIER (à partir du point 6), JANOT.
Absents excusés ayant donné pouvoir : Jean-Claude STALLA à Hélène LACIPIÈRE, Léa BOLLER à Hélène GAZAL.
Absents : Reyda SEHLAOUI (jusqu’au point 6), Patricia GONTIER (jusqu’au point 5), Pascal RENAUD.
Secrétaire de séance : M. GENDRE.
1. Approbation du procès-verbal de la séance du 30 janvier 2023
Le procès-verbal est adopté à l'unanimité.
`;

ruleTester(
  attendanceProxy,
  bothForms([
    {
      name: 'two proxies to one member on 23 June 2022, inside the health-crisis period (two allowed until 31 July 2022)',
      code: compteRendu({}),
    },
    {
      name: 'members absent until an item and present from it: the qualifiers say when',
      code: PV_QUALIFIED,
    },
    {
      name: 'a proxy to « M. le Maire », who presides',
      code: compteRendu({ date: DECEMBER_2022, represented: 'M. CHARTIER Franck par Madame le Maire, M. COTTINET Thomas par Mme MEZIANI Bilinda.' }),
    },
    {
      name: 'a second proxy given for the items after a departure is held after the first one ends',
      code: compteRendu({
        date: DECEMBER_2022,
        represented: 'M. CHARTIER Franck par Mme THOREAU Catherine, M. LE ROUX Cédric par Mme THOREAU Catherine (à partir du point 4), M. COTTINET Thomas par Mme MEZIANI Bilinda.',
      }),
    },
    {
      name: 'the holders are among the configured members',
      code: compteRendu({}),
      options: { assembly: { members: ['Catherine THOREAU', 'Bilinda MEZIANI', 'Florence PORTELLI'] } },
    },
    {
      name: 'a suppléant sitting for a titulaire is present, the titulaire away: no double status',
      code: `COMMUNAUTÉ DE COMMUNES CŒUR DE BRENNE
PROCÈS-VERBAL DU CONSEIL COMMUNAUTAIRE
Séance du 6 février 2023
Le Conseil communautaire, légalement convoqué, s'est réuni le lundi 6 février 2023 à 18h30 à Mézières-en-Brenne, sous la présidence de Monsieur Jean-Louis CAMUS, Président.
Date de convocation : 27 janvier 2023
Présents : Mesdames et Messieurs JUBERT, THOMAS, BARRE, FLEURY, DANVY, PORCHER, CAMUS, DAUBORD, TELLIER, VALET, DROZDZ.
Absents excusés : Madame Marie-Thérèse MAROTTE a donné pouvoir à Monsieur Christophe JUBERT
Monsieur Christian BORGEAIS, représenté par sa suppléante Madame Catherine DROZDZ
Assistaient également : Mesdames CARCA et CHAGNON, membres suppléants.
Le quorum étant atteint, le Président ouvre la séance.
`,
    },
    {
      name: 'a proxy to someone no list names, a member in office named nowhere (the lists may be short of a présent)',
      code: compteRendu({
        date: DECEMBER_2022,
        box: 'Nombre de Conseillers en exercice : 20',
        represented: 'M. CHARTIER Franck par Mme THOREAU Catherine, M. COTTINET Thomas par M. DURAND Michel.',
        absents: 'Mme GRELLIER Isabelle, Mme BAETA Yolande, M. LE ROUX Cédric.',
      }),
    },
    {
      name: 'a proxy held by a member listed absent under another spelling of her first name and present: she may be the présente',
      code: compteRendu({
        date: DECEMBER_2022,
        presents: PRESENTS.replace('Mme THOREAU Catherine', 'Mme THOREAU Katherine'),
        represented: 'M. CHARTIER Franck par Mme THOREAU Catherine, M. COTTINET Thomas par Mme MEZIANI Bilinda.',
        absents: 'Mme GRELLIER Isabelle, Mme THOREAU Catherine.',
      }),
    },
    {
      name: 'two proxies to one member on 15 December 2022, under the ordinary rule (one)',
      code: compteRendu({ date: DECEMBER_2022 }),
      errors: [
        {
          at: '|M. LE ROUX Cédric par',
          message: 'Mme THOREAU Catherine détient 2 pouvoirs (M. CHARTIER Franck, M. LE ROUX Cédric) ; un membre ne peut en recevoir qu’un seul (art. L2121-20 du CGCT).',
          data: { actual: 2, allowed: 1 },
        },
      ],
    },
    {
      name: 'two proxies to one member on 15 October 2021, between two health-crisis periods',
      code: compteRendu({ date: OCTOBER_2021 }),
      errors: [{ at: '|M. LE ROUX Cédric par', message: 'un membre ne peut en recevoir qu’un seul' }],
    },
    {
      name: 'three proxies to one member on 23 June 2022: more than the two of the health-crisis period',
      code: compteRendu({
        represented: 'M. CHARTIER Franck par Mme THOREAU Catherine, M. LE ROUX Cédric par Mme THOREAU Catherine, M. COTTINET Thomas par Mme THOREAU Catherine.',
      }),
      errors: [{ at: '|M. COTTINET Thomas par', message: 'détient 3 pouvoirs (M. CHARTIER Franck, M. LE ROUX Cédric, M. COTTINET Thomas) ; un membre ne peut en recevoir que deux en période de crise sanitaire (loi n° 2021-1465' }],
    },
    {
      name: 'a proxy held by a member listed absent',
      code: compteRendu({
        date: DECEMBER_2022,
        represented: 'M. CHARTIER Franck par Mme GRELLIER Isabelle, M. COTTINET Thomas par Mme MEZIANI Bilinda.',
      }),
      errors: [{ at: '|M. CHARTIER Franck par', message: 'M. CHARTIER Franck donne pouvoir à Mme GRELLIER Isabelle, lui-même absent : le mandataire doit être présent (art. L2121-20 du CGCT).' }],
    },
    {
      name: 'a member both present and absent, neither entry saying when',
      code: compteRendu({ date: DECEMBER_2022, represented: 'M. COTTINET Thomas par Mme MEZIANI Bilinda.', absents: 'Mme GRELLIER Isabelle, M. MAUGIS Paul.' }),
      errors: [{ at: 'Isabelle, |M. MAUGIS Paul', message: 'M. MAUGIS Paul figure à la fois parmi les présents et comme absent, sans que le texte dise pour quels points.' }],
    },
    {
      name: 'a proxy to someone who is not among the configured members',
      code: compteRendu({}),
      options: { assembly: { members: ['Catherine THOREAU', 'Florence PORTELLI'] } },
      errors: [{ at: '|M. COTTINET Thomas par', message: 'M. COTTINET Thomas donne pouvoir à Mme MEZIANI Bilinda, qui n’est pas parmi les membres configurés' }],
    },
    {
      name: 'a proxy to someone the complete list of présents does not name',
      code: compteRendu({
        date: DECEMBER_2022,
        box: 'Nombre de Conseillers en exercice : 19\nPrésents : 14\nReprésentés : 2\nVotants : 16',
        represented: 'M. CHARTIER Franck par Mme THOREAU Catherine, M. COTTINET Thomas par M. DURAND Michel.',
      }),
      errors: [{ at: '|M. COTTINET Thomas par', message: 'M. COTTINET Thomas donne pouvoir à M. DURAND Michel, qui n’est pas parmi les présents' }],
    },
    {
      name: 'a proxy to someone no list names, the lists naming every member in office (no count of présents printed)',
      code: compteRendu({
        date: DECEMBER_2022,
        represented: 'M. CHARTIER Franck par Mme THOREAU Catherine, M. COTTINET Thomas par M. DURAND Michel.',
        absents: 'Mme GRELLIER Isabelle, Mme BAETA Yolande, M. LE ROUX Cédric.',
      }),
      errors: [{ at: '|M. COTTINET Thomas par', message: 'M. COTTINET Thomas donne pouvoir à M. DURAND Michel, qui n’est pas parmi les présents' }],
    },
    {
      name: 'a proxy held by a member listed absent, a namesake of another first name present',
      code: compteRendu({
        date: DECEMBER_2022,
        presents: PRESENTS.replace('Mme THOREAU Catherine', 'Mme THOREAU Marie'),
        represented: 'M. CHARTIER Franck par Mme THOREAU Catherine, M. COTTINET Thomas par Mme MEZIANI Bilinda.',
        absents: 'Mme GRELLIER Isabelle, Mme THOREAU Catherine.',
      }),
      errors: [{ at: '|M. CHARTIER Franck par', message: 'M. CHARTIER Franck donne pouvoir à Mme THOREAU Catherine, lui-même absent : le mandataire doit être présent' }],
    },
    {
      name: 'no meeting date read: three proxies are more than any period allowed',
      code: compteRendu({
        date: ['', 'deux mille vingt-deux', 'la veille'],
        represented: 'M. CHARTIER Franck par Mme THOREAU Catherine, M. LE ROUX Cédric par Mme THOREAU Catherine, M. COTTINET Thomas par Mme THOREAU Catherine.',
      }),
      errors: [{ at: '|M. COTTINET Thomas par', message: 'un membre ne peut en recevoir que deux, même en période de crise sanitaire (date de séance non lue)' }],
    },
  ]),
);


describe('attendance-proxy: no date read', () => {
  it('does not report two proxies when the meeting date is not read (a health-crisis period allowed two)', () => {
    const code = compteRendu({ date: ['', 'deux mille vingt-deux', 'la veille'] });
    const [dossier] = createAnalyzer({}).analyze(code).dossiers;
    expect(dossier.meeting.date).toBeUndefined();
    expect(dossier.meeting.attendance.attendees.filter((a) => a.proxyTo).length).toBe(3);
    expect(diagnosticsOf(attendanceProxy, code)).toEqual([]);
  });

  it('speaks English when asked', () => {
    const messages = diagnosticsOf(attendanceProxy, compteRendu({ date: DECEMBER_2022 }), { locale: 'en' }).map((d) => d.message);
    expect(messages).toEqual(['Mme THOREAU Catherine holds 2 proxies (M. CHARTIER Franck, M. LE ROUX Cédric); a member may hold only one (CGCT L2121-20).']);
  });

  it('offers no quick fix: a legal judgement', () => {
    const [d] = diagnosticsOf(attendanceProxy, compteRendu({ date: DECEMBER_2022 }));
    expect(d.data?.fixes).toBeUndefined();
  });
});
