import { ApiProperty } from '@nestjs/swagger';
import type { CustomerSnapshot } from '../customers.service';
import { AddressDto } from '@app/common';

export class CustomerResponse {
  @ApiProperty({ example: '6b0d8f3a-2c4e-4f7b-9d1a-5e8c7b3a9f20', format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Ada Lovelace' })
  name!: string;

  @ApiProperty({ example: 'ada@example.co.uk' })
  email!: string;

  @ApiProperty({ example: '020 7946 0958' })
  phone!: string;

  @ApiProperty({ type: AddressDto })
  address!: AddressDto;

  @ApiProperty({ example: '2026-11-25T09:30:00.000Z' })
  createdAt!: Date;

  @ApiProperty({ example: '2026-11-25T09:30:00.000Z' })
  updatedAt!: Date;
}

export function mapCustomer(customer: CustomerSnapshot): CustomerResponse {
  return {
    id: customer.id,
    name: customer.name,
    email: customer.email,
    phone: customer.phone,
    address: { ...customer.address },
    createdAt: customer.createdAt,
    updatedAt: customer.updatedAt,
  };
}
