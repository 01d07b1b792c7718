import { graphql } from '../../gql';

export const EventEndpoints = graphql(`
  query EventEndpoints($after: String) {
    eventEndpoints(first: 20, after: $after) {
      nodes {
        id
        url
        description
        eventTypes
        enabled
        disabledReason
        failingSince
      }
      pageInfo {
        ...PageCursor
      }
    }
  }
`);

export const CreateEventEndpoint = graphql(`
  mutation CreateEventEndpoint($input: CreateEventEndpointInput!) {
    createEventEndpoint(input: $input) {
      endpoint {
        id
        url
      }
      secret
    }
  }
`);

export const UpdateEventEndpoint = graphql(`
  mutation UpdateEventEndpoint($id: ID!, $input: UpdateEventEndpointInput!) {
    updateEventEndpoint(id: $id, input: $input) {
      id
      enabled
      disabledReason
      failingSince
    }
  }
`);

export const RotateEventEndpointSecret = graphql(`
  mutation RotateEventEndpointSecret($id: ID!) {
    rotateEventEndpointSecret(id: $id) {
      secret
      endpoint {
        id
        previousSecretExpiresAt
      }
    }
  }
`);

export const DeleteEventEndpoint = graphql(`
  mutation DeleteEventEndpoint($id: ID!) {
    deleteEventEndpoint(id: $id)
  }
`);

export const EventDeliveries = graphql(`
  query EventDeliveries($id: ID!, $after: String) {
    eventEndpoint(id: $id) {
      id
      deliveries(first: 20, after: $after) {
        nodes {
          id
          eventType
          status
          attemptCount
          lastStatusCode
          lastError
          createdAt
        }
        pageInfo {
          ...PageCursor
        }
      }
    }
  }
`);

export const ReplayEventDelivery = graphql(`
  mutation ReplayEventDelivery($id: ID!) {
    replayEventDelivery(id: $id) {
      id
      status
    }
  }
`);
