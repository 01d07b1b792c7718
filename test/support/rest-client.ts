import { TestApp } from './test-app';

/** REST calls with one caller's bearer token (an API key or a JWT). */
export function restClient(app: TestApp, token: string) {
  const auth = { authorization: `Bearer ${token}` };
  return {
    get: (path: string) => app.http().get(path).set(auth),
    post: (path: string, body: object = {}) => app.http().post(path).set(auth).send(body),
    put: (path: string, body: object = {}) => app.http().put(path).set(auth).send(body),
    patch: (path: string, body: object = {}) => app.http().patch(path).set(auth).send(body),
    delete: (path: string) => app.http().delete(path).set(auth),
  };
}
