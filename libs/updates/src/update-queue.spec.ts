import { orderedJobId, orderingKeyOf } from './update-queue';

describe('update jobs', () => {
  it('get ids that sort as their events do', () => {
    const ids = ['9', '10', '255', '256', '4294967296'].map(orderedJobId);
    expect(ids[0]).toBe('00000000-0000-0000-0000-000000000009');
    expect([...ids].sort()).toEqual(ids);
  });

  it('share an ordering key per chat, and have their own without a chat', () => {
    expect(orderingKeyOf('bot', '42', '1')).toBe(orderingKeyOf('bot', '42', '2'));
    expect(orderingKeyOf('bot', '42', '1')).not.toBe(orderingKeyOf('other', '42', '1'));
    expect(orderingKeyOf('bot', null, '1')).not.toBe(orderingKeyOf('bot', null, '2'));
  });
});
