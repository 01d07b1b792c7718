import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '@switchboard/common';
import { MessagingError, MessagingErrorCode } from '../messaging.errors';
import { ClicksService } from './clicks.service';

/** Where tracked URL buttons point: marks the message CLICKED, then sends the person on. */
@ApiExcludeController()
@Public()
@Controller('r')
export class RedirectController {
  constructor(private readonly clicks: ClicksService) {}

  @Get(':token')
  async follow(@Param('token') token: string, @Res() res: Response): Promise<void> {
    const button = await this.clicks.followed(token);
    if (!button || button.kind !== 'url') throw new MessagingError(MessagingErrorCode.LINK_NOT_FOUND, 'This link does not exist');
    await this.clicks.clicked(button);
    res.redirect(302, button.target);
  }
}
