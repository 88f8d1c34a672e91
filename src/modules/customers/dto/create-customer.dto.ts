import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsEmail, IsNotEmpty, IsObject, IsString, MaxLength, ValidateNested } from 'class-validator';
import { AddressDto, IsContactPhone, LowerCaseTrimmed, Trimmed } from '@app/common';

// No property initialisers: UpdateCustomerDto is a PartialType of this class and would inherit them.
export class CreateCustomerDto {
  @ApiProperty({ example: 'Ada Lovelace', maxLength: 200 })
  @Trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  /** Stored lower-case. */
  @ApiProperty({ example: 'ada@example.co.uk', maxLength: 254 })
  @LowerCaseTrimmed()
  @IsEmail()
  @MaxLength(254)
  email!: string;

  /** A UK number, or an international one starting with +. */
  @ApiProperty({ example: '020 7946 0958', maxLength: 32 })
  @Trimmed()
  @IsContactPhone()
  @MaxLength(32)
  phone!: string;

  @ApiProperty({ type: AddressDto })
  @IsObject()
  @ValidateNested()
  @Type(() => AddressDto)
  address!: AddressDto;
}
