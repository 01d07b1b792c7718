import { integerParam, Params } from '../params';

/**
 * The topic a send names with `message_thread_id` (a forum supergroup's, or since Bot API 9.3 a private
 * chat's). Telegram reads 0 as "no topic"; the fake keeps no topics, so any other id is taken as it is.
 */
export function messageThreadOf(params: Params): number | undefined {
  const id = integerParam(params, 'message_thread_id');
  return id === undefined || id === 0 ? undefined : id;
}
