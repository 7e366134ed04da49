/**
 * The real acts and minutes of other collectivités (../shared/external, a public data set): read
 * where they are, never copied into the project. `index.tsv` gives, for each file, the meeting date
 * read by hand (`none` where the text states none).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const EXTERNAL_DIR = fileURLToPath(new URL('../../../shared/external/', import.meta.url));

export interface ExternalDoc {
  file: string;
  nature: string;
  collectivite: string;
  /** `dd/mm/yyyy`, or undefined where the text states none. */
  meetingDate?: string;
  text: string;
}

export function externalDocs(): ExternalDoc[] {
  if (!existsSync(`${EXTERNAL_DIR}index.tsv`)) {
    throw new Error(`npm run test:external needs the real acts in ${EXTERNAL_DIR} (../shared/external): the folder is missing.`);
  }
  const [, ...rows] = readFileSync(`${EXTERNAL_DIR}index.tsv`, 'utf8').trim().split('\n');
  return rows.map((row) => {
    const [file, nature, collectivite, meetingDate] = row.split('\t');
    return {
      file,
      nature,
      collectivite,
      meetingDate: meetingDate === 'none' ? undefined : meetingDate,
      text: readFileSync(`${EXTERNAL_DIR}${file}`, 'utf8'),
    };
  });
}
