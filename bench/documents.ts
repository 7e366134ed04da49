/**
 * What `bench/documents.mjs` measures, bundled by it with esbuild (the bench runs plain Node): the
 * extraction of engine/input, the fixtures the input tests write (test/input/make-documents.ts),
 * and the list of deliberations. Re-exported only, so that the bench times the project's own code.
 */
export { createAnalyzer } from '../engine/analyzer';
export { extractText } from '../engine/input/index';
export { meetingList } from '../engine/export/meeting-list';
export { renderMeetingLists } from '../engine/export/meeting-list-render';
export { blocksOf, makeDocx, makeOdt, makePdf, paginate } from '../test/input/make-documents';
