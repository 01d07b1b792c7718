import { MAX_CAPTION_LENGTH } from '@switchboard/common';
import { checkReplyMarkup } from '@switchboard/messaging';
import { BroadcastError, BroadcastErrorCode } from './broadcast.errors';
import { Broadcast } from './broadcast.entity';
import { checkMergeFields } from './merge-fields';

export type BroadcastContent = Pick<Broadcast, 'text' | 'parseMode' | 'photo' | 'replyMarkup'>;

/** Refuses content Telegram would refuse for every recipient, before anyone is sent anything. */
export function checkContent(content: BroadcastContent): void {
  checkMergeFields(content.text);
  if (content.photo && content.text.length > MAX_CAPTION_LENGTH) {
    throw new BroadcastError(BroadcastErrorCode.INVALID_CONTENT, `text is the photo's caption: at most ${MAX_CAPTION_LENGTH} characters`);
  }
  if (content.replyMarkup) checkReplyMarkup(content.replyMarkup);
}
