/**
 * What the engine could not read in each real act of ../shared/external: one read-notice per
 * document, naming the parts missing (date, body, attendance, vote), and one per financing plan whose
 * figures could not be put in rows. These are not errors of the
 * acts. Most are annexes published with a deliberation (a PCAET, a budget orientation report, a
 * sustainable-development report: they carry the préfecture's stamp and no meeting), minutes cut at
 * 8 000 characters before their first vote, or lists laid out as tables that the readers leave out
 * rather than pair wrongly (docs/domain.md §23). A change here is a change in what is read: review it.
 */
export const NOTICES: Record<string, string> = {
  '004.txt': 'vote', // pv.cr, read as proces-verbal
  '006.txt': 'date body attendance vote', // acte.delib, read as generic
  '010.txt': 'date attendance vote', // pv.cr, read as proces-verbal
  '015.txt': 'attendance vote', // pv.full, read as proces-verbal
  '018.txt': 'attendance vote', // acte.delib, read as generic
  '023.txt': 'date body attendance vote', // acte.delib, read as generic
  '026.txt': 'vote', // acte.delib, read as extrait
  '028.txt': 'attendance', // pv.cr, read as proces-verbal
  '035.txt': 'vote', // pv.full, read as proces-verbal
  '036.txt': 'vote', // pv.full, read as proces-verbal
  '049.txt': 'vote', // acte.delib, read as extrait
  '056.txt': 'attendance vote', // pv.cr, read as generic
  '062.txt': 'date body attendance vote', // acte.delib, read as generic
  '067.txt': 'vote', // pv.cr, read as extrait
  '071.txt': 'vote', // pv.full, read as proces-verbal
  '073.txt': 'attendance', // pv.cr, read as proces-verbal
  '078.txt': 'attendance vote', // acte.delib, read as generic
  '085.txt': 'attendance vote', // pv.full, read as proces-verbal
  '090.txt': 'attendance', // pv.cr, read as proces-verbal
  '092.txt': 'vote', // pv.cr, read as generic
  '093.txt': 'vote', // pv.full, read as proces-verbal
  '097.txt': 'vote', // pv.cr, read as proces-verbal
  '099.txt': 'date body attendance vote', // acte.delib, read as generic
  '106.txt': 'attendance vote', // pv.cr, read as proces-verbal
  '111.txt': 'attendance vote', // pv.cr, read as assemblee
  '121.txt': 'body', // pv.cr, read as proces-verbal
  '123.txt': 'attendance vote', // pv.cr, read as proces-verbal
  '124.txt': 'vote', // pv.cr, read as proces-verbal
  '126.txt': 'body attendance', // pv.cr, read as generic
  '130.txt': 'vote', // pv.cr, read as proces-verbal
  '132.txt': 'vote', // pv.cr, read as proces-verbal
  '149.txt': 'vote', // acte.delib, read as extrait
  '150.txt': 'vote', // pv.full, read as proces-verbal
  '153.txt': 'vote', // pv.cr, read as proces-verbal
  '154.txt': 'vote', // pv.cr, read as proces-verbal
  '157.txt': 'attendance vote', // pv.cr, read as proces-verbal
  // The thermography's financing plan (« Le plan de financement de l’opération est le suivant : ») is
  // printed column after column, its figures far from their labels: not read, and said so.
  '159.txt': 'vote financing-plan', // pv.cr, read as proces-verbal
  '162.txt': 'attendance vote', // pv.cr, read as generic
  '164.txt': 'date body attendance vote', // acte.delib, read as generic
  '171.txt': 'attendance vote', // pv.cr, read as extrait
  '180.txt': 'attendance', // pv.cr, read as proces-verbal
  '181.txt': 'attendance vote', // pv.cr, read as proces-verbal
  '184.txt': 'vote', // acte.delib, read as proces-verbal
  '185.txt': 'vote', // pv.cr, read as proces-verbal
  '189.txt': 'attendance vote', // pv.cr, read as proces-verbal
  '190.txt': 'date body attendance vote', // acte.delib, read as generic
  '193.txt': 'date body attendance vote', // acte.delib, read as generic
  '194.txt': 'date attendance vote', // acte.delib, read as proces-verbal
  '199.txt': 'attendance vote', // pv.full, read as proces-verbal
};
