import { Controller, Get, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems, Roles, UuidParam } from '@app/common';
import { BookingNotFoundError } from '../bookings/bookings.errors';
import { AppointmentsService } from './appointments.service';
import { CustomerLinkUrlResponse } from './dto/customer-link-url.response';

/** A booking's customer link, for staff to hand out: served under /bookings, owned by Appointments, which holds the links. */
@ApiTags('bookings')
@Controller({ path: 'bookings', version: '1' })
export class CustomerLinksController {
  constructor(private readonly appointments: AppointmentsService) {}

  @Get(':id/customer-link')
  @Roles('admin', 'dispatcher')
  @ApiOperation({
    operationId: 'getBookingCustomerLink',
    summary: 'The secret link at which the booking’s customer sees, moves or cancels their appointment',
    description:
      'Issued on first asking and the same after, until rotated (the confirmation e-mail carries the same). Anyone holding it can change the appointment, ' +
      'so hand it to the customer only.',
  })
  @ApiOkResponse({ type: CustomerLinkUrlResponse })
  @ApiProblems(BookingNotFoundError)
  async get(@UuidParam() id: string): Promise<CustomerLinkUrlResponse> {
    return { url: await this.appointments.linkOfBooking(id) };
  }

  @Post(':id/customer-link/rotate')
  @Roles('admin', 'dispatcher')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    operationId: 'rotateBookingCustomerLink',
    summary: 'Replaces the booking’s customer link; the old one answers 404 at once',
    description: 'For a link that was shared or leaked. Mails sent from now on carry the new link; the customer needs it to use the page again.',
  })
  @ApiOkResponse({ type: CustomerLinkUrlResponse })
  @ApiProblems(BookingNotFoundError)
  async rotate(@UuidParam() id: string): Promise<CustomerLinkUrlResponse> {
    return { url: await this.appointments.rotate(id) };
  }
}
