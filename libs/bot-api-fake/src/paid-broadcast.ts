import { badRequest } from './bot-api-error';
import { Params, strictBooleanParam } from './params';

const PAID_BROADCAST_PARAM = 'allow_paid_broadcast';

/** Whether a send asks for paid broadcasting (Bot API 7.11); a value that is not a Boolean answers 400. */
export function paidBroadcast(params: Params): boolean {
  const paid = strictBooleanParam(params, PAID_BROADCAST_PARAM);
  if (paid === 'invalid') throw badRequest(`Field "${PAID_BROADCAST_PARAM}" must be of type Boolean`);
  return paid;
}

/** The call log's reading: only a well-formed true counts, since anything else is not sent as paid. */
export function carriesPaidBroadcast(params: Params): boolean {
  return strictBooleanParam(params, PAID_BROADCAST_PARAM) === true;
}
