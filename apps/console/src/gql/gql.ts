/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query BotChoices {\n    bots(first: 100) {\n      nodes {\n        id\n        name\n        username\n      }\n    }\n  }\n": typeof types.BotChoicesDocument,
    "\n  query ApiKeyList($after: String, $includeRevoked: Boolean!) {\n    apiKeys(first: 20, after: $after, includeRevoked: $includeRevoked) {\n      nodes { id name prefix botId createdAt lastUsedAt revokedAt }\n      pageInfo { ...PageCursor }\n    }\n  }\n": typeof types.ApiKeyListDocument,
    "\n  mutation CreateTenantApiKey($name: String!) {\n    createApiKey(input: { name: $name }) { key apiKey { id name } }\n  }\n": typeof types.CreateTenantApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) { id name revokedAt }\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  mutation UpdateBot($id: ID!, $input: UpdateBotInput!) {\n    updateBot(id: $id, input: $input) { id name dailyLimit sendRate paidBroadcasts }\n  }\n": typeof types.UpdateBotDocument,
    "\n  mutation CreateBotApiKey($botId: ID!, $name: String!) {\n    createBotApiKey(botId: $botId, input: { name: $name }) { key apiKey { id name } }\n  }\n": typeof types.CreateBotApiKeyDocument,
    "\n  fragment BotSummary on Bot {\n    id\n    name\n    username\n    dailyLimit\n    lastErrorMessage\n    lastErrorAt\n    connection { connected webhookUrl pendingUpdateCount lastErrorDate lastErrorMessage }\n  }\n": typeof types.BotSummaryFragmentDoc,
    "\n  query BotList($after: String) {\n    bots(first: 20, after: $after) {\n      nodes { ...BotSummary tokenHint telegramBotId sendRate paidBroadcasts createdAt }\n      pageInfo { ...PageCursor }\n    }\n  }\n": typeof types.BotListDocument,
    "\n  mutation RegisterBot($input: RegisterBotInput!) {\n    registerBot(input: $input) { id name username }\n  }\n": typeof types.RegisterBotDocument,
    "\n  mutation DeleteBot($id: ID!) {\n    deleteBot(id: $id)\n  }\n": typeof types.DeleteBotDocument,
    "\n  fragment BroadcastCounts on BroadcastStats {\n    audience\n    skipped\n    queued\n    sent\n    failed\n    clicked\n    cancelled\n  }\n": typeof types.BroadcastCountsFragmentDoc,
    "\n  fragment BroadcastPace on BroadcastProgress {\n    percent\n    sentPerSecond\n    eta\n  }\n": typeof types.BroadcastPaceFragmentDoc,
    "\n  fragment BroadcastCost on BroadcastEstimate {\n    recipients\n    durationSeconds\n    sendRate\n    paid\n    stars\n  }\n": typeof types.BroadcastCostFragmentDoc,
    "\n  fragment BroadcastStateChange on Broadcast {\n    id\n    state\n    scheduledAt\n  }\n": typeof types.BroadcastStateChangeFragmentDoc,
    "\n  fragment BroadcastFields on Broadcast {\n    id\n    name\n    state\n    botId\n    text\n    parseMode\n    photo\n    replyMarkup\n    paid\n    scheduledAt\n    startedAt\n    finishedAt\n    audience {\n      contactIds\n      segmentId\n      jobId\n      filterBySegment\n      allContacts\n    }\n  }\n": typeof types.BroadcastFieldsFragmentDoc,
    "\n  query Broadcasts($after: String) {\n    broadcasts(first: 20, after: $after) {\n      nodes {\n        id\n        name\n        state\n        botId\n        scheduledAt\n        createdAt\n        stats { ...BroadcastCounts }\n      }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n": typeof types.BroadcastsDocument,
    "\n  query BroadcastChoices {\n    bots(first: 100) {\n      nodes {\n        id\n        name\n        username\n        sendRate\n        paidBroadcasts\n      }\n    }\n    segments(first: 100) {\n      nodes {\n        id\n        name\n        count\n      }\n    }\n    jobs(first: 100) {\n      nodes { jobId title segmentId }\n    }\n  }\n": typeof types.BroadcastChoicesDocument,
    "\n  query BroadcastDetail($id: ID!) {\n    broadcast(id: $id) {\n      ...BroadcastFields\n      estimate { ...BroadcastCost }\n      stats { ...BroadcastCounts }\n      progress { ...BroadcastPace }\n    }\n  }\n": typeof types.BroadcastDetailDocument,
    "\n  query BroadcastDeliveries($id: ID!, $after: String) {\n    broadcast(id: $id) {\n      id\n      deliveries(first: 10, after: $after) {\n        nodes {\n          contactId\n          status\n          error\n          skipReason\n          sentAt\n        }\n        pageInfo { endCursor hasNextPage }\n      }\n    }\n  }\n": typeof types.BroadcastDeliveriesDocument,
    "\n  subscription BroadcastProgressFeed($id: ID!) {\n    broadcastProgress(id: $id) {\n      broadcastId\n      state\n      stats { ...BroadcastCounts }\n      progress { ...BroadcastPace }\n    }\n  }\n": typeof types.BroadcastProgressFeedDocument,
    "\n  query ContactsToPick($botId: ID!, $search: String) {\n    contacts(first: 20, filter: { botId: $botId, search: $search }) {\n      nodes {\n        id\n        firstName\n        lastName\n        username\n      }\n    }\n  }\n": typeof types.ContactsToPickDocument,
    "\n  query PreviewForContact($botId: ID!, $contactId: ID!, $text: String!, $parseMode: String) {\n    broadcastPreview(botId: $botId, contactId: $contactId, text: $text, parseMode: $parseMode) { text reachable }\n  }\n": typeof types.PreviewForContactDocument,
    "mutation CreateBroadcast($input: CreateBroadcastInput!) { createBroadcast(input: $input) { ...BroadcastFields } }": typeof types.CreateBroadcastDocument,
    "\n  mutation UpdateBroadcast($id: ID!, $input: UpdateBroadcastInput!) { updateBroadcast(id: $id, input: $input) { ...BroadcastFields } }\n": typeof types.UpdateBroadcastDocument,
    "\n  mutation LaunchBroadcast($id: ID!, $scheduledAt: DateTime) { launchBroadcast(id: $id, scheduledAt: $scheduledAt) { ...BroadcastStateChange } }\n": typeof types.LaunchBroadcastDocument,
    "mutation PauseBroadcast($id: ID!) { pauseBroadcast(id: $id) { ...BroadcastStateChange } }": typeof types.PauseBroadcastDocument,
    "mutation ResumeBroadcast($id: ID!) { resumeBroadcast(id: $id) { ...BroadcastStateChange } }": typeof types.ResumeBroadcastDocument,
    "mutation CancelBroadcast($id: ID!) { cancelBroadcast(id: $id) { ...BroadcastStateChange } }": typeof types.CancelBroadcastDocument,
    "\n  fragment ContactRowFields on Contact {\n    id\n    kind\n    firstName\n    lastName\n    username\n    tags\n    lastActivityAt\n    identities {\n      id\n      botId\n      blocked\n    }\n  }\n": typeof types.ContactRowFieldsFragmentDoc,
    "\n  query ContactPage($after: String, $filter: ContactCriteria) {\n    contacts(first: 20, after: $after, filter: $filter) { nodes { ...ContactRowFields } pageInfo { ...PageCursor } }\n  }\n": typeof types.ContactPageDocument,
    "\n  query ContactDetail($id: ID!) {\n    contact(id: $id) {\n      ...ContactRowFields\n      email\n      phone\n      externalCustomerId\n      languageCode\n      attributes\n      createdAt\n      identities {\n        chatId\n        chatType\n        blockedAt\n        lastMessageAt\n      }\n    }\n  }\n": typeof types.ContactDetailDocument,
    "\n  query ContactConversation($id: ID!, $after: String) {\n    contact(id: $id) {\n      id\n      messages(first: 20, after: $after) {\n        nodes {\n          id\n          botId\n          direction\n          kind\n          text\n          createdAt\n        }\n        pageInfo {\n          ...PageCursor\n        }\n      }\n    }\n  }\n": typeof types.ContactConversationDocument,
    "\n  mutation UpdateContact($id: ID!, $input: ContactFieldsInput!) {\n    updateContact(id: $id, input: $input) {\n      ...ContactRowFields\n      email\n      phone\n      externalCustomerId\n      attributes\n    }\n  }\n": typeof types.UpdateContactDocument,
    "mutation MergeContacts($sourceId: ID!, $targetId: ID!) { mergeContacts(sourceId: $sourceId, targetId: $targetId) { ...ContactRowFields } }": typeof types.MergeContactsDocument,
    "mutation DeleteContact($id: ID!) { deleteContact(id: $id) }": typeof types.DeleteContactDocument,
    "fragment SegmentFields on Segment { id name count criteria updatedAt }": typeof types.SegmentFieldsFragmentDoc,
    "query SegmentPage($after: String) { segments(first: 20, after: $after) { nodes { ...SegmentFields } pageInfo { ...PageCursor } } }": typeof types.SegmentPageDocument,
    "mutation CreateSegment($input: CreateSegmentInput!) { createSegment(input: $input) { ...SegmentFields } }": typeof types.CreateSegmentDocument,
    "mutation UpdateSegment($id: ID!, $input: UpdateSegmentInput!) { updateSegment(id: $id, input: $input) { ...SegmentFields } }": typeof types.UpdateSegmentDocument,
    "mutation DeleteSegment($id: ID!) { deleteSegment(id: $id) }": typeof types.DeleteSegmentDocument,
    "query SegmentCount($criteria: ContactCriteria!) { segmentCount(criteria: $criteria) }": typeof types.SegmentCountDocument,
    "\n  query EventEndpoints($after: String) {\n    eventEndpoints(first: 20, after: $after) {\n      nodes {\n        id\n        url\n        description\n        eventTypes\n        enabled\n        disabledReason\n        failingSince\n      }\n      pageInfo {\n        ...PageCursor\n      }\n    }\n  }\n": typeof types.EventEndpointsDocument,
    "\n  mutation CreateEventEndpoint($input: CreateEventEndpointInput!) {\n    createEventEndpoint(input: $input) {\n      endpoint {\n        id\n        url\n      }\n      secret\n    }\n  }\n": typeof types.CreateEventEndpointDocument,
    "\n  mutation UpdateEventEndpoint($id: ID!, $input: UpdateEventEndpointInput!) {\n    updateEventEndpoint(id: $id, input: $input) {\n      id\n      enabled\n      disabledReason\n      failingSince\n    }\n  }\n": typeof types.UpdateEventEndpointDocument,
    "\n  mutation RotateEventEndpointSecret($id: ID!) {\n    rotateEventEndpointSecret(id: $id) {\n      secret\n      endpoint {\n        id\n        previousSecretExpiresAt\n      }\n    }\n  }\n": typeof types.RotateEventEndpointSecretDocument,
    "\n  mutation DeleteEventEndpoint($id: ID!) {\n    deleteEventEndpoint(id: $id)\n  }\n": typeof types.DeleteEventEndpointDocument,
    "\n  query EventDeliveries($id: ID!, $after: String) {\n    eventEndpoint(id: $id) {\n      id\n      deliveries(first: 20, after: $after) {\n        nodes {\n          id\n          eventType\n          status\n          attemptCount\n          lastStatusCode\n          lastError\n          createdAt\n        }\n        pageInfo {\n          ...PageCursor\n        }\n      }\n    }\n  }\n": typeof types.EventDeliveriesDocument,
    "\n  mutation ReplayEventDelivery($id: ID!) {\n    replayEventDelivery(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.ReplayEventDeliveryDocument,
    "\n  fragment InboxConversation on TelegramIdentity {\n    id\n    botId\n    contactId\n    chatId\n    title\n    firstName\n    lastName\n    username\n    unreadCount\n    lastMessageAt\n    lastMessagePreview\n    blocked\n  }\n": typeof types.InboxConversationFragmentDoc,
    "\n  query Conversations($after: String) {\n    conversations(first: 20, after: $after) {\n      nodes {\n        ...InboxConversation\n      }\n      pageInfo {\n        ...PageCursor\n      }\n    }\n  }\n": typeof types.ConversationsDocument,
    "\n  fragment SentEntry on OutboundMessage {\n    id\n    createdAt\n    status\n    errorDescription\n    source\n    sentText: text\n    replyMarkup\n  }\n": typeof types.SentEntryFragmentDoc,
    "\n  query Thread($contactId: ID!, $after: String) {\n    contact(id: $contactId) {\n      id\n      identities {\n        id\n        thread(first: 25, after: $after) {\n          nodes {\n            __typename\n            ... on ConversationMessage {\n              id\n              createdAt\n              kind\n              text\n              callbackData\n            }\n            ...SentEntry\n          }\n          pageInfo {\n            ...PageCursor\n          }\n        }\n      }\n    }\n  }\n": typeof types.ThreadDocument,
    "\n  subscription MessageReceived {\n    messageReceived {\n      id\n      identityId\n    }\n  }\n": typeof types.MessageReceivedDocument,
    "\n  subscription MessageStatusChanged {\n    messageStatusChanged {\n      id\n      botId\n      chatId\n      status\n    }\n  }\n": typeof types.MessageStatusChangedDocument,
    "\n  mutation SendReply($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      ...SentEntry\n    }\n  }\n": typeof types.SendReplyDocument,
    "\n  mutation MarkRead($id: ID!) {\n    markConversationRead(id: $id) {\n      id\n      unreadCount\n    }\n  }\n": typeof types.MarkReadDocument,
    "\n  fragment JobRow on Job {\n    id\n    jobId\n    title\n    url\n    segmentId\n    message\n  }\n": typeof types.JobRowFragmentDoc,
    "\n  query JobPage($after: String) {\n    jobs(first: 20, after: $after) {\n      nodes {\n        ...JobRow\n      }\n      pageInfo {\n        ...PageCursor\n      }\n    }\n  }\n": typeof types.JobPageDocument,
    "\n  query JobSegments {\n    segments(first: 100) {\n      nodes {\n        id\n        name\n        count\n      }\n    }\n  }\n": typeof types.JobSegmentsDocument,
    "\n  mutation CreateJob($input: CreateJobInput!) {\n    createJob(input: $input) {\n      ...JobRow\n    }\n  }\n": typeof types.CreateJobDocument,
    "\n  mutation NotifyJobTester($jobId: String!, $testerId: String!, $message: String) {\n    notifyJobTester(jobId: $jobId, testerId: $testerId, message: $message) {\n      testerId\n      telegramChatId\n      messageId\n      sentAt\n    }\n  }\n": typeof types.NotifyJobTesterDocument,
    "\n  mutation DraftJobBroadcast($input: CreateBroadcastInput!) {\n    createBroadcast(input: $input) {\n      id\n    }\n  }\n": typeof types.DraftJobBroadcastDocument,
    "\n  mutation LaunchJobBroadcast($id: ID!) {\n    launchBroadcast(id: $id) {\n      id\n      name\n      state\n      stats {\n        audience\n      }\n    }\n  }\n": typeof types.LaunchJobBroadcastDocument,
    "\n  query OverviewBots($after: String) {\n    bots(first: 25, after: $after) {\n      nodes { ...BotSummary dailyLimitUsed sendsToday { queued sent failed clicked } }\n      pageInfo { ...PageCursor }\n    }\n  }\n": typeof types.OverviewBotsDocument,
    "\n  query TodaysFailures($after: String) {\n    recentFailures(first: 10, after: $after) {\n      nodes { id botId chatId text createdAt errorCode errorDescription }\n      pageInfo { ...PageCursor }\n    }\n  }\n": typeof types.TodaysFailuresDocument,
    "\n  fragment ReplicaFields on Replica {\n    id\n    name\n    shortDescription\n    greeting\n    slug\n    ownerID\n    type\n    private\n    tags\n    suggestedQuestions\n    llm {\n      model\n      systemMessage\n      baseUrl\n    }\n    endpoint {\n      url\n    }\n  }\n": typeof types.ReplicaFieldsFragmentDoc,
    "query ReplicaPage($after: String) { replicas(first: 20, after: $after) { nodes { ...ReplicaFields } pageInfo { ...PageCursor } } }": typeof types.ReplicaPageDocument,
    "query ReplicaDetail($id: ID!) { replica(id: $id) { ...ReplicaFields } }": typeof types.ReplicaDetailDocument,
    "mutation CreateReplica($input: ReplicaInput!) { createReplica(input: $input) { ...ReplicaFields } }": typeof types.CreateReplicaDocument,
    "mutation UpdateReplica($id: ID!, $input: ReplicaInput!) { updateReplica(id: $id, input: $input) { ...ReplicaFields } }": typeof types.UpdateReplicaDocument,
    "mutation DeleteReplica($id: ID!) { deleteReplica(id: $id) }": typeof types.DeleteReplicaDocument,
    "fragment IntegrationFields on ReplicaTelegramIntegration { id state mention botId attempts lastError updatedAt }": typeof types.IntegrationFieldsFragmentDoc,
    "\n  query ReplicaIntegration($replicaId: ID!) {\n    replicaTelegramIntegration(replicaId: $replicaId) { ...IntegrationFields }\n  }\n": typeof types.ReplicaIntegrationDocument,
    "\n  mutation IntegrateReplica($replicaId: ID!, $input: TelegramIntegrationInput!) {\n    integrateReplicaWithTelegram(replicaId: $replicaId, input: $input) { ...IntegrationFields }\n  }\n": typeof types.IntegrateReplicaDocument,
    "query IntegratedBot($id: ID!) { bot(id: $id) { id name username } }": typeof types.IntegratedBotDocument,
    "mutation RemoveReplicaIntegration($replicaId: ID!) { removeReplicaTelegramIntegration(replicaId: $replicaId) }": typeof types.RemoveReplicaIntegrationDocument,
    "\n  mutation AskReplica($replicaId: ID!, $messages: [ReplicaChatTurnInput!]!) {\n    askReplica(replicaId: $replicaId, messages: $messages) {\n      text\n      fallback\n      error\n    }\n  }\n": typeof types.AskReplicaDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query OperatorCheck {\n    me {\n      kind\n    }\n  }\n": typeof types.OperatorCheckDocument,
    "\n  query Tenants($after: String) {\n    tenants(first: 50, after: $after) {\n      nodes {\n        id\n        name\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.TenantsDocument,
    "\n  mutation CreateTenant($name: String!) {\n    createTenant(input: { name: $name }) {\n      tenant {\n        id\n        name\n        createdAt\n      }\n      apiKey\n    }\n  }\n": typeof types.CreateTenantDocument,
    "\n  fragment PageCursor on PageInfo {\n    endCursor\n    hasNextPage\n  }\n": typeof types.PageCursorFragmentDoc,
};
const documents: Documents = {
    "\n  query BotChoices {\n    bots(first: 100) {\n      nodes {\n        id\n        name\n        username\n      }\n    }\n  }\n": types.BotChoicesDocument,
    "\n  query ApiKeyList($after: String, $includeRevoked: Boolean!) {\n    apiKeys(first: 20, after: $after, includeRevoked: $includeRevoked) {\n      nodes { id name prefix botId createdAt lastUsedAt revokedAt }\n      pageInfo { ...PageCursor }\n    }\n  }\n": types.ApiKeyListDocument,
    "\n  mutation CreateTenantApiKey($name: String!) {\n    createApiKey(input: { name: $name }) { key apiKey { id name } }\n  }\n": types.CreateTenantApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) { id name revokedAt }\n  }\n": types.RevokeApiKeyDocument,
    "\n  mutation UpdateBot($id: ID!, $input: UpdateBotInput!) {\n    updateBot(id: $id, input: $input) { id name dailyLimit sendRate paidBroadcasts }\n  }\n": types.UpdateBotDocument,
    "\n  mutation CreateBotApiKey($botId: ID!, $name: String!) {\n    createBotApiKey(botId: $botId, input: { name: $name }) { key apiKey { id name } }\n  }\n": types.CreateBotApiKeyDocument,
    "\n  fragment BotSummary on Bot {\n    id\n    name\n    username\n    dailyLimit\n    lastErrorMessage\n    lastErrorAt\n    connection { connected webhookUrl pendingUpdateCount lastErrorDate lastErrorMessage }\n  }\n": types.BotSummaryFragmentDoc,
    "\n  query BotList($after: String) {\n    bots(first: 20, after: $after) {\n      nodes { ...BotSummary tokenHint telegramBotId sendRate paidBroadcasts createdAt }\n      pageInfo { ...PageCursor }\n    }\n  }\n": types.BotListDocument,
    "\n  mutation RegisterBot($input: RegisterBotInput!) {\n    registerBot(input: $input) { id name username }\n  }\n": types.RegisterBotDocument,
    "\n  mutation DeleteBot($id: ID!) {\n    deleteBot(id: $id)\n  }\n": types.DeleteBotDocument,
    "\n  fragment BroadcastCounts on BroadcastStats {\n    audience\n    skipped\n    queued\n    sent\n    failed\n    clicked\n    cancelled\n  }\n": types.BroadcastCountsFragmentDoc,
    "\n  fragment BroadcastPace on BroadcastProgress {\n    percent\n    sentPerSecond\n    eta\n  }\n": types.BroadcastPaceFragmentDoc,
    "\n  fragment BroadcastCost on BroadcastEstimate {\n    recipients\n    durationSeconds\n    sendRate\n    paid\n    stars\n  }\n": types.BroadcastCostFragmentDoc,
    "\n  fragment BroadcastStateChange on Broadcast {\n    id\n    state\n    scheduledAt\n  }\n": types.BroadcastStateChangeFragmentDoc,
    "\n  fragment BroadcastFields on Broadcast {\n    id\n    name\n    state\n    botId\n    text\n    parseMode\n    photo\n    replyMarkup\n    paid\n    scheduledAt\n    startedAt\n    finishedAt\n    audience {\n      contactIds\n      segmentId\n      jobId\n      filterBySegment\n      allContacts\n    }\n  }\n": types.BroadcastFieldsFragmentDoc,
    "\n  query Broadcasts($after: String) {\n    broadcasts(first: 20, after: $after) {\n      nodes {\n        id\n        name\n        state\n        botId\n        scheduledAt\n        createdAt\n        stats { ...BroadcastCounts }\n      }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n": types.BroadcastsDocument,
    "\n  query BroadcastChoices {\n    bots(first: 100) {\n      nodes {\n        id\n        name\n        username\n        sendRate\n        paidBroadcasts\n      }\n    }\n    segments(first: 100) {\n      nodes {\n        id\n        name\n        count\n      }\n    }\n    jobs(first: 100) {\n      nodes { jobId title segmentId }\n    }\n  }\n": types.BroadcastChoicesDocument,
    "\n  query BroadcastDetail($id: ID!) {\n    broadcast(id: $id) {\n      ...BroadcastFields\n      estimate { ...BroadcastCost }\n      stats { ...BroadcastCounts }\n      progress { ...BroadcastPace }\n    }\n  }\n": types.BroadcastDetailDocument,
    "\n  query BroadcastDeliveries($id: ID!, $after: String) {\n    broadcast(id: $id) {\n      id\n      deliveries(first: 10, after: $after) {\n        nodes {\n          contactId\n          status\n          error\n          skipReason\n          sentAt\n        }\n        pageInfo { endCursor hasNextPage }\n      }\n    }\n  }\n": types.BroadcastDeliveriesDocument,
    "\n  subscription BroadcastProgressFeed($id: ID!) {\n    broadcastProgress(id: $id) {\n      broadcastId\n      state\n      stats { ...BroadcastCounts }\n      progress { ...BroadcastPace }\n    }\n  }\n": types.BroadcastProgressFeedDocument,
    "\n  query ContactsToPick($botId: ID!, $search: String) {\n    contacts(first: 20, filter: { botId: $botId, search: $search }) {\n      nodes {\n        id\n        firstName\n        lastName\n        username\n      }\n    }\n  }\n": types.ContactsToPickDocument,
    "\n  query PreviewForContact($botId: ID!, $contactId: ID!, $text: String!, $parseMode: String) {\n    broadcastPreview(botId: $botId, contactId: $contactId, text: $text, parseMode: $parseMode) { text reachable }\n  }\n": types.PreviewForContactDocument,
    "mutation CreateBroadcast($input: CreateBroadcastInput!) { createBroadcast(input: $input) { ...BroadcastFields } }": types.CreateBroadcastDocument,
    "\n  mutation UpdateBroadcast($id: ID!, $input: UpdateBroadcastInput!) { updateBroadcast(id: $id, input: $input) { ...BroadcastFields } }\n": types.UpdateBroadcastDocument,
    "\n  mutation LaunchBroadcast($id: ID!, $scheduledAt: DateTime) { launchBroadcast(id: $id, scheduledAt: $scheduledAt) { ...BroadcastStateChange } }\n": types.LaunchBroadcastDocument,
    "mutation PauseBroadcast($id: ID!) { pauseBroadcast(id: $id) { ...BroadcastStateChange } }": types.PauseBroadcastDocument,
    "mutation ResumeBroadcast($id: ID!) { resumeBroadcast(id: $id) { ...BroadcastStateChange } }": types.ResumeBroadcastDocument,
    "mutation CancelBroadcast($id: ID!) { cancelBroadcast(id: $id) { ...BroadcastStateChange } }": types.CancelBroadcastDocument,
    "\n  fragment ContactRowFields on Contact {\n    id\n    kind\n    firstName\n    lastName\n    username\n    tags\n    lastActivityAt\n    identities {\n      id\n      botId\n      blocked\n    }\n  }\n": types.ContactRowFieldsFragmentDoc,
    "\n  query ContactPage($after: String, $filter: ContactCriteria) {\n    contacts(first: 20, after: $after, filter: $filter) { nodes { ...ContactRowFields } pageInfo { ...PageCursor } }\n  }\n": types.ContactPageDocument,
    "\n  query ContactDetail($id: ID!) {\n    contact(id: $id) {\n      ...ContactRowFields\n      email\n      phone\n      externalCustomerId\n      languageCode\n      attributes\n      createdAt\n      identities {\n        chatId\n        chatType\n        blockedAt\n        lastMessageAt\n      }\n    }\n  }\n": types.ContactDetailDocument,
    "\n  query ContactConversation($id: ID!, $after: String) {\n    contact(id: $id) {\n      id\n      messages(first: 20, after: $after) {\n        nodes {\n          id\n          botId\n          direction\n          kind\n          text\n          createdAt\n        }\n        pageInfo {\n          ...PageCursor\n        }\n      }\n    }\n  }\n": types.ContactConversationDocument,
    "\n  mutation UpdateContact($id: ID!, $input: ContactFieldsInput!) {\n    updateContact(id: $id, input: $input) {\n      ...ContactRowFields\n      email\n      phone\n      externalCustomerId\n      attributes\n    }\n  }\n": types.UpdateContactDocument,
    "mutation MergeContacts($sourceId: ID!, $targetId: ID!) { mergeContacts(sourceId: $sourceId, targetId: $targetId) { ...ContactRowFields } }": types.MergeContactsDocument,
    "mutation DeleteContact($id: ID!) { deleteContact(id: $id) }": types.DeleteContactDocument,
    "fragment SegmentFields on Segment { id name count criteria updatedAt }": types.SegmentFieldsFragmentDoc,
    "query SegmentPage($after: String) { segments(first: 20, after: $after) { nodes { ...SegmentFields } pageInfo { ...PageCursor } } }": types.SegmentPageDocument,
    "mutation CreateSegment($input: CreateSegmentInput!) { createSegment(input: $input) { ...SegmentFields } }": types.CreateSegmentDocument,
    "mutation UpdateSegment($id: ID!, $input: UpdateSegmentInput!) { updateSegment(id: $id, input: $input) { ...SegmentFields } }": types.UpdateSegmentDocument,
    "mutation DeleteSegment($id: ID!) { deleteSegment(id: $id) }": types.DeleteSegmentDocument,
    "query SegmentCount($criteria: ContactCriteria!) { segmentCount(criteria: $criteria) }": types.SegmentCountDocument,
    "\n  query EventEndpoints($after: String) {\n    eventEndpoints(first: 20, after: $after) {\n      nodes {\n        id\n        url\n        description\n        eventTypes\n        enabled\n        disabledReason\n        failingSince\n      }\n      pageInfo {\n        ...PageCursor\n      }\n    }\n  }\n": types.EventEndpointsDocument,
    "\n  mutation CreateEventEndpoint($input: CreateEventEndpointInput!) {\n    createEventEndpoint(input: $input) {\n      endpoint {\n        id\n        url\n      }\n      secret\n    }\n  }\n": types.CreateEventEndpointDocument,
    "\n  mutation UpdateEventEndpoint($id: ID!, $input: UpdateEventEndpointInput!) {\n    updateEventEndpoint(id: $id, input: $input) {\n      id\n      enabled\n      disabledReason\n      failingSince\n    }\n  }\n": types.UpdateEventEndpointDocument,
    "\n  mutation RotateEventEndpointSecret($id: ID!) {\n    rotateEventEndpointSecret(id: $id) {\n      secret\n      endpoint {\n        id\n        previousSecretExpiresAt\n      }\n    }\n  }\n": types.RotateEventEndpointSecretDocument,
    "\n  mutation DeleteEventEndpoint($id: ID!) {\n    deleteEventEndpoint(id: $id)\n  }\n": types.DeleteEventEndpointDocument,
    "\n  query EventDeliveries($id: ID!, $after: String) {\n    eventEndpoint(id: $id) {\n      id\n      deliveries(first: 20, after: $after) {\n        nodes {\n          id\n          eventType\n          status\n          attemptCount\n          lastStatusCode\n          lastError\n          createdAt\n        }\n        pageInfo {\n          ...PageCursor\n        }\n      }\n    }\n  }\n": types.EventDeliveriesDocument,
    "\n  mutation ReplayEventDelivery($id: ID!) {\n    replayEventDelivery(id: $id) {\n      id\n      status\n    }\n  }\n": types.ReplayEventDeliveryDocument,
    "\n  fragment InboxConversation on TelegramIdentity {\n    id\n    botId\n    contactId\n    chatId\n    title\n    firstName\n    lastName\n    username\n    unreadCount\n    lastMessageAt\n    lastMessagePreview\n    blocked\n  }\n": types.InboxConversationFragmentDoc,
    "\n  query Conversations($after: String) {\n    conversations(first: 20, after: $after) {\n      nodes {\n        ...InboxConversation\n      }\n      pageInfo {\n        ...PageCursor\n      }\n    }\n  }\n": types.ConversationsDocument,
    "\n  fragment SentEntry on OutboundMessage {\n    id\n    createdAt\n    status\n    errorDescription\n    source\n    sentText: text\n    replyMarkup\n  }\n": types.SentEntryFragmentDoc,
    "\n  query Thread($contactId: ID!, $after: String) {\n    contact(id: $contactId) {\n      id\n      identities {\n        id\n        thread(first: 25, after: $after) {\n          nodes {\n            __typename\n            ... on ConversationMessage {\n              id\n              createdAt\n              kind\n              text\n              callbackData\n            }\n            ...SentEntry\n          }\n          pageInfo {\n            ...PageCursor\n          }\n        }\n      }\n    }\n  }\n": types.ThreadDocument,
    "\n  subscription MessageReceived {\n    messageReceived {\n      id\n      identityId\n    }\n  }\n": types.MessageReceivedDocument,
    "\n  subscription MessageStatusChanged {\n    messageStatusChanged {\n      id\n      botId\n      chatId\n      status\n    }\n  }\n": types.MessageStatusChangedDocument,
    "\n  mutation SendReply($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      ...SentEntry\n    }\n  }\n": types.SendReplyDocument,
    "\n  mutation MarkRead($id: ID!) {\n    markConversationRead(id: $id) {\n      id\n      unreadCount\n    }\n  }\n": types.MarkReadDocument,
    "\n  fragment JobRow on Job {\n    id\n    jobId\n    title\n    url\n    segmentId\n    message\n  }\n": types.JobRowFragmentDoc,
    "\n  query JobPage($after: String) {\n    jobs(first: 20, after: $after) {\n      nodes {\n        ...JobRow\n      }\n      pageInfo {\n        ...PageCursor\n      }\n    }\n  }\n": types.JobPageDocument,
    "\n  query JobSegments {\n    segments(first: 100) {\n      nodes {\n        id\n        name\n        count\n      }\n    }\n  }\n": types.JobSegmentsDocument,
    "\n  mutation CreateJob($input: CreateJobInput!) {\n    createJob(input: $input) {\n      ...JobRow\n    }\n  }\n": types.CreateJobDocument,
    "\n  mutation NotifyJobTester($jobId: String!, $testerId: String!, $message: String) {\n    notifyJobTester(jobId: $jobId, testerId: $testerId, message: $message) {\n      testerId\n      telegramChatId\n      messageId\n      sentAt\n    }\n  }\n": types.NotifyJobTesterDocument,
    "\n  mutation DraftJobBroadcast($input: CreateBroadcastInput!) {\n    createBroadcast(input: $input) {\n      id\n    }\n  }\n": types.DraftJobBroadcastDocument,
    "\n  mutation LaunchJobBroadcast($id: ID!) {\n    launchBroadcast(id: $id) {\n      id\n      name\n      state\n      stats {\n        audience\n      }\n    }\n  }\n": types.LaunchJobBroadcastDocument,
    "\n  query OverviewBots($after: String) {\n    bots(first: 25, after: $after) {\n      nodes { ...BotSummary dailyLimitUsed sendsToday { queued sent failed clicked } }\n      pageInfo { ...PageCursor }\n    }\n  }\n": types.OverviewBotsDocument,
    "\n  query TodaysFailures($after: String) {\n    recentFailures(first: 10, after: $after) {\n      nodes { id botId chatId text createdAt errorCode errorDescription }\n      pageInfo { ...PageCursor }\n    }\n  }\n": types.TodaysFailuresDocument,
    "\n  fragment ReplicaFields on Replica {\n    id\n    name\n    shortDescription\n    greeting\n    slug\n    ownerID\n    type\n    private\n    tags\n    suggestedQuestions\n    llm {\n      model\n      systemMessage\n      baseUrl\n    }\n    endpoint {\n      url\n    }\n  }\n": types.ReplicaFieldsFragmentDoc,
    "query ReplicaPage($after: String) { replicas(first: 20, after: $after) { nodes { ...ReplicaFields } pageInfo { ...PageCursor } } }": types.ReplicaPageDocument,
    "query ReplicaDetail($id: ID!) { replica(id: $id) { ...ReplicaFields } }": types.ReplicaDetailDocument,
    "mutation CreateReplica($input: ReplicaInput!) { createReplica(input: $input) { ...ReplicaFields } }": types.CreateReplicaDocument,
    "mutation UpdateReplica($id: ID!, $input: ReplicaInput!) { updateReplica(id: $id, input: $input) { ...ReplicaFields } }": types.UpdateReplicaDocument,
    "mutation DeleteReplica($id: ID!) { deleteReplica(id: $id) }": types.DeleteReplicaDocument,
    "fragment IntegrationFields on ReplicaTelegramIntegration { id state mention botId attempts lastError updatedAt }": types.IntegrationFieldsFragmentDoc,
    "\n  query ReplicaIntegration($replicaId: ID!) {\n    replicaTelegramIntegration(replicaId: $replicaId) { ...IntegrationFields }\n  }\n": types.ReplicaIntegrationDocument,
    "\n  mutation IntegrateReplica($replicaId: ID!, $input: TelegramIntegrationInput!) {\n    integrateReplicaWithTelegram(replicaId: $replicaId, input: $input) { ...IntegrationFields }\n  }\n": types.IntegrateReplicaDocument,
    "query IntegratedBot($id: ID!) { bot(id: $id) { id name username } }": types.IntegratedBotDocument,
    "mutation RemoveReplicaIntegration($replicaId: ID!) { removeReplicaTelegramIntegration(replicaId: $replicaId) }": types.RemoveReplicaIntegrationDocument,
    "\n  mutation AskReplica($replicaId: ID!, $messages: [ReplicaChatTurnInput!]!) {\n    askReplica(replicaId: $replicaId, messages: $messages) {\n      text\n      fallback\n      error\n    }\n  }\n": types.AskReplicaDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n    }\n  }\n": types.LoginDocument,
    "\n  query OperatorCheck {\n    me {\n      kind\n    }\n  }\n": types.OperatorCheckDocument,
    "\n  query Tenants($after: String) {\n    tenants(first: 50, after: $after) {\n      nodes {\n        id\n        name\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.TenantsDocument,
    "\n  mutation CreateTenant($name: String!) {\n    createTenant(input: { name: $name }) {\n      tenant {\n        id\n        name\n        createdAt\n      }\n      apiKey\n    }\n  }\n": types.CreateTenantDocument,
    "\n  fragment PageCursor on PageInfo {\n    endCursor\n    hasNextPage\n  }\n": types.PageCursorFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BotChoices {\n    bots(first: 100) {\n      nodes {\n        id\n        name\n        username\n      }\n    }\n  }\n"): (typeof documents)["\n  query BotChoices {\n    bots(first: 100) {\n      nodes {\n        id\n        name\n        username\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeyList($after: String, $includeRevoked: Boolean!) {\n    apiKeys(first: 20, after: $after, includeRevoked: $includeRevoked) {\n      nodes { id name prefix botId createdAt lastUsedAt revokedAt }\n      pageInfo { ...PageCursor }\n    }\n  }\n"): (typeof documents)["\n  query ApiKeyList($after: String, $includeRevoked: Boolean!) {\n    apiKeys(first: 20, after: $after, includeRevoked: $includeRevoked) {\n      nodes { id name prefix botId createdAt lastUsedAt revokedAt }\n      pageInfo { ...PageCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTenantApiKey($name: String!) {\n    createApiKey(input: { name: $name }) { key apiKey { id name } }\n  }\n"): (typeof documents)["\n  mutation CreateTenantApiKey($name: String!) {\n    createApiKey(input: { name: $name }) { key apiKey { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) { id name revokedAt }\n  }\n"): (typeof documents)["\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) { id name revokedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateBot($id: ID!, $input: UpdateBotInput!) {\n    updateBot(id: $id, input: $input) { id name dailyLimit sendRate paidBroadcasts }\n  }\n"): (typeof documents)["\n  mutation UpdateBot($id: ID!, $input: UpdateBotInput!) {\n    updateBot(id: $id, input: $input) { id name dailyLimit sendRate paidBroadcasts }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateBotApiKey($botId: ID!, $name: String!) {\n    createBotApiKey(botId: $botId, input: { name: $name }) { key apiKey { id name } }\n  }\n"): (typeof documents)["\n  mutation CreateBotApiKey($botId: ID!, $name: String!) {\n    createBotApiKey(botId: $botId, input: { name: $name }) { key apiKey { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BotSummary on Bot {\n    id\n    name\n    username\n    dailyLimit\n    lastErrorMessage\n    lastErrorAt\n    connection { connected webhookUrl pendingUpdateCount lastErrorDate lastErrorMessage }\n  }\n"): (typeof documents)["\n  fragment BotSummary on Bot {\n    id\n    name\n    username\n    dailyLimit\n    lastErrorMessage\n    lastErrorAt\n    connection { connected webhookUrl pendingUpdateCount lastErrorDate lastErrorMessage }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BotList($after: String) {\n    bots(first: 20, after: $after) {\n      nodes { ...BotSummary tokenHint telegramBotId sendRate paidBroadcasts createdAt }\n      pageInfo { ...PageCursor }\n    }\n  }\n"): (typeof documents)["\n  query BotList($after: String) {\n    bots(first: 20, after: $after) {\n      nodes { ...BotSummary tokenHint telegramBotId sendRate paidBroadcasts createdAt }\n      pageInfo { ...PageCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterBot($input: RegisterBotInput!) {\n    registerBot(input: $input) { id name username }\n  }\n"): (typeof documents)["\n  mutation RegisterBot($input: RegisterBotInput!) {\n    registerBot(input: $input) { id name username }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteBot($id: ID!) {\n    deleteBot(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteBot($id: ID!) {\n    deleteBot(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BroadcastCounts on BroadcastStats {\n    audience\n    skipped\n    queued\n    sent\n    failed\n    clicked\n    cancelled\n  }\n"): (typeof documents)["\n  fragment BroadcastCounts on BroadcastStats {\n    audience\n    skipped\n    queued\n    sent\n    failed\n    clicked\n    cancelled\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BroadcastPace on BroadcastProgress {\n    percent\n    sentPerSecond\n    eta\n  }\n"): (typeof documents)["\n  fragment BroadcastPace on BroadcastProgress {\n    percent\n    sentPerSecond\n    eta\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BroadcastCost on BroadcastEstimate {\n    recipients\n    durationSeconds\n    sendRate\n    paid\n    stars\n  }\n"): (typeof documents)["\n  fragment BroadcastCost on BroadcastEstimate {\n    recipients\n    durationSeconds\n    sendRate\n    paid\n    stars\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BroadcastStateChange on Broadcast {\n    id\n    state\n    scheduledAt\n  }\n"): (typeof documents)["\n  fragment BroadcastStateChange on Broadcast {\n    id\n    state\n    scheduledAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BroadcastFields on Broadcast {\n    id\n    name\n    state\n    botId\n    text\n    parseMode\n    photo\n    replyMarkup\n    paid\n    scheduledAt\n    startedAt\n    finishedAt\n    audience {\n      contactIds\n      segmentId\n      jobId\n      filterBySegment\n      allContacts\n    }\n  }\n"): (typeof documents)["\n  fragment BroadcastFields on Broadcast {\n    id\n    name\n    state\n    botId\n    text\n    parseMode\n    photo\n    replyMarkup\n    paid\n    scheduledAt\n    startedAt\n    finishedAt\n    audience {\n      contactIds\n      segmentId\n      jobId\n      filterBySegment\n      allContacts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Broadcasts($after: String) {\n    broadcasts(first: 20, after: $after) {\n      nodes {\n        id\n        name\n        state\n        botId\n        scheduledAt\n        createdAt\n        stats { ...BroadcastCounts }\n      }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n"): (typeof documents)["\n  query Broadcasts($after: String) {\n    broadcasts(first: 20, after: $after) {\n      nodes {\n        id\n        name\n        state\n        botId\n        scheduledAt\n        createdAt\n        stats { ...BroadcastCounts }\n      }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BroadcastChoices {\n    bots(first: 100) {\n      nodes {\n        id\n        name\n        username\n        sendRate\n        paidBroadcasts\n      }\n    }\n    segments(first: 100) {\n      nodes {\n        id\n        name\n        count\n      }\n    }\n    jobs(first: 100) {\n      nodes { jobId title segmentId }\n    }\n  }\n"): (typeof documents)["\n  query BroadcastChoices {\n    bots(first: 100) {\n      nodes {\n        id\n        name\n        username\n        sendRate\n        paidBroadcasts\n      }\n    }\n    segments(first: 100) {\n      nodes {\n        id\n        name\n        count\n      }\n    }\n    jobs(first: 100) {\n      nodes { jobId title segmentId }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BroadcastDetail($id: ID!) {\n    broadcast(id: $id) {\n      ...BroadcastFields\n      estimate { ...BroadcastCost }\n      stats { ...BroadcastCounts }\n      progress { ...BroadcastPace }\n    }\n  }\n"): (typeof documents)["\n  query BroadcastDetail($id: ID!) {\n    broadcast(id: $id) {\n      ...BroadcastFields\n      estimate { ...BroadcastCost }\n      stats { ...BroadcastCounts }\n      progress { ...BroadcastPace }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BroadcastDeliveries($id: ID!, $after: String) {\n    broadcast(id: $id) {\n      id\n      deliveries(first: 10, after: $after) {\n        nodes {\n          contactId\n          status\n          error\n          skipReason\n          sentAt\n        }\n        pageInfo { endCursor hasNextPage }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BroadcastDeliveries($id: ID!, $after: String) {\n    broadcast(id: $id) {\n      id\n      deliveries(first: 10, after: $after) {\n        nodes {\n          contactId\n          status\n          error\n          skipReason\n          sentAt\n        }\n        pageInfo { endCursor hasNextPage }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BroadcastProgressFeed($id: ID!) {\n    broadcastProgress(id: $id) {\n      broadcastId\n      state\n      stats { ...BroadcastCounts }\n      progress { ...BroadcastPace }\n    }\n  }\n"): (typeof documents)["\n  subscription BroadcastProgressFeed($id: ID!) {\n    broadcastProgress(id: $id) {\n      broadcastId\n      state\n      stats { ...BroadcastCounts }\n      progress { ...BroadcastPace }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactsToPick($botId: ID!, $search: String) {\n    contacts(first: 20, filter: { botId: $botId, search: $search }) {\n      nodes {\n        id\n        firstName\n        lastName\n        username\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContactsToPick($botId: ID!, $search: String) {\n    contacts(first: 20, filter: { botId: $botId, search: $search }) {\n      nodes {\n        id\n        firstName\n        lastName\n        username\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewForContact($botId: ID!, $contactId: ID!, $text: String!, $parseMode: String) {\n    broadcastPreview(botId: $botId, contactId: $contactId, text: $text, parseMode: $parseMode) { text reachable }\n  }\n"): (typeof documents)["\n  query PreviewForContact($botId: ID!, $contactId: ID!, $text: String!, $parseMode: String) {\n    broadcastPreview(botId: $botId, contactId: $contactId, text: $text, parseMode: $parseMode) { text reachable }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateBroadcast($input: CreateBroadcastInput!) { createBroadcast(input: $input) { ...BroadcastFields } }"): (typeof documents)["mutation CreateBroadcast($input: CreateBroadcastInput!) { createBroadcast(input: $input) { ...BroadcastFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateBroadcast($id: ID!, $input: UpdateBroadcastInput!) { updateBroadcast(id: $id, input: $input) { ...BroadcastFields } }\n"): (typeof documents)["\n  mutation UpdateBroadcast($id: ID!, $input: UpdateBroadcastInput!) { updateBroadcast(id: $id, input: $input) { ...BroadcastFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LaunchBroadcast($id: ID!, $scheduledAt: DateTime) { launchBroadcast(id: $id, scheduledAt: $scheduledAt) { ...BroadcastStateChange } }\n"): (typeof documents)["\n  mutation LaunchBroadcast($id: ID!, $scheduledAt: DateTime) { launchBroadcast(id: $id, scheduledAt: $scheduledAt) { ...BroadcastStateChange } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PauseBroadcast($id: ID!) { pauseBroadcast(id: $id) { ...BroadcastStateChange } }"): (typeof documents)["mutation PauseBroadcast($id: ID!) { pauseBroadcast(id: $id) { ...BroadcastStateChange } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResumeBroadcast($id: ID!) { resumeBroadcast(id: $id) { ...BroadcastStateChange } }"): (typeof documents)["mutation ResumeBroadcast($id: ID!) { resumeBroadcast(id: $id) { ...BroadcastStateChange } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CancelBroadcast($id: ID!) { cancelBroadcast(id: $id) { ...BroadcastStateChange } }"): (typeof documents)["mutation CancelBroadcast($id: ID!) { cancelBroadcast(id: $id) { ...BroadcastStateChange } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactRowFields on Contact {\n    id\n    kind\n    firstName\n    lastName\n    username\n    tags\n    lastActivityAt\n    identities {\n      id\n      botId\n      blocked\n    }\n  }\n"): (typeof documents)["\n  fragment ContactRowFields on Contact {\n    id\n    kind\n    firstName\n    lastName\n    username\n    tags\n    lastActivityAt\n    identities {\n      id\n      botId\n      blocked\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactPage($after: String, $filter: ContactCriteria) {\n    contacts(first: 20, after: $after, filter: $filter) { nodes { ...ContactRowFields } pageInfo { ...PageCursor } }\n  }\n"): (typeof documents)["\n  query ContactPage($after: String, $filter: ContactCriteria) {\n    contacts(first: 20, after: $after, filter: $filter) { nodes { ...ContactRowFields } pageInfo { ...PageCursor } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactDetail($id: ID!) {\n    contact(id: $id) {\n      ...ContactRowFields\n      email\n      phone\n      externalCustomerId\n      languageCode\n      attributes\n      createdAt\n      identities {\n        chatId\n        chatType\n        blockedAt\n        lastMessageAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContactDetail($id: ID!) {\n    contact(id: $id) {\n      ...ContactRowFields\n      email\n      phone\n      externalCustomerId\n      languageCode\n      attributes\n      createdAt\n      identities {\n        chatId\n        chatType\n        blockedAt\n        lastMessageAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactConversation($id: ID!, $after: String) {\n    contact(id: $id) {\n      id\n      messages(first: 20, after: $after) {\n        nodes {\n          id\n          botId\n          direction\n          kind\n          text\n          createdAt\n        }\n        pageInfo {\n          ...PageCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContactConversation($id: ID!, $after: String) {\n    contact(id: $id) {\n      id\n      messages(first: 20, after: $after) {\n        nodes {\n          id\n          botId\n          direction\n          kind\n          text\n          createdAt\n        }\n        pageInfo {\n          ...PageCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateContact($id: ID!, $input: ContactFieldsInput!) {\n    updateContact(id: $id, input: $input) {\n      ...ContactRowFields\n      email\n      phone\n      externalCustomerId\n      attributes\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateContact($id: ID!, $input: ContactFieldsInput!) {\n    updateContact(id: $id, input: $input) {\n      ...ContactRowFields\n      email\n      phone\n      externalCustomerId\n      attributes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MergeContacts($sourceId: ID!, $targetId: ID!) { mergeContacts(sourceId: $sourceId, targetId: $targetId) { ...ContactRowFields } }"): (typeof documents)["mutation MergeContacts($sourceId: ID!, $targetId: ID!) { mergeContacts(sourceId: $sourceId, targetId: $targetId) { ...ContactRowFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteContact($id: ID!) { deleteContact(id: $id) }"): (typeof documents)["mutation DeleteContact($id: ID!) { deleteContact(id: $id) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SegmentFields on Segment { id name count criteria updatedAt }"): (typeof documents)["fragment SegmentFields on Segment { id name count criteria updatedAt }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SegmentPage($after: String) { segments(first: 20, after: $after) { nodes { ...SegmentFields } pageInfo { ...PageCursor } } }"): (typeof documents)["query SegmentPage($after: String) { segments(first: 20, after: $after) { nodes { ...SegmentFields } pageInfo { ...PageCursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateSegment($input: CreateSegmentInput!) { createSegment(input: $input) { ...SegmentFields } }"): (typeof documents)["mutation CreateSegment($input: CreateSegmentInput!) { createSegment(input: $input) { ...SegmentFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateSegment($id: ID!, $input: UpdateSegmentInput!) { updateSegment(id: $id, input: $input) { ...SegmentFields } }"): (typeof documents)["mutation UpdateSegment($id: ID!, $input: UpdateSegmentInput!) { updateSegment(id: $id, input: $input) { ...SegmentFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteSegment($id: ID!) { deleteSegment(id: $id) }"): (typeof documents)["mutation DeleteSegment($id: ID!) { deleteSegment(id: $id) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SegmentCount($criteria: ContactCriteria!) { segmentCount(criteria: $criteria) }"): (typeof documents)["query SegmentCount($criteria: ContactCriteria!) { segmentCount(criteria: $criteria) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventEndpoints($after: String) {\n    eventEndpoints(first: 20, after: $after) {\n      nodes {\n        id\n        url\n        description\n        eventTypes\n        enabled\n        disabledReason\n        failingSince\n      }\n      pageInfo {\n        ...PageCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query EventEndpoints($after: String) {\n    eventEndpoints(first: 20, after: $after) {\n      nodes {\n        id\n        url\n        description\n        eventTypes\n        enabled\n        disabledReason\n        failingSince\n      }\n      pageInfo {\n        ...PageCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateEventEndpoint($input: CreateEventEndpointInput!) {\n    createEventEndpoint(input: $input) {\n      endpoint {\n        id\n        url\n      }\n      secret\n    }\n  }\n"): (typeof documents)["\n  mutation CreateEventEndpoint($input: CreateEventEndpointInput!) {\n    createEventEndpoint(input: $input) {\n      endpoint {\n        id\n        url\n      }\n      secret\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEventEndpoint($id: ID!, $input: UpdateEventEndpointInput!) {\n    updateEventEndpoint(id: $id, input: $input) {\n      id\n      enabled\n      disabledReason\n      failingSince\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateEventEndpoint($id: ID!, $input: UpdateEventEndpointInput!) {\n    updateEventEndpoint(id: $id, input: $input) {\n      id\n      enabled\n      disabledReason\n      failingSince\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateEventEndpointSecret($id: ID!) {\n    rotateEventEndpointSecret(id: $id) {\n      secret\n      endpoint {\n        id\n        previousSecretExpiresAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RotateEventEndpointSecret($id: ID!) {\n    rotateEventEndpointSecret(id: $id) {\n      secret\n      endpoint {\n        id\n        previousSecretExpiresAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteEventEndpoint($id: ID!) {\n    deleteEventEndpoint(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteEventEndpoint($id: ID!) {\n    deleteEventEndpoint(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventDeliveries($id: ID!, $after: String) {\n    eventEndpoint(id: $id) {\n      id\n      deliveries(first: 20, after: $after) {\n        nodes {\n          id\n          eventType\n          status\n          attemptCount\n          lastStatusCode\n          lastError\n          createdAt\n        }\n        pageInfo {\n          ...PageCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EventDeliveries($id: ID!, $after: String) {\n    eventEndpoint(id: $id) {\n      id\n      deliveries(first: 20, after: $after) {\n        nodes {\n          id\n          eventType\n          status\n          attemptCount\n          lastStatusCode\n          lastError\n          createdAt\n        }\n        pageInfo {\n          ...PageCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplayEventDelivery($id: ID!) {\n    replayEventDelivery(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ReplayEventDelivery($id: ID!) {\n    replayEventDelivery(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InboxConversation on TelegramIdentity {\n    id\n    botId\n    contactId\n    chatId\n    title\n    firstName\n    lastName\n    username\n    unreadCount\n    lastMessageAt\n    lastMessagePreview\n    blocked\n  }\n"): (typeof documents)["\n  fragment InboxConversation on TelegramIdentity {\n    id\n    botId\n    contactId\n    chatId\n    title\n    firstName\n    lastName\n    username\n    unreadCount\n    lastMessageAt\n    lastMessagePreview\n    blocked\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Conversations($after: String) {\n    conversations(first: 20, after: $after) {\n      nodes {\n        ...InboxConversation\n      }\n      pageInfo {\n        ...PageCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Conversations($after: String) {\n    conversations(first: 20, after: $after) {\n      nodes {\n        ...InboxConversation\n      }\n      pageInfo {\n        ...PageCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SentEntry on OutboundMessage {\n    id\n    createdAt\n    status\n    errorDescription\n    source\n    sentText: text\n    replyMarkup\n  }\n"): (typeof documents)["\n  fragment SentEntry on OutboundMessage {\n    id\n    createdAt\n    status\n    errorDescription\n    source\n    sentText: text\n    replyMarkup\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Thread($contactId: ID!, $after: String) {\n    contact(id: $contactId) {\n      id\n      identities {\n        id\n        thread(first: 25, after: $after) {\n          nodes {\n            __typename\n            ... on ConversationMessage {\n              id\n              createdAt\n              kind\n              text\n              callbackData\n            }\n            ...SentEntry\n          }\n          pageInfo {\n            ...PageCursor\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Thread($contactId: ID!, $after: String) {\n    contact(id: $contactId) {\n      id\n      identities {\n        id\n        thread(first: 25, after: $after) {\n          nodes {\n            __typename\n            ... on ConversationMessage {\n              id\n              createdAt\n              kind\n              text\n              callbackData\n            }\n            ...SentEntry\n          }\n          pageInfo {\n            ...PageCursor\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MessageReceived {\n    messageReceived {\n      id\n      identityId\n    }\n  }\n"): (typeof documents)["\n  subscription MessageReceived {\n    messageReceived {\n      id\n      identityId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MessageStatusChanged {\n    messageStatusChanged {\n      id\n      botId\n      chatId\n      status\n    }\n  }\n"): (typeof documents)["\n  subscription MessageStatusChanged {\n    messageStatusChanged {\n      id\n      botId\n      chatId\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendReply($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      ...SentEntry\n    }\n  }\n"): (typeof documents)["\n  mutation SendReply($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      ...SentEntry\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkRead($id: ID!) {\n    markConversationRead(id: $id) {\n      id\n      unreadCount\n    }\n  }\n"): (typeof documents)["\n  mutation MarkRead($id: ID!) {\n    markConversationRead(id: $id) {\n      id\n      unreadCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment JobRow on Job {\n    id\n    jobId\n    title\n    url\n    segmentId\n    message\n  }\n"): (typeof documents)["\n  fragment JobRow on Job {\n    id\n    jobId\n    title\n    url\n    segmentId\n    message\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JobPage($after: String) {\n    jobs(first: 20, after: $after) {\n      nodes {\n        ...JobRow\n      }\n      pageInfo {\n        ...PageCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query JobPage($after: String) {\n    jobs(first: 20, after: $after) {\n      nodes {\n        ...JobRow\n      }\n      pageInfo {\n        ...PageCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JobSegments {\n    segments(first: 100) {\n      nodes {\n        id\n        name\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query JobSegments {\n    segments(first: 100) {\n      nodes {\n        id\n        name\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateJob($input: CreateJobInput!) {\n    createJob(input: $input) {\n      ...JobRow\n    }\n  }\n"): (typeof documents)["\n  mutation CreateJob($input: CreateJobInput!) {\n    createJob(input: $input) {\n      ...JobRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotifyJobTester($jobId: String!, $testerId: String!, $message: String) {\n    notifyJobTester(jobId: $jobId, testerId: $testerId, message: $message) {\n      testerId\n      telegramChatId\n      messageId\n      sentAt\n    }\n  }\n"): (typeof documents)["\n  mutation NotifyJobTester($jobId: String!, $testerId: String!, $message: String) {\n    notifyJobTester(jobId: $jobId, testerId: $testerId, message: $message) {\n      testerId\n      telegramChatId\n      messageId\n      sentAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DraftJobBroadcast($input: CreateBroadcastInput!) {\n    createBroadcast(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DraftJobBroadcast($input: CreateBroadcastInput!) {\n    createBroadcast(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LaunchJobBroadcast($id: ID!) {\n    launchBroadcast(id: $id) {\n      id\n      name\n      state\n      stats {\n        audience\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LaunchJobBroadcast($id: ID!) {\n    launchBroadcast(id: $id) {\n      id\n      name\n      state\n      stats {\n        audience\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverviewBots($after: String) {\n    bots(first: 25, after: $after) {\n      nodes { ...BotSummary dailyLimitUsed sendsToday { queued sent failed clicked } }\n      pageInfo { ...PageCursor }\n    }\n  }\n"): (typeof documents)["\n  query OverviewBots($after: String) {\n    bots(first: 25, after: $after) {\n      nodes { ...BotSummary dailyLimitUsed sendsToday { queued sent failed clicked } }\n      pageInfo { ...PageCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TodaysFailures($after: String) {\n    recentFailures(first: 10, after: $after) {\n      nodes { id botId chatId text createdAt errorCode errorDescription }\n      pageInfo { ...PageCursor }\n    }\n  }\n"): (typeof documents)["\n  query TodaysFailures($after: String) {\n    recentFailures(first: 10, after: $after) {\n      nodes { id botId chatId text createdAt errorCode errorDescription }\n      pageInfo { ...PageCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReplicaFields on Replica {\n    id\n    name\n    shortDescription\n    greeting\n    slug\n    ownerID\n    type\n    private\n    tags\n    suggestedQuestions\n    llm {\n      model\n      systemMessage\n      baseUrl\n    }\n    endpoint {\n      url\n    }\n  }\n"): (typeof documents)["\n  fragment ReplicaFields on Replica {\n    id\n    name\n    shortDescription\n    greeting\n    slug\n    ownerID\n    type\n    private\n    tags\n    suggestedQuestions\n    llm {\n      model\n      systemMessage\n      baseUrl\n    }\n    endpoint {\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReplicaPage($after: String) { replicas(first: 20, after: $after) { nodes { ...ReplicaFields } pageInfo { ...PageCursor } } }"): (typeof documents)["query ReplicaPage($after: String) { replicas(first: 20, after: $after) { nodes { ...ReplicaFields } pageInfo { ...PageCursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReplicaDetail($id: ID!) { replica(id: $id) { ...ReplicaFields } }"): (typeof documents)["query ReplicaDetail($id: ID!) { replica(id: $id) { ...ReplicaFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateReplica($input: ReplicaInput!) { createReplica(input: $input) { ...ReplicaFields } }"): (typeof documents)["mutation CreateReplica($input: ReplicaInput!) { createReplica(input: $input) { ...ReplicaFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateReplica($id: ID!, $input: ReplicaInput!) { updateReplica(id: $id, input: $input) { ...ReplicaFields } }"): (typeof documents)["mutation UpdateReplica($id: ID!, $input: ReplicaInput!) { updateReplica(id: $id, input: $input) { ...ReplicaFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteReplica($id: ID!) { deleteReplica(id: $id) }"): (typeof documents)["mutation DeleteReplica($id: ID!) { deleteReplica(id: $id) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment IntegrationFields on ReplicaTelegramIntegration { id state mention botId attempts lastError updatedAt }"): (typeof documents)["fragment IntegrationFields on ReplicaTelegramIntegration { id state mention botId attempts lastError updatedAt }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReplicaIntegration($replicaId: ID!) {\n    replicaTelegramIntegration(replicaId: $replicaId) { ...IntegrationFields }\n  }\n"): (typeof documents)["\n  query ReplicaIntegration($replicaId: ID!) {\n    replicaTelegramIntegration(replicaId: $replicaId) { ...IntegrationFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IntegrateReplica($replicaId: ID!, $input: TelegramIntegrationInput!) {\n    integrateReplicaWithTelegram(replicaId: $replicaId, input: $input) { ...IntegrationFields }\n  }\n"): (typeof documents)["\n  mutation IntegrateReplica($replicaId: ID!, $input: TelegramIntegrationInput!) {\n    integrateReplicaWithTelegram(replicaId: $replicaId, input: $input) { ...IntegrationFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IntegratedBot($id: ID!) { bot(id: $id) { id name username } }"): (typeof documents)["query IntegratedBot($id: ID!) { bot(id: $id) { id name username } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveReplicaIntegration($replicaId: ID!) { removeReplicaTelegramIntegration(replicaId: $replicaId) }"): (typeof documents)["mutation RemoveReplicaIntegration($replicaId: ID!) { removeReplicaTelegramIntegration(replicaId: $replicaId) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AskReplica($replicaId: ID!, $messages: [ReplicaChatTurnInput!]!) {\n    askReplica(replicaId: $replicaId, messages: $messages) {\n      text\n      fallback\n      error\n    }\n  }\n"): (typeof documents)["\n  mutation AskReplica($replicaId: ID!, $messages: [ReplicaChatTurnInput!]!) {\n    askReplica(replicaId: $replicaId, messages: $messages) {\n      text\n      fallback\n      error\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OperatorCheck {\n    me {\n      kind\n    }\n  }\n"): (typeof documents)["\n  query OperatorCheck {\n    me {\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Tenants($after: String) {\n    tenants(first: 50, after: $after) {\n      nodes {\n        id\n        name\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Tenants($after: String) {\n    tenants(first: 50, after: $after) {\n      nodes {\n        id\n        name\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTenant($name: String!) {\n    createTenant(input: { name: $name }) {\n      tenant {\n        id\n        name\n        createdAt\n      }\n      apiKey\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTenant($name: String!) {\n    createTenant(input: { name: $name }) {\n      tenant {\n        id\n        name\n        createdAt\n      }\n      apiKey\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PageCursor on PageInfo {\n    endCursor\n    hasNextPage\n  }\n"): (typeof documents)["\n  fragment PageCursor on PageInfo {\n    endCursor\n    hasNextPage\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;