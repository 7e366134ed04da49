/**
 * Recognises a deliberation exported as plain `.txt`. VS Code never lets a language's `firstLine`
 * win over a registered extension (`.txt` belongs to Plain Text), so the client re-labels such
 * documents itself with this test. No `vscode` import: it is unit-testable and shared by the client.
 */

/**
 * First line of an export: the header ` DEPARTEMENT DU PAS-DE-CALAIS` (any département, leading
 * space or not) or the legality stamp ` Envoi au contrôle de légalité le : …`. Kept in step with
 * `contributes.languages[0].firstLine` in package.json.
 */
export const DELIBERATION_FIRST_LINE =
  /^\uFEFF?[ \t]*(?:D[EÉ]PARTEMENT[ \t]+(?:(?:DU|DES|DE)(?![\p{L}])|D['’])|Envoi au contr[oô]le de l[ée]galit[ée])/iu;

export function looksLikeDeliberation(firstLine: string): boolean {
  // Only the head of the line matters; a pathological 1 MB first line must not cost anything.
  return DELIBERATION_FIRST_LINE.test(firstLine.slice(0, 200));
}

/** Plain-text exports only: a path ending in `.txt`, any case. */
export function isTextExport(path: string): boolean {
  return /\.txt$/i.test(path);
}
