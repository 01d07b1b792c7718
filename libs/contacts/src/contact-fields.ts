import { Contact } from './contact.entity';

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Phones are kept as digits with an optional leading +, so "+38 (050) 123-45-67" finds "+380501234567". */
export function normalizePhone(phone: string): string {
  const trimmed = phone.trim();
  return `${trimmed.startsWith('+') ? '+' : ''}${trimmed.replace(/\D/g, '')}`;
}

/** What `contacts(search:)` matches, kept in one lower-cased column behind a trigram index. */
export function searchTextOf(contact: Pick<Contact, 'firstName' | 'lastName' | 'username' | 'externalCustomerId' | 'phone' | 'email'>): string {
  return [contact.firstName, contact.lastName, contact.username, contact.externalCustomerId, contact.phone, contact.email]
    .filter((part): part is string => !!part)
    .join(' ')
    .toLowerCase();
}
