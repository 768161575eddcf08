import { describe, expect, it } from 'vitest';
import { addressText, mapMedia } from '../../../src/lib/import/media';

const nothingLocal = () => undefined;

describe('mapMedia', () => {
  it('makes a web address a link, its caption the link text and its credit kept', () => {
    expect(
      mapMedia(
        { url: 'https://example.org/x.jpg', caption: '<i>View</i> from the window', credit: 'NASA' },
        'e',
        nothingLocal,
      ),
    ).toEqual({
      media: { url: 'https://example.org/x.jpg', title: 'View from the window', credit: 'NASA' },
      notes: [],
    });
  });

  it('uses the address itself as link text when there is no caption, and says so', () => {
    const result = mapMedia({ url: 'https://en.wikipedia.org/wiki/Battle_of_Tertry' }, 'e', nothingLocal);
    expect(result.media).toEqual({
      url: 'https://en.wikipedia.org/wiki/Battle_of_Tertry',
      title: 'en.wikipedia.org/wiki/Battle_of_Tertry',
    });
    expect(result.notes).toEqual(['media link text is its address: the media has no caption']);
  });

  it('reads a protocol-relative address as https', () => {
    expect(mapMedia({ url: '//example.org/a', caption: 'A' }, 'e', nothingLocal).media?.url).toBe(
      'https://example.org/a',
    );
  });

  it('copies a picture found beside the input into images/, named after the event', () => {
    const result = mapMedia(
      { url: 'pictures/studio.JPEG', caption: 'The studio', alt: 'Two lecterns' },
      'rally-opens',
      (path) => `/input/${path}`,
    );
    expect(result).toEqual({
      image: { src: 'images/rally-opens.jpg', alt: 'Two lecterns', caption: 'The studio' },
      copy: { from: '/input/pictures/studio.JPEG', to: 'images/rally-opens.jpg', origin: 'pictures/studio.JPEG' },
      notes: [],
    });
  });

  it('leaves out a picture the importer refused to copy, saying why', () => {
    const result = mapMedia({ url: '../private/passport.jpg' }, 'e', () => ({
      refused: 'is outside the input folder',
    }));
    expect(result).toEqual({ notes: ['picture "../private/passport.jpg" left out: it is outside the input folder'] });
  });

  it('writes a placeholder where a picture has no alt text: never the caption in its place', () => {
    const result = mapMedia({ url: 'a.png', caption: 'A caption' }, 'e', (path) => `/in/${path}`);
    expect(result.image?.alt).toMatch(/^FILL IN: describe the picture/);
  });

  it('reports what it cannot carry over: embeds, files that are not there, thumbnails', () => {
    expect(mapMedia({ url: '<blockquote class="twitter-tweet">…' }, 'e', nothingLocal)).toEqual({
      notes: ['embedded media (HTML) left out: the site embeds nothing from another site'],
    });
    expect(mapMedia({ url: 'missing.png' }, 'e', nothingLocal).notes[0]).toContain(
      'not a web address, nor a picture file',
    );
    expect(
      mapMedia({ url: 'https://a.example/', caption: 'A', thumbnail: 'https://a.example/t.jpg' }, 'e', nothingLocal)
        .notes,
    ).toEqual(['media thumbnail left out: the site shows no remote pictures']);
  });

  it('gives nothing for no media or an empty address', () => {
    expect(mapMedia(undefined, 'e', nothingLocal)).toEqual({ notes: [] });
    expect(mapMedia({ url: ' ' }, 'e', nothingLocal)).toEqual({ notes: [] });
  });
});

describe('addressText', () => {
  it('shows host and decoded path, without the scheme or a trailing slash', () => {
    expect(addressText('https://en.wikipedia.org/wiki/Battle_of_Nihaw%C4%81nd')).toBe(
      'en.wikipedia.org/wiki/Battle_of_Nihawānd',
    );
    expect(addressText('https://example.org/')).toBe('example.org');
  });
});
