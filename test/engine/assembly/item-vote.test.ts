import { describe, expect, it } from 'vitest';
import { parseItemVote, wordsValue } from '../../../engine/model/assembly/item-vote';
import { sourceOfLines, type Source } from '../../../engine/model/assembly/source';
import type { ItemVote, Range } from '../../../engine/model/types';
import type { TemplateProfile, Vocabulary } from '../../../engine/templates/types';
import { VOTES } from '../../../engine/templates/vocabulary/votes';

/** The vote readers read only `vocabulary.votes`; the other parts are left out so these tests stand alone. */
function profile(layout: TemplateProfile['layout']): TemplateProfile {
  return {
    id: 'generic',
    name: { fr: 'test', en: 'test' },
    detect: () => 1,
    excusedHoldsProxy: false,
    layout,
    vocabulary: { votes: VOTES } as unknown as Vocabulary,
  };
}

/** The same document line-structured (as typed) and flattened to one line (as the open data gives it). */
function forms(lines: string[], layout: TemplateProfile['layout'] = 'many-items'): { name: string; lines: string[]; source: Source }[] {
  return [
    { name: 'lines', lines, source: sourceOfLines(lines, profile(layout)) },
    { name: 'flat', lines: [lines.join(' ')], source: sourceOfLines([lines.join(' ')], profile(layout)) },
  ];
}

function textAt(lines: string[], r: Range): string {
  if (r.start.line === r.end.line) return lines[r.start.line].slice(r.start.character, r.end.character);
  const parts = [lines[r.start.line].slice(r.start.character)];
  for (let l = r.start.line + 1; l < r.end.line; l++) parts.push(lines[l]);
  parts.push(lines[r.end.line].slice(0, r.end.character));
  return parts.join(' ');
}

function voteOf(source: Source): ItemVote | undefined {
  return parseItemVote(source, 0, source.joined.text.length);
}

/** The figures as plain numbers. */
function figures(vote: ItemVote | undefined): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(vote?.figures ?? {})) if (v) out[k] = v.value;
  return out;
}

function names(vote: ItemVote | undefined): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(vote?.names ?? {})) if (v) out[k] = v.map((p) => p.lastName);
  return out;
}

describe('parseItemVote — formulas', () => {
  const cases: [string, string][] = [
    ['Le Conseil municipal, après en avoir délibéré, à l’unanimité, APPROUVE la convention.', 'unanimite'],
    ['Le conseil, à l’unanimité des membres présents et représentés, DÉCIDE de signer.', 'unanimite-presents'],
    ['EN CONSEQUENCE LE BUREAU, APRES EN AVOIR VALABLEMENT DELIBERE, A L’UNANIMITE DES PRESENTS, DECIDE', 'unanimite-presents'],
    ['à l’unanimité des suffrages exprimés, FIXE les taux.', 'unanimite-exprimes'],
    ['Après en avoir délibéré, et à l’unanimité des membres votants, le bureau approuve', 'unanimite-exprimes'],
    ['Le Conseil municipal, à la majorité, ADOPTE le budget.', 'majorite'],
    ['Le Conseil Municipal vote : Pour Contre Abstention UNANIMITE', 'unanimite'],
  ];
  for (const [sentence, formula] of cases) {
    it(`reads « ${sentence.slice(0, 40)}… » as ${formula}`, () => {
      const lines = ['Après exposé du rapporteur,', sentence];
      for (const f of forms(lines)) {
        const vote = voteOf(f.source);
        expect(vote?.formula?.value, f.name).toBe(formula);
        expect(textAt(f.lines, vote!.formula!.range), f.name).toMatch(/unanimit|majorit|UNANIMIT/i);
      }
    });
  }

  it('states no vote where the text states a rule: « peut décider à l’unanimité de ne pas procéder au scrutin secret »', () => {
    const lines = [
      'Conformément à l’article L2121-21, le Conseil métropolitain',
      'peut décider à l’unanimité de ne pas procéder au scrutin secret aux désignations.',
      'Il convient de désigner, au scrutin secret à la majorité absolue, de nouveaux représentants.',
    ];
    for (const f of forms(lines)) expect(voteOf(f.source), f.name).toBeUndefined();
  });

  it('states no vote for another body’s opinion: `à l’issue de cette réunion et à l’unanimité, les élus soutiennent`', () => {
    const lines = ['J’ai réuni les maires du territoire. A l’issue de cette réunion et à l’unanimité,', 'les élus soutiennent la création d’un nouveau plateau.'];
    for (const f of forms(lines)) expect(voteOf(f.source), f.name).toBeUndefined();
  });
});

describe('parseItemVote — figures', () => {
  it('reads `par 20 voix pour` with the range on the figure', () => {
    for (const f of forms(['Le conseil adopte la motion', 'par 20 voix pour.'])) {
      const vote = voteOf(f.source);
      expect(figures(vote), f.name).toEqual({ pour: 20 });
      expect(textAt(f.lines, vote!.figures.pour!.range), f.name).toBe('20');
    }
  });

  it('reads `à la majorité avec 38 voix pour et une abstention (M. X)` with the abstainer named', () => {
    const lines = ['Le Conseil, à la majorité avec 38 voix pour', 'et une abstention (M. Pierre MARTIN), APPROUVE le plan.'];
    for (const f of forms(lines)) {
      const vote = voteOf(f.source);
      expect(vote?.formula?.value, f.name).toBe('majorite');
      expect(figures(vote), f.name).toEqual({ pour: 38, abstention: 1 });
      expect(textAt(f.lines, vote!.figures.abstention!.range), f.name).toBe('une');
      expect(names(vote), f.name).toEqual({ abstention: ['MARTIN'] });
      expect(vote!.names.abstention![0].civility, f.name).toBe('M.');
      expect(textAt(f.lines, vote!.names.abstention![0].range), f.name).toBe('M. Pierre MARTIN');
    }
  });

  it('reads `adoptée par 46 voix pour, 1 abstention et 5 ne prenant pas part au vote`', () => {
    for (const f of forms(['La délibération est', 'adoptée par 46 voix pour, 1 abstention et 5 ne prenant pas part au vote.'])) {
      const vote = voteOf(f.source);
      expect(figures(vote), f.name).toEqual({ pour: 46, abstention: 1, nppv: 5 });
      expect(vote?.outcome?.value, f.name).toBe('adopte');
      expect(textAt(f.lines, vote!.outcome!.range), f.name).toBe('adoptée');
    }
  });

  it('reads the parenthesised count `(vote pour : 29 - contre : 0 - abstention : 0 - ne prend pas part au vote : 0)`', () => {
    const lines = ['APPROUVE le règlement', '(vote pour : 29 - contre : 0 - abstention : 0 -', 'ne prend pas part au vote : 0)'];
    for (const f of forms(lines)) {
      const vote = voteOf(f.source);
      expect(figures(vote), f.name).toEqual({ pour: 29, contre: 0, abstention: 0, nppv: 0 });
      expect(textAt(f.lines, vote!.figures.nppv!.range), f.name).toBe('0');
      expect(textAt(f.lines, vote!.range), f.name).toMatch(/^vote pour : 29 .* vote : 0$/);
    }
  });

  it('reads a box of labels then figures: `Votes pour / contre / Abstentions / NPPV` `29 / 0 / 2 / 1`', () => {
    for (const f of forms(['Votes pour / contre / Abstentions / NPPV', '29 / 0 / 2 / 1'])) {
      const vote = voteOf(f.source);
      expect(figures(vote), f.name).toEqual({ pour: 29, contre: 0, abstention: 2, nppv: 1 });
      expect(textAt(f.lines, vote!.figures.abstention!.range), f.name).toBe('2');
    }
  });

  it('leaves a box out when its figures do not match its labels (`Pour Contre Abstention 24 Mme …`)', () => {
    for (const f of forms(['Le Conseil Municipal vote : Pour Contre Abstention 24 Mme SALOMON – M. VERNAY', 'Le procès-verbal est adopté à LA MAJORITE.'])) {
      const vote = voteOf(f.source);
      expect(figures(vote), f.name).toEqual({});
      expect(vote?.formula?.value, f.name).toBe('majorite');
      expect(vote?.outcome?.value, f.name).toBe('adopte');
    }
  });

  it('reads figures before their labels only beside one another: `VOTE : 13 POUR 0 CONTRE – 0 ABSTENTION`', () => {
    for (const f of forms(['Madame le Maire demande de délibérer.', 'VOTE : 13 POUR 0 CONTRE – 0 ABSTENTION'])) {
      expect(figures(voteOf(f.source)), f.name).toEqual({ pour: 13, contre: 0, abstention: 0 });
    }
    for (const f of forms(['Pour 2023, il est prévu 5 pour cent de hausse, 2 pour la commune.'])) {
      expect(voteOf(f.source), f.name).toBeUndefined();
    }
  });

  it('reads `- pour : 62 - contre : 1`, `abstentions : O` (OCR O for 0) and `suffrages exprimés : 63`', () => {
    const lines = ['- votants : 63', '- suffrages exprimés : 63', '- abstentions : O', '- pour : 62', '- contre : 1'];
    for (const f of forms(lines)) {
      const vote = voteOf(f.source);
      expect(figures(vote), f.name).toEqual({ votants: 63, exprimes: 63, abstention: 0, pour: 62, contre: 1 });
      expect(textAt(f.lines, vote!.figures.abstention!.range), f.name).toBe('O');
    }
  });

  it('reads `Approbation : 25 Opposition : 3` as pour and contre', () => {
    for (const f of forms(['Approbation : 25', 'Opposition : 3'])) expect(figures(voteOf(f.source)), f.name).toEqual({ pour: 25, contre: 3 });
  });

  it('reads numbers in words', () => {
    expect(wordsValue('trente et un', VOTES.numberWords)).toBe(31);
    expect(wordsValue('quatre-vingt-dix-neuf', VOTES.numberWords)).toBe(99);
    expect(wordsValue('soixante-dix', VOTES.numberWords)).toBe(70);
    expect(wordsValue('une', VOTES.numberWords)).toBe(1);
    for (const f of forms(['à la majorité, vingt-trois voix pour,', 'deux voix contre et trois abstentions'])) {
      expect(figures(voteOf(f.source)), f.name).toEqual({ pour: 23, contre: 2, abstention: 3 });
    }
  });

  it('takes `Nombre de votants 7 FEVRIER 2020` for a date, not a count', () => {
    for (const f of forms(['Nombre de votants 7 FEVRIER 2020 40 26 3 29'])) expect(voteOf(f.source), f.name).toBeUndefined();
  });
});

describe('parseItemVote — one vote, all of it', () => {
  it('joins `Votants : 43` written in the item to its formula, not a meeting-wide figure of another kind', () => {
    const lines = ['Présents : 40 - Votants : 43', 'Le rapporteur expose le projet de convention avec le département,', 'après en avoir délibéré, le conseil, adopté à l’unanimité.'];
    for (const f of forms(lines)) {
      const vote = voteOf(f.source);
      expect(figures(vote), f.name).toEqual({ votants: 43 });
      expect(vote?.formula?.value, f.name).toBe('unanimite');
      expect(textAt(f.lines, vote!.figures.votants!.range), f.name).toBe('43');
    }
  });

  it('keeps a figure far before the vote out of it in a procès-verbal, and joins it in an extrait’s header', () => {
    const lines = [
      'Pour : 12',
      'Le rapporteur rappelle le contexte de la demande présentée par l’association sportive,',
      'le conseil municipal après en avoir délibéré adopte la subvention à l’unanimité.',
    ];
    for (const f of forms(lines, 'many-items')) expect(figures(voteOf(f.source)), f.name).toEqual({});
    for (const f of forms(lines, 'one-act')) expect(figures(voteOf(f.source)), f.name).toEqual({ pour: 12 });
  });

  it('of two votes in one item reads the fuller one, never a mix (`à l’unanimité … à la majorité 38 votes pour 11 votes contre`)', () => {
    const lines = [
      'n°2023-003 Budget primitif 2023 à l’unanimité DECIDE de procéder par un vote unique, à titre d’adoption par chapitre le budget primitif de l’exercice 2023 de la Commune.',
      'à la majorité 38 votes pour, dont 3 procurations (M. LUCAS, M. BRUN, Mme VIDAL) 11 votes contre',
      'ADOPTE le Budget Primitif.',
    ];
    for (const f of forms(lines)) {
      const vote = voteOf(f.source);
      expect(vote?.formula?.value, f.name).toBe('majorite');
      expect(figures(vote), f.name).toEqual({ pour: 38, contre: 11 });
      // The proxies among the `pour` are not the `pour`: no names for that side.
      expect(names(vote), f.name).toEqual({});
    }
  });

  it('reads the names of a side after `dont N procuration (…)` when the list goes on', () => {
    const lines = [
      'à l’unanimité des suffrages exprimés 38 votes pour, dont 3 procurations (M. LUCAS, M. BRUN, Mme VIDAL)',
      '3 abstentions, dont 1 procuration (M. ROUX), Mme CAPRON, M. ROUX, M. FAURE',
      'DECIDE de désigner M. Jean-Claude FORT.',
    ];
    for (const f of forms(lines)) {
      const vote = voteOf(f.source);
      expect(figures(vote), f.name).toEqual({ pour: 38, abstention: 3 });
      // M. ROUX, proxy and named again, is one abstainer.
      expect(names(vote), f.name).toEqual({ abstention: ['ROUX', 'CAPRON', 'FAURE'] });
    }
  });

  it('reads the sides named without figures: `Pour : M. A, M. B Contre : Mme C Abstentions : M. D`', () => {
    const lines = ['Pour : M. Paul DUPONT, Mme Anne LEROY', 'Contre : Mme Claire PETIT', 'Abstentions : M. Marc SIMON', 'ADOPTE la motion.'];
    for (const f of forms(lines)) {
      const vote = voteOf(f.source);
      expect(names(vote), f.name).toEqual({ pour: ['DUPONT', 'LEROY'], contre: ['PETIT'], abstention: ['SIMON'] });
      expect(textAt(f.lines, vote!.names.contre![0].range), f.name).toBe('Mme Claire PETIT');
    }
  });

  it('leaves out a name list the document cuts (the text ends mid-list)', () => {
    for (const f of forms(['Par 39 voix pour : M. Benoit GUNOT, M. Yacine VIRALDE, Mme Sylvie'])) {
      const vote = voteOf(f.source);
      expect(figures(vote), f.name).toEqual({ pour: 39 });
      expect(names(vote), f.name).toEqual({});
    }
  });

  it('leaves out a list whose parenthesis never closes', () => {
    for (const f of forms(['11 votes contre, dont 1 procuration (M. ROUX Mme CAPRON, M. FAURE ADOPTE le budget.'])) {
      expect(names(voteOf(f.source)), f.name).toEqual({});
    }
  });

  it('reads outcomes: `ADOPTÉ À L’UNANIMITÉ`, `REJETÉE`, `Adoptée :`, `— approuvée`', () => {
    for (const f of forms(['D’AUTORISER M. le Maire à signer la convention.', 'ADOPTÉ À L’UNANIMITÉ'])) {
      const vote = voteOf(f.source);
      expect(vote?.outcome?.value, f.name).toBe('adopte');
      expect(vote?.formula?.value, f.name).toBe('unanimite');
    }
    for (const f of forms(['La motion est rejetée par 12 voix contre et 10 voix pour.'])) {
      const vote = voteOf(f.source);
      expect(vote?.outcome?.value, f.name).toBe('rejete');
      expect(figures(vote), f.name).toEqual({ contre: 12, pour: 10 });
    }
    for (const f of forms(['Adoptée : Vote pour : 32 – Contre : 0 – Abstention : 0'])) {
      expect(voteOf(f.source)?.outcome?.value, f.name).toBe('adopte');
    }
    for (const f of forms(['Délibération n° 2022-12-09/02 — Travaux en régie — approuvée'])) {
      expect(voteOf(f.source)?.outcome?.value, f.name).toBe('adopte');
    }
    // `ADOPTE` is the decision verb, `ADOPTEES PAR LE BUREAU` a title.
    for (const f of forms(['ADOPTE le budget primitif.', 'COMPTE RENDU DES DECISIONS ADOPTEES PAR LE BUREAU'])) {
      expect(voteOf(f.source), f.name).toBeUndefined();
    }
  });

  it('marks a secret ballot only within a vote', () => {
    const lines = ['Il est procédé au vote au scrutin secret.', 'M. Paul DURAND est élu par 25 voix pour.'];
    for (const f of forms(lines)) {
      const vote = voteOf(f.source);
      expect(vote?.secret, f.name).toBe(true);
      expect(figures(vote), f.name).toEqual({ pour: 25 });
    }
    for (const f of forms(['La désignation a lieu au scrutin secret.'])) expect(voteOf(f.source), f.name).toBeUndefined();
  });

  it('reads only within the span it is given', () => {
    const text = 'à l’unanimité. Suite. par 20 voix pour.';
    const source = sourceOfLines([text], profile('many-items'));
    expect(parseItemVote(source, 0, 14)?.formula?.value).toBe('unanimite');
    expect(figures(parseItemVote(source, 15, text.length))).toEqual({ pour: 20 });
    expect(parseItemVote(source, 15, text.length)?.formula).toBeUndefined();
  });
});

describe('parseItemVote — garbage', () => {
  it('never throws and finds nothing in noise', () => {
    const noises = [
      '',
      ' '.repeat(10_000),
      '9'.repeat(10_000),
      'Pour : : : Contre ( ( ( M. M. M.',
      '(((( dont 3 procurations ((((',
      'à l’ à la l’unanimit majorité',
      '\u0000\uffff\ud800',
      'Votes pour / contre / Abstentions / NPPV',
    ];
    for (const noise of noises) {
      const source = sourceOfLines([noise], profile('many-items'));
      expect(() => parseItemVote(source, 0, noise.length)).not.toThrow();
      expect(parseItemVote(source, -5, 1e9)).toBeUndefined();
    }
    const source = sourceOfLines(['à l’unanimité'], profile('one-act'));
    expect(parseItemVote(source, 10, 2)).toBeUndefined();
  });
});
