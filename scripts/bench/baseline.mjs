// The performance baseline: the same article as a plain prerendered HTML page with no
// JavaScript and no panels, generated from data/processed/article.json. Our figures are
// reported as ratios to this page, so they mean something on a noisy machine.

const escapeHtml = (text) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** @param {{ blocks: { id: string, type: string, text: string }[] }} article */
export function baselineHtml(article) {
  const body = article.blocks
    .map((block) => {
      const text = escapeHtml(block.text);
      switch (block.type) {
        case 'title':
          return `<h1 id="${block.id}">${text}</h1>`;
        case 'heading':
          return `<h2 id="${block.id}">${text}</h2>`;
        case 'list-item':
          return `<ul><li id="${block.id}">${text}</li></ul>`;
        default:
          return `<p id="${block.id}">${text}</p>`;
      }
    })
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(article.blocks[0]?.text ?? 'Article')}</title>
<style>body{font:19px/1.6 Georgia,serif;max-width:66ch;margin:2rem auto;padding:0 1rem}</style>
</head><body><main>
${body}
</main></body></html>
`;
}
