import { stringParam, Params } from '../params';

interface MarkdownSyntax {
  /** Characters that format and are not shown. */
  formatting: string;
  /** Characters a backslash makes literal. */
  escapable: string;
}

const MARKDOWN_V2: MarkdownSyntax = { formatting: '*_~|`[]', escapable: '_*[]()~`>#+-=|{}.!\\' };
const MARKDOWN: MarkdownSyntax = { formatting: '*_`[]', escapable: '_*`[' };
const HTML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"' };

/**
 * How long a text or caption is once Telegram has parsed its `parse_mode` markup, which is what the length
 * limits count (in UTF-16 code units, like JavaScript strings). Lenient where Telegram is strict: malformed
 * markup is counted as written instead of refused, and the text is still echoed as sent.
 */
export function visibleLength(text: string, params: Params): number {
  const mode = stringParam(params, 'parse_mode')?.toLowerCase();
  if (mode === 'html') return htmlText(text).length;
  if (mode === 'markdownv2') return markdownText(text, MARKDOWN_V2).length;
  if (mode === 'markdown') return markdownText(text, MARKDOWN).length;
  return text.length;
}

function htmlText(text: string): string {
  return text.replace(/<[^>]*>/g, '').replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return HTML_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Drops link targets, then formatting characters unless escaped with a backslash. */
function markdownText(text: string, syntax: MarkdownSyntax): string {
  const withoutTargets = text.replace(/\]\((?:\\.|[^)\\])*\)/g, ']');
  let visible = '';
  for (let i = 0; i < withoutTargets.length; i++) {
    const char = withoutTargets[i];
    const next = withoutTargets[i + 1];
    if (char === '\\' && next !== undefined && syntax.escapable.includes(next)) {
      visible += next;
      i++;
    } else if (!syntax.formatting.includes(char)) {
      visible += char;
    }
  }
  return visible;
}
