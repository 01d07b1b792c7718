import { isHttpUrl } from './http-url';

describe('isHttpUrl', () => {
  it('takes http and https URLs, without credentials in the URL', () => {
    expect(isHttpUrl('https://api.openai.com/v1')).toBe(true);
    expect(isHttpUrl('http://gpu-box.lan:11434/v1')).toBe(true);
    expect(isHttpUrl('https://user:pass@llm.example.com/v1')).toBe(false);
    expect(isHttpUrl('ftp://llm.example.com')).toBe(false);
    expect(isHttpUrl('not a url')).toBe(false);
  });
});
