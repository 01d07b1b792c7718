import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint, Linter } from 'eslint';

const ROOT = join(__dirname, '..', '..', '..', '..');
const listed = JSON.parse(readFileSync(join(ROOT, 'eslint', 'tenant-data-exceptions.json'), 'utf8')) as {
  exceptions: Record<string, string>;
};
const DATA_RULES = ['@typescript-eslint/no-restricted-imports', 'no-restricted-syntax'];
const A_SERVICE = 'libs/contacts/src/sneaky.service.ts';

/** The data-access rules as they apply to an ordinary module file. */
async function dataRules(eslint: ESLint): Promise<Linter.RulesRecord> {
  const config = (await eslint.calculateConfigForFile(join(ROOT, A_SERVICE))) as Linter.Config;
  return Object.fromEntries(DATA_RULES.map((rule) => [rule, config.rules![rule]!]));
}

async function dataRuleHits(eslint: ESLint, path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, path) });
  return result.messages.map((message) => message.ruleId ?? '').filter((rule) => DATA_RULES.includes(rule));
}

describe('direct database access outside the scoped data layer', () => {
  const eslint = new ESLint({ cwd: ROOT });
  let withoutExceptions: ESLint;

  beforeAll(async () => {
    // The same rules, applied to the listed files too: an exception must still be needed.
    withoutExceptions = new ESLint({ cwd: ROOT, overrideConfig: [{ files: Object.keys(listed.exceptions), rules: await dataRules(eslint) }] });
  });

  it.each([
    ['a repository injected into a service', "import { InjectRepository } from '@nestjs/typeorm';\nexport const x = InjectRepository;\n"],
    ['a DataSource', "import { DataSource } from 'typeorm';\nexport type X = DataSource;\n"],
    ['a raw pg client', "import { Client } from 'pg';\nexport const x = Client;\n"],
    ['a repository taken from a data source', 'export const rows = (source: { getRepository(x: string): unknown }) => source.getRepository("contacts");\n'],
    ['the manager behind a query builder', 'export const manager = (builder: { manager: unknown }) => builder.manager;\n'],
  ])('is refused in a module service: %s', async (_, code) => {
    expect(await dataRuleHits(eslint, A_SERVICE, code)).not.toEqual([]);
  });

  it('is allowed where the layer itself lives', async () => {
    expect(await dataRuleHits(eslint, 'libs/common/src/data/extra.ts', "import { DataSource } from 'typeorm';\nexport type X = DataSource;\n")).toEqual([]);
  });

  it.each(Object.entries(listed.exceptions))('%s is an exception because: %s', async (path) => {
    expect(existsSync(join(ROOT, path))).toBe(true);
    const source = readFileSync(join(ROOT, path), 'utf8');
    expect(await dataRuleHits(eslint, path, source)).toEqual([]);
    expect(await dataRuleHits(withoutExceptions, path, source)).not.toEqual([]);
  });
});
