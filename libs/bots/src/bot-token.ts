/** `<bot id>:<secret>` as @BotFather issues it. */
const TOKEN_SHAPE = /^(\d{1,20}):[A-Za-z0-9_-]{30,100}$/;

export function isBotTokenShaped(token: string): boolean {
  return TOKEN_SHAPE.test(token);
}

/** What may be shown of a token: its public bot id, never the secret part. */
export function tokenHint(token: string): string {
  return `${token.split(':')[0]}:****`;
}
