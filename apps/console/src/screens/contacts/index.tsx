import { useState } from 'react';
import { useMutation } from 'urql';
import { useBotChoices } from '../../bot-choices';
import { MutationResult } from '../../ui/results';
import { ContactCard } from './card';
import { ContactList } from './list';
import { CONTACTS_AND_SEGMENTS, DeleteContact } from './operations';
import { Segments } from './segments';

/** Contacts: search, filter and page through them, open one's card; and the tenant's segments. */
export function ContactsScreen() {
  const { bots, botName } = useBotChoices();
  const [openId, setOpenId] = useState<string | null>(null);
  // The deletion lives here, not in the card, so its outcome outlasts the card it closes.
  const [deleted, deleteContact] = useMutation(DeleteContact);
  const [deletedName, setDeletedName] = useState('');

  const remove = async (id: string, name: string) => {
    setDeletedName(name);
    if ((await deleteContact({ id }, CONTACTS_AND_SEGMENTS)).data) setOpenId(null);
  };

  return (
    <>
      <h1>Contacts</h1>
      <MutationResult state={deleted} done={() => `Deleted ${deletedName}`} />
      {openId && <ContactCard key={openId} id={openId} botName={botName} onClose={() => setOpenId(null)} onDelete={remove} deleting={deleted.fetching} />}
      <ContactList bots={bots} botName={botName} openId={openId} onOpen={setOpenId} />
      <Segments bots={bots} botName={botName} />
    </>
  );
}
