/**
 * An annex of FSE operations deprogrammed, written like 2022-90's (L6562–6580): each row's cost, its
 * first figure, is the FSE + the Département + what was not realised, the FSE rate beside the FSE.
 */
import { cp } from './cp';

/** Operations deprogrammed, each row's cost the sum of the FSE, the Département and what was not realised (2022-90). */
export const deprogrammed = (first: string, total = 'Total 3.9.1.1 150 96 800,00 57 300,00 59,19% 38 200,00 1 300,00') =>
  cp({
    annexes: [
      '', 'ANNEXE 1 - Déprogrammations FSE', '', 'Porteur Opération Participants Début Fin Coût FSE Taux CD Non réalisé',
      first,
      'Mission Locale du Ternois 202000311 Ternois Accompagnement vers l’emploi 40 01/09/2020 31/12/2021 29 000,00 17 400,00 60,00% 11 600,00 0,00',
      'Association Emploi Solidaire 202000412 Audomarois Chantier d’insertion 30 01/09/2020 31/12/2021 25 300,00 15 000,00 59,29% 10 000,00 300,00',
      'Maison de l’Emploi 201901633 Calaisis Insertion Pour Tous 40 02/09/2019 30/06/2020 20 500,00 12 000,00 58,54% 8 000,00 500,00',
      '',
      total,
    ],
    report: null,
  });
export const FIRST_OPERATION = 'Atelier Chantier 201901242 Boulonnais Parcours vers l’emploi 40 02/09/2019 31/08/2020 22 000,00 12 900,00 58,64% 8 600,00 500,00';
