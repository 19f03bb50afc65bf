// The build's data check (`npm run build` runs it before vite): every GeoJSON the site ships or
// derives from, data/processed/map-static.json, and the story (steps, context notes, figures,
// teaching notes, through the same validators the prerender uses). Problems are printed one per
// line, `file: record → field: what is wrong`, with no stack trace, and the build stops.
// Usage: node scripts/validate-data.mjs [repository root]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GEO_RULES, geoJsonFileProblems, mapStaticProblems } from '../data/scripts/validate-geojson.mjs';

const MAP_STATIC = 'data/processed/map-static.json';

/** Problems in every map data file under `root`. */
export function geoProblems(root) {
  const problems = [];
  const shipped = readdirSync(join(root, 'static/geo')).filter(
    (name) => name.endsWith('.geojson') || name.endsWith('.json')
  );
  for (const name of shipped) {
    if (!GEO_RULES[`static/geo/${name}`])
      problems.push(`static/geo/${name}: not a file the map knows; add its rules to data/scripts/validate-geojson.mjs`);
  }
  for (const [file, rule] of Object.entries(GEO_RULES)) {
    const path = join(root, file);
    if (!existsSync(path)) problems.push(`${file}: is missing (npm run geo writes static/geo from data/raw/geo)`);
    else problems.push(...geoJsonFileProblems(readFileSync(path, 'utf8'), file, rule));
  }
  const mapStatic = join(root, MAP_STATIC);
  if (!existsSync(mapStatic)) problems.push(`${MAP_STATIC}: is missing (npm run geo writes it)`);
  else problems.push(...mapStaticProblems(readFileSync(mapStatic, 'utf8'), MAP_STATIC));
  return problems;
}

/** Problems in the story, context notes, figures and teaching notes, as the prerender would find them. */
export async function storyProblems(root) {
  const { runnerImport } = await import('vite');
  // The content's own loader for ArchieML copy (the same plugin the build uses).
  const { aml } = await import('./vite-plugin-aml.js');
  try {
    const { module } = await runnerImport(join(root, 'src/lib/model/load-classroom.ts'), {
      configFile: false,
      root,
      logLevel: 'silent',
      plugins: [aml()],
      resolve: { alias: { $content: join(root, 'src/content'), $lib: join(root, 'src/lib') } }
    });
    module.loadClassroom();
    return [];
  } catch (error) {
    // A StoryValidationError's message is already one line per problem, naming file, record and field.
    if (error?.name === 'StoryValidationError') return error.message.split('\n');
    // Anything else (a syntax error in a content file, say): its first line, which names the file.
    const first =
      String(error?.message ?? error)
        .split('\n')
        .find((line) => line.trim()) ?? 'unknown error';
    return [`src/content: could not load the story: ${first.trim()}`];
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(process.argv[2] ?? '.');
  const problems = [...geoProblems(root), ...(await storyProblems(root))];
  if (problems.length) {
    for (const line of problems) console.error(line);
    console.error(`data check: ${problems.length} problem(s); the build stops here.`);
    process.exit(1);
  }
  console.log(`data check: ${Object.keys(GEO_RULES).length} GeoJSON files, ${MAP_STATIC} and the story are valid`);
}
