import { describe, expect, it } from 'vitest';
import { signatureRequired } from '../../engine/rules/signature-required';
import { extrait, MAY_2022, presidentRole, type Family } from './inline/extraits';
import { bothForms, type Doc } from './inline/cases';
import { diagnosticsOf, ruleTester } from './rule-tester';

const MADE = 'Fait et délibéré les jour, mois et an susdits.';
const both = (family: Family) => `${MADE}\n${presidentRole(family)}, Bernard DUPONT\nLa secrétaire de séance, Anne LEROUX`;
const presidentOnly = (family: Family) => `${MADE}\n${presidentRole(family)}, Bernard DUPONT`;

const docs: Doc[] = [];
for (const family of ['commune', 'epci', 'syndicat'] as const) {
  docs.push(
    { name: `${family}: signed by the president and the secretary`, code: extrait({ family, signature: both(family) }) },
    {
      name: `${family}: a certified copy signed by the president alone, the secretary named`,
      code: extrait({ family, signature: `Pour extrait conforme,\n${presidentRole(family)}, Bernard DUPONT` }),
    },
    {
      name: `${family}: the secretary named but not signing`,
      code: extrait({ family, signature: presidentOnly(family) }),
      errors: [{ at: 'Fait et délibéré les jour', message: 'ne comporte pas la signature du secrétaire de séance (Mme Anne LEROUX)' }],
    },
    {
      name: `${family}: no secretary named anywhere`,
      code: extrait({ family, secretary: '', signature: `Pour extrait conforme,\n${presidentRole(family)}, Bernard DUPONT` }),
      errors: [{ at: 'Pour extrait conforme', message: 'ne désigne pas de secrétaire de séance' }],
    },
    {
      name: `${family}: only the secretary signs`,
      code: extrait({ family, signature: `${MADE}\nLa secrétaire de séance, Anne LEROUX` }),
      errors: [{ at: 'Fait et délibéré les jour', message: 'ne comporte pas la signature du président de séance' }],
    },
    // Before 1 July 2022 the register alone was signed (by the members present): nothing is required of the act.
    { name: `${family}: a meeting of May 2022, no secretary, the president alone`, code: extrait({ family, date: MAY_2022, secretary: '', signature: presidentOnly(family) }) },
  );
}
docs.push(
  // The secretary signs without the header naming him: he is named, in the signature.
  { name: 'commune: the secretary named only in the signature', code: extrait({ secretary: '', signature: both('commune') }) },
  // A text cut before its signature (an excerpt) is not judged.
  { name: 'commune: no signature block read', code: extrait({ secretary: '', signature: 'Le présent extrait comporte deux pages.' }) },
  // L2121-23 is the commune's article; the domain reference states no such duty for départements and régions.
  { name: 'département: the president alone, no secretary', code: extrait({ family: 'departement', secretary: '', signature: presidentOnly('departement') }) },
  { name: 'région: the president alone, no secretary', code: extrait({ family: 'region', secretary: '', signature: presidentOnly('region') }) },
);

ruleTester(signatureRequired, bothForms(docs));

describe('signature-required', () => {
  it('cites the article through which the law reaches the body, in English too', () => {
    const [d] = diagnosticsOf(signatureRequired, extrait({ family: 'syndicat', signature: presidentOnly('syndicat') }), { locale: 'en' });
    expect(d.message).toBe(
      'The signature block lacks the signature of the secretary of the meeting (Mme Anne LEROUX): since 1 July 2022 the deliberation is signed by the president and the secretary (CGCT L2121-23 (L5211-1, L5711-1)).',
    );
    expect(d.severity).toBe(2);
    expect(d.relatedInformation?.[0].location.range.start.line).toBe(9);
  });

  it('applies from the first of July 2022 on', () => {
    const june30: [string, string, string] = ['jeudi 30 juin 2022', 'deux mille vingt-deux, le trente juin', '24 juin 2022'];
    const july1: [string, string, string] = ['vendredi 1er juillet 2022', 'deux mille vingt-deux, le premier juillet', '24 juin 2022'];
    expect(diagnosticsOf(signatureRequired, extrait({ date: june30, signature: presidentOnly('commune') }))).toEqual([]);
    expect(diagnosticsOf(signatureRequired, extrait({ date: july1, signature: presidentOnly('commune') })).map((d) => d.data)).toMatchObject([{ missing: 'secretary-signature' }]);
  });
});
