import { describe, expect, it } from 'vitest';
import { buildDossier } from '../../engine/model/dossier';
import { resolveOptions } from '../../engine/options';
import { visaAvis } from '../../engine/rules/visa-avis';
import { corpusText } from '../helpers';
import { check, edit, onCorpus } from './support';

function without(text: string, from: number, to: number): string {
  const lines = text.split('\n');
  lines.splice(from - 1, to - from + 1);
  return lines.join('\n');
}

describe('visa-avis', () => {
  it('finds, on the real corpus, the two avis visas dated 2021 instead of 2022', () => {
    // 2022-81: visa L878–879 `… rendu lors de sa réunion en date du 07/03/2021 ;`, report L1249–1250
    // `… lors de sa réunion du 07/03/2022.` — a genuine inconsistency (the CP met on 21/03/2022).
    // 2022-82: visa L1307–1308 says 07/03/2021 too; both copies of its report say 07/03/2022 (L1434, L1529).
    // Every other pair agrees, names compared without case or accents (001 L54 `Éducation, culture,
    // sport et citoyenneté` ↔ 001 L458; 004 L52–57 ↔ L319–326; the 2022-94 informations L8139–8142 ↔ L8384–8388).
    expect(onCorpus(visaAvis)).toEqual([
      '003:L879 Avis de la 3ème commission daté du 07/03/2021 dans le visa, mais du 07/03/2022 dans le RAPPORT N°23 ; 379 jours avant la réunion.',
      '003:L1308 Avis de la 3ème commission daté du 07/03/2021 dans le visa, mais du 07/03/2022 dans le RAPPORT N°24 ; 379 jours avant la réunion.',
    ]);
  });

  it('gives both sides of a date mismatch: the visa’s date to fix, or the report’s', () => {
    const d = check(visaAvis, corpusText('003')).find((x) => x.range.start.line === 878)!;
    const at = corpusText('003').split('\n')[878].indexOf('07/03/2021');
    expect(d.range).toEqual({ start: { line: 878, character: at }, end: { line: 878, character: at + 10 } });
    expect(d.severity).toBe(2);
    expect(d.data).toMatchObject({ expected: '07/03/2022', actual: '07/03/2021', otherSide: { expected: '07/03/2021' } });
    expect((d.data?.otherSide as { range: { start: { line: number } } }).range.start.line).toBe(1249);
    expect(d.relatedInformation?.[0].location.range.start.line).toBe(1248);
    // Either side may be wrong: two fixes, neither preferred.
    expect(d.data?.fixes).toEqual([
      { title: 'Dater le visa du 07/03/2022', range: d.range, text: '07/03/2022' },
      { title: 'Dater l’avis du rapport du 07/03/2021', range: (d.data?.otherSide as { range: unknown }).range, text: '07/03/2021' },
    ]);
  });

  it('reports a visa date mistyped by a day (000 L49 ↔ L212)', () => {
    const [d, ...rest] = check(visaAvis, edit(corpusText('000'), 49, '05/09/2022', '06/09/2022'), { locale: 'en' });
    expect(rest).toEqual([]);
    expect(d.message).toBe('Opinion of the 3rd commission dated 06/09/2022 in the visa, but 05/09/2022 in RAPPORT N°53.');
    expect(d.range.start.line).toBe(48);
    expect(d.data).toMatchObject({ expected: '05/09/2022', actual: '06/09/2022' });
  });

  it('reports an opinion without visa on the report’s sentence, with the visa to insert', () => {
    // 000 L48–49 deleted: the report's sentence L211–212 (now L209) has no visa.
    const [d, ...rest] = check(visaAvis, without(corpusText('000'), 48, 49));
    expect(rest).toEqual([]);
    expect(d.message).toBe(
      'Le RAPPORT N°53 mentionne l’avis de la 3ème commission du 05/09/2022, mais aucun visa « Vu l’avis de la 3ème commission … » ne le cite.',
    );
    expect(d.range.start.line).toBe(208);
    expect(d.data).toMatchObject({
      missing: 'visa',
      expected: 'Vu l’avis de la 3ème commission « Education, Culture, Sport et Citoyenneté » rendu lors de sa réunion en date du 05/09/2022 ;',
      insertAfterLine: 46,
    });
  });

  it('reports a visa whose opinion the report does not state', () => {
    const [d, ...rest] = check(visaAvis, without(corpusText('000'), 211, 212));
    expect(rest).toEqual([]);
    expect(d.message).toBe('Visa de l’avis de la 3ème commission du 05/09/2022, mais le RAPPORT N°53 ne mentionne pas cet avis.');
    expect(d.range.start.line).toBe(47);
    expect(d.data).toMatchObject({ missing: 'opinion' });
  });

  it('reports another commission’s name or ordinal', () => {
    const name = check(visaAvis, edit(corpusText('000'), 48, 'Education, Culture, Sport et Citoyenneté', 'Solidarités Humaines'));
    expect(name.map((d) => d.message)).toEqual([
      'La 3ème commission s’appelle « Solidarités Humaines » dans le visa, mais « Education, Culture, Sport et Citoyenneté » dans le RAPPORT N°53.',
    ]);
    const ordinal = check(visaAvis, edit(corpusText('000'), 48, '3ème', '2ème'));
    expect(ordinal.map((d) => d.message)).toEqual([
      'Le visa cite la 2ème commission, le RAPPORT N°53 la 3ème (« Education, Culture, Sport et Citoyenneté », 05/09/2022).',
    ]);
    expect(ordinal[0].data).toMatchObject({ expected: '3ème', actual: '2ème' });
  });

  it('reports a commission date after the meeting or too long before it, when both sides agree', () => {
    let text = edit(corpusText('000'), 49, '05/09/2022', '28/09/2022');
    text = edit(text, 212, '05/09/2022', '28/09/2022');
    expect(check(visaAvis, text).map((d) => [d.range.start.line, d.message])).toEqual([
      [48, 'La 3ème commission se serait réunie le 28/09/2022, 1 jour(s) après la réunion du 27 SEPTEMBRE 2022 : un avis précède la délibération.'],
    ]);
    text = edit(corpusText('000'), 49, '05/09/2022', '05/06/2022');
    text = edit(text, 212, '05/09/2022', '05/06/2022');
    expect(check(visaAvis, text)[0].data).toMatchObject({ daysBeforeMeeting: 114 });
  });

  it('pairs « Après en avoir informé » with « présenté pour information » (2022-94)', () => {
    // 003 L8141–8142 (4ème commission informed) deleted: the report's L8387–8388 (now L8385) is unmatched.
    const found = check(visaAvis, without(corpusText('003'), 8141, 8142));
    expect(found.map((d) => [d.range.start.line + 1, d.data?.expected])).toContainEqual([
      8385,
      'Après en avoir informé la 4ème commission « Equipement et développement des territoires » lors de sa réunion en date du 07/03/2022 ;',
    ]);
  });

  it('never throws on half-written or odd text', () => {
    for (const text of ['', 'Vu l’avis de la 3ème commission', 'Vu l’avis de la 99ème commission « » du 31/02/2022 ;\nRAPPORT N°1\nLa 2ème Commission a émis un avis', corpusText('000').slice(0, 3000)]) {
      const dossier = buildDossier(text.split('\n'), 0);
      expect(() => visaAvis.scope === 'dossier' && visaAvis.check({ dossier, options: resolveOptions(), report: () => {} })).not.toThrow();
    }
  });
});
