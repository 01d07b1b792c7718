import type { BotChoice } from '../../bot-choices';
import { TextInput } from '../../ui/fields';
import { SelectField } from '../../ui/select-field';
import { Choice, CriteriaForm, parseAttributes } from './criteria';

const EITHER: ReadonlyArray<{ value: Choice; label: string }> = [
  { value: '', label: 'Either' },
  { value: 'true', label: 'Yes' },
  { value: 'false', label: 'No' },
];

const KINDS = [
  { value: '', label: 'People and groups' },
  { value: 'PERSON', label: 'People' },
  { value: 'GROUP', label: 'Groups' },
];

const attributesProblem = (text: string) => {
  const parsed = parseAttributes(text);
  return typeof parsed === 'string' ? parsed : null;
};

/** The fields of ContactCriteria, shared by the contact search and the segment editor. */
export function CriteriaFields({ value, onChange, bots }: { value: CriteriaForm; onChange: (next: CriteriaForm) => void; bots: readonly BotChoice[] }) {
  const set =
    <K extends keyof CriteriaForm>(key: K) =>
    (next: string) =>
      onChange({ ...value, [key]: next });
  const botOptions = [{ value: '', label: 'Any bot' }, ...bots.map((bot) => ({ value: bot.id, label: `${bot.name} (@${bot.username})` }))];
  return (
    <div className="actions criteria">
      <TextInput label="Search" type="search" maxLength={200} value={value.search} onChange={set('search')} description="Name, @username, phone, email or external id" />
      <TextInput label="Tags (all of, separated by commas)" value={value.tags} onChange={set('tags')} />
      <TextInput
        label="Attributes (key=value, separated by commas)"
        value={value.attributes}
        onChange={set('attributes')}
        validate={attributesProblem}
        description='A value in JSON (3, true, "3") keeps its type'
      />
      <SelectField label="Bot" value={value.botId} onChange={set('botId')} options={botOptions} />
      <SelectField label="Reachable" value={value.reachable} onChange={set('reachable')} options={EITHER} />
      <SelectField label="Blocked" value={value.blocked} onChange={set('blocked')} options={EITHER} />
      <TextInput label="Language" maxLength={16} value={value.language} onChange={set('language')} />
      <SelectField label="Kind" value={value.kind} onChange={set('kind')} options={KINDS} />
    </div>
  );
}
