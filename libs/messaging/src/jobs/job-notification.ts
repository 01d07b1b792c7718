import { Job } from './job.entity';

/** The notification text when neither the request nor the job gives one. */
export function defaultJobMessage(job: Pick<Job, 'title'>): string {
  return `New opportunity: ${job.title}\n\nTap below to view details.`;
}

/** What telling people about a job sends: the request's text, the job's, or the template, with a button to its link. */
export function jobNotification(job: Pick<Job, 'title' | 'url' | 'message'>, message?: string): { text: string; replyMarkup: Record<string, unknown> } {
  return {
    text: message ?? job.message ?? defaultJobMessage(job),
    replyMarkup: { inline_keyboard: [[{ text: 'View details', url: job.url }]] },
  };
}
