import { graphql } from '../../gql';

export const ReplicaFields = graphql(`
  fragment ReplicaFields on Replica {
    id
    name
    shortDescription
    greeting
    slug
    ownerID
    type
    private
    tags
    suggestedQuestions
    llm {
      model
      systemMessage
      baseUrl
    }
    endpoint {
      url
    }
  }
`);

export const ReplicaPage = graphql(`query ReplicaPage($after: String) { replicas(first: 20, after: $after) { nodes { ...ReplicaFields } pageInfo { ...PageCursor } } }`);

export const ReplicaDetail = graphql(`query ReplicaDetail($id: ID!) { replica(id: $id) { ...ReplicaFields } }`);

export const CreateReplica = graphql(`mutation CreateReplica($input: ReplicaInput!) { createReplica(input: $input) { ...ReplicaFields } }`);

export const UpdateReplica = graphql(`mutation UpdateReplica($id: ID!, $input: ReplicaInput!) { updateReplica(id: $id, input: $input) { ...ReplicaFields } }`);

export const DeleteReplica = graphql(`mutation DeleteReplica($id: ID!) { deleteReplica(id: $id) }`);

export const IntegrationFields = graphql(`fragment IntegrationFields on ReplicaTelegramIntegration { id state mention botId attempts lastError updatedAt }`);

export const ReplicaIntegration = graphql(`
  query ReplicaIntegration($replicaId: ID!) {
    replicaTelegramIntegration(replicaId: $replicaId) { ...IntegrationFields }
  }
`);

export const IntegrateReplica = graphql(`
  mutation IntegrateReplica($replicaId: ID!, $input: TelegramIntegrationInput!) {
    integrateReplicaWithTelegram(replicaId: $replicaId, input: $input) { ...IntegrationFields }
  }
`);

export const IntegratedBot = graphql(`query IntegratedBot($id: ID!) { bot(id: $id) { id name username } }`);

export const RemoveReplicaIntegration = graphql(`mutation RemoveReplicaIntegration($replicaId: ID!) { removeReplicaTelegramIntegration(replicaId: $replicaId) }`);

export const AskReplica = graphql(`
  mutation AskReplica($replicaId: ID!, $messages: [ReplicaChatTurnInput!]!) {
    askReplica(replicaId: $replicaId, messages: $messages) {
      text
      fallback
      error
    }
  }
`);

/** A replica's deletion or integration changes what lists of replicas and its integration hold. */
export const REPLICAS = { additionalTypenames: ['Replica', 'ReplicaTelegramIntegration'] };
