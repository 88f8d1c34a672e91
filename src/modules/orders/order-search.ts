import { normaliseUkRegistration, parseUkPostcode } from '@app/common';
import { parseOrderNumber } from './order-number';

/** What an order search (`q`) can mean besides text about the customer, each in its stored form. */
export interface OrderSearchTerms {
  /** `VT-000123`. */
  number?: string;
  /** A vehicle registration in the DVLA's spelling: `AB12 CDE`. */
  registration?: string;
  /** A full installation postcode: `SW1A 1AA`. */
  postcode?: string;
}

/** Reads the search text each way it could be meant; the search finds orders matching any of them. */
export function orderSearchTerms(q: string): OrderSearchTerms {
  return {
    number: parseOrderNumber(q),
    registration: normaliseUkRegistration(q) ?? undefined,
    postcode: parseUkPostcode(q)?.postcode,
  };
}
