import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import { GqlArgumentsHost, GqlContextType } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import { requestIdOf } from '../http/request-id';
import { logProblem, sendErrorResponse } from './error-response';
import { toGraphQLError } from './graphql-error';
import { toProblem } from './problem';

/** The one global filter: GraphQL errors get `extensions.code`, REST errors their family's envelope. */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): GraphQLError | void {
    const type = host.getType<GqlContextType | 'telegraf'>();
    // Telegram update handlers are not a request to answer: their failure goes back to the update pipeline.
    if (type !== 'http' && type !== 'graphql') throw exception;
    if (type === 'graphql') {
      const { req } = GqlArgumentsHost.create(host).getContext<{ req: Request }>();
      const problem = toProblem(exception);
      const requestId = requestIdOf(req);
      logProblem(problem, requestId);
      return toGraphQLError(problem, requestId);
    }
    const http = host.switchToHttp();
    sendErrorResponse(http.getRequest<Request>(), http.getResponse<Response>(), exception);
  }
}
