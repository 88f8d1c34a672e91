import { CreateSettings1764064800000 } from './1764064800000-create-settings';
import { CreateEngineers1764064900000 } from './1764064900000-create-engineers';
import { CreateProducts1764065000000 } from './1764065000000-create-products';
import { CreateCustomers1764065050000 } from './1764065050000-create-customers';
import { CreateOutbox1764065090000 } from './1764065090000-create-outbox';
import { CreateOrders1764065100000 } from './1764065100000-create-orders';
import { CreateServices1764065200000 } from './1764065200000-create-services';
import { CreateBookings1764065300000 } from './1764065300000-create-bookings';
import { CreateUsers1764065400000 } from './1764065400000-create-users';
import { CreateAuthCredentials1764065410000 } from './1764065410000-create-auth-credentials';
import { AddOrderApiKeyOwner1764065420000 } from './1764065420000-add-order-api-key-owner';
import { IndexBookingsByOrder1764065500000 } from './1764065500000-index-bookings-by-order';
import { CreateOrderStatusHistory1764065600000 } from './1764065600000-create-order-status-history';
import { AddBookingOutcomes1764065700000 } from './1764065700000-add-booking-outcomes';
import { CreateOutboxDeliveries1764065800000 } from './1764065800000-create-outbox-deliveries';
import { IndexRetentionCutoffs1764065900000 } from './1764065900000-index-retention-cutoffs';
import { AddCustomerApiKeyOwner1764066100000 } from './1764066100000-add-customer-api-key-owner';
import { CreateVehicles1764066200000 } from './1764066200000-create-vehicles';
import { CreateOrderVehicles1764066300000 } from './1764066300000-create-order-vehicles';
import { AddServiceVehicles1764066400000 } from './1764066400000-add-service-vehicles';
import { CreateBookingVisits1764066500000 } from './1764066500000-create-booking-visits';
import { AddProductIdentifiers1764066550000 } from './1764066550000-add-product-identifiers';
import { AddServiceCompletion1764066600000 } from './1764066600000-add-service-completion';
import { AddServiceFailures1764066900000 } from './1764066900000-add-service-failures';
import { AddBookingServiceOutcomes1764067000000 } from './1764067000000-add-booking-service-outcomes';
import { AddUserNames1764067500000 } from './1764067500000-add-user-names';
import { AddOrderDispatchPlanning1764067600000 } from './1764067600000-add-order-dispatch-planning';
import { IndexSearch1764067700000 } from './1764067700000-index-search';
import { AddTravelSettings1764067800000 } from './1764067800000-add-travel-settings';
import { AddEngineerHomeBases1764067810000 } from './1764067810000-add-engineer-home-bases';
import { AddAddressLocations1764067820000 } from './1764067820000-add-address-locations';
import { AddVisitSites1764067830000 } from './1764067830000-add-visit-sites';
import { CreateCalendarFeeds1764067900000 } from './1764067900000-create-calendar-feeds';
import { CreateBookingHolds1764068000000 } from './1764068000000-create-booking-holds';
import { AddCustomerChangeCutoff1764068100000 } from './1764068100000-add-customer-change-cutoff';
import { CreateAppointmentLinks1764068110000 } from './1764068110000-create-appointment-links';
import { CreateWebhooks1764068200000 } from './1764068200000-create-webhooks';
import { CreateNotifications1764068300000 } from './1764068300000-create-notifications';
import { CountUndeliveredOutboxDeliveries1764068400000 } from './1764068400000-count-undelivered-outbox-deliveries';
import { IndexCustomerNameSuffixes1764068500000 } from './1764068500000-index-customer-name-suffixes';

/**
 * Every migration, in the domain order settings → engineers → products → customers →
 * outbox → orders → services → bookings → users → auth credentials → orders' API key owner → orders'
 * status history → bookings' start and no-show reason → outbox deliveries per listener →
 * retention cut-off indexes → customers' API key owner → vehicles and their fitted devices →
 * orders' vehicles → a service per vehicle → bookings' visits → products' device identifiers →
 * services' completion report → services' visit failures → bookings' outcome per task → users' names →
 * orders' priority, due date and whether they await a booking (with the settings that date them) → … →
 * engineers' calendar feeds → bookings' holds and Idempotency-Keys (with the settings' hold length) →
 * the customers' change cut-off (settings) → bookings' customer links (appointments) →
 * webhooks (endpoints, messages, attempts) → customers' e-mail (notifications).
 * Listed explicitly (not globbed) so the same list works from the compiled build, the
 * TypeORM CLI and Jest.
 */
export const migrations = [
  CreateSettings1764064800000,
  CreateEngineers1764064900000,
  CreateProducts1764065000000,
  CreateCustomers1764065050000,
  CreateOutbox1764065090000,
  CreateOrders1764065100000,
  CreateServices1764065200000,
  CreateBookings1764065300000,
  CreateUsers1764065400000,
  CreateAuthCredentials1764065410000,
  AddOrderApiKeyOwner1764065420000,
  IndexBookingsByOrder1764065500000,
  CreateOrderStatusHistory1764065600000,
  AddBookingOutcomes1764065700000,
  CreateOutboxDeliveries1764065800000,
  IndexRetentionCutoffs1764065900000,
  AddCustomerApiKeyOwner1764066100000,
  CreateVehicles1764066200000,
  CreateOrderVehicles1764066300000,
  AddServiceVehicles1764066400000,
  CreateBookingVisits1764066500000,
  AddProductIdentifiers1764066550000,
  AddServiceCompletion1764066600000,
  AddServiceFailures1764066900000,
  AddBookingServiceOutcomes1764067000000,
  AddUserNames1764067500000,
  AddOrderDispatchPlanning1764067600000,
  IndexSearch1764067700000,
  AddTravelSettings1764067800000,
  AddEngineerHomeBases1764067810000,
  AddAddressLocations1764067820000,
  AddVisitSites1764067830000,
  CreateCalendarFeeds1764067900000,
  CreateBookingHolds1764068000000,
  AddCustomerChangeCutoff1764068100000,
  CreateAppointmentLinks1764068110000,
  CreateWebhooks1764068200000,
  CreateNotifications1764068300000,
  CountUndeliveredOutboxDeliveries1764068400000,
  IndexCustomerNameSuffixes1764068500000,
];
