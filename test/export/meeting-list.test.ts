/**
 * The list of the deliberations of a meeting (CGCT L2121-25): the corpus session 003 (29
 * deliberations of the Commission Permanente), a commune's procès-verbal and extraits written like
 * the real ones, what is not read, and the three renderings.
 *
 * The golden files test/fixtures/golden/liste-003.{md,html,csv} are compared byte for byte. After a
 * deliberate change of the rendering, rewrite them with
 *   UPDATE_GOLDEN=1 npx vitest run test/export/meeting-list.test.ts
 * and review the diff before committing it.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../engine/analyzer';
import { meetingList, meetingLists, type MeetingList } from '../../engine/export/meeting-list';
import { renderMeetingLists, type MeetingListFormat } from '../../engine/export/meeting-list-render';
import type { Dossier, Range } from '../../engine/model/types';
import { resolveOptions } from '../../engine/options';
import { corpusText } from '../helpers';

const read = (text: string): Dossier[] => createAnalyzer().analyze(text).dossiers;
const flat = (text: string) => text.replace(/\n/g, ' ');
const GOLDEN = new URL('../fixtures/golden/', import.meta.url);

function golden(name: string, actual: string): void {
  const url = new URL(name, GOLDEN);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(url, actual);
  }
  expect(existsSync(url), `${name} is missing: run UPDATE_GOLDEN=1 npx vitest run test/export/meeting-list.test.ts`).toBe(true);
  expect(actual).toBe(readFileSync(url, 'utf8'));
}

describe('the list of session 003 (Commission Permanente of the Pas-de-Calais, 21 March 2022)', () => {
  const result = meetingList(read(corpusText('003')), '003.txt');
  const [list] = result.lists;

  it('is one meeting: collectivité, body and date', () => {
    expect(result.lists).toHaveLength(1);
    expect(list.collectivite).toBe('DEPARTEMENT DU PAS-DE-CALAIS');
    expect(list.body).toBe('commission-permanente');
    expect(list.date).toEqual({ year: 2022, month: 3, day: 21 });
    expect(list.sources).toEqual(['003.txt']);
  });

  it('has 29 rows, numbered 2022-80 to 2022-108 in the order of the meeting, each with its object and its printed outcome', () => {
    expect(list.items).toHaveLength(29);
    expect(list.items.map((item) => item.number)).toEqual(Array.from({ length: 29 }, (_, k) => `2022-${80 + k}`));
    for (const item of list.items) {
      expect(item.object, item.number).not.toBe('');
      expect(item.outcome, item.number).toBe('adopte');
      expect(item.outcomeFrom, item.number).toBe('text');
    }
    expect(result.notices).toEqual([]);
  });

  it('gives each row the figures the act prints', () => {
    const byNumber = new Map(list.items.map((item) => [item.number, item]));
    expect(byNumber.get('2022-80')).toMatchObject({ object: 'PARTICIPATION DE L\'OPÉRATEUR ORANGE AU FONDS SOLIDARITÉ LOGEMENT', pour: 44, contre: 0, abstention: 0 });
    expect(byNumber.get('2022-87')).toMatchObject({ object: 'AGRÉMENTS - DIFFUSION DE PROXIMITÉ', pour: 43, contre: 0, abstention: 1 });
    expect(byNumber.get('2022-89')).toMatchObject({ object: 'ACTIONS DANS LE CADRE DE LA POLITIQUE ENFANCE ET FAMILLE', pour: 42, contre: 0, abstention: 2 });
    expect(byNumber.get('2022-104')).toMatchObject({ pour: 42, contre: 0, abstention: 1 });
    expect(byNumber.get('2022-108')?.object).toMatch(/^SECOURS D'URGENCE : AIDE EXCEPTIONNELLE AUX FAMILLES IMPACTÉES PAR LES TEMPÊTES/);
    // 22 acts print « Pour : 44 voix », none against, none abstaining (grep -c '^Pour +: +44 ' of the text).
    const figures = list.items.map((item) => [item.pour, item.contre, item.abstention].join('/'));
    expect(figures.filter((f) => f === '44/0/0')).toHaveLength(22);
  });

  for (const format of ['md', 'html', 'csv'] as const) {
    it(`is written as its golden file liste-003.${format}`, () => {
      golden(`liste-003.${format}`, renderMeetingLists(result.lists, format, 'fr'));
    });
  }

  it('is written with English labels in English', () => {
    const md = renderMeetingLists(result.lists, 'md', 'en');
    expect(md).toContain('# List of the deliberations examined at the meeting');
    expect(md).toContain('- Meeting: Monday 21 March 2022');
    expect(md).toContain('| No. | Object | Outcome | For | Against | Abstentions |');
    expect(md).toContain('| 2022-87 | AGRÉMENTS - DIFFUSION DE PROXIMITÉ | adopted | 43 | 0 | 1 |');
    const csv = renderMeetingLists(result.lists, 'csv', 'en');
    expect(csv.split('\r\n')[0]).toBe('Collectivité,Body,Meeting date,No.,Object,Outcome,For,Against,Abstentions,Taking no part in the vote');
    expect(renderMeetingLists(result.lists, 'html', 'en')).toContain('<html lang="en">');
  });
});

const PV = [
  'COMMUNE DE SAINT-PIERRE-DES-CHAMPS',
  'PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU 14 MARS 2023',
  "L'an deux mille vingt-trois, le quatorze mars à vingt heures, le Conseil municipal, légalement convoqué le 7 mars 2023, s'est réuni en mairie sous la présidence de M. Jean MARTIN, Maire.",
  'Nombre de conseillers en exercice : 15 Présents : 13 Votants : 14',
  'Présents : M. Jean MARTIN, Mme Claire DUBOIS, M. Luc PETIT.',
  'Absente excusée : Mme Anne MOREAU (pouvoir à M. Jean MARTIN)',
  'Secrétaire de séance : Mme Claire DUBOIS',
  'Délibération n° 2023-010 : Compte de gestion 2022',
  'Le Conseil municipal, après en avoir délibéré, à l’unanimité, APPROUVE le compte de gestion 2022.',
  'Délibération n° 2023-011 : Tarifs de la cantine scolaire',
  'Le Conseil municipal, après en avoir délibéré, par 11 voix pour, 2 voix contre et 1 abstention, FIXE les tarifs.',
  'Délibération n° 2023-012 : Vente du terrain communal « Les Prés »',
  'Le Conseil municipal, après en avoir délibéré, par 4 voix pour et 10 voix contre, REJETTE la proposition de vente.',
  'Délibération n° 2023-013 : Questions diverses',
  'Le Maire informe le Conseil des travaux de voirie.',
].join('\n');

function extrait(number: string, object: string, vote: string): string {
  return [
    'Envoyé en préfecture le 03/02/2023 Reçu en préfecture le 03/02/2023 ID : 065-216502260-20230130-' + number.replace('-', '_') + '-DE',
    'RÉPUBLIQUE FRANÇAISE',
    'VILLE DE SAINT-MARS-DU-DÉSERT',
    'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL',
    'Séance du lundi 30 janvier 2023',
    "L'an deux mille vingt-trois, le trente janvier à dix-neuf heures, le Conseil municipal, légalement convoqué le 24 janvier 2023, s'est réuni en mairie sous la présidence de M. Bernard DUPONT, Maire.",
    'Nombre de conseillers en exercice : 45 Présents : 40 Votants : 43',
    'Présents : M. Bernard DUPONT, Mme Anne LEROUX, M. Paul GARNIER.',
    'Secrétaire de séance : Mme Anne LEROUX',
    `Délibération n° ${number} Objet : ${object}`,
    `Le Conseil municipal, après en avoir délibéré, ${vote}, APPROUVE.`,
  ].join('\n');
}

describe('a commune\'s procès-verbal', () => {
  for (const [form, text] of [['line-structured', PV], ['flattened', flat(PV)]] as const) {
    it(`gives its items, their outcome printed, unanimous or from the figures, and « non lu » where no vote is read (${form})`, () => {
      const result = meetingList(read(text), 'pv.txt');
      expect(result.lists).toHaveLength(1);
      const [list] = result.lists;
      expect(list.collectivite).toBe('COMMUNE DE SAINT-PIERRE-DES-CHAMPS');
      expect(list.body).toBe('conseil-municipal');
      expect(list.date).toEqual({ year: 2023, month: 3, day: 14 });
      expect(list.items.map((item) => [item.number, item.object, item.outcome ?? 'non lu'])).toEqual([
        ['2023-010', 'Compte de gestion 2022', 'adopte'],
        ['2023-011', 'Tarifs de la cantine scolaire', 'adopte'],
        ['2023-012', 'Vente du terrain communal « Les Prés »', 'rejete'],
        ['2023-013', 'Questions diverses', 'non lu'],
      ]);
      expect(list.items[0]).toMatchObject({ unanimity: 'unanimite', outcomeFrom: 'formula' });
      expect(list.items[1]).toMatchObject({ pour: 11, contre: 2, abstention: 1, outcomeFrom: 'figures' });
      expect(list.items[2]).toMatchObject({ pour: 4, contre: 10, outcomeFrom: 'figures' });
      expect(result.notices.map((notice) => [notice.item, notice.message.fr])).toEqual([[3, 'délibération n° 2023-013 : aucun vote lu, résultat non lu']]);

      const md = renderMeetingLists(result.lists, 'md', 'fr');
      expect(md).toContain('- Séance : mardi 14 mars 2023');
      expect(md).toContain('| 2023-010 | Compte de gestion 2022 | adoptée à l\'unanimité |  |  |  |');
      expect(md).toContain('| 2023-012 | Vente du terrain communal « Les Prés » | rejetée | 4 | 10 | 0 |');
      expect(md).toContain('| 2023-013 | Questions diverses | non lu |  |  |  |');
      expect(renderMeetingLists(result.lists, 'md', 'en')).toContain('| 2023-013 | Questions diverses | not read |  |  |  |');
      expect(renderMeetingLists(result.lists, 'html', 'fr')).toContain('<td class="unread">non lu</td>');
    });
  }
});

describe('the extraits of one meeting, one per file', () => {
  const inputs = [
    { source: 'b.txt', dossiers: read(extrait('2023-005', 'Subvention au comité des fêtes', 'par 40 voix pour et 3 voix contre')) },
    { source: 'a.txt', dossiers: read(extrait('2023-004', 'Tarifs de la salle des fêtes', 'à l’unanimité')) },
    { source: 'c.txt', dossiers: read(extrait('2023-004', 'Tarifs de la salle des fêtes', 'à l’unanimité')) },
  ];

  it('make one list in the order of their numbers, an act found twice listed once and said', () => {
    const result = meetingLists(inputs);
    expect(result.lists).toHaveLength(1);
    const [list] = result.lists;
    expect(list.collectivite).toBe('VILLE DE SAINT-MARS-DU-DÉSERT');
    expect(list.date).toEqual({ year: 2023, month: 1, day: 30 });
    expect(list.sources).toEqual(['b.txt', 'a.txt', 'c.txt']);
    expect(list.items.map((item) => [item.number, item.source])).toEqual([['2023-004', 'a.txt'], ['2023-005', 'b.txt']]);
    // « à l'unanimité » with 43 voters printed: 43 for, none against, no abstention (the SCDL export's reading).
    expect(list.items[0]).toMatchObject({ outcome: 'adopte', unanimity: 'unanimite', pour: 43, contre: 0, abstention: 0 });
    expect(list.items[1]).toMatchObject({ outcome: 'adopte', outcomeFrom: 'figures', pour: 40, contre: 3, abstention: 0 });
    expect(result.notices.map((notice) => notice.message.en)).toEqual(['deliberation No. 2023-004 is also in a.txt: listed once']);
  });

  it('take the number of the préfecture\'s ACTES stamp when the act prints none, as the SCDL export does', () => {
    const text = extrait('2023-004', 'Tarifs de la salle des fêtes', 'à l’unanimité').replace('Délibération n° 2023-004 Objet : ', 'Objet : ');
    const [item] = meetingList(read(text)).lists[0].items;
    expect(item).toMatchObject({ number: '2023_004', numberFrom: 'stamp', object: 'Tarifs de la salle des fêtes' });
  });

  it('take the configured name of the collectivité over the printed one', () => {
    const options = resolveOptions({ collectivite: { name: 'Commune de Saint-Mars-du-Désert' } });
    const result = meetingLists([{ ...inputs[0], options }]);
    expect(result.lists[0].collectivite).toBe('Commune de Saint-Mars-du-Désert');
  });

  it('are separate lists when the meetings differ', () => {
    const other = read(extrait('2023-020', 'Budget primitif', 'à l’unanimité').replace('Séance du lundi 30 janvier 2023', 'Séance du lundi 27 février 2023').replace('le trente janvier', 'le vingt-sept février'));
    const result = meetingLists([inputs[0], { source: 'd.txt', dossiers: other }]);
    expect(result.lists.map((list) => list.date)).toEqual([{ year: 2023, month: 1, day: 30 }, { year: 2023, month: 2, day: 27 }]);
  });
});

describe('what is not read, and the renderings', () => {
  const R: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
  const awkward: MeetingList = {
    collectivite: 'Syndicat <Eau & "Assainissement">',
    body: 'comite-syndical',
    date: { year: 2024, month: 6, day: 1 },
    sources: [],
    items: [
      { number: '2024|07', object: 'Tarifs, « eau » et "assainissement" <b>2024</b> *urgent* [voir annexe]', outcome: 'adopte', outcomeFrom: 'figures', pour: 10, contre: 2, abstention: 0, nppv: 1, range: R },
      { number: '', object: '', range: R },
    ],
  };

  it('says in the notices what a dossier without number, object or vote lacks', () => {
    const [dossier] = read(PV);
    const bare: Dossier = { ...dossier, meeting: { ...dossier.meeting, body: undefined, date: undefined, collectivite: {}, items: [{ range: R }] } };
    const result = meetingList([bare], 'x.txt');
    expect(result.lists[0].items).toEqual([{ number: '', object: '', range: R, source: 'x.txt' }]);
    expect(result.notices.map((notice) => notice.message.fr)).toEqual([
      'délibération sans numéro ni objet : numéro non lu',
      'délibération sans numéro ni objet : objet non lu',
      'délibération sans numéro ni objet : aucun vote lu, résultat non lu',
      'nom de la collectivité ni imprimé ni configuré (collectivite.name)',
      'organe délibérant non lu',
      'date de la séance non lue',
    ]);
    const md = renderMeetingLists(result.lists, 'md', 'fr');
    expect(md).toContain('- Collectivité : non lue');
    expect(md).toContain('- Organe : non lu');
    expect(md).toContain('- Séance : non lue');
    expect(md).toContain('| non lu | non lu | non lu |  |  |  |');
  });

  it('gives a meeting whose items were not found an empty list, said in the notices and in the list', () => {
    const [dossier] = read(PV);
    const itemless: Dossier = { ...dossier, meeting: { ...dossier.meeting, items: [] } };
    const result = meetingList([itemless], 'pv.txt');
    expect(result.lists.map((list) => [list.collectivite, list.items.length])).toEqual([['COMMUNE DE SAINT-PIERRE-DES-CHAMPS', 0]]);
    expect(result.notices).toEqual([{ list: 0, source: 'pv.txt', message: { fr: 'aucune délibération lue dans ce document : rien n\'est listé', en: 'no deliberation read in this document: nothing listed' } }]);
    expect(renderMeetingLists(result.lists, 'md', 'fr')).toContain('- Séance : mardi 14 mars 2023\n\naucune délibération lue\n');
    expect(renderMeetingLists(result.lists, 'html', 'en')).toContain('</dl>\n<p>no deliberation read</p>\n</section>');
  });

  it('says a document that holds no deliberation, and never throws on what it was given', () => {
    expect(meetingList(read('Madame, Monsieur, veuillez trouver ci-joint le document demandé.'), 'lettre.txt').notices.map((n) => n.message.en))
      .toEqual(['no deliberation read in this document: nothing listed']);
    const broken = [{ meeting: undefined }, { meeting: { items: [null] } }, null] as unknown as Dossier[];
    expect(() => meetingList(broken)).not.toThrow();
  });

  it('escapes HTML (every & < > " \')', () => {
    const html = renderMeetingLists([awkward], 'html', 'fr');
    expect(html).toContain('<dd>Syndicat &lt;Eau &amp; &quot;Assainissement&quot;&gt;</dd>');
    expect(html).toContain('<td>Tarifs, « eau » et &quot;assainissement&quot; &lt;b&gt;2024&lt;/b&gt; *urgent* [voir annexe]</td>');
    expect(html).not.toContain('<b>');
    expect(html).toContain('<th scope="col">Ne prenant pas part au vote</th>');
    expect(html).toContain('<td class="n">1</td>');
    expect(html).toContain('<time datetime="2024-06-01">samedi 1er juin 2024</time>');
  });

  it('escapes Markdown: a pipe does not end a cell, emphasis and tags stay text', () => {
    const md = renderMeetingLists([awkward], 'md', 'fr');
    expect(md).toContain('| 2024\\|07 | Tarifs, « eau » et "assainissement" \\<b\\>2024\\</b\\> \\*urgent\\* \\[voir annexe\\] | adoptée | 10 | 2 | 0 | 1 |');
    expect(md).toContain('- Collectivité : Syndicat \\<Eau \\& "Assainissement"\\>');
    // Every row has as many cells as the header.
    const rows = md.split('\n').filter((line) => line.startsWith('| '));
    const cells = (line: string) => line.split(/(?<!\\)\|/).length;
    expect(new Set(rows.map(cells)).size).toBe(1);
  });

  it('writes CSV by RFC 4180: CRLF, quoted fields with doubled quotes, no byte-order mark', () => {
    const csv = renderMeetingLists([awkward], 'csv', 'fr');
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    const lines = csv.split('\r\n');
    expect(lines).toEqual([
      'Collectivité,Organe,Date de la séance,N°,Objet,Résultat,Pour,Contre,Abstentions,Ne prenant pas part au vote',
      '"Syndicat <Eau & ""Assainissement"">",Comité syndical,2024-06-01,2024|07,"Tarifs, « eau » et ""assainissement"" <b>2024</b> *urgent* [voir annexe]",adoptée,10,2,0,1',
      '"Syndicat <Eau & ""Assainissement"">",Comité syndical,2024-06-01,non lu,non lu,non lu,,,,',
      '',
    ]);
  });

  it('writes an empty list as such in every format', () => {
    for (const format of ['md', 'html', 'csv'] as MeetingListFormat[]) {
      const text = renderMeetingLists([], format, 'fr');
      if (format === 'csv') expect(text).toBe('Collectivité,Organe,Date de la séance,N°,Objet,Résultat,Pour,Contre,Abstentions,Ne prenant pas part au vote\r\n');
      else expect(text).toContain('aucune délibération lue');
    }
  });
});
