import { Webhook } from 'standardwebhooks';
import { newEndpointSecret } from '../endpoints/endpoint-secrets';
import { signedPost } from './sign-event';

describe('signedPost', () => {
  const body = JSON.stringify({ type: 'contact.created', timestamp: '2026-11-26T10:00:00.000Z', data: { id: '42' } });

  it('carries the Standard Webhooks headers the published library verifies', () => {
    const secret = newEndpointSecret();
    const post = signedPost('https://crm.example.com/events', 'evt-1', body, [secret]);
    expect(post.headers).toEqual({ 'webhook-id': 'evt-1', 'webhook-timestamp': expect.stringMatching(/^\d{10}$/), 'webhook-signature': expect.stringMatching(/^v1,\S+$/) });
    expect(new Webhook(secret).verify(post.body, post.headers)).toEqual(JSON.parse(body));
  });

  it('signs with every secret given, so the old and the new one both verify after a rotation', () => {
    const [current, previous, stranger] = [newEndpointSecret(), newEndpointSecret(), newEndpointSecret()];
    const post = signedPost('https://crm.example.com/events', 'evt-2', body, [current, previous]);
    expect(post.headers['webhook-signature'].split(' ')).toHaveLength(2);
    for (const secret of [current, previous]) expect(new Webhook(secret).verify(post.body, post.headers)).toEqual(JSON.parse(body));
    expect(() => new Webhook(stranger).verify(post.body, post.headers)).toThrow('No matching signature found');
    expect(() => new Webhook(current).verify(`${post.body} `, post.headers)).toThrow('No matching signature found');
  });
});
