import { describe, expect, it } from 'vitest';
import { offlinePrerendered, offlineStatic } from './offline-files';

describe('offlinePrerendered', () => {
  const paths = [
    '/',
    '/__data.json',
    '/present/',
    '/present/__data.json',
    '/present/notes/',
    '/print/',
    '/print/worksheet/',
    '/embed/',
    '/embed/map/battles/',
    '/embed-code/',
    '/maps/ukraine--oblasts--slide.svg',
    '/charts/losses--all--640.svg'
  ];

  it('keeps the presenter, its notes, the handout and the panel images, never the story or embeds', () => {
    expect(offlinePrerendered(paths, '')).toEqual([
      '/present/',
      '/present/__data.json',
      '/present/notes/',
      '/print/',
      '/print/worksheet/',
      '/maps/ukraine--oblasts--slide.svg',
      '/charts/losses--all--640.svg'
    ]);
  });

  it('reads paths under a base path', () => {
    expect(offlinePrerendered(['/x/present/', '/present/', '/x/', '/x/maps/a.svg'], '/x')).toEqual([
      '/x/present/',
      '/x/maps/a.svg'
    ]);
  });
});

describe('offlineStatic', () => {
  it('leaves out dotfiles, which are never served (one 404 fails the whole precache)', () => {
    expect(
      offlineStatic(['/.gitkeep', '/geo/.hidden/x', '/geo/places.geojson', '/glyphs/Noto Sans Regular/0-255.pbf'])
    ).toEqual(['/geo/places.geojson', '/glyphs/Noto Sans Regular/0-255.pbf']);
  });
});
