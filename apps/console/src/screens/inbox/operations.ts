import { graphql } from '../../gql';

export const InboxConversation = graphql(`
  fragment InboxConversation on TelegramIdentity {
    id
    botId
    contactId
    chatId
    title
    firstName
    lastName
    username
    unreadCount
    lastMessageAt
    lastMessagePreview
    blocked
  }
`);

/** A page of the inbox; the page size leaves room for "load more" to be worth a click. */
export const Conversations = graphql(`
  query Conversations($after: String) {
    conversations(first: 20, after: $after) {
      nodes {
        ...InboxConversation
      }
      pageInfo {
        ...PageCursor
      }
    }
  }
`);

/** What a thread shows of a message sent; `text` is aliased, as the person's messages type it otherwise. */
export const SentEntry = graphql(`
  fragment SentEntry on OutboundMessage {
    id
    createdAt
    status
    errorDescription
    source
    sentText: text
    replyMarkup
  }
`);

/** The contact's identities are few (one per bot); the screen keeps the open conversation's. */
export const Thread = graphql(`
  query Thread($contactId: ID!, $after: String) {
    contact(id: $contactId) {
      id
      identities {
        id
        thread(first: 25, after: $after) {
          nodes {
            __typename
            ... on ConversationMessage {
              id
              createdAt
              kind
              text
              callbackData
            }
            ...SentEntry
          }
          pageInfo {
            ...PageCursor
          }
        }
      }
    }
  }
`);

export const MessageReceived = graphql(`
  subscription MessageReceived {
    messageReceived {
      id
      identityId
    }
  }
`);

export const MessageStatusChanged = graphql(`
  subscription MessageStatusChanged {
    messageStatusChanged {
      id
      botId
      chatId
      status
    }
  }
`);

export const SendReply = graphql(`
  mutation SendReply($input: SendMessageInput!) {
    sendMessage(input: $input) {
      ...SentEntry
    }
  }
`);

export const MarkRead = graphql(`
  mutation MarkRead($id: ID!) {
    markConversationRead(id: $id) {
      id
      unreadCount
    }
  }
`);
