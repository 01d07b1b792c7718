import { eventually } from './builders';
import { gql } from './graphql-client';
import { TestApp } from './test-app';

export interface MessageView {
  id: string;
  status: string;
  chatId: string;
  telegramMessageIds: string[];
  errorCode: number | null;
  errorDescription: string | null;
  attempts: number;
  sender: string | null;
  sentAt: string | null;
  clickedAt: string | null;
}

const MESSAGE_FIELDS = 'id status chatId telegramMessageIds errorCode errorDescription attempts sender sentAt clickedAt';

export async function sendMessage(app: TestApp, apiKey: string, input: object): Promise<MessageView> {
  const result = await gql<{ sendMessage: MessageView }>(
    app,
    `mutation($input: SendMessageInput!) { sendMessage(input: $input) { ${MESSAGE_FIELDS} } }`,
    { input },
    apiKey,
  );
  if (!result.data) throw new Error(`sendMessage failed: ${JSON.stringify(result.errors)}`);
  return result.data.sendMessage;
}

export async function messageById(app: TestApp, apiKey: string, id: string): Promise<MessageView | null> {
  const result = await gql<{ message: MessageView | null }>(app, `query($id: ID!) { message(id: $id) { ${MESSAGE_FIELDS} } }`, { id }, apiKey);
  return result.data!.message;
}

/** Waits until the delivery engine has settled the message (it is no longer QUEUED). */
export function settled(app: TestApp, apiKey: string, id: string, timeoutMs = 15_000): Promise<MessageView> {
  return eventually(async () => (await messageById(app, apiKey, id))!, (message) => message.status !== 'QUEUED', timeoutMs);
}
