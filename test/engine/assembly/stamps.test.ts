import { describe, expect, it } from 'vitest';
import { parseActesStamps } from '../../../engine/model/assembly/stamps';
import { sourceOfLines, type Source } from '../../../engine/model/assembly/source';
import type { Range } from '../../../engine/model/types';
import type { TemplateProfile, Vocabulary } from '../../../engine/templates/types';
import { MEETING } from '../../../engine/templates/vocabulary/meeting';
import { STAMPS } from '../../../engine/templates/vocabulary/stamps';

/** A profile holding only the vocabulary these readers read. */
const PROFILE: TemplateProfile = {
  id: 'generic',
  name: { fr: 'test', en: 'test' },
  detect: () => 1,
  excusedHoldsProxy: false,
  layout: 'one-act',
  vocabulary: { stamps: STAMPS, meeting: MEETING } as unknown as Vocabulary,
};

const source = (lines: string[]): Source => sourceOfLines(lines, PROFILE);
/** The same document flattened the way open-data texts are: one line, blanks collapsed. */
const flat = (lines: string[]): Source => source([lines.join(' ').replace(/\s+/g, ' ')]);

function at(lines: readonly string[], r: Range): string {
  if (r.start.line === r.end.line) return lines[r.start.line].slice(r.start.character, r.end.character);
  const parts = [lines[r.start.line].slice(r.start.character)];
  for (let l = r.start.line + 1; l < r.end.line; l++) parts.push(lines[l]);
  parts.push(lines[r.end.line].slice(0, r.end.character));
  return parts.join('\n');
}

const PAGE_STAMP = [
  'Envoyé en préfecture le 20/03/2023',
  'Reçu en préfecture le 20/03/2023',
  'Publié le 21/03/2023',
  'ID : 044-214400012-20230314-DEL2023_014-DE',
];

const TWO_PAGES = [
  ...PAGE_STAMP,
  'COMMUNE DE SAINT-EXEMPLE',
  'Séance du 14 mars 2023',
  'Le conseil municipal approuve le projet.',
  ...PAGE_STAMP,
  'Fait et délibéré les jour, mois et an susdits.',
];

describe('the ACTES box', () => {
  for (const [form, make] of [['line-structured', source], ['flattened', flat]] as const) {
    it(`reads its parts and returns it once (${form})`, () => {
      const src = make(TWO_PAGES);
      const { stamps, spans } = parseActesStamps(src);
      expect(stamps).toHaveLength(1);
      const [s] = stamps;
      expect(s.sent?.date).toEqual({ year: 2023, month: 3, day: 20 });
      expect(s.sent?.text).toBe('20/03/2023');
      expect(s.received?.date).toEqual({ year: 2023, month: 3, day: 20 });
      expect(s.published?.date).toEqual({ year: 2023, month: 3, day: 21 });
      expect(s.id).toMatchObject({
        text: '044-214400012-20230314-DEL2023_014-DE',
        departement: '044',
        siren: '214400012',
        date: { year: 2023, month: 3, day: 14 },
        number: 'DEL2023_014',
        nature: 'DE',
      });
      // Every occurrence's parts are returned for masking: four parts on each of the two pages.
      expect(spans).toHaveLength(8);
      const text = src.joined.text;
      expect(spans.map(([a, b]) => text.slice(a, b))).toEqual([...PAGE_STAMP, ...PAGE_STAMP]);
    });
  }

  it('points every part at its own words', () => {
    const { stamps } = parseActesStamps(source(TWO_PAGES));
    const [s] = stamps;
    expect(at(TWO_PAGES, s.published!.range)).toBe('21/03/2023');
    expect(at(TWO_PAGES, s.id!.range)).toBe('044-214400012-20230314-DEL2023_014-DE');
    expect(s.range.start).toEqual({ line: 0, character: 0 });
    expect(s.range.end).toEqual({ line: 3, character: PAGE_STAMP[3].length });
  });

  it('keeps the page text that slips between its parts out of the masks', () => {
    const text = 'Envoyé en préfecture le 02/02/2023 COMMUNAUTÉ D’AGGLOMÉRATION DU VAL Reçu en préfecture le 02/02/2023 Publié le RAPPORT ANNUEL ID : 030-200012345-20230126-C2023_02_03-DE Sommaire';
    const src = flat([text]);
    const { stamps, spans } = parseActesStamps(src);
    expect(stamps).toHaveLength(1);
    expect(stamps[0].published).toBeUndefined();
    const pieces = spans.map(([a, b]) => src.joined.text.slice(a, b));
    expect(pieces).toEqual(['Envoyé en préfecture le 02/02/2023', 'Reçu en préfecture le 02/02/2023', 'Publié le', 'ID : 030-200012345-20230126-C2023_02_03-DE']);
    expect(pieces.join(' ')).not.toContain('AGGLOMÉRATION');
  });

  it('reads parts in another order, `Affiché le`, and a publication date written long', () => {
    const { stamps } = parseActesStamps(flat(['ID : 077-217700001-20220701-DEL20220624_01-DE Affiché le 1er juillet 2022 Reçu en préfecture le 01/07/2022 Envoyé en préfecture le 01/07/2022']));
    expect(stamps).toHaveLength(1);
    expect(stamps[0].published?.date).toEqual({ year: 2022, month: 7, day: 1 });
    expect(stamps[0].published?.text).toBe('1er juillet 2022');
    expect(stamps[0].sent?.date).toEqual({ year: 2022, month: 7, day: 1 });
  });

  it('returns each act of a bundle once: one stamp per ID', () => {
    const page = (n: string) => `Envoyé en préfecture le 30/01/2023 Reçu en préfecture le 30/01/2023 Publié le ID : 037-213700001-20230123-2023_01_${n}-DE`;
    const { stamps, spans } = parseActesStamps(flat([page('01'), page('01'), page('02'), page('03'), page('03')]));
    expect(stamps.map((s) => s.id?.number)).toEqual(['2023_01_01', '2023_01_02', '2023_01_03']);
    expect(spans).toHaveLength(20);
  });

  it('merges a page whose ID OCR spaced out (`DEL 2023 007`) with the clean one, and a page whose ID was cut off', () => {
    const { stamps } = parseActesStamps(
      flat([
        'Envoyé en préfecture le 09/02/2023 Reçu en préfecture le 09/02/2023 LU © Publié le S LOF ID : 091-219100001-20230130-DEL 2023 007-DE',
        'texte de la page',
        'Envoyé en préfecture le 09/02/2023 Reçu en préfecture le 09/02/2023 Publié le ID : 091-219100001-20230130-DEL_2023_007-DE',
        'texte de la page',
        'Envoyé en préfecture le 09/02/2023 texte de la page Reçu en préfecture le 09/02/2023',
      ]),
    );
    expect(stamps).toHaveLength(1);
    expect(stamps[0].id?.number).toBe('DEL_2023_007');
  });

  it('keeps an OCR-spaced number as written when no clean copy exists', () => {
    const { stamps } = parseActesStamps(flat(['Reçu en préfecture le 09/02/2023 ID : 091-219100001-20230130-DEL 2023 007-DE']));
    expect(stamps[0].id).toMatchObject({ number: 'DEL 2023 007', nature: 'DE', siren: '219100001' });
  });
});

describe('other stamp forms', () => {
  it('reads the older accusé de réception, and a nature glued to the number', () => {
    const lines = [
      'Accusé de réception en préfecture',
      '079-200041317-20200214-C33-02-2020-1AR',
      'Date de télétransmission : 14/02/2020',
      'Date de réception préfecture : 14/02/2020',
    ];
    for (const src of [source(lines), flat(lines)]) {
      const { stamps } = parseActesStamps(src);
      expect(stamps).toHaveLength(1);
      expect(stamps[0].id).toMatchObject({ departement: '079', siren: '200041317', number: 'C33-02-2020-1', nature: 'AR' });
      expect(stamps[0].sent?.date).toEqual({ year: 2020, month: 2, day: 14 });
      expect(stamps[0].received?.date).toEqual({ year: 2020, month: 2, day: 14 });
    }
  });

  it('keeps only the certain part of an ID whose end is lost in the page text', () => {
    const { stamps } = parseActesStamps(flat(['Accusé de réception en préfecture 079-200041317-20200214-C33-02-2020-1collectivités etc.']));
    expect(stamps[0].id).toMatchObject({ number: 'C33-02-2020-1', nature: '' });
  });

  it('reads the executory mention of a signature block', () => {
    const lines = [
      'Certifié exécutoire compte tenu de sa transmission en préfecture le 12/01/2023',
      'et de sa publication le 13/01/2023.',
    ];
    for (const src of [source(lines), flat(lines)]) {
      const { stamps } = parseActesStamps(src);
      expect(stamps).toHaveLength(1);
      expect(stamps[0].sent?.date).toEqual({ year: 2023, month: 1, day: 12 });
      expect(stamps[0].published?.date).toEqual({ year: 2023, month: 1, day: 13 });
      expect(stamps[0].id).toBeUndefined();
    }
  });

  it('takes no prose `publié le` or `affiché le` for a stamp', () => {
    const { stamps, spans } = parseActesStamps(flat(["Vu l'avis d'appel public à la concurrence publié le 27 mai 2022 ; affiché le 3 juin 2022 en mairie."]));
    expect(stamps).toEqual([]);
    expect(spans).toEqual([]);
  });

  it('tells `-DE` from the word `de` after an ID', () => {
    const { stamps } = parseActesStamps(flat(['ID : 064-216400001-20230228-2023_02_05-de la commune']));
    expect(stamps[0].id?.nature).toBe('');
    expect(stamps[0].id?.number).toBe('2023_02_05');
  });
});

describe('garbage', () => {
  it('never throws', () => {
    for (const text of ['', 'ID :', 'ID : 030-', 'Envoyé en préfecture le', 'Envoyé en préfecture le '.repeat(300), 'ID : 030-200066918-20231399-X-DE', '\u0000'.repeat(50)]) {
      expect(() => parseActesStamps(flat([text]))).not.toThrow();
    }
    const { stamps } = parseActesStamps(flat(['ID : 030-200066918-20231399-X-DE']));
    expect(stamps[0].id?.date).toBeUndefined();
  });
});

describe('the box beside prose', () => {
  it('does not take the page’s lower-case `publié le` for the box’s publication', () => {
    const { stamps } = parseActesStamps(
      flat(['Envoyé en préfecture le 02/06/2022 Reçu en préfecture le 02/06/2022 ID : 041-210400001-20220527-2022_31-DE Vu l’avis d’appel public à la concurrence publié le 27 mai 2022 ;']),
    );
    expect(stamps).toHaveLength(1);
    expect(stamps[0].published).toBeUndefined();
  });
});
