interface Named {
  id: string;
  firstName?: string | null;
  lastName?: string | null;
  username?: string | null;
}

/** How a contact is called on screen: its name, else its @username, else its id. */
export const contactName = (contact: Named) => [contact.firstName, contact.lastName].filter(Boolean).join(' ') || (contact.username ? `@${contact.username}` : contact.id);

export const when = (time: string | null | undefined) => (time ? new Date(time).toLocaleString() : '');

/** "1 contact", "3 contacts". */
export const counted = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;
