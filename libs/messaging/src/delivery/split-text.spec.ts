import { MAX_TEXT_LENGTH, splitText } from './split-text';

describe('splitText', () => {
  it('leaves a text that fits alone', () => {
    expect(splitText('hello')).toEqual(['hello']);
    expect(splitText('x'.repeat(MAX_TEXT_LENGTH))).toHaveLength(1);
  });

  it('breaks at a paragraph, then a line, then a word', () => {
    expect(splitText('aaaa bbbb\n\ncccc dddd', 12)).toEqual(['aaaa bbbb', 'cccc dddd']);
    expect(splitText('aaaa bbbb\ncccc dddd', 12)).toEqual(['aaaa bbbb', 'cccc dddd']);
    expect(splitText('aaaa bbbb cccc dddd', 12)).toEqual(['aaaa bbbb', 'cccc dddd']);
  });

  it('cuts a word longer than a message', () => {
    expect(splitText('x'.repeat(25), 10)).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]);
  });

  it('keeps every character of a long text, each part within the limit', () => {
    const words = Array.from({ length: 3_000 }, (_, i) => `word${i}`).join(' ');
    const parts = splitText(words);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.every((part) => part.length <= MAX_TEXT_LENGTH)).toBe(true);
    expect(parts.join(' ')).toBe(words);
  });
});
