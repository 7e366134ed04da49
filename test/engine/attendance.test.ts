import { describe, expect, it } from 'vitest';
import { parseAttendance } from '../../engine/model/attendance';
import { parsePersonItem, personKey } from '../../engine/model/persons';
import type { AttendanceKind } from '../../engine/model/types';
import { joinLines } from '../../engine/text/joined';
import { regionOf } from '../../engine/text/region';
import { corpusLines, type CorpusId } from '../helpers';

/** Every people block of a file: from each `PRESIDENCE DE` line to the line before `(N°…)`. */
function peopleBlocks(id: CorpusId) {
  const lines = corpusLines(id);
  const blocks: { number: string; from: number; to: number; result: ReturnType<typeof parseAttendance> }[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].startsWith('PRESIDENCE DE')) continue;
    let j = i;
    while (!lines[j].startsWith('(N°')) j++;
    const number = lines[j].trim().slice(3, -1);
    blocks.push({ number, from: i, to: j - 1, result: parseAttendance(regionOf(lines, i, j - 1)) });
  }
  return { lines, blocks };
}

function count(result: ReturnType<typeof parseAttendance>, kind: AttendanceKind): number {
  return result.lists.filter((l) => l.kind === kind).reduce((n, l) => n + l.persons.length, 0);
}

function counts(result: ReturnType<typeof parseAttendance>) {
  return {
    P: count(result, 'present'),
    E: count(result, 'excused'),
    A: count(result, 'absent'),
    nonVoting: count(result, 'nonVoting'),
    excusedNonVoting: count(result, 'excusedNonVoting'),
  };
}

/** Text under a range, line breaks kept. */
function textAt(lines: string[], r: { start: { line: number; character: number }; end: { line: number; character: number } }) {
  if (r.start.line === r.end.line) return lines[r.start.line].slice(r.start.character, r.end.character);
  const parts = [lines[r.start.line].slice(r.start.character)];
  for (let l = r.start.line + 1; l < r.end.line; l++) parts.push(lines[l]);
  parts.push(lines[r.end.line].slice(0, r.end.character));
  return parts.join('\n');
}

function draft(text: string) {
  const lines = text.split('\n');
  return { lines, result: parseAttendance(regionOf(lines)) };
}

describe('persons', () => {
  const item = (text: string) => {
    const joined = joinLines([text], [0]);
    return parsePersonItem(joined, 0, joined.length);
  };

  it('reads civility, first names and the upper-case surname', () => {
    expect(item('M.  Bertrand  PETIT')).toMatchObject({ civility: 'M.', firstName: 'Bertrand', lastName: 'PETIT', text: 'M. Bertrand PETIT' });
    expect(item('Mme Mireille HINGREZ-CÉRÉDA')).toMatchObject({ civility: 'Mme', firstName: 'Mireille', lastName: 'HINGREZ-CÉRÉDA', key: 'mireille hingrez-céréda' });
    expect(item('Mme Maïté MULOT-FRISCOURT.')).toMatchObject({ firstName: 'Maïté', lastName: 'MULOT-FRISCOURT', text: 'Mme Maïté MULOT-FRISCOURT' });
    expect(item('Madame Karine GAUTHIER')).toMatchObject({ civility: 'Mme', firstName: 'Karine', lastName: 'GAUTHIER' });
    expect(item('Monsieur Bruno COUSEIN')).toMatchObject({ civility: 'M.', lastName: 'COUSEIN' });
    expect(item('M. Jean de LA FONTAINE')).toMatchObject({ firstName: 'Jean', lastName: 'de LA FONTAINE' });
    expect(item('Mme Anne-Marie DE SAINT-EXUPÉRY')).toMatchObject({ firstName: 'Anne-Marie', lastName: 'DE SAINT-EXUPÉRY' });
    expect(item('M.Jean DUPONT')).toMatchObject({ civility: 'M.', firstName: 'Jean', lastName: 'DUPONT' });
    expect(item('Mme Sophie Dupont')).toMatchObject({ firstName: 'Sophie', lastName: 'Dupont' });
  });

  it('gives the upper-case presidency the key of the listed name', () => {
    const presidency = item('MONSIEUR JEAN-CLAUDE LEROY')!;
    expect(presidency.civility).toBe('M.');
    expect(presidency.key).toBe(personKey('Jean-Claude', 'LEROY'));
    expect(presidency.key).toBe(item('M. Jean-Claude LEROY')!.key);
    expect(item('MADAME MIREILLE HINGREZ-CÉRÉDA')!.key).toBe(item('Mme Mireille HINGREZ-CÉRÉDA')!.key);
  });

  it('keeps accents in the key but folds case and spacing', () => {
    expect(personKey('Maïté', 'MULOT-FRISCOURT')).toBe('maïté mulot-friscourt');
    expect(personKey('Jean-Claude ', ' LEROY')).toBe('jean-claude leroy');
    expect(personKey('Frederic', 'MELCHIOR')).not.toBe(personKey('Frédéric', 'MELCHIOR'));
  });

  it('returns nothing for a bare civility or punctuation', () => {
    expect(item('M.')).toBeUndefined();
    expect(item('Mme')).toBeUndefined();
    expect(item(' , . ')).toBeUndefined();
    expect(item('')).toBeUndefined();
  });
});

describe('attendance on the real corpus', () => {
  it('counts présents, excusés, absents and both "sans voix" lists in all 33 deliberations', () => {
    // docs/domain.md §2.4, each checked against the lists (000 L12–30, 001 L12–30, 002 L12–31, 004 L12–30).
    const single = {
      '000': { P: 32, E: 11, A: 0, nonVoting: 1, excusedNonVoting: 2 },
      '001': { P: 39, E: 5, A: 0, nonVoting: 2, excusedNonVoting: 2 },
      '002': { P: 35, E: 9, A: 0, nonVoting: 2, excusedNonVoting: 1 },
      '004': { P: 37, E: 6, A: 0, nonVoting: 3, excusedNonVoting: 2 },
    } as const;
    for (const [id, expected] of Object.entries(single)) {
      const { blocks } = peopleBlocks(id as CorpusId);
      expect(blocks).toHaveLength(1);
      expect(counts(blocks[0].result)).toEqual(expected);
    }

    // 003: 36/8/0 except 2022-99, -102, -108 (an Absent(s) line, L12110, L14305, L43930) and 2022-104
    // (COUSEIN moved from Excusé(s) to Absent(s), L18407). COTTIGNY "assistant" until 2022-100, then
    // "excusé sans voix" from 2022-101 (L13200).
    const { blocks } = peopleBlocks('003');
    expect(blocks).toHaveLength(29);
    for (const block of blocks) {
      const n = Number(block.number.split('-')[1]);
      const absent = [99, 102, 108].includes(n);
      const expected = {
        P: absent ? 35 : 36,
        E: n === 104 ? 7 : 8,
        A: absent || n === 104 ? 1 : 0,
        nonVoting: n <= 100 ? 3 : 2,
        excusedNonVoting: n <= 100 ? 0 : 1,
      };
      expect({ number: block.number, ...counts(block.result) }).toEqual({ number: block.number, ...expected });
    }
  });

  it('reads the absent person of each "Absent(s)" line', () => {
    const { blocks } = peopleBlocks('003');
    const absents = blocks
      .filter((b) => count(b.result, 'absent') > 0)
      .map((b) => [b.number, b.result.lists.find((l) => l.kind === 'absent')!.persons.map((p) => p.text)]);
    expect(absents).toEqual([
      ['2022-99', ['M. Laurent DUPORGE']], // L12110
      ['2022-102', ['Mme Mireille HINGREZ-CÉRÉDA']], // L14305
      ['2022-104', ['M. Bruno COUSEIN']], // L18407
      ['2022-108', ['M. Laurent DUPORGE']], // L43930
    ]);
  });

  it('reads the secretary and the presidency', () => {
    // 000 L10, 001 L10, 002 L10, 004 L10, 003 L13 (same in every 003 dossier).
    const secretaries: Record<CorpusId, string> = {
      '000': 'M. Philippe FAIT',
      '001': 'Mme Marie-Line PLOUVIEZ',
      '002': 'Mme Stéphanie GUISELAIN',
      '003': 'Mme Maryse DELASSUS',
      '004': 'Mme Fatima AIT-CHIKHEBBIH',
    };
    for (const [id, secretary] of Object.entries(secretaries)) {
      const { lines, blocks } = peopleBlocks(id as CorpusId);
      for (const { result } of blocks) {
        expect(result.secretary?.text).toBe(secretary);
        expect(textAt(lines, result.secretaryRange!)).toBe(`Secrétaire : ${secretary}`);
        // L11 `PRESIDENCE DE MONSIEUR JEAN-CLAUDE LEROY` is the first présent, `M. Jean-Claude LEROY` (L15).
        expect(result.presidency?.name).toBe('MONSIEUR JEAN-CLAUDE LEROY');
        expect(result.presidency?.person?.key).toBe(personKey('Jean-Claude', 'LEROY'));
        const present = result.lists.find((l) => l.kind === 'present')!;
        expect(present.persons[0].key).toBe(result.presidency?.person?.key);
      }
    }
  });

  it('gives exact ranges for labels and names cut across lines', () => {
    const d003 = peopleBlocks('003');
    const first = d003.blocks[0].result;
    // L15 `Étaient présents : M. Jean-Claude LEROY, …`
    const present = first.lists[0];
    expect(present.kind).toBe('present');
    expect(textAt(d003.lines, present.labelRange)).toBe('Étaient présents :');
    expect(textAt(d003.lines, present.persons[0].range)).toBe('M. Jean-Claude LEROY');
    expect(present.range.start).toEqual({ line: 14, character: 0 });
    // L25 ends `M. Ludovic PAJOT.`: the list's range stops before the final period.
    expect(present.range.end).toEqual({ line: 24, character: d003.lines[24].indexOf('PAJOT.') + 5 });
    // L28–29 `M.`⏎`Steeve BRIOIS.`
    const briois = first.lists.find((l) => l.kind === 'excused')!.persons.at(-1)!;
    expect(briois).toMatchObject({ civility: 'M.', firstName: 'Steeve', lastName: 'BRIOIS', text: 'M. Steeve BRIOIS' });
    expect(briois.range).toEqual({ start: { line: 27, character: d003.lines[27].lastIndexOf('M.') }, end: { line: 28, character: 13 } });

    // 000 L24–25 `Mme Fatima AIT-`⏎`CHIKHEBBIH,`
    const d000 = peopleBlocks('000');
    const ait = d000.blocks[0].result.lists.find((l) => l.kind === 'excused')!.persons.find((p) => p.lastName.startsWith('AIT'))!;
    expect(ait).toMatchObject({ firstName: 'Fatima', lastName: 'AIT-CHIKHEBBIH', text: 'Mme Fatima AIT-CHIKHEBBIH' });
    expect(ait.range).toEqual({ start: { line: 23, character: d000.lines[23].indexOf('Mme Fatima') }, end: { line: 24, character: 10 } });
    expect(textAt(d000.lines, ait.range)).toBe('Mme Fatima AIT-\nCHIKHEBBIH');

    // 004 L16–17 `Mme Sophie WAROT-`⏎`LEMAIRE,`
    const d004 = peopleBlocks('004');
    const warot = d004.blocks[0].result.lists[0].persons.find((p) => p.lastName.startsWith('WAROT'))!;
    expect(warot).toMatchObject({ firstName: 'Sophie', lastName: 'WAROT-LEMAIRE', key: 'sophie warot-lemaire' });
    expect(textAt(d004.lines, warot.range)).toBe('Mme Sophie WAROT-\nLEMAIRE');

    // 002 L28–29 `M. Jean-`⏎`Louis COTTIGNY` in the non-voting list, no final period.
    const d002 = peopleBlocks('002');
    const nonVoting = d002.blocks[0].result.lists.find((l) => l.kind === 'nonVoting')!;
    expect(nonVoting.persons.map((p) => p.text)).toEqual(['Mme Emmanuelle LEVEUGLE', 'M. Jean-Louis COTTIGNY']);
    expect(nonVoting.persons[1]).toMatchObject({ firstName: 'Jean-Louis', lastName: 'COTTIGNY' });
    expect(textAt(d002.lines, nonVoting.persons[1].range)).toBe('M. Jean-\nLouis COTTIGNY');
  });

  it('matches the doubled-space labels and "sans voix" before "Excusé(s)"', () => {
    // 000 L23 `Excusé(s)  :  M.  Daniel …`, 000 L30 `Excusé(s) sans voix délibérative : …`.
    const d000 = peopleBlocks('000');
    const kinds = d000.blocks[0].result.lists.map((l) => [l.kind, textAt(d000.lines, l.labelRange)]);
    expect(kinds).toEqual([
      ['present', 'Étaient présents :'],
      ['excused', 'Excusé(s)  :'],
      ['nonVoting', 'Assistant également sans voix délibérative :'],
      ['excusedNonVoting', 'Excusé(s) sans voix délibérative :'],
    ]);
    // L14289 `Étaient  présents  :`
    const d003 = peopleBlocks('003');
    const b102 = d003.blocks.find((b) => b.number === '2022-102')!;
    expect(textAt(d003.lines, b102.result.lists[0].labelRange)).toBe('Étaient  présents  :');
  });

  it('stops the last list before the title, so the title starts after `end`', () => {
    const nextContent = (lines: string[], end: number) => {
      let i = end + 1;
      while (lines[i].trim() === '') i++;
      return i;
    };
    // 003 2022-80: list ends L32 `DAGBERT, M. Jean-Louis COTTIGNY` (no period), title L34.
    const d003 = peopleBlocks('003');
    expect(d003.blocks[0].result.end).toBe(31);
    expect(nextContent(d003.lines, d003.blocks[0].result.end)).toBe(33);
    // 2022-81: title ends with a period (L853); 2022-104: list ends L18412, title L18414.
    expect(d003.blocks[1].result.end).toBe(847);
    const b104 = d003.blocks.find((b) => b.number === '2022-104')!;
    expect(b104.result.end).toBe(18411);
    expect(nextContent(d003.lines, b104.result.end)).toBe(18413);
    // 000 L30 `Excusé(s) sans voix délibérative : M. Jean-Louis COTTIGNY, M. Michel DAGBERT`, title L32.
    expect(peopleBlocks('000').blocks[0].result.end).toBe(29);
    // 002: title L33 after L31; 004: title L32 after L30.
    expect(peopleBlocks('002').blocks[0].result.end).toBe(30);
    expect(peopleBlocks('004').blocks[0].result.end).toBe(29);
    for (const { result, to } of d003.blocks) expect(result.end).toBeLessThan(to - 1);
  });
});

describe('attendance in drafts', () => {
  it('reads a list typed on one line, with "Etaient" unaccented and `Excusés :`', () => {
    const { result } = draft(
      [
        'PRÉSIDENCE DE M. Jean-Claude LEROY',
        'Secrétaire :   Mme Maryse DELASSUS',
        'Etaient  présents : M. Jean-Claude LEROY, Mme Maryse DELASSUS, M. Jean de LA FONTAINE.',
        'Excusés : Mme Blandine DRAIN et M. Olivier BARBARIN',
        'TITRE DE LA DÉLIBÉRATION',
      ].join('\n'),
    );
    expect(result.presidency?.person?.key).toBe('jean-claude leroy');
    expect(result.secretary?.key).toBe('maryse delassus');
    expect(result.lists.map((l) => [l.kind, l.persons.map((p) => p.key)])).toEqual([
      ['present', ['jean-claude leroy', 'maryse delassus', 'jean de la fontaine']],
      ['excused', ['blandine drain', 'olivier barbarin']],
    ]);
    // The title follows the last list without a blank line: it is not a name.
    expect(result.end).toBe(3);
  });

  it('reads a label alone on its line and a list cut by a page marker', () => {
    const { lines, result } = draft(
      [
        'Étaient présents :',
        'M. Jean-Claude LEROY, Mme',
        '',
        '2 / 5',
        '',
        'Maryse DELASSUS, M. Michel',
        'DAGBERT',
        '',
        'Excusé(s) : M. Olivier BARBARIN, M.',
        '',
        ' 1 / 3',
        '',
        'Steeve BRIOIS',
        '',
        'ORANGE AU FONDS SOLIDARITÉ',
      ].join('\n'),
    );
    expect(result.lists.map((l) => l.persons.map((p) => p.text))).toEqual([
      ['M. Jean-Claude LEROY', 'Mme Maryse DELASSUS', 'M. Michel DAGBERT'],
      ['M. Olivier BARBARIN', 'M. Steeve BRIOIS'],
    ]);
    expect(textAt(lines, result.lists[0].persons[1].range)).toBe('Mme\n\n2 / 5\n\nMaryse DELASSUS');
    expect(result.end).toBe(12);
  });

  it('reads "Absent(s)", "Assistant(e)s" and title-case labels', () => {
    const { result } = draft(
      [
        'ABSENT(S) : M. Laurent DUPORGE.',
        'Assistantes également sans voix délibérative : Mme Emmanuelle LEVEUGLE',
        'Excusée(s) sans voix délibérative : Mme Anne MARTIN',
      ].join('\n'),
    );
    expect(result.lists.map((l) => [l.kind, l.persons.length])).toEqual([
      ['absent', 1],
      ['nonVoting', 1],
      ['excusedNonVoting', 1],
    ]);
  });

  it('stops at a blank line after a whole name, continues after a trailing comma', () => {
    const stop = draft('Excusé(s) : M. Michel DAGBERT\n\nPROGRAMMATION 2022').result;
    expect(stop.end).toBe(0);
    expect(stop.lists[0].persons).toHaveLength(1);
    const goOn = draft('Excusé(s) : M. Michel DAGBERT,\n\nMme Karine GAUTHIER.\n\nTITRE').result;
    expect(goOn.end).toBe(2);
    expect(goOn.lists[0].persons.map((p) => p.key)).toEqual(['michel dagbert', 'karine gauthier']);
  });

  it('never throws on garbage and stays fast on huge lines', () => {
    const samples = ['', ':', 'Étaient présents :', 'Étaient présents : ,,,, . M.', 'PRESIDENCE DE', 'Excusé(s) : M. -\n-\n-', '\u00a0\u202f'];
    for (const text of samples) expect(() => draft(text)).not.toThrow();
    expect(draft('Étaient présents :').result.lists[0].persons).toEqual([]);

    const long = 'Étaient présents : ' + 'M. Jean DUPONT, '.repeat(1500) + 'x'.repeat(20_000);
    const spaces = 'Excusé(s) :' + ' '.repeat(20_000) + 'M.' + ' '.repeat(20_000);
    const hyphens = 'Étaient présents : ' + '-'.repeat(20_000);
    expect(draft(long).result.lists[0].persons.length).toBe(1501);
    draft(spaces);
    draft(hyphens);
    draft(Array.from({ length: 5000 }, () => 'M. Jean,').join('\n'));
  });
});
