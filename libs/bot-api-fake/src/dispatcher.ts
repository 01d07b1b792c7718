import { BotApiError, notFound, serverError, unauthorized } from './bot-api-error';
import { CallLog } from './call-log';
import { FakeBot } from './fake-bot';
import { faultOutcome, FaultRules } from './fault-rules';
import { JsonObject } from './json';
import { findMethod, MethodContext } from './methods';
import { Params, stringParam } from './params';

/** An HTTP answer, or 'hang' for none at all. */
export type CallAnswer = { status: number; body: JsonObject } | 'hang';

export type CallServices = Omit<MethodContext, 'bot' | 'params' | 'signal'>;

/** Answers one Bot API call and records it: token, then injected faults, then the method itself. */
export class Dispatcher {
  constructor(
    private readonly bots: ReadonlyMap<string, FakeBot>,
    private readonly faults: FaultRules,
    private readonly log: CallLog,
    private readonly services: CallServices,
  ) {}

  async dispatch(token: string, rawMethod: string, params: Params, signal: AbortSignal): Promise<CallAnswer> {
    const method = findMethod(rawMethod)?.name ?? rawMethod;
    const call = this.log.open(token, method, params);
    const answer = await this.answer(token, method, params, signal);
    if (answer !== 'hang') {
      call.status = answer.status;
      call.response = answer.body;
    }
    return answer;
  }

  private async answer(token: string, method: string, params: Params, signal: AbortSignal): Promise<CallAnswer> {
    try {
      const bot = this.bots.get(token);
      if (!bot) throw unauthorized();
      const fault = this.faults.take({ token, method, chatId: stringParam(params, 'chat_id') });
      if (fault) {
        const outcome = faultOutcome(fault);
        if (outcome === 'hang') return 'hang';
        throw outcome;
      }
      const found = findMethod(method);
      if (!found) throw notFound();
      const success = await found.handler({ ...this.services, bot, params, signal });
      const body: JsonObject = { ok: true, result: success.result };
      if (success.description !== undefined) body.description = success.description;
      return { status: 200, body };
    } catch (error) {
      return errorAnswer(error, method);
    }
  }
}

function errorAnswer(error: unknown, method: string): CallAnswer {
  if (error instanceof BotApiError) return { status: error.errorCode, body: error.toBody() };
  // A bug in the fake: answer like Telegram would, but make it visible.
  process.emitWarning(`BotApiFake: ${method} failed: ${error instanceof Error ? error.stack : String(error)}`);
  const failure = serverError(500);
  return { status: failure.errorCode, body: failure.toBody() };
}
