import { get } from 'node:http';
import { isPublicDestination, PrivateAddressError, publicOnlyLookup } from './public-destination';

describe('isPublicDestination', () => {
  it.each([
    'http://127.0.0.1:8080/v1',
    'http://localhost:11434/v1',
    'https://10.1.2.3/answers',
    'https://172.20.0.1/answers',
    'https://192.168.1.10/answers',
    'http://169.254.169.254/latest/meta-data',
    'http://100.64.0.1/v1',
    'http://0.0.0.0/v1',
    'http://[::1]:8080/v1',
    'http://[fd00::1]/v1',
    'http://[fe80::1]/v1',
    'http://[::ffff:127.0.0.1]/v1',
  ])('refuses %s', async (url) => {
    await expect(isPublicDestination(url)).resolves.toBe(false);
  });

  it.each(['https://1.1.1.1/v1', 'https://8.8.8.8/answers', 'http://[2606:4700:4700::1111]/v1'])('lets %s through', async (url) => {
    await expect(isPublicDestination(url)).resolves.toBe(true);
  });
});

describe('publicOnlyLookup', () => {
  it('refuses a connection to a name that resolves to a loopback address', async () => {
    const failure = await new Promise<Error>((resolve) => {
      get('http://localhost:9/', { lookup: publicOnlyLookup }, () => resolve(new Error('connected'))).on('error', resolve);
    });
    expect(failure).toBeInstanceOf(PrivateAddressError);
    expect(failure.message).toMatch(/^localhost resolves to (127\.0\.0\.1|::1), which is not public$/);
  });
});
