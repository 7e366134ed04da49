/**
 * Commission Permanente deliberations written inline, shaped like the Pas-de-Calais ones (header,
 * attendance, title, number, visas, articles, imputation table, vote, signature, then the report),
 * trimmed to the parts a rule reads. Every part has a default that passes every rule; a case changes
 * the one part it is about.
 */

export interface CpReport {
  number?: number;
  date?: string;
  title?: string[];
  /** Prose of the report, before its table. */
  body?: string[];
  /** The report's imputation table (header and rows), `CP Disponible Proposition Solde`. */
  table?: string[];
  /** The closing opinion sentence(s) of the report. */
  opinions?: string[];
}

export interface CpParts {
  stamp?: string[];
  department?: string;
  /** `27 SEPTEMBRE 2022`, as `REUNION DU …` writes it. */
  date?: string;
  president?: string;
  secretary?: string;
  present?: string[];
  excused?: string[];
  absent?: string[];
  title?: string[];
  number?: string;
  visas?: string[];
  /** Lines between the visas and « Après en avoir délibéré » (interest declarations). */
  declarations?: string[];
  articles?: string[][];
  /** Article headings in place of `Article 1 :`, `Article 2 :` … */
  headings?: string[];
  vote?: string[];
  signature?: string;
  /** Lines after the signature block (annexes). */
  annexes?: string[];
  /** The dossier's report; `null` leaves it out. */
  report?: CpReport | null;
}

export const PRESENT = [
  'M. Jean-Claude LEROY',
  'Mme Mireille HINGREZ-CÉRÉDA',
  'Mme Valérie CUVILLIER',
  'M. Bertrand PETIT',
  'Mme Blandine DRAIN',
  'M. Alain MEQUIGNON',
  'Mme Evelyne NACHEL',
  'M. Philippe FAIT',
];
export const EXCUSED = ['M. Daniel MACIEJASZ', 'M. Ludovic LOQUET'];

export const TITLE = ["FINANCEMENT D'UN ÉQUIPEMENT NUMÉRIQUE DANS LES", 'COLLÈGES PUBLICS DU PAS-DE-CALAIS'];

export const CGCT_VISA = [
  'Vu le Code Général des Collectivités Territoriales et notamment ses articles L.3121-14,',
  'L.3121-14-1, L.3211-1 et L.3211-2 ;',
];
export const DELEGATION_VISA = [
  'Vu la délibération n°2021-257 du Conseil départemental en date du 01/07/2021 « Délégation',
  'd’attributions à la Commission Permanente » ;',
];
export const REPORT_VISA = ['Vu le rapport du Président du Conseil départemental, ci-annexé ;'];
export const AVIS_VISA = [
  'Vu l’avis de la 3ème commission « Education, Culture, Sport et Citoyenneté » rendu lors de',
  'sa réunion en date du 05/09/2022 ;',
];
export const VISAS = [...CGCT_VISA, 'Vu le Code de l’Education et notamment son article L.213-2 ;', ...DELEGATION_VISA, ...REPORT_VISA, ...AVIS_VISA];

/** Article 2's imputation table, `CP € Dépense €`, one row. */
export function imputation(cp: string, depense: string, row = ['C03-221J02 204311/91221', 'Informatique subventions aux collèges']): string[] {
  return ['Code', 'Opération', '', 'Imputation', 'Budgétaire', '', 'Libellé Opération CP € Dépense €', '', ...row, `${cp} ${depense}`];
}

export const ARTICLES = [
  [
    'D’attribuer aux collèges participant à l’appel à projet numérique une subvention',
    'd’un montant de 150 000 €, selon les modalités reprises au rapport joint à la présente',
    'délibération.',
  ],
  [
    'La dépense versée en application de l’article 1 de la présente délibération est',
    'imputée sur le budget départemental comme suit :',
    '',
    ...imputation('150 000,00', '150 000,00'),
  ],
];

export const VOTE = [
  'Pour : 10 voix (Groupe Socialiste, Républicain et Citoyen ; Groupe Union pour le Pas-de-Calais)',
  'Contre : 0 voix',
  'Abstention : 0 voix',
];

/** The report's table, `CP Disponible Proposition Solde`. */
export function reportTable(cp: string, disponible: string, proposition: string, solde: string, row = ['C03-221J02 204311/91221', 'Informatique subventions', 'aux collèges']): string[] {
  return ['Code Opération', 'Imputation', 'Budgétaire', '', 'Libellé Opération CP Disponible Proposition Solde', '', ...row, '', `${cp} ${disponible} ${proposition} ${solde}`];
}

export const REPORT: Required<CpReport> = {
  number: 53,
  date: '27 SEPTEMBRE 2022',
  title: TITLE,
  body: [
    'Il convient de statuer sur cette affaire et, le cas échéant, d’attribuer aux collèges',
    'concernés une subvention d’un montant de 150 000 €.',
    'La dépense sera imputée au budget départemental comme suit :',
    '',
  ],
  table: reportTable('150 000,00', '150 000,00', '150 000,00', '0,00'),
  opinions: [
    'La 3ème Commission - Education, Culture, Sport et Citoyenneté a émis un avis',
    'favorable sur ce rapport lors de sa réunion du 05/09/2022.',
  ],
};

const list = (names: string[]): string => `${names.join(', ')}.`;

/** The lines of one deliberation and its report. */
export function cpLines(parts: CpParts = {}): string[] {
  const date = parts.date ?? '27 SEPTEMBRE 2022';
  const department = parts.department ?? 'DEPARTEMENT DU PAS-DE-CALAIS';
  const attendance = [`Étaient présents : ${list(parts.present ?? PRESENT)}`, ''];
  const excused = parts.excused ?? EXCUSED;
  if (excused.length > 0) attendance.push(`Excusé(s) : ${list(excused)}`, '');
  if (parts.absent?.length) attendance.push(`Absent(s) : ${list(parts.absent)}`, '');
  const articles = (parts.articles ?? ARTICLES).flatMap((body, k) => [parts.headings?.[k] ?? `Article ${k + 1} :`, '', ...body, '']);
  const lines = [
    ...(parts.stamp ?? []),
    ` ${department}`,
    '',
    'DELIBERATION DE LA COMMISSION PERMANENTE',
    'DU CONSEIL DEPARTEMENTAL',
    '',
    `REUNION DU ${date}`,
    '',
    `PRESIDENCE DE ${parts.president ?? 'MONSIEUR JEAN-CLAUDE LEROY'}`,
    '',
    `Secrétaire : ${parts.secretary ?? 'M. Philippe FAIT'}`,
    '',
    ...attendance,
    'Assistant également sans voix délibérative : Mme Emmanuelle LEVEUGLE',
    '',
    ...(parts.title ?? TITLE),
    '',
    `(${parts.number ?? 'N°2022-372'})`,
    '',
    'La Commission Permanente du Conseil départemental du Pas-de-Calais,',
    '',
    ...(parts.visas ?? VISAS),
    ...(parts.declarations?.length ? ['', ...parts.declarations] : []),
    'Après en avoir délibéré,',
    '',
    'DECIDE :',
    '',
    ...articles,
    'Dans les conditions de vote ci-dessous :',
    '',
    ...(parts.vote ?? VOTE),
    '',
    '(Adopté)',
    '',
    '…..............................................................................',
    '',
    'LE PRESIDENT DU CONSEIL DEPARTEMENTAL,',
    '',
    'Jean-Claude LEROY',
    '',
    `ARRAS, le ${parts.signature ?? '27 septembre 2022'}`,
    '',
    'Pour le Président du Conseil départemental,',
    'La Directrice générale des services,',
    '',
    'Signé',
    '',
    'Maryline VINCLAIRE',
    ...(parts.annexes ?? []),
  ];
  if (parts.report === null) return lines;
  const report = { ...REPORT, ...parts.report };
  return [
    ...lines,
    ` ${department}`,
    '',
    'Pôle Réussites Citoyennes',
    'Direction de l’Education et des Collèges',
    '',
    `RAPPORT N°${report.number}`,
    '',
    'COMMISSION PERMANENTE DU CONSEIL DEPARTEMENTAL',
    '',
    `REUNION DU ${report.date}`,
    '',
    ...report.title,
    '',
    ...report.body,
    ...report.table,
    '',
    ...report.opinions,
    '',
    'Je vous prie de bien vouloir en délibérer.',
    '',
    'Le Président du Conseil Départemental',
    '',
    'SIGNE',
    '',
    'Jean-Claude LEROY',
  ];
}

/** One deliberation and its report, as the export writes them. */
export function cp(parts: CpParts = {}): string {
  return cpLines(parts).join('\n');
}

/** Several deliberations of one file (a meeting's batch), one after the other. */
export function cpFile(...dossiers: CpParts[]): string {
  return dossiers.map((parts) => cpLines(parts).join('\n')).join('\n');
}
