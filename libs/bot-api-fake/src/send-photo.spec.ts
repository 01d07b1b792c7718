import { FakeFixture, looseCall, startFake, telegramError } from './spec-support/fake-fixture';
import { Fault } from './types';

describe('sendPhoto', () => {
  let f: FakeFixture;
  const user = 7001;
  const url = 'https://example.com/cat.jpg';
  const fileId = 'AgACAgIAAxkBAAIBZ2cx9Q0AAbcdEfGhIjKlMnOpQrStUvWxYz';

  beforeEach(async () => {
    f = await startFake();
    f.fake.addChat(f.bot.token, { id: user, first_name: 'Ada' });
  });
  afterEach(() => f.fake.stop());

  const expectError = async (call: Promise<unknown>, code: number, description: string) => {
    const error = await telegramError(call);
    expect({ code: error.code, description: error.description }).toEqual({ code, description });
  };

  const photoSize = {
    file_id: expect.any(String),
    file_unique_id: expect.any(String),
    width: expect.any(Number),
    height: expect.any(Number),
    file_size: expect.any(Number),
  };

  it('sends a photo by URL and answers a Message with its PhotoSizes and caption', async () => {
    const message = await f.telegram.sendPhoto(user, url, { caption: 'A cat' });
    expect(message).toEqual({
      message_id: 1,
      from: { id: f.bot.id, is_bot: true, first_name: f.bot.firstName, username: f.bot.username },
      chat: { id: user, first_name: 'Ada', type: 'private' },
      date: expect.any(Number),
      photo: [photoSize, photoSize, photoSize],
      caption: 'A cat',
    });
    expect(message.photo.map((size) => size.width)).toEqual([90, 320, 800]);
    expect(new Set(message.photo.map((size) => size.file_unique_id)).size).toBe(3);
  });

  it('sends a photo by file_id, keeps that id for the largest size, and a returned file_id can be sent again', async () => {
    const byId = await f.telegram.sendPhoto(user, fileId);
    expect(byId.photo.at(-1)?.file_id).toBe(fileId);
    expect(byId).not.toHaveProperty('caption');
    const byUrl = await f.telegram.sendPhoto(user, url);
    const again = await f.telegram.sendPhoto(user, byUrl.photo[0].file_id);
    expect(again.message_id).toBe(3);
  });

  it('echoes an inline keyboard and checks reply_markup like sendMessage', async () => {
    const inline = { inline_keyboard: [[{ text: 'Open', callback_data: 'open' }]] };
    expect((await f.telegram.sendPhoto(user, url, { reply_markup: inline })).reply_markup).toEqual(inline);
    await expectError(
      looseCall(f.telegram, 'sendPhoto', { chat_id: user, photo: url, reply_markup: '{oops' }),
      400,
      "Bad Request: can't parse reply keyboard markup JSON object",
    );
  });

  it.each([['not a photo'], ['ftp://example.com/cat.jpg'], ['https://'], ['short_id'], ['/tmp/cat.jpg']])(
    'refuses %j as neither an http(s) URL nor a file_id',
    async (photo) => {
      await expectError(
        looseCall(f.telegram, 'sendPhoto', { chat_id: user, photo }),
        400,
        'Bad Request: wrong file identifier/HTTP URL specified',
      );
    },
  );

  it('answers a missing photo like Telegram', async () => {
    const missing = looseCall(f.telegram, 'sendPhoto', { chat_id: user });
    await expectError(missing, 400, 'Bad Request: there is no photo in the request');
  });

  it('allows 1024 caption characters after parsing the markup, and refuses 1025', async () => {
    await expect(f.telegram.sendPhoto(user, url, { caption: 'x'.repeat(1024) })).resolves.toHaveProperty('caption');
    const tooLong = f.telegram.sendPhoto(user, url, { caption: 'x'.repeat(1025) });
    await expectError(tooLong, 400, 'Bad Request: message caption is too long');
    const bold = `<b>${'x'.repeat(1024)}</b>`;
    const parsed = f.telegram.sendPhoto(user, url, { caption: bold, parse_mode: 'HTML' });
    await expect(parsed).resolves.toHaveProperty('caption', bold);
    await expectError(
      f.telegram.sendPhoto(user, url, { caption: `*${'x'.repeat(1025)}*`, parse_mode: 'MarkdownV2' }),
      400,
      'Bad Request: message caption is too long',
    );
  });

  it('checks the chat before the photo', async () => {
    const unknownChat = looseCall(f.telegram, 'sendPhoto', { chat_id: 424242, photo: 'bad' });
    await expectError(unknownChat, 400, 'Bad Request: chat not found');
    f.fake.blockChat(f.bot.token, user);
    await expectError(f.telegram.sendPhoto(user, url), 403, 'Forbidden: bot was blocked by the user');
  });

  it.each<[Fault, number]>([
    [{ kind: 'rate-limit', retryAfter: 3 }, 429],
    [{ kind: 'blocked' }, 403],
    [{ kind: 'chat-not-found' }, 400],
    [{ kind: 'server-error', status: 502 }, 502],
  ])('answers an injected %j and records it', async (fault, code) => {
    f.fake.inject({ method: 'sendPhoto', chatId: user, fault });
    expect((await telegramError(f.telegram.sendPhoto(user, url))).code).toBe(code);
    expect(f.fake.callsTo('sendPhoto').map((call) => call.status)).toEqual([code]);
    await expect(f.telegram.sendPhoto(user, url)).resolves.toHaveProperty('photo');
  });

  it('can be made to hang', async () => {
    f.fake.inject({ method: 'sendPhoto', fault: { kind: 'hang' } });
    const call = f.telegram.sendPhoto(user, url);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(f.fake.callsTo('sendPhoto')[0]).toMatchObject({ status: 0, response: undefined });
    await f.fake.stop();
    await expect(call).rejects.toThrow();
  });
});
