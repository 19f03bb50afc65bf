// What each shareable page says about itself: the story and one page per step (/step/<id>/),
// with title, description, image file and image alt. Pure: the share-image endpoint, the step
// pages and the meta tags all read it, so a card cannot describe one step and picture another.
import type { Block } from '$content/article';
import type { Step } from '$content/schema';
import { site } from '$content/site';
import { sectionsForSteps } from '../model/sections';

export interface SharePage {
  /** `story` or the step's ID. */
  id: string;
  /** The page's path under the site root. */
  path: string;
  /** Where the reader is sent on (the step in the story); the story itself has none. */
  target?: string;
  title: string;
  description: string;
  /** The share image, relative to the site root. */
  image: string;
  imageAlt: string;
  /** On the image: the small line above the title, the title and the line under it. */
  card: { kicker: string; title: string; description: string };
  /** The step whose panel the image shows beside the text, if it has a map or chart. */
  panelStep?: Step;
}

export const STORY_IMAGE = 'share/story.png';
export const stepImage = (id: string) => `share/step-${id}.png`;
export const stepPath = (id: string) => `/step/${id}/`;

const hasGraphic = (step: Step) => step.panel.type === 'map' || step.panel.type === 'chart';
const panelAlt = (step: Step | undefined) => (step && 'alt' in step.panel ? step.panel.alt : undefined);

/** The story's own card: headline and dek beside the battles map (the first map that names all three towns). */
export function storyShare(steps: Step[]): SharePage {
  const panelStep = steps.find((s) => s.panel.type === 'map' && s.panel.preset === 'battles') ?? steps.find(hasGraphic);
  return {
    id: 'story',
    path: '/',
    title: site.headline,
    description: site.dek,
    image: STORY_IMAGE,
    imageAlt: site.share.imageAlt(site.headline, panelAlt(panelStep)),
    card: { kicker: site.credit, title: site.headline, description: site.dek },
    panelStep
  };
}

/** One card per step: its number and section, its voice label (ours is labelled ours) and its claim. */
export function stepShares(steps: Step[], blocks: Block[]): SharePage[] {
  const sections = sectionsForSteps(steps, blocks);
  return steps.map((step, i) => {
    const n = i + 1;
    const voice = step.voice === 'analysis' ? site.legend.analysis : site.legend.claim;
    const section = sections[i]!.section.title;
    const panelStep = hasGraphic(step) ? step : undefined;
    const title = `${site.share.stepTitle(n, steps.length, section)} · ${site.headline}`;
    return {
      id: step.id,
      path: stepPath(step.id),
      target: `/#step-${step.id}`,
      title,
      description: `${voice}: ${step.claim}`,
      image: stepImage(step.id),
      imageAlt: site.share.imageAlt(
        `${site.share.stepTitle(n, steps.length, section)}. ${voice}: ${step.claim}`,
        panelAlt(panelStep)
      ),
      card: { kicker: site.share.stepKicker(n, steps.length, voice), title: step.claim, description: section },
      panelStep
    };
  });
}
