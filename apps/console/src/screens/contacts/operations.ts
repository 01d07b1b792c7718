import { graphql } from '../../gql';

/** A contact as the list shows it; the card reads more. */
export const ContactRowFields = graphql(`
  fragment ContactRowFields on Contact {
    id
    kind
    firstName
    lastName
    username
    tags
    lastActivityAt
    identities {
      id
      botId
      blocked
    }
  }
`);

export const ContactPage = graphql(`
  query ContactPage($after: String, $filter: ContactCriteria) {
    contacts(first: 20, after: $after, filter: $filter) { nodes { ...ContactRowFields } pageInfo { ...PageCursor } }
  }
`);

export const ContactDetail = graphql(`
  query ContactDetail($id: ID!) {
    contact(id: $id) {
      ...ContactRowFields
      email
      phone
      externalCustomerId
      languageCode
      attributes
      createdAt
      identities {
        chatId
        chatType
        blockedAt
        lastMessageAt
      }
    }
  }
`);

export const ContactConversation = graphql(`
  query ContactConversation($id: ID!, $after: String) {
    contact(id: $id) {
      id
      messages(first: 20, after: $after) {
        nodes {
          id
          botId
          direction
          kind
          text
          createdAt
        }
        pageInfo {
          ...PageCursor
        }
      }
    }
  }
`);

export const UpdateContact = graphql(`
  mutation UpdateContact($id: ID!, $input: ContactFieldsInput!) {
    updateContact(id: $id, input: $input) {
      ...ContactRowFields
      email
      phone
      externalCustomerId
      attributes
    }
  }
`);

export const MergeContacts = graphql(`mutation MergeContacts($sourceId: ID!, $targetId: ID!) { mergeContacts(sourceId: $sourceId, targetId: $targetId) { ...ContactRowFields } }`);

export const DeleteContact = graphql(`mutation DeleteContact($id: ID!) { deleteContact(id: $id) }`);

export const SegmentFields = graphql(`fragment SegmentFields on Segment { id name count criteria updatedAt }`);

export const SegmentPage = graphql(`query SegmentPage($after: String) { segments(first: 20, after: $after) { nodes { ...SegmentFields } pageInfo { ...PageCursor } } }`);

export const CreateSegment = graphql(`mutation CreateSegment($input: CreateSegmentInput!) { createSegment(input: $input) { ...SegmentFields } }`);

export const UpdateSegment = graphql(`mutation UpdateSegment($id: ID!, $input: UpdateSegmentInput!) { updateSegment(id: $id, input: $input) { ...SegmentFields } }`);

export const DeleteSegment = graphql(`mutation DeleteSegment($id: ID!) { deleteSegment(id: $id) }`);

export const SegmentCount = graphql(`query SegmentCount($criteria: ContactCriteria!) { segmentCount(criteria: $criteria) }`);

/**
 * urql's document cache refetches the queries holding a typename a mutation touched; naming both
 * keeps lists of contacts and segments' counts current (empty lists included) when contacts change.
 */
export const CONTACTS_AND_SEGMENTS = { additionalTypenames: ['Contact', 'Segment'] };
