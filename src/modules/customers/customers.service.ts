import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AddressDto, GeoPoint, Page, geoPointOf, UnitOfWork, parseUkPostcode, phoneDigits, phoneSearchDigits, toPage } from '@app/common';
import { Announcement, Announcements } from '../../redis/announcements';
import { CustomerHasOrdersError, CustomerNotFoundError } from './customers.errors';
import { CreateCustomerDto } from './dto/create-customer.dto';
import { ListCustomersQueryDto } from './dto/list-customers-query.dto';
import { UpdateCustomerDto } from './dto/update-customer.dto';
import { CustomerRecord, CustomerSearch, CustomersRepository, NewCustomer } from './customers.repository';

export interface Address {
  line1: string;
  /** Absent when there is no second line. */
  line2?: string;
  city: string;
  /** Normalised, e.g. `SW1A 1AA`. */
  postcode: string;
  /** Absent when not known. */
  location?: GeoPoint;
}

/** A customer as other modules see it: a plain copy, never the entity. */
export interface CustomerSnapshot {
  id: string;
  name: string;
  email: string;
  phone: string;
  address: Address;
  createdAt: Date;
  updatedAt: Date;
}

function toSnapshot(customer: CustomerRecord): CustomerSnapshot {
  return {
    id: customer.id,
    name: customer.name,
    email: customer.email,
    phone: customer.phone,
    address: {
      line1: customer.addressLine1,
      ...(customer.addressLine2 ? { line2: customer.addressLine2 } : {}),
      city: customer.addressCity,
      postcode: customer.addressPostcode,
      ...locationOf(customer),
    },
    createdAt: customer.createdAt,
    updatedAt: customer.updatedAt,
  };
}

function locationOf(customer: CustomerRecord): { location?: GeoPoint } {
  const location = geoPointOf(customer.addressLat, customer.addressLng);
  return location ? { location } : {};
}

type AddressColumns = 'addressLine1' | 'addressLine2' | 'addressCity' | 'addressPostcode' | 'addressLat' | 'addressLng';

/** An address sent without a location clears the one stored: it may be somewhere else now. */
function addressColumns(address: AddressDto): Pick<NewCustomer, AddressColumns> {
  return {
    addressLine1: address.line1,
    addressLine2: address.line2 ?? null,
    addressCity: address.city,
    addressPostcode: address.postcode,
    addressLat: address.location?.lat ?? null,
    addressLng: address.location?.lng ?? null,
  };
}

function requireCustomer<Row extends CustomerRecord>(customer: Row | null, id: string): Row {
  if (!customer) throw new CustomerNotFoundError(id);
  return customer;
}

/**
 * Search text as the columns store it: postcodes as `SW1A 1AA` (so `sw1a1aa` finds it), phone
 * numbers as their digits (so `07700 900123` finds `+44 7700 900123`).
 */
function searchOf(q: string): CustomerSearch {
  return { text: parseUkPostcode(q)?.postcode ?? q, phoneDigits: phoneSearchDigits(q) };
}

/** Announced once a customer's name changed: the board shows it beside their visits. */
const CUSTOMERS_CHANGED: Announcement = { kind: 'data-changed', data: 'customers' };

@Injectable()
export class CustomersService {
  constructor(
    private readonly customersRepository: CustomersRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly announcements: Announcements,
  ) {}

  async list(query: ListCustomersQueryDto): Promise<Page<CustomerSnapshot>> {
    const rows = await this.customersRepository.findPage({ ...query, search: query.q === undefined ? undefined : searchOf(query.q) });
    return toPage(rows, query.limit, toSnapshot);
  }

  /**
   * Ids of the customers whose name, e-mail, phone or postcode contains `q` (as `list` finds
   * them), at most `limit`, the most recently created first: other modules search their own
   * rows by customer with it, never the customers table.
   */
  idsMatching(q: string, limit: number): Promise<string[]> {
    return this.customersRepository.findIdsMatching(searchOf(q), limit);
  }

  /** Customers' names by id, for other modules that name them in their answers; unknown ids are absent. */
  namesOf(ids: string[]): Promise<Map<string, string>> {
    return this.customersRepository.namesOf(ids);
  }

  /** Throws CustomerNotFoundError (404 CUSTOMER_NOT_FOUND). Pass a manager to read inside a transaction. */
  async getById(id: string, manager?: EntityManager): Promise<CustomerSnapshot> {
    const row = manager ? await this.customersRepository.findById(id, manager) : await this.customersRepository.readById(id);
    return toSnapshot(requireCustomer(row, id));
  }

  create(input: CreateCustomerDto): Promise<CustomerSnapshot> {
    return this.unitOfWork.run((manager) => this.insert(input, { hasOrders: false, createdByApiKeyId: null }, manager));
  }

  /**
   * The customer of an order being placed with its customer inline, inside the order's
   * transaction. Staff (`apiKeyId` null) always create a new customer. A web shop's key creates
   * one the first time it sends an e-mail; after that the same e-mail is that customer, and the
   * details sent (name, phone, address) are recorded on it. Another key's customers are never
   * matched.
   */
  async createFromInline(input: CreateCustomerDto, manager: EntityManager, apiKeyId: string | null): Promise<CustomerSnapshot> {
    if (apiKeyId === null) return this.insert(input, { hasOrders: true, createdByApiKeyId: null }, manager);
    const earlier = await this.customersRepository.findCreatedByApiKeyForUpdate(apiKeyId, input.email, manager);
    if (!earlier) return this.insert(input, { hasOrders: true, createdByApiKeyId: apiKeyId }, manager);
    const nameBefore = earlier.name;
    this.announceRenameOnCommit(earlier, input.name, manager);
    Object.assign(earlier, { name: input.name, phone: input.phone, phoneDigits: phoneDigits(input.phone), ...addressColumns(input.address), hasOrders: true });
    return toSnapshot(await this.customersRepository.save(earlier, manager, nameBefore));
  }

  /**
   * The customer an order being placed refers to, marked as having orders in the order's
   * transaction so it can no longer be deleted. A web shop's key (`apiKeyId`) reaches only the
   * customers it created: another's is as missing as an unknown id. Staff (null) reach every
   * customer. Throws CustomerNotFoundError.
   */
  async attachOrder(id: string, manager: EntityManager, apiKeyId: string | null): Promise<CustomerSnapshot> {
    const found = await this.customersRepository.findForUpdate(id, manager);
    const customer = requireCustomer(apiKeyId === null || found?.createdByApiKeyId === apiKeyId ? found : null, id);
    if (!customer.hasOrders) {
      customer.hasOrders = true;
      await this.customersRepository.save(customer, manager, customer.name);
    }
    return toSnapshot(customer);
  }

  private async insert(
    input: CreateCustomerDto,
    flags: Pick<NewCustomer, 'hasOrders' | 'createdByApiKeyId'>,
    manager: EntityManager,
  ): Promise<CustomerSnapshot> {
    const customer = this.customersRepository.build({
      name: input.name,
      email: input.email,
      phone: input.phone,
      phoneDigits: phoneDigits(input.phone),
      ...addressColumns(input.address),
      ...flags,
    });
    return toSnapshot(await this.customersRepository.save(customer, manager, null));
  }

  update(id: string, changes: UpdateCustomerDto): Promise<CustomerSnapshot> {
    return this.unitOfWork.run(async (manager) => {
      const customer = requireCustomer(await this.customersRepository.findById(id, manager), id);
      const { address, ...contact } = changes;
      const nameBefore = customer.name;
      if (contact.name !== undefined) this.announceRenameOnCommit(customer, contact.name, manager);
      Object.assign(customer, contact, contact.phone ? { phoneDigits: phoneDigits(contact.phone) } : {}, address ? addressColumns(address) : {});
      return toSnapshot(await this.customersRepository.save(customer, manager, nameBefore));
    });
  }

  /** The board shows customers' names: a new one is announced to every instance once the change commits. */
  private announceRenameOnCommit(customer: Pick<CustomerSnapshot, 'name'>, name: string, manager: EntityManager): void {
    if (customer.name !== name) this.unitOfWork.afterCommit(manager, () => void this.announcements.announce(CUSTOMERS_CHANGED));
  }

  /** Deletes a customer without orders; one with orders is kept for their history (409). */
  async delete(id: string): Promise<void> {
    await this.unitOfWork.run(async (manager) => {
      const customer = requireCustomer(await this.customersRepository.findForUpdate(id, manager), id);
      if (customer.hasOrders) {
        throw new CustomerHasOrdersError(id);
      }
      await this.customersRepository.delete(customer, manager);
    });
  }
}
