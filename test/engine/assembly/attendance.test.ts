import { describe, expect, it } from 'vitest';
import { parseMeetingAttendance } from '../../../engine/model/assembly/attendance';
import { sourceOfLines, type Span } from '../../../engine/model/assembly/source';
import type { Attendee, MeetingAttendance, Range } from '../../../engine/model/types';
import { GENERIC } from '../../../engine/templates/generic';
import type { TemplateProfile } from '../../../engine/templates/types';

/** Text under a range, line breaks read as spaces. */
function textAt(lines: readonly string[], r: Range): string {
  if (r.start.line === r.end.line) return lines[r.start.line].slice(r.start.character, r.end.character);
  const parts = [lines[r.start.line].slice(r.start.character)];
  for (let l = r.start.line + 1; l < r.end.line; l++) parts.push(lines[l]);
  parts.push(lines[r.end.line].slice(0, r.end.character));
  return parts.join(' ');
}

function read(lines: readonly string[], profile: TemplateProfile = GENERIC, masked: readonly Span[] = []): MeetingAttendance {
  return parseMeetingAttendance(sourceOfLines(lines, profile, 0, lines.length - 1, masked));
}

/** The model without its ranges, to compare a draft's reading with its flattened reading. */
function shape(a: MeetingAttendance) {
  return {
    counts: a.counts.map((c) => ({ kind: c.kind, value: c.value, items: c.items?.value })),
    attendees: a.attendees.map(summary),
  };
}

function summary(a: Attendee) {
  return {
    name: a.person.text,
    status: a.status,
    proxyTo: a.proxyTo?.text,
    substituteFor: a.substituteFor?.text,
    replacedBy: a.replacedBy?.text,
    qualifier: a.qualifier?.value,
    label: a.label,
  };
}

/**
 * Reads a document line-structured (as typed) and flattened to one line (as the open data has it),
 * checks both readings agree, and returns each with its lines for range checks.
 */
function both(text: string, profile: TemplateProfile = GENERIC) {
  const lines = text.split('\n');
  const flat = [lines.map((l) => l.trim()).join(' ')];
  const drafted = read(lines, profile);
  const flattened = read(flat, profile);
  expect(shape(flattened)).toEqual(shape(drafted));
  return { lines, drafted, flat, flattened };
}

const names = (a: MeetingAttendance, status?: Attendee['status']) => a.attendees.filter((x) => !status || x.status === status).map((x) => x.person.text);

describe('counts', () => {
  it('reads labelled counts, each figure and label at its place', () => {
    const { lines, drafted, flat, flattened } = both(
      [
        'COMMUNE DE SAINT-EXEMPLE',
        'Séance du 12 janvier 2023',
        'Nombre de conseillers en exercice : 23',
        'Présents : 18',
        'Votants : 20',
        'Présents : M. Jean DUPONT, Mme Marie MARTIN, M. Paul LEROY.',
      ].join('\n'),
    );
    expect(drafted.counts.map((c) => [c.kind, c.value])).toEqual([
      ['inOffice', 23],
      ['present', 18],
      ['voters', 20],
    ]);
    expect(textAt(lines, drafted.counts[0].range)).toBe('23');
    expect(textAt(lines, drafted.counts[0].labelRange)).toBe('Nombre de conseillers en exercice');
    expect(textAt(lines, drafted.counts[2].labelRange)).toBe('Votants');
    expect(textAt(flat, flattened.counts[1].range)).toBe('18');
    expect(drafted.counts[1].range.start.line).toBe(3);
  });

  it('reads the other labels and the OCR zero', () => {
    const { drafted } = both(
      [
        'Nombre de membres afférents au Bureau : 12',
        'En exercice : 12 - Présents : 9 - Excusés : 3 - Absents : O - Pouvoirs : 2 - Votants : 11',
        'Suffrages exprimés : 10',
        'Présents : Jean DUPONT, Marie MARTIN',
      ].join('\n'),
    );
    // The same count twice, with the same figure, is one count.
    expect(drafted.counts.map((c) => `${c.kind}=${c.value}`)).toEqual([
      'inOffice=12',
      'present=9',
      'excused=3',
      'absent=0',
      'represented=2',
      'voters=11',
      'expressed=10',
    ]);
  });

  it('reads intercommunal counts: titulaires, suppléants, procurations', () => {
    const { drafted } = both(
      'Nombre de Conseillers Communautaires : - en exercice : 60 - présents titulaires : 40 - présents suppléants : 4 - procurations : 6 - votants : 50',
    );
    expect(drafted.counts.map((c) => `${c.kind}=${c.value}`)).toEqual(['inOffice=60', 'present=40', 'substitutes=4', 'represented=6', 'voters=50']);
  });

  it('takes `Quorum : 22 présents sur 26` for the présents, not the quorum', () => {
    const { lines, drafted } = both('Excusés : Paul LEROY\nSecrétaire de séance : Léa PETIT\nQuorum : 22 présents sur 26\nPar convocation en date du 3 janvier 2023');
    expect(drafted.counts).toHaveLength(1);
    expect(drafted.counts[0]).toMatchObject({ kind: 'present', value: 22 });
    expect(textAt(lines, drafted.counts[0].labelRange)).toBe('présents');
    const quorum = both('Nombre de conseillers municipaux : 45\nQuorum : 23\nLe quorum étant atteint, la séance est ouverte.');
    expect(quorum.drafted.counts.map((c) => `${c.kind}=${c.value}`)).toEqual(['inOffice=45', 'quorum=23']);
  });

  it('reads figure-first counts in the attendance sentence', () => {
    const { drafted } = both(
      "Le Maire procède à l'appel et constate le quorum (21 conseillers présents sur 27 conseillers en exercice).\nPrésents : Jean DUPONT, Marie MARTIN",
    );
    expect(drafted.counts.map((c) => `${c.kind}=${c.value}`)).toEqual(['present=21', 'inOffice=27']);
  });

  it('reads `présents ou représentés` as the members who vote, not the represented alone', () => {
    const { drafted } = both('Nombre de membres en exercice : 33\nNombre de membres présents ou représentés : 30\nPrésents et représentés : M. Jean DUPONT, M. Paul LEROY (pouvoir à M. Jean DUPONT)');
    expect(drafted.counts.map((c) => `${c.kind}=${c.value}`)).toEqual(['inOffice=33', 'voters=30']);
    expect(drafted.attendees).toEqual([]);
  });

  it('does not read a vote detail (`dont 3 procurations`) or a date as a count', () => {
    const vote = both('Votants : 29\nAdopté par 25 voix pour, dont 3 procurations, et 4 abstentions.');
    expect(vote.drafted.counts.map((c) => `${c.kind}=${c.value}`)).toEqual(['voters=29']);
    const date = both('Convocation envoyée le Nombre de votants 7 FEVRIER 2020 Présents : Jean DUPONT');
    expect(date.drafted.counts).toEqual([]);
  });

  it('reads a flattened box whose figures follow its labels, past a date', () => {
    const { flat, flattened } = both(
      'Convocation envoyée le Nombre de Conseillers Communautaires Nombre de présents à l’ouverture de la séance Nombre de procurations Nombre de votants 3 MARS 2021 30 21 2 23 Etaient présents : Monsieur Jean DUPONT',
    );
    expect(flattened.counts.map((c) => `${c.kind}=${c.value}`)).toEqual(['inOffice=30', 'present=21', 'represented=2', 'voters=23']);
    expect(textAt(flat, flattened.counts[1].range)).toBe('21');
    expect(textAt(flat, flattened.counts[1].labelRange)).toBe('Nombre de présents à l’ouverture de la séance');
    expect(flattened.counts.every((c) => !c.items)).toBe(true);
  });

  it('reads a box whose figures come before its labels, or after labels in capitals', () => {
    const before = both('Séance du 3 mars 2021 40 26 3 29 Nombre de conseillers Nombre de présents Nombre de pouvoirs Nombre de votants Objet : budget');
    expect(before.drafted.counts.map((c) => `${c.kind}=${c.value}`)).toEqual(['inOffice=40', 'present=26', 'represented=3', 'voters=29']);
    const capitals = both('DURAND Jeanne Maire 15 11 PRESENT (Signature) ABSENT EXCUSE ABSENT MANDATAIRE (Signature) 8 3 0 0 D2023-01-004 URBANISME');
    expect(capitals.drafted.counts.map((c) => `${c.kind}=${c.value}`)).toEqual(['present=8', 'excused=3', 'absent=0', 'represented=0']);
  });

  it('leaves out a box whose pairing is not certain', () => {
    // Three labels, four figures after them.
    expect(both('Nombre de présents Nombre de pouvoirs Nombre de votants 12 3 15 4 Objet').drafted.counts).toEqual([]);
    // As many figures on both sides.
    expect(both('Séance 12 3 Nombre de présents Nombre de votants 14 2 Objet').drafted.counts).toEqual([]);
  });

  it('reads counts per range of items, in columns and inline', () => {
    const columns = both(
      [
        'Nombre de membres composant le conseil : 55',
        "A l'ouverture",
        'De la délibération n°1 à la n°3',
        'De la délibération n° 4 à la fin',
        'Présents : 48 Présents : 49 Présents : 47',
        'Absents : 1 Absents : 0 Absents : 2',
        'Pouvoirs : 6 Pouvoirs : 6 Pouvoirs : 6',
      ].join('\n'),
    );
    const c = columns.drafted.counts;
    expect(c.map((x) => `${x.kind}=${x.value}${x.items ? ` [${x.items.value}]` : ''}`)).toEqual([
      'inOffice=55',
      "present=48 [A l'ouverture]",
      'present=49 [De la délibération n°1 à la n°3]',
      'present=47 [De la délibération n° 4 à la fin]',
      "absent=1 [A l'ouverture]",
      'absent=0 [De la délibération n°1 à la n°3]',
      'absent=2 [De la délibération n° 4 à la fin]',
      "represented=6 [A l'ouverture]",
      'represented=6 [De la délibération n°1 à la n°3]',
      'represented=6 [De la délibération n° 4 à la fin]',
    ]);
    expect(textAt(columns.lines, c[2].items!.range)).toBe('De la délibération n°1 à la n°3');
    const inline = both('de la délibération 01 à 03 : 34 présents, à partir de la délibération 04 : 33 présents. Présents : Jean DUPONT');
    expect(inline.drafted.counts.map((x) => `${x.kind}=${x.value} [${x.items?.value}]`)).toEqual([
      'present=34 [de la délibération 01 à 03]',
      'present=33 [à partir de la délibération 04]',
    ]);
    // The next range's figure without its label: the same count, its label the one before.
    const bare = both('Présents : Jean DUPONT\nde la délibération 01 à 03 : 34 présents, à partir de la 04 : 33. Le Conseil');
    expect(bare.drafted.counts.map((x) => `${x.kind}=${x.value} [${x.items?.value}]`)).toEqual(['present=34 [de la délibération 01 à 03]', 'present=33 [à partir de la 04]']);
    expect(textAt(bare.lines, bare.drafted.counts[1].range)).toBe('33');
    expect(textAt(bare.lines, bare.drafted.counts[1].labelRange)).toBe('présents');
  });

  it('leaves out a kind counted twice with different figures and nothing to tell them apart', () => {
    expect(both('Présents : 12 Votants : 14 Présents : 13 Absents : 1').drafted.counts.map((c) => c.kind)).toEqual(['voters', 'absent']);
  });
});

describe('lists', () => {
  it('reads members given-first, with proxies written in parentheses', () => {
    const { lines, drafted } = both(
      [
        'Présents : Jean DUPONT, Marie-Claire MARTIN, Paul de LA FONTAINE,',
        'Sophie DA SILVA.',
        'Absents : Julie ROUX (procuration à Jean DUPONT), Marc BLANC',
        'Secrétaire de séance : Sophie DA SILVA',
      ].join('\n'),
    );
    expect(drafted.attendees.map(summary)).toEqual([
      { name: 'Jean DUPONT', status: 'present', label: 'Présents' },
      { name: 'Marie-Claire MARTIN', status: 'present', label: 'Présents' },
      { name: 'Paul de LA FONTAINE', status: 'present', label: 'Présents' },
      { name: 'Sophie DA SILVA', status: 'present', label: 'Présents' },
      { name: 'Julie ROUX', status: 'represented', proxyTo: 'Jean DUPONT', label: 'Absents' },
      { name: 'Marc BLANC', status: 'absent', label: 'Absents' },
    ].map((x) => ({ proxyTo: undefined, substituteFor: undefined, replacedBy: undefined, qualifier: undefined, ...x })));
    const fontaine = drafted.attendees[2].person;
    expect(fontaine).toMatchObject({ firstName: 'Paul', lastName: 'de LA FONTAINE' });
    expect(textAt(lines, drafted.attendees[3].range)).toBe('Sophie DA SILVA');
    expect(textAt(lines, drafted.attendees[4].proxyTo!.range)).toBe('Jean DUPONT');
    expect(drafted.range && textAt(lines, drafted.range).startsWith('Présents')).toBe(true);
  });

  it('reads members surname-first, the same person whichever order', () => {
    const { drafted } = both('Présents : DURAND Annie, PETIT Pierre, DOS SANTOS Joël\nExcusés : BLANC Freddy, NOIR Lucien (pouvoir à Mme Annie DURAND)');
    expect(drafted.attendees.map((a) => `${a.person.firstName}|${a.person.lastName}|${a.status}`)).toEqual([
      'Annie|DURAND|present',
      'Pierre|PETIT|present',
      'Joël|DOS SANTOS|present',
      'Freddy|BLANC|excused',
      'Lucien|NOIR|represented',
    ]);
    // The holder, written given-first, is the first member present.
    expect(drafted.attendees[4].proxyTo!.key).toBe(drafted.attendees[0].person.key);
  });

  it('reads « excusé » as the template says, unless the text pairs the member with a proxy', () => {
    const text = 'Présents : Jean DUPONT, Marie MARTIN\nExcusés : Paul LEROY, Anne PETIT (pouvoir à Jean DUPONT)';
    expect(both(text).drafted.attendees.map((a) => a.status)).toEqual(['present', 'present', 'excused', 'represented']);
    const holding: TemplateProfile = { ...GENERIC, excusedHoldsProxy: true };
    expect(both(text, holding).drafted.attendees.map((a) => a.status)).toEqual(['present', 'present', 'represented', 'represented']);
  });

  it('reads initials, civilities, plural civilities and surnames alone', () => {
    const initials = both('Présents : P. ROC — Y. LE BRAS - L. CAMUS -— À.M. ABADIE\nExcusés Représentés : P. LOUIS représenté par Y. LE BRAS -— S.L. DIOP représentée par P. ROC');
    expect(initials.drafted.attendees.map((a) => `${a.person.firstName}|${a.person.lastName}|${a.status}|${a.proxyTo?.text ?? ''}`)).toEqual([
      'P.|ROC|present|',
      'Y.|LE BRAS|present|',
      'L.|CAMUS|present|',
      'À.M.|ABADIE|present|',
      'P.|LOUIS|represented|Y. LE BRAS',
      'S.L.|DIOP|represented|P. ROC',
    ]);
    const surnames = both('Présents : Mesdames et Messieurs JUBIN, MARTEL, THOMAS et VALLET.\nAbsents excusés : Monsieur Hervé FLEURY a donné pouvoir à Monsieur David PORTAL');
    expect(names(surnames.drafted)).toEqual(['JUBIN', 'MARTEL', 'THOMAS', 'VALLET', 'Monsieur Hervé FLEURY']);
    expect(surnames.drafted.attendees[4]).toMatchObject({ status: 'represented', proxyTo: { civility: 'M.', firstName: 'David', lastName: 'PORTAL' } });
    const nominal = both('Sont présents : Mme BERTHE, M. STERNE, Mmes Séverine GAUTIER ; MM Bruno MARDI et Alexandre ALBE.\nAbsents : MM. MMES TAGUE Philippe, GAY Delphine, , BRUN Claude');
    expect(names(nominal.drafted)).toEqual(['Mme BERTHE', 'M. STERNE', 'Séverine GAUTIER', 'Bruno MARDI', 'Alexandre ALBE', 'TAGUE Philippe', 'GAY Delphine', 'BRUN Claude']);
  });

  it('splits names written without separators by their shape', () => {
    const given = both('Absents ayant donné procuration : Isabelle DURAND procuration à Jean MARTIN Paul LEROY procuration à Anne PETIT\nAbsents : Laure CAZE (DEL2023_043 à DEL2023_045) Eric VIAL');
    expect(given.drafted.attendees.map((a) => `${a.person.text}→${a.proxyTo?.text ?? ''}{${a.qualifier?.value ?? ''}}`)).toEqual([
      'Isabelle DURAND→Jean MARTIN{}',
      'Paul LEROY→Anne PETIT{}',
      'Laure CAZE→{DEL2023_043 à DEL2023_045}',
      'Eric VIAL→{}',
    ]);
    const surname = both('Absents : PINSON Fabien CHAUVIN Jean-Paul Le quorum étant atteint, la séance est ouverte.');
    expect(names(surname.drafted)).toEqual(['PINSON Fabien', 'CHAUVIN Jean-Paul']);
    const civilities = both('MEMBRES REPRÉSENTÉS : Mme BOUVIER Rabia par Mme PREVOST Vanina M. LE GALL Cédric par M. DO ROSARIO Philippe');
    expect(civilities.drafted.attendees.map((a) => `${a.person.text}→${a.proxyTo?.text}`)).toEqual(['Mme BOUVIER Rabia→Mme PREVOST Vanina', 'M. LE GALL Cédric→M. DO ROSARIO Philippe']);
  });

  it('reads `Pouvoirs : X à Y` and joins it to the member named among the excused', () => {
    const { drafted } = both(
      'Présents : Serge LEBON, Eric DODIN\nExcusés : Raymond DOUAY, Jean-Marc MASSON,\nPouvoirs : Jean-Marc MASSON ..................... à Serge LEBON\nRaymond DOUAY ........ à Eric DODIN',
    );
    expect(drafted.attendees.map((a) => `${a.person.text}|${a.status}|${a.proxyTo?.text ?? ''}|${a.label}`)).toEqual([
      'Serge LEBON|present||Présents',
      'Eric DODIN|present||Présents',
      'Raymond DOUAY|represented|Eric DODIN|Excusés',
      'Jean-Marc MASSON|represented|Serge LEBON|Excusés',
    ]);
  });

  it('joins a proxy named on the holder’s side to the member’s own mention', () => {
    const { drafted } = both('Présents : M. DUFOUR Thierry, MME BOUSQUET Audrey (Procuration de MME BONNET Céline)\nExcusés : MME BONNET Céline, M. GOZE Emile.');
    expect(drafted.attendees.map((a) => `${a.person.text}|${a.status}|${a.proxyTo?.text ?? ''}`)).toEqual([
      'M. DUFOUR Thierry|present|',
      'MME BOUSQUET Audrey|present|',
      'MME BONNET Céline|represented|MME BOUSQUET Audrey',
      'M. GOZE Emile|excused|',
    ]);
    // Named nowhere else, the member stands on the holder's word.
    const alone = both('Présents : Jean DUPONT (procuration de Marie MARTIN), Paul LEROY');
    expect(alone.drafted.attendees.map((a) => `${a.person.text}|${a.status}|${a.proxyTo?.text ?? ''}|${a.label ?? ''}`)).toEqual([
      'Jean DUPONT|present||Présents',
      'Paul LEROY|present||Présents',
      'Marie MARTIN|represented|Jean DUPONT|',
    ]);
  });

  it('reads suppléants: present for a titulaire, who is then not absent', () => {
    const { drafted } = both(
      [
        'Présents titulaires/suppléants : Lionel CAZES, Patricia DELMAS (suppléante de Jean-Marc DUPUY), Joëlle ABBAL et Didier FAVRE.',
        'Absents excusés : Monsieur Christian BORDES, représenté par sa suppléante Madame Catherine DROUET, Jean-Marc BEGOU',
      ].join('\n'),
    );
    const delmas = drafted.attendees.find((a) => a.person.lastName === 'DELMAS')!;
    expect(delmas).toMatchObject({ status: 'present', substituteFor: { firstName: 'Jean-Marc', lastName: 'DUPUY' } });
    expect(drafted.attendees.some((a) => a.person.lastName === 'DUPUY')).toBe(false);
    const bordes = drafted.attendees.find((a) => a.person.lastName === 'BORDES')!;
    expect(bordes).toMatchObject({ status: 'excused', replacedBy: { lastName: 'DROUET' } });
    expect(bordes.proxyTo).toBeUndefined();
    expect(names(drafted, 'excused')).toEqual(['Monsieur Christian BORDES', 'Jean-Marc BEGOU']);
  });

  it('reads members listed by member commune', () => {
    const inList = both('Présents : SAINT-CYPRIEN : Mme Anne ROCA, M. Paul SALA ; LATOUR : M. Jean OLIVE\nExcusés : M. Louis PONS');
    expect(names(inList.drafted)).toEqual(['Mme Anne ROCA', 'M. Paul SALA', 'M. Jean OLIVE', 'M. Louis PONS']);
    const noHeader = both(
      'sous la présidence de Madame Véra BESSON – Présidente. LES HAUTS : Véra BESSON – Roger BRIAN - Rita BOSSU MOULINS : Hervé ROBIN – Nicole LOISEL SAINT PAUL EN PAREDS : Ismaël NADAL Nombre de conseillers en exercice 9 Nombre de conseillers présents : 6',
    );
    expect(names(noHeader.drafted, 'present')).toEqual(['Véra BESSON', 'Roger BRIAN', 'Rita BOSSU', 'Hervé ROBIN', 'Nicole LOISEL', 'Ismaël NADAL']);
    expect(noHeader.drafted.attendees[0].label).toBeUndefined();
  });

  it('reads time qualifiers inside and outside parentheses', () => {
    const { drafted } = both(
      [
        'Présents : Virginie GRANGE (jusqu’à la DB-2023-018), Najat MABROUK à partir de 19h24, Elodie DA COSTA jusque 00h00,',
        'Samuel PAULET (arrivé à 19h07), Reyda SAHLI (à compter de la délibération n°3), Paul VIGNE (n°1 à n°25)',
      ].join('\n'),
    );
    expect(drafted.attendees.map((a) => `${a.person.text}{${a.qualifier?.value ?? ''}}`)).toEqual([
      'Virginie GRANGE{jusqu’à la DB-2023-018}',
      'Najat MABROUK{à partir de 19h24}',
      'Elodie DA COSTA{jusque 00h00}',
      'Samuel PAULET{arrivé à 19h07}',
      'Reyda SAHLI{à compter de la délibération n°3}',
      'Paul VIGNE{n°1 à n°25}',
    ]);
  });

  it('does not read roles and formulas as members', () => {
    const { drafted } = both(
      [
        'PRÉSENTS : Thomas CHARLES, Maire Colette KOENIG, Fouad SAMI1, Joël GUERIN, Adjoints.',
        'Elisabeth LEGROS, Bouchra KHALIL, Conseillers municipaux.',
        'MEMBRES PRÉSENTS : O Mme PORTE Florence, Maire ; Mme FAURE Carole, Adjoints au Maire ; O M.SANTINI Elie, formant la majorité des membres en exercice.',
      ].join('\n'),
    );
    expect(names(drafted)).toEqual([
      'Thomas CHARLES',
      'Colette KOENIG',
      'Fouad SAMI',
      'Joël GUERIN',
      'Elisabeth LEGROS',
      'Bouchra KHALIL',
      'Mme PORTE Florence',
      'Mme FAURE Carole',
      'M. SANTINI Elie',
    ]);
  });

  it('stops at the sentence that follows a list, and leaves out its subject', () => {
    const { drafted } = both('Absents : M. GERBIER, M. FRICAUD. M. Éric VERNET a été élu secrétaire de séance.');
    expect(names(drafted)).toEqual(['M. GERBIER', 'M. FRICAUD']);
    const two = both('Etaient absents : M. DELOR, Mme QUERNE. Mme Émilie BOUDON et Mme Anne RICHE sont désignées secrétaires.');
    expect(names(two.drafted)).toEqual(['M. DELOR', 'Mme QUERNE']);
    const noun = both('Absent : M. Mohamed ANSAR Engagée depuis quarante ans dans une politique durable, la Ville…');
    expect(names(noun.drafted)).toEqual(['M. Mohamed ANSAR']);
  });

  it('leaves out proxies a flattened table has put in a column of their own', () => {
    const { drafted } = both(
      'Absents ayant donné procuration : Isabelle DUPRÉ Marc GATIEN procuration à procuration à MARTIN Sabine JACOB Annie Absents : Laure CURIE',
    );
    expect(drafted.attendees.map((a) => `${a.person.text}|${a.status}|${a.proxyTo?.text ?? ''}`)).toEqual([
      'Isabelle DUPRÉ|represented|',
      'Marc GATIEN|represented|',
      'Laure CURIE|absent|',
    ]);
    // The list is said to be read in part: its count is not to be compared with it.
    expect(drafted.partial?.map((p) => p.value)).toEqual(['Absents ayant donné procuration']);
    const holders = both('REPRÉSENTÉS : Marième GADIN Samia LEMOR ABSENTS : par Bachir CHEKRI par Norman CHARLOT. Sylvain ALLIOT. Les membres présents peuvent délibérer.');
    expect(holders.drafted.attendees.map((a) => `${a.person.text}|${a.status}|${a.proxyTo?.text ?? ''}`)).toEqual([
      'Marième GADIN|represented|',
      'Samia LEMOR|represented|',
      'Sylvain ALLIOT|absent|',
    ]);
  });

  it('reads a list across the ACTES stamp and across a page’s running head', () => {
    const lines = ['Présents : Jean DUPONT, Marie', 'Envoyé en préfecture le 03/02/2023 Reçu en préfecture le 03/02/2023 ID : 065-216502260-20230123-2023003-DE', 'MARTIN, Paul LEROY'];
    const stamp: Span = [lines[0].length + 1, lines[0].length + 1 + lines[1].length];
    const masked = read(lines, GENERIC, [stamp]);
    expect(names(masked)).toEqual(['Jean DUPONT', 'Marie MARTIN', 'Paul LEROY']);
    const head = both('Présents : M. Jean DUPONT, Mme Rosa 2 Ville de Saint-Exemple Procès-verbal de la séance du vendredi 3 février 2023 MARCO, M. Paul LEROY');
    expect(names(head.drafted)).toEqual(['M. Jean DUPONT', 'Mme Rosa MARCO', 'M. Paul LEROY']);
  });

  it('reads a draft’s bulleted and numbered lines, and headers with the members’ noun', () => {
    const { drafted } = both(
      [
        'Étaient présents les conseillers municipaux suivants :',
        '- M. Jean DUPONT',
        '- Mme Marie MARTIN',
        'Absents excusés :',
        '1. M. Paul LEROY, ayant donné pouvoir écrit de voter en son nom à M. Jean DUPONT',
        '2) Mme Anne PETIT',
        'Excusés et absents : M. Louis BLANC',
      ].join('\n'),
    );
    expect(drafted.attendees.map((a) => `${a.person.text}|${a.status}|${a.proxyTo?.text ?? ''}`)).toEqual([
      'M. Jean DUPONT|present|',
      'Mme Marie MARTIN|present|',
      'M. Paul LEROY|represented|M. Jean DUPONT',
      'Mme Anne PETIT|excused|',
      'M. Louis BLANC|absent|',
    ]);
  });

  it('says which list was cut by what it could not read', () => {
    const { lines, drafted } = both('Présents : Mme Anne ROUX, M. Luc BRUN, ### %%, M. Paul VIDAL, Mme Léa COSTE, M. Noé PIC\nAbsents : M. Jean GRAS');
    expect(names(drafted)).toEqual(['Mme Anne ROUX', 'M. Luc BRUN', 'M. Jean GRAS']);
    expect(drafted.partial?.map((p) => p.value)).toEqual(['Présents']);
    expect(textAt(lines, drafted.partial![0].range)).toBe('Présents');
    expect(both('Présents : Mme Anne ROUX, M. Luc BRUN. Le Conseil, après en avoir délibéré').drafted.partial).toBeUndefined();
  });

  it('reads a draft’s names without upper-case surnames, one a line or between commas', () => {
    const lines = ['Présents :', 'Jean Dupont', 'Marie Martin', 'Excusés : Paul Leroy (pouvoir à Jean Dupont), Anne Petit'];
    const drafted = read(lines);
    expect(drafted.attendees.map((a) => `${a.person.firstName}|${a.person.lastName}|${a.status}|${a.proxyTo?.text ?? ''}`)).toEqual([
      'Jean|Dupont|present|',
      'Marie|Martin|present|',
      'Paul|Leroy|represented|Jean Dupont',
      'Anne|Petit|excused|',
    ]);
    // Flattened, the two names of a line each are one run of words: with separators only they read.
    const flat = read(['Présents : Jean Dupont, Marie Martin. Excusés : Paul Leroy (pouvoir à Jean Dupont), Anne Petit']);
    expect(shape(flat)).toEqual(shape(drafted));
  });

  it('reads only the first attendance block', () => {
    const { drafted } = both(
      [
        'Présents : M. BOUCHER, Mme BELLAMY',
        'Absents : M. GERBIER.',
        'Il a été procédé à la nomination d’un secrétaire.',
        'Approbation du procès-verbal du 24 novembre 2022 : le procès-verbal a été validé à l’unanimité. '.repeat(12),
        'Compte rendu de la commission Aménagement du 23 novembre 2022',
        'Présents : M. Christian BOUCHER, Mme Anne PERRIN Excusés : M. John GERBIER',
      ].join('\n'),
    );
    expect(names(drafted)).toEqual(['M. BOUCHER', 'Mme BELLAMY', 'M. GERBIER']);
  });

  it('reads headers without colon only when a civility follows, and prose words never', () => {
    expect(names(both('Etaient représentés M. Ramzi ZINEDDINE Mme Malika HADJI Etaient absents Sarah IBANEZ.').drafted)).toEqual([
      'M. Ramzi ZINEDDINE',
      'Mme Malika HADJI',
    ]);
    expect(both('à l’unanimité des présents et représentés : Jean DUPONT est désigné').drafted.attendees).toEqual([]);
    expect(both('Monsieur pouvoir pouvoir : M. Jean DUPONT à M. Paul LEROY').drafted.attendees).toEqual([]);
  });
});

describe('any input', () => {
  it('never throws and reads nothing from garbage', () => {
    const inputs = [
      '',
      ' ',
      '(((((',
      ')))) : : : ',
      'Présents :',
      'Présents : (',
      'Présents : M.',
      'Pouvoirs : à à à par par',
      'Présents : 999999 Absents : -1',
      '0'.repeat(5000),
      'Présents Absents Excusés Votants '.repeat(200),
      'Présents : ' + 'M. A (pouvoir à '.repeat(300),
      '\u0000\u0001\uffff Présents : \ud800 Jean',
      'de la délibération 1 à 3 : 34 présents '.repeat(300),
    ];
    for (const text of inputs) {
      expect(() => read([text])).not.toThrow();
      expect(() => read(text.split(' '))).not.toThrow();
    }
    expect(read(['(((((']).attendees).toEqual([]);
    expect(read(['Pouvoirs : à à à par par']).attendees).toEqual([]);
  });

  it('reads a long list of members only up to what an assembly can hold', () => {
    const text = ('Présents : ' + 'M. Jean DUPONT, '.repeat(50)).repeat(200);
    const a = read([text]);
    expect(a.attendees.length).toBeGreaterThan(0);
    expect(a.attendees.length).toBeLessThan(2000);
  });
});
