import { isPublicDestination } from '@switchboard/common';
import { AnswerError } from './answer-error';
import { Answerer, AnswerRequest } from './answerer';

/**
 * An answerer set by a tenant, called only when its host is on the public internet: a replica's
 * URL must not make the platform post to its own machine or network (server-side request
 * forgery). Checked before each call, as the name may resolve differently later.
 */
export class PublicDestinationAnswerer implements Answerer {
  constructor(
    private readonly inner: Answerer,
    private readonly url: string,
  ) {}

  async answer(request: AnswerRequest): Promise<string> {
    const isPublic = await isPublicDestination(this.url).catch(() => false);
    if (!isPublic) throw new AnswerError('unreachable', "the replica's answerer is not on a public address (REPLICA_ALLOW_PRIVATE_ADDRESSES is off)");
    return this.inner.answer(request);
  }
}
