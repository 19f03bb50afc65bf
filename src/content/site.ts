import copy from './site.aml';

// The explainer's own words live in site.aml, which editors change; this module only gives them
// the shape components use (a function for "Step n of total", key/action pairs for the help).

/** Fills `{name}` placeholders; every one is replaced, whatever the order in the copy. */
function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

export const site = {
  ...copy,
  present: {
    ...copy.present,
    stepOf: (n: number, total: number) =>
      copy.present.stepOf.replace('{n}', String(n)).replace('{total}', String(total)),
    help: copy.present.help.map(({ keys, action }) => [keys, action] as const)
  },
  share: {
    ...copy.share,
    stepTitle: (n: number, total: number, section: string) => fill(copy.share.stepTitle, { n, total, section }),
    stepKicker: (n: number, total: number, voice: string) => fill(copy.share.stepKicker, { n, total, voice }),
    imageAlt: (title: string, alt?: string) => (alt ? fill(copy.share.imageAlt, { title, alt }) : title),
    stepLink: (n: number) => fill(copy.share.stepLink, { n })
  },
  handout: {
    ...copy.handout,
    seeFigure: (n: number, step: number) =>
      copy.handout.seeFigure.replace('{n}', String(n)).replace('{step}', String(step)),
    seeContext: (title: string, step: number) =>
      copy.handout.seeContext.replace('{title}', title).replace('{step}', String(step))
  }
};
