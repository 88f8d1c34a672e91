import type { CalendarParty } from '../bookings/booking-invitations.service';

/** `Name <address>` or a bare address (MAIL_FROM), as the invitation's organizer and the mail's sender. */
export function senderOf(from: string): CalendarParty {
  const match = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(from);
  if (!match) return { name: 'Vision Telematics', email: from.trim() };
  return { name: match[1]!.trim() || 'Vision Telematics', email: match[2]!.trim() };
}
