import { visibleLength } from './visible-text';

describe('visibleLength', () => {
  it.each<[string, string | undefined, number]>([
    ['<b>bold</b> &amp; <a href="https://x.y">link</a>', 'HTML', 'bold & link'.length],
    ['&#65;&#x42;&lt;&unknown;', 'html', 'AB<&unknown;'.length],
    ['*bold* _it_ [link](https://x.y/a\\)b) 1\\.5', 'MarkdownV2', 'bold it link 1.5'.length],
    ['*bold* [link](https://x.y) a\\_b', 'Markdown', 'bold link a_b'.length],
    ['<b>as written</b>', undefined, '<b>as written</b>'.length],
    ['😀', undefined, 2],
  ])('measures %j with parse_mode %s as %i', (text, parseMode, length) => {
    expect(visibleLength(text, parseMode === undefined ? {} : { parse_mode: parseMode })).toBe(length);
  });
});
