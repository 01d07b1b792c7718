import { storableCopyOf } from './update-shape';

describe('storableCopyOf', () => {
  it('replaces NUL characters and lone surrogates, in values and keys, with U+FFFD', () => {
    const update = { update_id: 1, message: { text: 'a\u0000b', 'k\u0000': ['\ud800x', 3, null, true], chat: { id: 2 ** 70 } } };
    expect(storableCopyOf(update)).toEqual({ update_id: 1, message: { text: 'a\ufffdb', 'k\ufffd': ['\ufffdx', 3, null, true], chat: { id: 2 ** 70 } } });
  });
});
