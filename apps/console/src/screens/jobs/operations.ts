import { graphql } from '../../gql';

export const JobRow = graphql(`
  fragment JobRow on Job {
    id
    jobId
    title
    url
    segmentId
    message
  }
`);

export const JobPage = graphql(`
  query JobPage($after: String) {
    jobs(first: 20, after: $after) {
      nodes {
        ...JobRow
      }
      pageInfo {
        ...PageCursor
      }
    }
  }
`);

/** The segments a job may target, with how many contacts each has now. */
export const JobSegments = graphql(`
  query JobSegments {
    segments(first: 100) {
      nodes {
        id
        name
        count
      }
    }
  }
`);

export const CreateJob = graphql(`
  mutation CreateJob($input: CreateJobInput!) {
    createJob(input: $input) {
      ...JobRow
    }
  }
`);

export const NotifyJobTester = graphql(`
  mutation NotifyJobTester($jobId: String!, $testerId: String!, $message: String) {
    notifyJobTester(jobId: $jobId, testerId: $testerId, message: $message) {
      testerId
      telegramChatId
      messageId
      sentAt
    }
  }
`);

/** A job is sent to its segment as a broadcast whose audience is the job, launched at once. */
export const DraftJobBroadcast = graphql(`
  mutation DraftJobBroadcast($input: CreateBroadcastInput!) {
    createBroadcast(input: $input) {
      id
    }
  }
`);

export const LaunchJobBroadcast = graphql(`
  mutation LaunchJobBroadcast($id: ID!) {
    launchBroadcast(id: $id) {
      id
      name
      state
      stats {
        audience
      }
    }
  }
`);

/** urql's document cache refetches queries holding a typename a mutation returned: naming Job keeps an empty list current too. */
export const JOB_LIST = { additionalTypenames: ['Job'] };
