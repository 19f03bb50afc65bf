// Embed codes for newsrooms. Plain JS with JSDoc types because two runtimes read it: the
// /embed-code/ page (through Vite) and scripts/embed-host-server.mjs (plain Node), which builds
// the e2e host pages. One source, so the tests exercise exactly the code a newsroom copies.

export const PYM_SRC = 'https://pym.nprapps.org/pym.v1.min.js';
export const FRAMES_SRC = 'https://unpkg.com/@newswire/frames@1.0.0/dist/frames.umd.js';

/**
 * @typedef {object} SnippetTarget
 * @property {string} url absolute http(s) URL of the embed page
 * @property {string} slug lower-case slug: element ids and the Datawrapper key
 * @property {string} title accessible name of the iframe
 * @property {number} height fallback height in px for hosts without a script
 */

/** @typedef {'pym' | 'frames' | 'datawrapper' | 'iframe'} SnippetKind */
/** @type {readonly SnippetKind[]} */
export const SNIPPET_KINDS = ['pym', 'frames', 'datawrapper', 'iframe'];

/** @param {string} s */
function attr(s) {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A JS string literal that cannot close the surrounding <script> element. @param {string} s */
function jsString(s) {
  return JSON.stringify(s).replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
}

/** @param {SnippetTarget} t */
function check(t) {
  const url = new URL(t.url);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`embed URL must be http(s): ${t.url}`);
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(t.slug)) throw new Error(`not an embed slug: ${t.slug}`);
  if (!Number.isInteger(t.height) || t.height < 50 || t.height > 20000)
    throw new Error(`bad fallback height: ${t.height}`);
}

/** @param {SnippetTarget} t */
export function pymSnippet(t) {
  check(t);
  const id = `pym-${t.slug}`;
  return [
    `<div id="${id}"></div>`,
    `<script src="${PYM_SRC}"></script>`,
    `<script>new pym.Parent(${jsString(id)}, ${jsString(t.url)}, { title: ${jsString(t.title)} });</script>`
  ].join('\n');
}

/** @param {SnippetTarget} t */
export function framesSnippet(t) {
  check(t);
  return [
    `<div data-frame-src="${attr(t.url)}" data-frame-attribute-title="${attr(t.title)}"></div>`,
    `<script src="${FRAMES_SRC}"></script>`,
    `<script>newswireFrames.autoInitFrames();</script>`
  ].join('\n');
}

/**
 * Datawrapper's responsive pattern: an ordinary iframe plus a listener for
 * {'datawrapper-height': {id: px}} that resizes the iframe the message came from. Stricter than
 * Datawrapper's own listener: own keys only, and a number in a sane range.
 * @param {SnippetTarget} t
 */
export function datawrapperSnippet(t) {
  check(t);
  const listener =
    "window.addEventListener('message',function(e){var d=e.data&&e.data['datawrapper-height'];" +
    "if(!d||typeof d!=='object')return;var f=document.querySelectorAll('iframe');" +
    "for(var k in d){var h=d[k];if(!Object.prototype.hasOwnProperty.call(d,k)||typeof h!=='number'||!(h>0&&h<200000))continue;" +
    "for(var i=0;i<f.length;i++){if(f[i].contentWindow===e.source)f[i].style.height=Math.ceil(h)+'px';}}});";
  return [
    `<iframe id="datawrapper-chart-${t.slug}" title="${attr(t.title)}" src="${attr(t.url)}" scrolling="no" style="width: 0; min-width: 100% !important; border: none;" height="${t.height}"></iframe>`,
    `<script>${listener}</script>`
  ].join('\n');
}

/** @param {SnippetTarget} t */
export function iframeSnippet(t) {
  check(t);
  return `<iframe title="${attr(t.title)}" src="${attr(t.url)}" width="100%" height="${t.height}" style="border: none;" loading="lazy"></iframe>`;
}

/** @param {SnippetTarget} t @returns {Record<SnippetKind, string>} */
export function embedSnippets(t) {
  return { pym: pymSnippet(t), frames: framesSnippet(t), datawrapper: datawrapperSnippet(t), iframe: iframeSnippet(t) };
}
