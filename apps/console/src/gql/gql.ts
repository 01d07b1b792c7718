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
    "\n  query Bots {\n    bots(first: 100) {\n      nodes {\n        id\n        name\n        username\n        tokenHint\n        dailyLimit\n        sendRate\n        paidBroadcasts\n        webhookUrl\n        lastErrorMessage\n      }\n    }\n  }\n": typeof types.BotsDocument,
    "\n  mutation RegisterBot($input: RegisterBotInput!) {\n    registerBot(input: $input) {\n      id\n      name\n      username\n    }\n  }\n": typeof types.RegisterBotDocument,
    "\n  mutation UpdateBot($id: ID!, $input: UpdateBotInput!) {\n    updateBot(id: $id, input: $input) {\n      id\n      name\n      dailyLimit\n      sendRate\n      paidBroadcasts\n    }\n  }\n": typeof types.UpdateBotDocument,
    "\n  query Broadcasts($first: Int!, $after: String) {\n    broadcasts(first: $first, after: $after) {\n      nodes {\n        id\n        name\n        state\n        botId\n        scheduledAt\n        createdAt\n        stats {\n          audience\n          sent\n          failed\n          queued\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.BroadcastsDocument,
    "\n  query ComposeChoices {\n    bots(first: 100) {\n      nodes {\n        id\n        name\n        username\n      }\n    }\n    segments(first: 100) {\n      nodes {\n        id\n        name\n        count\n      }\n    }\n  }\n": typeof types.ComposeChoicesDocument,
    "\n  query BroadcastDetail($id: ID!) {\n    broadcast(id: $id) {\n      id\n      name\n      state\n      botId\n      text\n      parseMode\n      photo\n      paid\n      scheduledAt\n      startedAt\n      finishedAt\n      estimate {\n        recipients\n        durationSeconds\n        sendRate\n        paid\n        stars\n      }\n      stats {\n        audience\n        skipped\n        queued\n        sent\n        failed\n        clicked\n        cancelled\n      }\n      progress {\n        percent\n        sentPerSecond\n        eta\n      }\n      deliveries(first: 20) {\n        nodes {\n          contactId\n          chatId\n          status\n          error\n          skipReason\n          sentAt\n        }\n      }\n    }\n  }\n": typeof types.BroadcastDetailDocument,
    "\n  subscription BroadcastProgress($id: ID!) {\n    broadcastProgress(id: $id) {\n      broadcastId\n      state\n      stats {\n        audience\n        skipped\n        queued\n        sent\n        failed\n        clicked\n        cancelled\n      }\n      progress {\n        percent\n        sentPerSecond\n        eta\n      }\n    }\n  }\n": typeof types.BroadcastProgressDocument,
    "\n  mutation CreateBroadcast($input: CreateBroadcastInput!) {\n    createBroadcast(input: $input) {\n      id\n      name\n      state\n    }\n  }\n": typeof types.CreateBroadcastDocument,
    "\n  mutation LaunchBroadcast($id: ID!, $scheduledAt: DateTime) {\n    launchBroadcast(id: $id, scheduledAt: $scheduledAt) {\n      id\n      state\n      scheduledAt\n    }\n  }\n": typeof types.LaunchBroadcastDocument,
    "\n  mutation PauseBroadcast($id: ID!) {\n    pauseBroadcast(id: $id) {\n      id\n      state\n    }\n  }\n": typeof types.PauseBroadcastDocument,
    "\n  mutation ResumeBroadcast($id: ID!) {\n    resumeBroadcast(id: $id) {\n      id\n      state\n    }\n  }\n": typeof types.ResumeBroadcastDocument,
    "\n  mutation CancelBroadcast($id: ID!) {\n    cancelBroadcast(id: $id) {\n      id\n      state\n    }\n  }\n": typeof types.CancelBroadcastDocument,
    "\n  query Contacts($first: Int!, $after: String, $filter: ContactCriteria) {\n    contacts(first: $first, after: $after, filter: $filter) {\n      nodes {\n        id\n        kind\n        firstName\n        lastName\n        username\n        tags\n        lastActivityAt\n        identities {\n          id\n          botId\n          blocked\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.ContactsDocument,
    "\n  query ContactIds($after: String, $filter: ContactCriteria) {\n    contacts(first: 100, after: $after, filter: $filter) {\n      nodes {\n        id\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.ContactIdsDocument,
    "\n  query ContactBots {\n    bots(first: 100) {\n      nodes {\n        id\n        name\n        username\n      }\n    }\n  }\n": typeof types.ContactBotsDocument,
    "\n  query ContactCard($id: ID!) {\n    contact(id: $id) {\n      id\n      kind\n      firstName\n      lastName\n      username\n      email\n      phone\n      externalCustomerId\n      languageCode\n      tags\n      attributes\n      createdAt\n      lastActivityAt\n      identities {\n        id\n        botId\n        chatId\n        chatType\n        blocked\n        blockedAt\n        lastMessageAt\n      }\n      messages(first: 50) {\n        nodes {\n          id\n          botId\n          direction\n          kind\n          text\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.ContactCardDocument,
    "\n  mutation UpdateContact($id: ID!, $input: ContactFieldsInput!) {\n    updateContact(id: $id, input: $input) {\n      id\n      firstName\n      lastName\n      email\n      phone\n      externalCustomerId\n      tags\n    }\n  }\n": typeof types.UpdateContactDocument,
    "\n  mutation MergeContacts($sourceId: ID!, $targetId: ID!) {\n    mergeContacts(sourceId: $sourceId, targetId: $targetId) {\n      id\n      identities {\n        id\n      }\n    }\n  }\n": typeof types.MergeContactsDocument,
    "\n  mutation DeleteContact($id: ID!) {\n    deleteContact(id: $id)\n  }\n": typeof types.DeleteContactDocument,
    "\n  query Segments {\n    segments(first: 100) {\n      nodes {\n        id\n        name\n        count\n        criteria\n        updatedAt\n      }\n    }\n  }\n": typeof types.SegmentsDocument,
    "\n  mutation CreateSegment($input: CreateSegmentInput!) {\n    createSegment(input: $input) {\n      id\n      name\n      count\n    }\n  }\n": typeof types.CreateSegmentDocument,
    "\n  mutation UpdateSegment($id: ID!, $input: UpdateSegmentInput!) {\n    updateSegment(id: $id, input: $input) {\n      id\n      name\n      count\n      criteria\n    }\n  }\n": typeof types.UpdateSegmentDocument,
    "\n  mutation DeleteSegment($id: ID!) {\n    deleteSegment(id: $id)\n  }\n": typeof types.DeleteSegmentDocument,
    "\n  query EventEndpoints {\n    eventEndpoints(first: 100) {\n      nodes {\n        id\n        url\n        description\n        eventTypes\n        enabled\n        disabledReason\n        disabledAt\n        failingSince\n        previousSecretExpiresAt\n      }\n    }\n  }\n": typeof types.EventEndpointsDocument,
    "\n  mutation CreateEventEndpoint($input: CreateEventEndpointInput!) {\n    createEventEndpoint(input: $input) {\n      endpoint {\n        id\n        url\n      }\n      secret\n    }\n  }\n": typeof types.CreateEventEndpointDocument,
    "\n  mutation UpdateEventEndpoint($id: ID!, $input: UpdateEventEndpointInput!) {\n    updateEventEndpoint(id: $id, input: $input) {\n      id\n      enabled\n      disabledReason\n      failingSince\n    }\n  }\n": typeof types.UpdateEventEndpointDocument,
    "\n  mutation RotateEventEndpointSecret($id: ID!) {\n    rotateEventEndpointSecret(id: $id) {\n      secret\n      endpoint {\n        id\n        previousSecretExpiresAt\n      }\n    }\n  }\n": typeof types.RotateEventEndpointSecretDocument,
    "\n  mutation DeleteEventEndpoint($id: ID!) {\n    deleteEventEndpoint(id: $id)\n  }\n": typeof types.DeleteEventEndpointDocument,
    "\n  query EventDeliveries($id: ID!) {\n    eventEndpoint(id: $id) {\n      id\n      deliveries(first: 50) {\n        nodes {\n          id\n          eventType\n          status\n          attemptCount\n          lastAttemptAt\n          lastStatusCode\n          lastError\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.EventDeliveriesDocument,
    "\n  mutation ReplayEventDelivery($id: ID!) {\n    replayEventDelivery(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.ReplayEventDeliveryDocument,
    "\n  query Conversations {\n    conversations(first: 100) {\n      nodes {\n        id\n        botId\n        contactId\n        chatId\n        chatType\n        title\n        firstName\n        lastName\n        username\n        unreadCount\n        lastMessageAt\n        lastMessagePreview\n        blocked\n      }\n    }\n  }\n": typeof types.ConversationsDocument,
    "\n  query Thread($contactId: ID!) {\n    contact(id: $contactId) {\n      id\n      identities {\n        id\n        messages(first: 100) {\n          nodes {\n            id\n            direction\n            kind\n            text\n            createdAt\n          }\n        }\n      }\n    }\n  }\n": typeof types.ThreadDocument,
    "\n  subscription MessageReceived {\n    messageReceived {\n      id\n      identityId\n      direction\n    }\n  }\n": typeof types.MessageReceivedDocument,
    "\n  subscription MessageStatusChanged {\n    messageStatusChanged {\n      id\n      status\n      errorDescription\n    }\n  }\n": typeof types.MessageStatusChangedDocument,
    "\n  mutation SendReply($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      id\n      text\n      status\n      errorDescription\n    }\n  }\n": typeof types.SendReplyDocument,
    "\n  mutation MarkRead($id: ID!) {\n    markConversationRead(id: $id) {\n      id\n      unreadCount\n    }\n  }\n": typeof types.MarkReadDocument,
    "\n  query Jobs {\n    jobs(first: 100) {\n      nodes {\n        id\n        jobId\n        title\n        url\n        segmentId\n        message\n        createdAt\n      }\n    }\n    segments(first: 100) {\n      nodes {\n        id\n        name\n        count\n      }\n    }\n    bots(first: 100) {\n      nodes {\n        id\n        name\n        username\n      }\n    }\n  }\n": typeof types.JobsDocument,
    "\n  mutation CreateJob($input: CreateJobInput!) {\n    createJob(input: $input) {\n      id\n      jobId\n      title\n    }\n  }\n": typeof types.CreateJobDocument,
    "\n  mutation SendJob($input: CreateBroadcastInput!) {\n    createBroadcast(input: $input) {\n      id\n    }\n  }\n": typeof types.SendJobDocument,
    "\n  mutation LaunchJobBroadcast($id: ID!) {\n    launchBroadcast(id: $id) {\n      id\n      name\n      state\n      stats {\n        audience\n      }\n    }\n  }\n": typeof types.LaunchJobBroadcastDocument,
    "\n  query Overview {\n    bots(first: 100) {\n      nodes {\n        id\n        name\n        username\n        dailyLimit\n        connection {\n          connected\n          webhookUrl\n          pendingUpdateCount\n          lastErrorDate\n          lastErrorMessage\n        }\n      }\n    }\n    broadcasts(first: 100) {\n      nodes {\n        id\n        botId\n        state\n        startedAt\n        stats {\n          sent\n          failed\n          queued\n        }\n      }\n    }\n  }\n": typeof types.OverviewDocument,
    "\n  query Replicas {\n    replicas(first: 100) {\n      nodes {\n        id\n        name\n        shortDescription\n        greeting\n        slug\n        ownerID\n        type\n        private\n        tags\n        suggestedQuestions\n        llm {\n          model\n          systemMessage\n          baseUrl\n        }\n        endpoint {\n          url\n        }\n      }\n    }\n  }\n": typeof types.ReplicasDocument,
    "\n  mutation CreateReplica($input: ReplicaInput!) {\n    createReplica(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateReplicaDocument,
    "\n  mutation UpdateReplica($id: ID!, $input: ReplicaInput!) {\n    updateReplica(id: $id, input: $input) {\n      id\n      name\n      shortDescription\n      greeting\n      slug\n      suggestedQuestions\n      llm {\n        model\n        systemMessage\n      }\n    }\n  }\n": typeof types.UpdateReplicaDocument,
    "\n  mutation DeleteReplica($id: ID!) {\n    deleteReplica(id: $id)\n  }\n": typeof types.DeleteReplicaDocument,
    "\n  query ReplicaIntegration($replicaId: ID!) {\n    replicaTelegramIntegration(replicaId: $replicaId) {\n      id\n      state\n      mention\n      botId\n      attempts\n      lastError\n    }\n  }\n": typeof types.ReplicaIntegrationDocument,
    "\n  mutation IntegrateReplica($replicaId: ID!, $input: TelegramIntegrationInput!) {\n    integrateReplicaWithTelegram(replicaId: $replicaId, input: $input) {\n      id\n      state\n      mention\n      attempts\n      lastError\n    }\n  }\n": typeof types.IntegrateReplicaDocument,
    "\n  mutation RemoveReplicaIntegration($replicaId: ID!) {\n    removeReplicaTelegramIntegration(replicaId: $replicaId)\n  }\n": typeof types.RemoveReplicaIntegrationDocument,
    "\n  mutation AskReplica($replicaId: ID!, $messages: [ReplicaChatTurnInput!]!) {\n    askReplica(replicaId: $replicaId, messages: $messages) {\n      text\n      fallback\n      error\n    }\n  }\n": typeof types.AskReplicaDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query OperatorCheck {\n    me {\n      kind\n    }\n  }\n": typeof types.OperatorCheckDocument,
    "\n  query Tenants {\n    tenants(first: 100) {\n      nodes {\n        id\n        name\n        createdAt\n      }\n    }\n  }\n": typeof types.TenantsDocument,
    "\n  mutation CreateTenant($name: String!) {\n    createTenant(input: { name: $name }) {\n      tenant {\n        id\n        name\n        createdAt\n      }\n      apiKey\n    }\n  }\n": typeof types.CreateTenantDocument,
};
const documents: Documents = {
    "\n  query Bots {\n    bots(first: 100) {\n      nodes {\n        id\n        name\n        username\n        tokenHint\n        dailyLimit\n        sendRate\n        paidBroadcasts\n        webhookUrl\n        lastErrorMessage\n      }\n    }\n  }\n": types.BotsDocument,
    "\n  mutation RegisterBot($input: RegisterBotInput!) {\n    registerBot(input: $input) {\n      id\n      name\n      username\n    }\n  }\n": types.RegisterBotDocument,
    "\n  mutation UpdateBot($id: ID!, $input: UpdateBotInput!) {\n    updateBot(id: $id, input: $input) {\n      id\n      name\n      dailyLimit\n      sendRate\n      paidBroadcasts\n    }\n  }\n": types.UpdateBotDocument,
    "\n  query Broadcasts($first: Int!, $after: String) {\n    broadcasts(first: $first, after: $after) {\n      nodes {\n        id\n        name\n        state\n        botId\n        scheduledAt\n        createdAt\n        stats {\n          audience\n          sent\n          failed\n          queued\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.BroadcastsDocument,
    "\n  query ComposeChoices {\n    bots(first: 100) {\n      nodes {\n        id\n        name\n        username\n      }\n    }\n    segments(first: 100) {\n      nodes {\n        id\n        name\n        count\n      }\n    }\n  }\n": types.ComposeChoicesDocument,
    "\n  query BroadcastDetail($id: ID!) {\n    broadcast(id: $id) {\n      id\n      name\n      state\n      botId\n      text\n      parseMode\n      photo\n      paid\n      scheduledAt\n      startedAt\n      finishedAt\n      estimate {\n        recipients\n        durationSeconds\n        sendRate\n        paid\n        stars\n      }\n      stats {\n        audience\n        skipped\n        queued\n        sent\n        failed\n        clicked\n        cancelled\n      }\n      progress {\n        percent\n        sentPerSecond\n        eta\n      }\n      deliveries(first: 20) {\n        nodes {\n          contactId\n          chatId\n          status\n          error\n          skipReason\n          sentAt\n        }\n      }\n    }\n  }\n": types.BroadcastDetailDocument,
    "\n  subscription BroadcastProgress($id: ID!) {\n    broadcastProgress(id: $id) {\n      broadcastId\n      state\n      stats {\n        audience\n        skipped\n        queued\n        sent\n        failed\n        clicked\n        cancelled\n      }\n      progress {\n        percent\n        sentPerSecond\n        eta\n      }\n    }\n  }\n": types.BroadcastProgressDocument,
    "\n  mutation CreateBroadcast($input: CreateBroadcastInput!) {\n    createBroadcast(input: $input) {\n      id\n      name\n      state\n    }\n  }\n": types.CreateBroadcastDocument,
    "\n  mutation LaunchBroadcast($id: ID!, $scheduledAt: DateTime) {\n    launchBroadcast(id: $id, scheduledAt: $scheduledAt) {\n      id\n      state\n      scheduledAt\n    }\n  }\n": types.LaunchBroadcastDocument,
    "\n  mutation PauseBroadcast($id: ID!) {\n    pauseBroadcast(id: $id) {\n      id\n      state\n    }\n  }\n": types.PauseBroadcastDocument,
    "\n  mutation ResumeBroadcast($id: ID!) {\n    resumeBroadcast(id: $id) {\n      id\n      state\n    }\n  }\n": types.ResumeBroadcastDocument,
    "\n  mutation CancelBroadcast($id: ID!) {\n    cancelBroadcast(id: $id) {\n      id\n      state\n    }\n  }\n": types.CancelBroadcastDocument,
    "\n  query Contacts($first: Int!, $after: String, $filter: ContactCriteria) {\n    contacts(first: $first, after: $after, filter: $filter) {\n      nodes {\n        id\n        kind\n        firstName\n        lastName\n        username\n        tags\n        lastActivityAt\n        identities {\n          id\n          botId\n          blocked\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.ContactsDocument,
    "\n  query ContactIds($after: String, $filter: ContactCriteria) {\n    contacts(first: 100, after: $after, filter: $filter) {\n      nodes {\n        id\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.ContactIdsDocument,
    "\n  query ContactBots {\n    bots(first: 100) {\n      nodes {\n        id\n        name\n        username\n      }\n    }\n  }\n": types.ContactBotsDocument,
    "\n  query ContactCard($id: ID!) {\n    contact(id: $id) {\n      id\n      kind\n      firstName\n      lastName\n      username\n      email\n      phone\n      externalCustomerId\n      languageCode\n      tags\n      attributes\n      createdAt\n      lastActivityAt\n      identities {\n        id\n        botId\n        chatId\n        chatType\n        blocked\n        blockedAt\n        lastMessageAt\n      }\n      messages(first: 50) {\n        nodes {\n          id\n          botId\n          direction\n          kind\n          text\n          createdAt\n        }\n      }\n    }\n  }\n": types.ContactCardDocument,
    "\n  mutation UpdateContact($id: ID!, $input: ContactFieldsInput!) {\n    updateContact(id: $id, input: $input) {\n      id\n      firstName\n      lastName\n      email\n      phone\n      externalCustomerId\n      tags\n    }\n  }\n": types.UpdateContactDocument,
    "\n  mutation MergeContacts($sourceId: ID!, $targetId: ID!) {\n    mergeContacts(sourceId: $sourceId, targetId: $targetId) {\n      id\n      identities {\n        id\n      }\n    }\n  }\n": types.MergeContactsDocument,
    "\n  mutation DeleteContact($id: ID!) {\n    deleteContact(id: $id)\n  }\n": types.DeleteContactDocument,
    "\n  query Segments {\n    segments(first: 100) {\n      nodes {\n        id\n        name\n        count\n        criteria\n        updatedAt\n      }\n    }\n  }\n": types.SegmentsDocument,
    "\n  mutation CreateSegment($input: CreateSegmentInput!) {\n    createSegment(input: $input) {\n      id\n      name\n      count\n    }\n  }\n": types.CreateSegmentDocument,
    "\n  mutation UpdateSegment($id: ID!, $input: UpdateSegmentInput!) {\n    updateSegment(id: $id, input: $input) {\n      id\n      name\n      count\n      criteria\n    }\n  }\n": types.UpdateSegmentDocument,
    "\n  mutation DeleteSegment($id: ID!) {\n    deleteSegment(id: $id)\n  }\n": types.DeleteSegmentDocument,
    "\n  query EventEndpoints {\n    eventEndpoints(first: 100) {\n      nodes {\n        id\n        url\n        description\n        eventTypes\n        enabled\n        disabledReason\n        disabledAt\n        failingSince\n        previousSecretExpiresAt\n      }\n    }\n  }\n": types.EventEndpointsDocument,
    "\n  mutation CreateEventEndpoint($input: CreateEventEndpointInput!) {\n    createEventEndpoint(input: $input) {\n      endpoint {\n        id\n        url\n      }\n      secret\n    }\n  }\n": types.CreateEventEndpointDocument,
    "\n  mutation UpdateEventEndpoint($id: ID!, $input: UpdateEventEndpointInput!) {\n    updateEventEndpoint(id: $id, input: $input) {\n      id\n      enabled\n      disabledReason\n      failingSince\n    }\n  }\n": types.UpdateEventEndpointDocument,
    "\n  mutation RotateEventEndpointSecret($id: ID!) {\n    rotateEventEndpointSecret(id: $id) {\n      secret\n      endpoint {\n        id\n        previousSecretExpiresAt\n      }\n    }\n  }\n": types.RotateEventEndpointSecretDocument,
    "\n  mutation DeleteEventEndpoint($id: ID!) {\n    deleteEventEndpoint(id: $id)\n  }\n": types.DeleteEventEndpointDocument,
    "\n  query EventDeliveries($id: ID!) {\n    eventEndpoint(id: $id) {\n      id\n      deliveries(first: 50) {\n        nodes {\n          id\n          eventType\n          status\n          attemptCount\n          lastAttemptAt\n          lastStatusCode\n          lastError\n          createdAt\n        }\n      }\n    }\n  }\n": types.EventDeliveriesDocument,
    "\n  mutation ReplayEventDelivery($id: ID!) {\n    replayEventDelivery(id: $id) {\n      id\n      status\n    }\n  }\n": types.ReplayEventDeliveryDocument,
    "\n  query Conversations {\n    conversations(first: 100) {\n      nodes {\n        id\n        botId\n        contactId\n        chatId\n        chatType\n        title\n        firstName\n        lastName\n        username\n        unreadCount\n        lastMessageAt\n        lastMessagePreview\n        blocked\n      }\n    }\n  }\n": types.ConversationsDocument,
    "\n  query Thread($contactId: ID!) {\n    contact(id: $contactId) {\n      id\n      identities {\n        id\n        messages(first: 100) {\n          nodes {\n            id\n            direction\n            kind\n            text\n            createdAt\n          }\n        }\n      }\n    }\n  }\n": types.ThreadDocument,
    "\n  subscription MessageReceived {\n    messageReceived {\n      id\n      identityId\n      direction\n    }\n  }\n": types.MessageReceivedDocument,
    "\n  subscription MessageStatusChanged {\n    messageStatusChanged {\n      id\n      status\n      errorDescription\n    }\n  }\n": types.MessageStatusChangedDocument,
    "\n  mutation SendReply($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      id\n      text\n      status\n      errorDescription\n    }\n  }\n": types.SendReplyDocument,
    "\n  mutation MarkRead($id: ID!) {\n    markConversationRead(id: $id) {\n      id\n      unreadCount\n    }\n  }\n": types.MarkReadDocument,
    "\n  query Jobs {\n    jobs(first: 100) {\n      nodes {\n        id\n        jobId\n        title\n        url\n        segmentId\n        message\n        createdAt\n      }\n    }\n    segments(first: 100) {\n      nodes {\n        id\n        name\n        count\n      }\n    }\n    bots(first: 100) {\n      nodes {\n        id\n        name\n        username\n      }\n    }\n  }\n": types.JobsDocument,
    "\n  mutation CreateJob($input: CreateJobInput!) {\n    createJob(input: $input) {\n      id\n      jobId\n      title\n    }\n  }\n": types.CreateJobDocument,
    "\n  mutation SendJob($input: CreateBroadcastInput!) {\n    createBroadcast(input: $input) {\n      id\n    }\n  }\n": types.SendJobDocument,
    "\n  mutation LaunchJobBroadcast($id: ID!) {\n    launchBroadcast(id: $id) {\n      id\n      name\n      state\n      stats {\n        audience\n      }\n    }\n  }\n": types.LaunchJobBroadcastDocument,
    "\n  query Overview {\n    bots(first: 100) {\n      nodes {\n        id\n        name\n        username\n        dailyLimit\n        connection {\n          connected\n          webhookUrl\n          pendingUpdateCount\n          lastErrorDate\n          lastErrorMessage\n        }\n      }\n    }\n    broadcasts(first: 100) {\n      nodes {\n        id\n        botId\n        state\n        startedAt\n        stats {\n          sent\n          failed\n          queued\n        }\n      }\n    }\n  }\n": types.OverviewDocument,
    "\n  query Replicas {\n    replicas(first: 100) {\n      nodes {\n        id\n        name\n        shortDescription\n        greeting\n        slug\n        ownerID\n        type\n        private\n        tags\n        suggestedQuestions\n        llm {\n          model\n          systemMessage\n          baseUrl\n        }\n        endpoint {\n          url\n        }\n      }\n    }\n  }\n": types.ReplicasDocument,
    "\n  mutation CreateReplica($input: ReplicaInput!) {\n    createReplica(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateReplicaDocument,
    "\n  mutation UpdateReplica($id: ID!, $input: ReplicaInput!) {\n    updateReplica(id: $id, input: $input) {\n      id\n      name\n      shortDescription\n      greeting\n      slug\n      suggestedQuestions\n      llm {\n        model\n        systemMessage\n      }\n    }\n  }\n": types.UpdateReplicaDocument,
    "\n  mutation DeleteReplica($id: ID!) {\n    deleteReplica(id: $id)\n  }\n": types.DeleteReplicaDocument,
    "\n  query ReplicaIntegration($replicaId: ID!) {\n    replicaTelegramIntegration(replicaId: $replicaId) {\n      id\n      state\n      mention\n      botId\n      attempts\n      lastError\n    }\n  }\n": types.ReplicaIntegrationDocument,
    "\n  mutation IntegrateReplica($replicaId: ID!, $input: TelegramIntegrationInput!) {\n    integrateReplicaWithTelegram(replicaId: $replicaId, input: $input) {\n      id\n      state\n      mention\n      attempts\n      lastError\n    }\n  }\n": types.IntegrateReplicaDocument,
    "\n  mutation RemoveReplicaIntegration($replicaId: ID!) {\n    removeReplicaTelegramIntegration(replicaId: $replicaId)\n  }\n": types.RemoveReplicaIntegrationDocument,
    "\n  mutation AskReplica($replicaId: ID!, $messages: [ReplicaChatTurnInput!]!) {\n    askReplica(replicaId: $replicaId, messages: $messages) {\n      text\n      fallback\n      error\n    }\n  }\n": types.AskReplicaDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n    }\n  }\n": types.LoginDocument,
    "\n  query OperatorCheck {\n    me {\n      kind\n    }\n  }\n": types.OperatorCheckDocument,
    "\n  query Tenants {\n    tenants(first: 100) {\n      nodes {\n        id\n        name\n        createdAt\n      }\n    }\n  }\n": types.TenantsDocument,
    "\n  mutation CreateTenant($name: String!) {\n    createTenant(input: { name: $name }) {\n      tenant {\n        id\n        name\n        createdAt\n      }\n      apiKey\n    }\n  }\n": types.CreateTenantDocument,
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
export function graphql(source: "\n  query Bots {\n    bots(first: 100) {\n      nodes {\n        id\n        name\n        username\n        tokenHint\n        dailyLimit\n        sendRate\n        paidBroadcasts\n        webhookUrl\n        lastErrorMessage\n      }\n    }\n  }\n"): (typeof documents)["\n  query Bots {\n    bots(first: 100) {\n      nodes {\n        id\n        name\n        username\n        tokenHint\n        dailyLimit\n        sendRate\n        paidBroadcasts\n        webhookUrl\n        lastErrorMessage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterBot($input: RegisterBotInput!) {\n    registerBot(input: $input) {\n      id\n      name\n      username\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterBot($input: RegisterBotInput!) {\n    registerBot(input: $input) {\n      id\n      name\n      username\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateBot($id: ID!, $input: UpdateBotInput!) {\n    updateBot(id: $id, input: $input) {\n      id\n      name\n      dailyLimit\n      sendRate\n      paidBroadcasts\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateBot($id: ID!, $input: UpdateBotInput!) {\n    updateBot(id: $id, input: $input) {\n      id\n      name\n      dailyLimit\n      sendRate\n      paidBroadcasts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Broadcasts($first: Int!, $after: String) {\n    broadcasts(first: $first, after: $after) {\n      nodes {\n        id\n        name\n        state\n        botId\n        scheduledAt\n        createdAt\n        stats {\n          audience\n          sent\n          failed\n          queued\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query Broadcasts($first: Int!, $after: String) {\n    broadcasts(first: $first, after: $after) {\n      nodes {\n        id\n        name\n        state\n        botId\n        scheduledAt\n        createdAt\n        stats {\n          audience\n          sent\n          failed\n          queued\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComposeChoices {\n    bots(first: 100) {\n      nodes {\n        id\n        name\n        username\n      }\n    }\n    segments(first: 100) {\n      nodes {\n        id\n        name\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query ComposeChoices {\n    bots(first: 100) {\n      nodes {\n        id\n        name\n        username\n      }\n    }\n    segments(first: 100) {\n      nodes {\n        id\n        name\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BroadcastDetail($id: ID!) {\n    broadcast(id: $id) {\n      id\n      name\n      state\n      botId\n      text\n      parseMode\n      photo\n      paid\n      scheduledAt\n      startedAt\n      finishedAt\n      estimate {\n        recipients\n        durationSeconds\n        sendRate\n        paid\n        stars\n      }\n      stats {\n        audience\n        skipped\n        queued\n        sent\n        failed\n        clicked\n        cancelled\n      }\n      progress {\n        percent\n        sentPerSecond\n        eta\n      }\n      deliveries(first: 20) {\n        nodes {\n          contactId\n          chatId\n          status\n          error\n          skipReason\n          sentAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BroadcastDetail($id: ID!) {\n    broadcast(id: $id) {\n      id\n      name\n      state\n      botId\n      text\n      parseMode\n      photo\n      paid\n      scheduledAt\n      startedAt\n      finishedAt\n      estimate {\n        recipients\n        durationSeconds\n        sendRate\n        paid\n        stars\n      }\n      stats {\n        audience\n        skipped\n        queued\n        sent\n        failed\n        clicked\n        cancelled\n      }\n      progress {\n        percent\n        sentPerSecond\n        eta\n      }\n      deliveries(first: 20) {\n        nodes {\n          contactId\n          chatId\n          status\n          error\n          skipReason\n          sentAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BroadcastProgress($id: ID!) {\n    broadcastProgress(id: $id) {\n      broadcastId\n      state\n      stats {\n        audience\n        skipped\n        queued\n        sent\n        failed\n        clicked\n        cancelled\n      }\n      progress {\n        percent\n        sentPerSecond\n        eta\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription BroadcastProgress($id: ID!) {\n    broadcastProgress(id: $id) {\n      broadcastId\n      state\n      stats {\n        audience\n        skipped\n        queued\n        sent\n        failed\n        clicked\n        cancelled\n      }\n      progress {\n        percent\n        sentPerSecond\n        eta\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateBroadcast($input: CreateBroadcastInput!) {\n    createBroadcast(input: $input) {\n      id\n      name\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation CreateBroadcast($input: CreateBroadcastInput!) {\n    createBroadcast(input: $input) {\n      id\n      name\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LaunchBroadcast($id: ID!, $scheduledAt: DateTime) {\n    launchBroadcast(id: $id, scheduledAt: $scheduledAt) {\n      id\n      state\n      scheduledAt\n    }\n  }\n"): (typeof documents)["\n  mutation LaunchBroadcast($id: ID!, $scheduledAt: DateTime) {\n    launchBroadcast(id: $id, scheduledAt: $scheduledAt) {\n      id\n      state\n      scheduledAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PauseBroadcast($id: ID!) {\n    pauseBroadcast(id: $id) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation PauseBroadcast($id: ID!) {\n    pauseBroadcast(id: $id) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeBroadcast($id: ID!) {\n    resumeBroadcast(id: $id) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation ResumeBroadcast($id: ID!) {\n    resumeBroadcast(id: $id) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelBroadcast($id: ID!) {\n    cancelBroadcast(id: $id) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation CancelBroadcast($id: ID!) {\n    cancelBroadcast(id: $id) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Contacts($first: Int!, $after: String, $filter: ContactCriteria) {\n    contacts(first: $first, after: $after, filter: $filter) {\n      nodes {\n        id\n        kind\n        firstName\n        lastName\n        username\n        tags\n        lastActivityAt\n        identities {\n          id\n          botId\n          blocked\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query Contacts($first: Int!, $after: String, $filter: ContactCriteria) {\n    contacts(first: $first, after: $after, filter: $filter) {\n      nodes {\n        id\n        kind\n        firstName\n        lastName\n        username\n        tags\n        lastActivityAt\n        identities {\n          id\n          botId\n          blocked\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactIds($after: String, $filter: ContactCriteria) {\n    contacts(first: 100, after: $after, filter: $filter) {\n      nodes {\n        id\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContactIds($after: String, $filter: ContactCriteria) {\n    contacts(first: 100, after: $after, filter: $filter) {\n      nodes {\n        id\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactBots {\n    bots(first: 100) {\n      nodes {\n        id\n        name\n        username\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContactBots {\n    bots(first: 100) {\n      nodes {\n        id\n        name\n        username\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactCard($id: ID!) {\n    contact(id: $id) {\n      id\n      kind\n      firstName\n      lastName\n      username\n      email\n      phone\n      externalCustomerId\n      languageCode\n      tags\n      attributes\n      createdAt\n      lastActivityAt\n      identities {\n        id\n        botId\n        chatId\n        chatType\n        blocked\n        blockedAt\n        lastMessageAt\n      }\n      messages(first: 50) {\n        nodes {\n          id\n          botId\n          direction\n          kind\n          text\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContactCard($id: ID!) {\n    contact(id: $id) {\n      id\n      kind\n      firstName\n      lastName\n      username\n      email\n      phone\n      externalCustomerId\n      languageCode\n      tags\n      attributes\n      createdAt\n      lastActivityAt\n      identities {\n        id\n        botId\n        chatId\n        chatType\n        blocked\n        blockedAt\n        lastMessageAt\n      }\n      messages(first: 50) {\n        nodes {\n          id\n          botId\n          direction\n          kind\n          text\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateContact($id: ID!, $input: ContactFieldsInput!) {\n    updateContact(id: $id, input: $input) {\n      id\n      firstName\n      lastName\n      email\n      phone\n      externalCustomerId\n      tags\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateContact($id: ID!, $input: ContactFieldsInput!) {\n    updateContact(id: $id, input: $input) {\n      id\n      firstName\n      lastName\n      email\n      phone\n      externalCustomerId\n      tags\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeContacts($sourceId: ID!, $targetId: ID!) {\n    mergeContacts(sourceId: $sourceId, targetId: $targetId) {\n      id\n      identities {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MergeContacts($sourceId: ID!, $targetId: ID!) {\n    mergeContacts(sourceId: $sourceId, targetId: $targetId) {\n      id\n      identities {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteContact($id: ID!) {\n    deleteContact(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteContact($id: ID!) {\n    deleteContact(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Segments {\n    segments(first: 100) {\n      nodes {\n        id\n        name\n        count\n        criteria\n        updatedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query Segments {\n    segments(first: 100) {\n      nodes {\n        id\n        name\n        count\n        criteria\n        updatedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSegment($input: CreateSegmentInput!) {\n    createSegment(input: $input) {\n      id\n      name\n      count\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSegment($input: CreateSegmentInput!) {\n    createSegment(input: $input) {\n      id\n      name\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSegment($id: ID!, $input: UpdateSegmentInput!) {\n    updateSegment(id: $id, input: $input) {\n      id\n      name\n      count\n      criteria\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSegment($id: ID!, $input: UpdateSegmentInput!) {\n    updateSegment(id: $id, input: $input) {\n      id\n      name\n      count\n      criteria\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSegment($id: ID!) {\n    deleteSegment(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteSegment($id: ID!) {\n    deleteSegment(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventEndpoints {\n    eventEndpoints(first: 100) {\n      nodes {\n        id\n        url\n        description\n        eventTypes\n        enabled\n        disabledReason\n        disabledAt\n        failingSince\n        previousSecretExpiresAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query EventEndpoints {\n    eventEndpoints(first: 100) {\n      nodes {\n        id\n        url\n        description\n        eventTypes\n        enabled\n        disabledReason\n        disabledAt\n        failingSince\n        previousSecretExpiresAt\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query EventDeliveries($id: ID!) {\n    eventEndpoint(id: $id) {\n      id\n      deliveries(first: 50) {\n        nodes {\n          id\n          eventType\n          status\n          attemptCount\n          lastAttemptAt\n          lastStatusCode\n          lastError\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EventDeliveries($id: ID!) {\n    eventEndpoint(id: $id) {\n      id\n      deliveries(first: 50) {\n        nodes {\n          id\n          eventType\n          status\n          attemptCount\n          lastAttemptAt\n          lastStatusCode\n          lastError\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplayEventDelivery($id: ID!) {\n    replayEventDelivery(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ReplayEventDelivery($id: ID!) {\n    replayEventDelivery(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Conversations {\n    conversations(first: 100) {\n      nodes {\n        id\n        botId\n        contactId\n        chatId\n        chatType\n        title\n        firstName\n        lastName\n        username\n        unreadCount\n        lastMessageAt\n        lastMessagePreview\n        blocked\n      }\n    }\n  }\n"): (typeof documents)["\n  query Conversations {\n    conversations(first: 100) {\n      nodes {\n        id\n        botId\n        contactId\n        chatId\n        chatType\n        title\n        firstName\n        lastName\n        username\n        unreadCount\n        lastMessageAt\n        lastMessagePreview\n        blocked\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Thread($contactId: ID!) {\n    contact(id: $contactId) {\n      id\n      identities {\n        id\n        messages(first: 100) {\n          nodes {\n            id\n            direction\n            kind\n            text\n            createdAt\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Thread($contactId: ID!) {\n    contact(id: $contactId) {\n      id\n      identities {\n        id\n        messages(first: 100) {\n          nodes {\n            id\n            direction\n            kind\n            text\n            createdAt\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MessageReceived {\n    messageReceived {\n      id\n      identityId\n      direction\n    }\n  }\n"): (typeof documents)["\n  subscription MessageReceived {\n    messageReceived {\n      id\n      identityId\n      direction\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MessageStatusChanged {\n    messageStatusChanged {\n      id\n      status\n      errorDescription\n    }\n  }\n"): (typeof documents)["\n  subscription MessageStatusChanged {\n    messageStatusChanged {\n      id\n      status\n      errorDescription\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendReply($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      id\n      text\n      status\n      errorDescription\n    }\n  }\n"): (typeof documents)["\n  mutation SendReply($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      id\n      text\n      status\n      errorDescription\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkRead($id: ID!) {\n    markConversationRead(id: $id) {\n      id\n      unreadCount\n    }\n  }\n"): (typeof documents)["\n  mutation MarkRead($id: ID!) {\n    markConversationRead(id: $id) {\n      id\n      unreadCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Jobs {\n    jobs(first: 100) {\n      nodes {\n        id\n        jobId\n        title\n        url\n        segmentId\n        message\n        createdAt\n      }\n    }\n    segments(first: 100) {\n      nodes {\n        id\n        name\n        count\n      }\n    }\n    bots(first: 100) {\n      nodes {\n        id\n        name\n        username\n      }\n    }\n  }\n"): (typeof documents)["\n  query Jobs {\n    jobs(first: 100) {\n      nodes {\n        id\n        jobId\n        title\n        url\n        segmentId\n        message\n        createdAt\n      }\n    }\n    segments(first: 100) {\n      nodes {\n        id\n        name\n        count\n      }\n    }\n    bots(first: 100) {\n      nodes {\n        id\n        name\n        username\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateJob($input: CreateJobInput!) {\n    createJob(input: $input) {\n      id\n      jobId\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation CreateJob($input: CreateJobInput!) {\n    createJob(input: $input) {\n      id\n      jobId\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendJob($input: CreateBroadcastInput!) {\n    createBroadcast(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SendJob($input: CreateBroadcastInput!) {\n    createBroadcast(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LaunchJobBroadcast($id: ID!) {\n    launchBroadcast(id: $id) {\n      id\n      name\n      state\n      stats {\n        audience\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LaunchJobBroadcast($id: ID!) {\n    launchBroadcast(id: $id) {\n      id\n      name\n      state\n      stats {\n        audience\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Overview {\n    bots(first: 100) {\n      nodes {\n        id\n        name\n        username\n        dailyLimit\n        connection {\n          connected\n          webhookUrl\n          pendingUpdateCount\n          lastErrorDate\n          lastErrorMessage\n        }\n      }\n    }\n    broadcasts(first: 100) {\n      nodes {\n        id\n        botId\n        state\n        startedAt\n        stats {\n          sent\n          failed\n          queued\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Overview {\n    bots(first: 100) {\n      nodes {\n        id\n        name\n        username\n        dailyLimit\n        connection {\n          connected\n          webhookUrl\n          pendingUpdateCount\n          lastErrorDate\n          lastErrorMessage\n        }\n      }\n    }\n    broadcasts(first: 100) {\n      nodes {\n        id\n        botId\n        state\n        startedAt\n        stats {\n          sent\n          failed\n          queued\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Replicas {\n    replicas(first: 100) {\n      nodes {\n        id\n        name\n        shortDescription\n        greeting\n        slug\n        ownerID\n        type\n        private\n        tags\n        suggestedQuestions\n        llm {\n          model\n          systemMessage\n          baseUrl\n        }\n        endpoint {\n          url\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Replicas {\n    replicas(first: 100) {\n      nodes {\n        id\n        name\n        shortDescription\n        greeting\n        slug\n        ownerID\n        type\n        private\n        tags\n        suggestedQuestions\n        llm {\n          model\n          systemMessage\n          baseUrl\n        }\n        endpoint {\n          url\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateReplica($input: ReplicaInput!) {\n    createReplica(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateReplica($input: ReplicaInput!) {\n    createReplica(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateReplica($id: ID!, $input: ReplicaInput!) {\n    updateReplica(id: $id, input: $input) {\n      id\n      name\n      shortDescription\n      greeting\n      slug\n      suggestedQuestions\n      llm {\n        model\n        systemMessage\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateReplica($id: ID!, $input: ReplicaInput!) {\n    updateReplica(id: $id, input: $input) {\n      id\n      name\n      shortDescription\n      greeting\n      slug\n      suggestedQuestions\n      llm {\n        model\n        systemMessage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteReplica($id: ID!) {\n    deleteReplica(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteReplica($id: ID!) {\n    deleteReplica(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReplicaIntegration($replicaId: ID!) {\n    replicaTelegramIntegration(replicaId: $replicaId) {\n      id\n      state\n      mention\n      botId\n      attempts\n      lastError\n    }\n  }\n"): (typeof documents)["\n  query ReplicaIntegration($replicaId: ID!) {\n    replicaTelegramIntegration(replicaId: $replicaId) {\n      id\n      state\n      mention\n      botId\n      attempts\n      lastError\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IntegrateReplica($replicaId: ID!, $input: TelegramIntegrationInput!) {\n    integrateReplicaWithTelegram(replicaId: $replicaId, input: $input) {\n      id\n      state\n      mention\n      attempts\n      lastError\n    }\n  }\n"): (typeof documents)["\n  mutation IntegrateReplica($replicaId: ID!, $input: TelegramIntegrationInput!) {\n    integrateReplicaWithTelegram(replicaId: $replicaId, input: $input) {\n      id\n      state\n      mention\n      attempts\n      lastError\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveReplicaIntegration($replicaId: ID!) {\n    removeReplicaTelegramIntegration(replicaId: $replicaId)\n  }\n"): (typeof documents)["\n  mutation RemoveReplicaIntegration($replicaId: ID!) {\n    removeReplicaTelegramIntegration(replicaId: $replicaId)\n  }\n"];
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
export function graphql(source: "\n  query Tenants {\n    tenants(first: 100) {\n      nodes {\n        id\n        name\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query Tenants {\n    tenants(first: 100) {\n      nodes {\n        id\n        name\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTenant($name: String!) {\n    createTenant(input: { name: $name }) {\n      tenant {\n        id\n        name\n        createdAt\n      }\n      apiKey\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTenant($name: String!) {\n    createTenant(input: { name: $name }) {\n      tenant {\n        id\n        name\n        createdAt\n      }\n      apiKey\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;