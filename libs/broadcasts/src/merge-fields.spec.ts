import { checkMergeFields, escapeForParseMode, MergeValues, renderMergeFields } from './merge-fields';

const ada: MergeValues = { firstName: 'Ada', lastName: 'Lovelace', username: 'ada', attributes: { plan: 'pro', seats: 3, nested: { a: 1 }, empty: '' } };
const nobody: MergeValues = { firstName: null, lastName: null, username: null, attributes: {} };

describe('merge fields', () => {
  it.each([
    ['Hi {{first_name}} {{last_name}} (@{{username}})', 'Hi Ada Lovelace (@ada)'],
    ['Hi {{ first_name | there }}!', 'Hi Ada!'],
    ['Plan: {{attributes.plan}}, seats: {{attributes.seats}}', 'Plan: pro, seats: 3'],
    ['{{attributes.nested}}', '{"a":1}'],
    ['[{{attributes.empty|none}}]', '[none]'],
    ['no fields at all', 'no fields at all'],
  ])('fills %s', (template, expected) => {
    expect(renderMergeFields(template, ada, null)).toBe(expected);
  });

  it('uses the default, or nothing, when the contact has no value', () => {
    expect(renderMergeFields('Hi {{first_name|there}}, {{attributes.plan|free}} plan{{last_name}}', nobody, null)).toBe('Hi there, free plan');
  });

  it('escapes values for the parse mode, and leaves the template and defaults as written', () => {
    const tricky: MergeValues = { ...nobody, firstName: '<b>Bob</b> & co', lastName: 'O_Neil*[x](y)!' };
    expect(renderMergeFields('<i>{{first_name}}</i>', tricky, 'HTML')).toBe('<i>&lt;b&gt;Bob&lt;/b&gt; &amp; co</i>');
    expect(renderMergeFields('*{{last_name}}* {{username|\\!}}', tricky, 'MarkdownV2')).toBe('*O\\_Neil\\*\\[x\\]\\(y\\)\\!* \\!');
    expect(renderMergeFields('{{last_name}}', tricky, 'Markdown')).toBe('O\\_Neil\\*\\[x](y)!');
    expect(escapeForParseMode('a.b-c', 'MarkdownV2')).toBe('a\\.b\\-c');
  });

  it.each(['{{email}}', '{{attributes.}}', '{{attributes.a b}}', '{{}}', 'Hi {{First_Name}}'])('refuses the unknown field in %s', (template) => {
    expect(() => checkMergeFields(template)).toThrow(/Unknown merge field/);
  });

  it('accepts every known field', () => {
    expect(() => checkMergeFields('{{first_name|x}} {{last_name}} {{username}} {{attributes.plan_2-b}}')).not.toThrow();
  });
});
