import { graphql } from '../../gql';

/** The broadcasts screen's GraphQL: fragments keep each field list in one place. */

graphql(`
  fragment BroadcastCounts on BroadcastStats {
    audience
    skipped
    queued
    sent
    failed
    clicked
    cancelled
  }
`);

graphql(`
  fragment BroadcastPace on BroadcastProgress {
    percent
    sentPerSecond
    eta
  }
`);

graphql(`
  fragment BroadcastCost on BroadcastEstimate {
    recipients
    durationSeconds
    sendRate
    paid
    stars
  }
`);

graphql(`
  fragment BroadcastStateChange on Broadcast {
    id
    state
    scheduledAt
  }
`);

graphql(`
  fragment BroadcastFields on Broadcast {
    id
    name
    state
    botId
    text
    parseMode
    photo
    replyMarkup
    paid
    scheduledAt
    startedAt
    finishedAt
    audience {
      contactIds
      segmentId
      jobId
      filterBySegment
      allContacts
    }
  }
`);

export const Broadcasts = graphql(`
  query Broadcasts($after: String) {
    broadcasts(first: 20, after: $after) {
      nodes {
        id
        name
        state
        botId
        scheduledAt
        createdAt
        stats { ...BroadcastCounts }
      }
      pageInfo { endCursor hasNextPage }
    }
  }
`);

/** What a broadcast is composed from: the tenant's bots, segments and jobs (the first hundred of each). */
export const BroadcastChoices = graphql(`
  query BroadcastChoices {
    bots(first: 100) {
      nodes {
        id
        name
        username
        sendRate
        paidBroadcasts
      }
    }
    segments(first: 100) {
      nodes {
        id
        name
        count
      }
    }
    jobs(first: 100) {
      nodes { jobId title segmentId }
    }
  }
`);

export const BroadcastDetail = graphql(`
  query BroadcastDetail($id: ID!) {
    broadcast(id: $id) {
      ...BroadcastFields
      estimate { ...BroadcastCost }
      stats { ...BroadcastCounts }
      progress { ...BroadcastPace }
    }
  }
`);

export const BroadcastDeliveries = graphql(`
  query BroadcastDeliveries($id: ID!, $after: String) {
    broadcast(id: $id) {
      id
      deliveries(first: 10, after: $after) {
        nodes {
          contactId
          status
          error
          skipReason
          sentAt
        }
        pageInfo { endCursor hasNextPage }
      }
    }
  }
`);

export const BroadcastProgressFeed = graphql(`
  subscription BroadcastProgressFeed($id: ID!) {
    broadcastProgress(id: $id) {
      broadcastId
      state
      stats { ...BroadcastCounts }
      progress { ...BroadcastPace }
    }
  }
`);

export const ContactsToPick = graphql(`
  query ContactsToPick($botId: ID!, $search: String) {
    contacts(first: 20, filter: { botId: $botId, search: $search }) {
      nodes {
        id
        firstName
        lastName
        username
      }
    }
  }
`);

export const PreviewForContact = graphql(`
  query PreviewForContact($botId: ID!, $contactId: ID!, $text: String!, $parseMode: String) {
    broadcastPreview(botId: $botId, contactId: $contactId, text: $text, parseMode: $parseMode) { text reachable }
  }
`);

export const CreateBroadcast = graphql(`mutation CreateBroadcast($input: CreateBroadcastInput!) { createBroadcast(input: $input) { ...BroadcastFields } }`);
export const UpdateBroadcast = graphql(`
  mutation UpdateBroadcast($id: ID!, $input: UpdateBroadcastInput!) { updateBroadcast(id: $id, input: $input) { ...BroadcastFields } }
`);
export const LaunchBroadcast = graphql(`
  mutation LaunchBroadcast($id: ID!, $scheduledAt: DateTime) { launchBroadcast(id: $id, scheduledAt: $scheduledAt) { ...BroadcastStateChange } }
`);

export const PauseBroadcast = graphql(`mutation PauseBroadcast($id: ID!) { pauseBroadcast(id: $id) { ...BroadcastStateChange } }`);
export const ResumeBroadcast = graphql(`mutation ResumeBroadcast($id: ID!) { resumeBroadcast(id: $id) { ...BroadcastStateChange } }`);
export const CancelBroadcast = graphql(`mutation CancelBroadcast($id: ID!) { cancelBroadcast(id: $id) { ...BroadcastStateChange } }`);
