import { loadClassroom } from '$lib/model/load-classroom';
import { worksheetQuestions } from '$content/validate-worksheet';

// The worksheet's copy, resolved at build time: its questions from the teaching notes, its sources
// with the title, publisher and date the context notes give them.
export function load() {
  const { worksheet, teaching, contextNotes } = loadClassroom();
  const cited = new Map(contextNotes.flatMap((note) => note.sources.map((source) => [source.url, source] as const)));
  return {
    worksheet,
    questions: worksheetQuestions(worksheet, teaching),
    sources: worksheet.sources.map((url) => cited.get(url)!)
  };
}
