// Generated from docs/openapi.yaml by `npm run generate -w console`: do not edit.

export interface paths {
    "/api/v1/admin/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Domain events and their deliveries, newest first
         * @description `status=failed` lists the events with a delivery parked after `OUTBOX_MAX_ATTEMPTS`, with its last error.
         */
        get: operations["listOutboxEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/events/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Re-send the event’s failed deliveries, their attempts reset
         * @description Every failed delivery of the event is queued again with its attempts reset; an event with none is a 409 `EVENT_NOT_FAILED`.
         */
        post: operations["retryOutboxEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List API keys, newest first, revoked ones included
         * @description Every key with its name, its prefix (to recognise it), who created it, when, and when it was revoked; never the secret.
         */
        get: operations["listApiKeys"];
        put?: never;
        /**
         * Create an API key for the web shop
         * @description The key may place orders and read the orders it placed, nothing else. It is returned only in this response.
         */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an API key: requests with it are refused from now on
         * @description Requests with the key are refused (401) from now on; the key stays listed as revoked.
         */
        delete: operations["revokeApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The customer’s appointment at its link: when, where, on what, and whether it may still change
         * @description Each visit in UTC and in the business time zone’s local time; the installation address and vehicles. `changesAllowed` until `changeableUntil` (`settings.customerChangeCutoffHours` before the first visit), while the booking is scheduled and not started.
         */
        get: operations["getAppointment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{token}/availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Slots the customer may move the appointment to
         * @description The slots a dispatcher is offered for the order (`GET /bookings/availability`, without explanations), any eligible engineer: pass the chosen slot's `start` and `engineerId` to `reschedule`. The window may span at most 31 days. Only while changes are allowed.
         */
        get: operations["getAppointmentAvailability"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{token}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The customer cancels their appointment
         * @description Until `changeableUntil`, as a dispatcher’s cancellation: the booking is cancelled (audited with actor `customer`), its tasks wait for a new booking. Later: 409 `CHANGE_TOO_LATE`; a booking no longer scheduled: 409 `APPOINTMENT_CLOSED`.
         */
        post: operations["cancelAppointment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{token}/reschedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The customer moves their appointment to a slot of its availability
         * @description Until `changeableUntil`, under every rule a dispatcher’s reschedule keeps (`PATCH /bookings/{id}`), audited with actor `customer`. Later: 409 `CHANGE_TOO_LATE`; a booking no longer scheduled: 409 `APPOINTMENT_CLOSED`.
         */
        post: operations["rescheduleAppointment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with e-mail and password
         * @description Returns a short-lived access token and a refresh token. A wrong e-mail or password is one 401 `INVALID_CREDENTIALS`. Too many attempts from one address (whatever the e-mail), or for one e-mail from one address, are refused with 429 and `Retry-After`.
         */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End the session of a refresh token
         * @description Its refresh tokens and its access tokens stop working at once, on every instance.
         */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in user
         * @description Who the access token belongs to: id, e-mail, name, role and, for an engineer, the engineer it acts for.
         */
        get: operations["getCurrentUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Trade a refresh token for a new access token and a new refresh token
         * @description The refresh token sent is revoked. Sending an already used one ends its session: 401 and sign in again.
         */
        post: operations["refreshTokens"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bookings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List bookings, newest first; an engineer sees their own
         * @description Bookings, keyset paginated, filtered by engineer, status, day (`date`) or a start range (`from`, `to`). An engineer sees only their own.
         */
        get: operations["listBookings"];
        put?: never;
        /**
         * Book an engineer for an order’s installation
         * @description Every availability rule is checked again, for every visit of a multi-day run; a broken rule is a 422 whose code names it (`TOO_MANY_VISITS`: from that start the run would need more than 10 visits), an overlap of any visit with another booking of the engineer a 409 `BOOKING_CONFLICT` naming that booking, and time held for another order’s checkout a 409 `SLOT_HELD`. The installation becomes `scheduled` with the engineer. With `holdId` (a live hold of the order, `POST /bookings/holds`) the hold’s engineer and start are booked and the hold is consumed; `engineerId` or `start` sent with it must be the hold’s (else 409 `HOLD_MISMATCH`); an expired hold is 409 `HOLD_EXPIRED` with `alternatives`. An API key books only the orders it placed (another’s is a 404 `ORDER_NOT_FOUND`). With an `Idempotency-Key`, repeating the same request returns the original 201 response (marked `Idempotent-Replayed: true`) and books nothing; the same key with a different body is a 409 `IDEMPOTENCY_KEY_REUSED`. A key is remembered for `IDEMPOTENCY_KEY_TTL_HOURS` (24 by default).
         */
        post: operations["createBooking"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bookings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a booking with its audit trail and the e-mails to its customer
         * @description An engineer reads their own bookings; another engineer’s is a 404. `notifications` lists the messages to the order’s customer (confirmation, move, cancellation, a reminder before each visit) with their delivery status.
         */
        get: operations["getBooking"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Move a scheduled booking to another time and/or engineer, under the same checks
         * @description The whole run moves: its visits are worked out again from the new start, with the current estimate.
         */
        patch: operations["rescheduleBooking"];
        trace?: never;
    };
    "/api/v1/bookings/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a scheduled booking; the installation waits for a new one
         * @description Only a scheduled booking whose work has not started; its tasks go back to `pending`, waiting for a new booking.
         */
        post: operations["cancelBooking"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bookings/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The work is done: booking and services completed, the order fulfilled
         * @description An engineer completes their own bookings; another engineer’s is a 404.
         */
        post: operations["completeBooking"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bookings/{id}/customer-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The secret link at which the booking’s customer sees, moves or cancels their appointment
         * @description Issued on first asking and the same after, until rotated (the confirmation e-mail carries the same). Anyone holding it can change the appointment, so hand it to the customer only.
         */
        get: operations["getBookingCustomerLink"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bookings/{id}/customer-link/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replaces the booking’s customer link; the old one answers 404 at once
         * @description For a link that was shared or leaked. Mails sent from now on carry the new link; the customer needs it to use the page again.
         */
        post: operations["rotateBookingCustomerLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bookings/{id}/no-show": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Nobody was there; the installation waits for a new booking
         * @description Once the appointment has begun and before the work starts: the booking ends as `no_show`, its tasks wait for a new booking.
         */
        post: operations["markBookingNoShow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bookings/availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Slots in which an eligible engineer could do the order’s installation
         * @description Engineers who are active, cover the installation postcode and have every required skill; slots on the grid, after the lead time, inside one working span, clear of time off, other bookings (with the travel buffer) and the daily job limit. Work longer than every span of an engineer’s week is offered as runs of visits (`visits`) on consecutive working days: the first from the start to the end of its span, each later one in the next working day’s first span; every visit keeps those rules, and a run has at most 10 visits (422 `WORK_LONGER_THAN_WORKING_SPAN` when no run could hold the work). Travel: other bookings stay at least the travel time between their place and the installation’s away (great-circle distance × `settings.roadFactor` at `settings.averageSpeedKmh`, never less than `travelBufferMinutes`; the flat buffer where a place is not known), and with `settings.travelFromHome` a day’s first job leaves room to travel from the engineer’s home base. Sorted by start, then engineer name. The window (of starts) may span at most 31 days. `explain=true` adds `excluded` and, when there is no slot, `nextAvailableDate`.
         */
        get: operations["getBookingAvailability"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bookings/holds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hold a slot for the order while its customer checks out
         * @description Checked as booking it would be (every availability rule, for every visit of a multi-day run: a hold of a run holds every visit). Until `expiresAt` (`settings.holdMinutes` from now) the slot is offered to no other order and booking it for another is a 409 `SLOT_HELD`; book it with `POST /bookings` `{orderId, holdId}`. One hold per order: a new one replaces the order’s earlier hold. An expired hold keeps nothing.
         */
        post: operations["holdBookingSlot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bookings/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The best few engineer and slot pairs for an order
         * @description Within the next 31 days, the slots that add the least travel to the engineer’s day first (`addedTravelKm`), then the earliest; at the same start, the engineer with fewer booked minutes that day. Each shows the travel kept before and after it. `explain=true` adds `excluded` and, when there is no slot, `nextAvailableDate`.
         */
        get: operations["suggestBookings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An engineer’s calendar feed at its secret URL, for calendar apps
         * @description One event per visit: the order number in the summary, the installation address as LOCATION, vehicles and tasks in the description, a stable UID, SEQUENCE raised by every change, and bookings cancelled in the last 30 days as STATUS:CANCELLED. `ETag` and `Cache-Control` let a calendar app poll cheaply (304 while unchanged). A rotated or unknown URL is a 404.
         */
        get: operations["getCalendarSubscription"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List customers, newest first, optionally searched
         * @description Customers, keyset paginated; `q` finds text in the name, e-mail or postcode (a full postcode in any spacing).
         */
        get: operations["listCustomers"];
        put?: never;
        /**
         * Add a customer
         * @description A customer with a contact e-mail and phone and an address; the postcode is normalised (`SW1A 1AA`).
         */
        post: operations["createCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{customerId}/vehicles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A customer's vehicles, newest first, optionally searched
         * @description The customer’s vehicles, keyset paginated; `q` finds text in the registration, VIN or fleet number (a full registration in any spacing).
         */
        get: operations["listCustomerVehicles"];
        put?: never;
        /**
         * Add a vehicle to a customer
         * @description The registration is normalised (`AB12 CDE`) and unique per customer.
         */
        post: operations["createCustomerVehicle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one customer
         * @description One customer with their address.
         */
        get: operations["getCustomer"];
        put?: never;
        post?: never;
        /**
         * Delete a customer for good
         * @description A customer with orders is kept for their history: 409 `CUSTOMER_HAS_ORDERS`.
         */
        delete: operations["deleteCustomer"];
        options?: never;
        head?: never;
        /**
         * Change some fields of a customer; an address replaces the whole address
         * @description Only the fields sent change; `address` replaces the whole address.
         */
        patch: operations["updateCustomer"];
        trace?: never;
    };
    "/api/v1/devices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where a device is fitted, by whom and when
         * @description Give `imei`, `iccid` or `serial` (a unit matches when it has every one given). Answers the unit fitted now first, then its earlier fittings (`removedAt` set), newest first; an empty list when no unit has them.
         */
        get: operations["findDevices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dispatch/board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every active engineer’s days: working spans, time off, visits, free gaps, booked and available minutes
         * @description From `date` for `days` (1-7) local dates of the business time zone, for each active engineer in scope (`area`, `skill`), by name. Times are UTC instants with the local clock time beside them (`localStart`, `localEnd`, with the offset), so a day across a clock change reads right.
         */
        get: operations["getDispatchBoard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dispatch/queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Orders with work waiting for a booking, by due date, then oldest first
         * @description Every open order with a pending task: new work, or a task back after a failed visit (`failedVisitCount`). Filters: `area` (the installation postcode’s area or district), `skill` (needed by the waiting work), `priority`. Keyset paginated.
         */
        get: operations["getDispatchQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/engineers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List engineers, newest first, filtered by area, skill or status
         * @description Engineers, keyset paginated, filtered by area (postcode district), skill or active, `q` searching them.
         */
        get: operations["listEngineers"];
        put?: never;
        /**
         * Add an engineer
         * @description An engineer with skills, the postcode areas they cover and weekly working hours (business time); the e-mail is unique.
         */
        post: operations["createEngineer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/engineers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one engineer
         * @description One engineer with skills, areas and working hours.
         */
        get: operations["getEngineer"];
        put?: never;
        post?: never;
        /**
         * Deactivate an engineer
         * @description Sets `active` to false and keeps the engineer, so past jobs still name them. Repeating it is harmless. Refused while they have scheduled bookings that have not ended: reschedule or cancel those first. Reactivate with PATCH `{"active": true}`.
         */
        delete: operations["deactivateEngineer"];
        options?: never;
        head?: never;
        /**
         * Change some of an engineer’s fields, or reactivate them
         * @description `{"active": false}` deactivates them under the same rule as DELETE: refused while they have scheduled bookings that have not ended.
         */
        patch: operations["updateEngineer"];
        trace?: never;
    };
    "/api/v1/engineers/{id}/calendar-feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The secret URL of an engineer’s calendar feed, for a calendar app to subscribe to
         * @description Issued on first asking and the same after, until rotated. Anyone holding it reads the feed without signing in, so treat it as a password. An engineer reads their own; another engineer’s is a 404.
         */
        get: operations["getEngineerCalendarFeedUrl"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/engineers/{id}/calendar-feed/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replaces the secret URL of an engineer’s calendar feed; the old one stops answering at once
         * @description For a URL that was shared or leaked. Calendars subscribed to the old URL must subscribe to the new one. An engineer rotates their own.
         */
        post: operations["rotateEngineerCalendarFeedUrl"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/engineers/{id}/calendar.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * iCalendar feed of an engineer’s bookings, one event per visit, read with a bearer token (the console)
         * @description What the engineer’s secret feed URL serves (`GET /engineers/{id}/calendar-feed`), for clients that can sign in. An engineer reads their own feed; another engineer’s is a 404.
         */
        get: operations["getEngineerCalendarFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/engineers/{id}/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An engineer’s bookings and time off in a period
         * @description Bookings (with a visit) and time off overlapping [from, to), which may span at most 31 days, and each visit of those bookings in the period. An engineer reads their own schedule; another engineer’s is a 404. `timezone` is the business time zone to show its times in.
         */
        get: operations["getEngineerSchedule"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/engineers/{id}/time-off": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List an engineer’s time off, earliest start first
         * @description The engineer’s time off, earliest start first; availability offers no slot in it.
         */
        get: operations["listEngineerTimeOff"];
        put?: never;
        /**
         * Book time off for an engineer
         * @description Time off of one engineer never overlaps: a period that overlaps (or repeats) an existing entry is refused with 409 `TIME_OFF_OVERLAPS` naming it, never merged into it; to change an entry, delete it and add the new period. A period that overlaps any of the engineer’s scheduled bookings is refused with 409 `TIME_OFF_OVERLAPS_BOOKINGS` listing them: reschedule or cancel them first. Periods are half-open, so time off may end as a job starts.
         */
        post: operations["createEngineerTimeOff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/engineers/{id}/time-off/{timeOffId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Cancel an engineer’s time off
         * @description The period becomes available again.
         */
        delete: operations["deleteEngineerTimeOff"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/engineer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the engineer record the signed-in engineer acts for
         * @description For a signed-in engineer: the engineer record they act for (skills, areas, working hours).
         */
        get: operations["getMyEngineer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/time-off": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the signed-in engineer’s time off, earliest start first
         * @description For a signed-in engineer: their own time off, earliest start first.
         */
        get: operations["listMyTimeOff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List orders, newest first; an API key sees the orders it placed
         * @description Orders, keyset paginated, filtered by status, customer or placement time (`from`, `to`). Staff see every order, an API key only the orders it placed.
         */
        get: operations["listOrders"];
        put?: never;
        /**
         * Place an order
         * @description Prices come from the catalogue. With an `Idempotency-Key`, repeating the same request returns the original 201 response (marked `Idempotent-Replayed: true`) and creates nothing; the same key with a different body is a 409 `IDEMPOTENCY_KEY_REUSED`. A key is remembered for `IDEMPOTENCY_KEY_TTL_HOURS` (24 by default); after that it is unknown and places a new order.
         */
        post: operations["placeOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One order with its items, customer and services
         * @description An engineer reads the orders whose work they are booked for, an API key the orders it placed; any other is a 404.
         */
        get: operations["getOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Plan an open order: its priority and the date its work should be booked by
         * @description Only the fields sent change; at least one must be sent. A new `priority` without `dueBy` dates the order again: its placement date plus the settings’ working days for that priority. A `dueBy` sent is kept as given. The order’s place in the dispatcher’s queue follows.
         */
        patch: operations["updateOrderPlanning"];
        trace?: never;
    };
    "/api/v1/orders/{id}/availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Slots in which the order’s installation could be booked: for a web shop’s checkout
         * @description As `GET /bookings/availability` answers for the order (the same slots, of the same shape, by start), for the order’s own API key as well as staff. Other orders’ live holds are not offered. The window (of starts) may span at most 31 days.
         */
        get: operations["getOrderAvailability"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel an order and its open installation work
         * @description The order becomes `cancelled` with the reason; its open tasks are cancelled and its active booking with them. A fulfilled or cancelled order is a 409 `ILLEGAL_STATE_TRANSITION`.
         */
        post: operations["cancelOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List products, newest first, with optional filters
         * @description The catalogue, keyset paginated, filtered by category or active, `q` searching it.
         */
        get: operations["listProducts"];
        put?: never;
        /**
         * Add a product to the catalogue
         * @description A kit or accessory with its price (minor units and currency), installation time and the identifiers each fitted unit records. The SKU is unique.
         */
        post: operations["createProduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one product, active or not
         * @description One product; deactivated products are still readable, for the orders that name them.
         */
        get: operations["getProduct"];
        put?: never;
        post?: never;
        /**
         * Deactivate a product; the row is kept for existing orders
         * @description The product is no longer sold (new orders naming it are a 422); it stays readable for the orders that name it.
         */
        delete: operations["deactivateProduct"];
        options?: never;
        head?: never;
        /**
         * Change some fields of a product
         * @description Only the fields sent change; orders already placed keep the price they were placed with.
         */
        patch: operations["updateProduct"];
        trace?: never;
    };
    "/api/v1/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List services, newest first; an engineer sees their own
         * @description Installation tasks, keyset paginated, filtered by order, vehicle, engineer, status or type. An engineer sees only the tasks booked for them.
         */
        get: operations["listServices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/services/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a service with its status history
         * @description An engineer reads their own services; another engineer’s is a 404.
         */
        get: operations["getService"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/services/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a service that is not completed yet
         * @description The service leaves its active booking; a booking with no open service left is cancelled with the same reason. The order is cancelled once every task is, or fulfilled when the others were completed.
         */
        post: operations["cancelService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/services/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The work is done (in_progress → completed)
         * @description An engineer completes their own services; another engineer’s is a 404. `devices` records what was fitted, in the vehicle’s installation record: one entry per fitted unit of the task’s installable lines whose product declares `identifiers`, each with exactly those identifiers (an IMEI: 15 digits with a valid Luhn check digit; an ICCID: 19-20 digits starting 89 with a valid Luhn check digit). A task none of whose products declares identifiers may be completed without a body. When it was the booking’s last open service, the booking completes with it, and the order is fulfilled once none of its services is open.
         */
        post: operations["completeService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/services/{id}/fail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The visit could not do the work (scheduled or in_progress → pending)
         * @description An engineer records the failure of their own services; another engineer’s is a 404. The task goes back to `pending`, without an engineer, the failure in its history (`lastFailure`); the booking records it in its `outcome` and is completed once every one of its tasks is completed or failed. The order stays open until the task is booked again and done (or cancelled). A scheduled task may fail from the local start of the appointment’s day in the business time zone, as it may start. `note` is required for `other`.
         */
        post: operations["failService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/services/{id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The engineer started the work (scheduled → in_progress)
         * @description An engineer starts their own services; another engineer’s is a 404. Starting a booked service starts its booking (`startedAt`), from the local start of the appointment’s day in the business time zone.
         */
        post: operations["startService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the business settings
         * @description The settings scheduling and orders use: business time zone, default working hours, slot grid, lead time, travel buffer and daily job limit.
         */
        get: operations["getSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change some business settings
         * @description Only the fields sent change; scheduling reads the new values from then on.
         */
        patch: operations["updateSettings"];
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List users, newest first, filtered by role or status
         * @description Staff and engineer logins, keyset paginated (`cursor` from `nextCursor`), filtered by `role` or `active`.
         */
        get: operations["listUsers"];
        put?: never;
        /**
         * Add a user who signs in with e-mail and password
         * @description An engineer user names the engineer record it acts for (`engineerId`); one login per engineer.
         */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one user
         * @description One login with its role, status and, for an engineer, the engineer it acts for.
         */
        get: operations["getUser"];
        put?: never;
        post?: never;
        /**
         * Deactivate a user: they cannot sign in and their tokens stop working at once
         * @description The row is kept, so audit trails still name the user. Reactivate with PATCH `{"active": true}`.
         */
        delete: operations["deactivateUser"];
        options?: never;
        head?: never;
        /**
         * Rename a user, change their role or engineer link, or reactivate them
         * @description The last active admin can be neither demoted nor deactivated: 409 `LAST_ADMIN`.
         */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/api/v1/users/{id}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a new password; the user’s existing sessions end
         * @description Sets a new password; the user’s sessions end.
         */
        post: operations["resetUserPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/directory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List who is who: users’ id, name and role, newest first
         * @description For dispatchers, who may see their colleagues but not their e-mail addresses or account state.
         */
        get: operations["listUserDirectory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vehicles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one vehicle with what is fitted in it now
         * @description One vehicle with the devices fitted in it now.
         */
        get: operations["getVehicle"];
        put?: never;
        post?: never;
        /**
         * Delete a vehicle for good
         * @description A vehicle with open work (an order not yet fulfilled or cancelled, an open installation task) is kept: 409 `VEHICLE_HAS_OPEN_WORK`; one with devices fitted is kept for the installation record: 409 `VEHICLE_HAS_DEVICES`.
         */
        delete: operations["deleteVehicle"];
        options?: never;
        head?: never;
        /**
         * Change some fields of a vehicle
         * @description Only the fields sent change; the registration stays unique per customer.
         */
        patch: operations["updateVehicle"];
        trace?: never;
    };
    "/api/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List webhook endpoints, newest first
         * @description Never their secrets. An API key manages its own endpoints only; another’s is a 404.
         */
        get: operations["listWebhooks"];
        put?: never;
        /**
         * Subscribe an endpoint to events; the response carries its signing secret, shown once
         * @description Messages are POSTed as `{type, occurredAt, data}` with the Standard Webhooks headers `webhook-id`, `webhook-timestamp` and `webhook-signature` (verify them with the `secret`, e.g. with the `standardwebhooks` package). An API key’s endpoint receives the events of the orders that key placed; staff’s endpoints receive every order’s. Outside development the URL must be https and must not resolve to a private, loopback or link-local address (400 naming `url`).
         */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a webhook endpoint (never its secret)
         * @description An API key manages its own endpoints only; another’s is a 404.
         */
        get: operations["getWebhook"];
        put?: never;
        post?: never;
        /**
         * Delete an endpoint with its delivery log; nothing more is sent to it
         * @description An API key manages its own endpoints only; another’s is a 404.
         */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        /**
         * Change an endpoint’s URL, events or description, or enable or disable it
         * @description Only the fields sent change. `enabled: true` enables a disabled endpoint again: its pending messages are sent at once. An API key manages its own endpoints only; another’s is a 404.
         */
        patch: operations["updateWebhook"];
        trace?: never;
    };
    "/api/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The messages sent to an endpoint, newest first, each with every attempt: status code, error, duration, when
         * @description A message is tried until a 2xx answer (10 s timeout each), waiting 5 s, 5 min, 30 min, 2 h, 5 h, 8 h and 8 h between attempts (the defaults), then given up as `failed`. One order’s messages reach an endpoint in order: a message waits while an earlier one of its order is pending. An API key manages its own endpoints only; another’s is a 404.
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}/deliveries/{deliveryId}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a message again, as it was (same `webhook-id` and body), with a fresh run of attempts
         * @description For a failed message, or one the receiver lost. The endpoint must be enabled. An API key manages its own endpoints only; another’s is a 404.
         */
        post: operations["resendWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replace the signing secret; the new one is shown once, and the old one keeps signing beside it for 24 hours
         * @description During the overlap every message carries two signatures in `webhook-signature` (space-separated, as Standard Webhooks allows), so a receiver verifies with either secret while it is updated. An API key manages its own endpoints only; another’s is a 404.
         */
        post: operations["rotateWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List orders, newest first, each vehicle with its lines and task; an API key sees the orders it placed
         * @description As `GET /api/v1/orders`, each order in the v2 shape: its vehicles, each with its lines and installation task.
         */
        get: operations["listOrdersV2"];
        put?: never;
        /**
         * Place an order for one or more vehicles
         * @description Each entry of `vehicles` is one of the customer’s vehicles (`vehicleId`) or a description (`vehicle`): the customer’s vehicle with that registration, created when they have none. Each vehicle gets its own installation task. Prices come from the catalogue. Idempotency works as in v1 (`Idempotency-Key`, `Idempotent-Replayed: true`, 409 `IDEMPOTENCY_KEY_REUSED`). Answers what `GET /api/v2/orders/{id}` shows.
         */
        post: operations["placeOrderV2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One order with each vehicle’s lines and task, its customer, booking and history
         * @description An engineer reads the orders whose work they are booked for, an API key the orders it placed; any other is a 404.
         */
        get: operations["getOrderV2"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness probe
         * @description The process answers; it never touches the database, so an outage does not restart the instance.
         */
        get: operations["healthLive"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness probe (database ping)
         * @description Pings the database (within 2 s) and reports event delivery (`outbox`: degraded while deliveries are parked, never down); answers within 3 s whatever the database does. A 503 `NOT_READY` names each failing check.
         */
        get: operations["healthReady"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description 403 `ACCESS_DENIED`: the caller’s role may not use this operation (`x-roles` lists who may) */
        AccessDeniedProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /** @enum {string} */
            code: "ACCESS_DENIED";
            /** @enum {integer} */
            status?: 403;
        };
        ActorResponse: {
            /**
             * Format: uuid
             * @description The user, API key or customer; null for `system`
             */
            id: string | null;
            /**
             * @description The user's, API key's or customer's name; for `system`, what acted (`system`, `seed`); null when that one no longer exists
             * @example Dana Dispatcher
             */
            name: string | null;
            /**
             * @description `user`, `api_key` (the web shop), `customer` (through their appointment link), or `system` (the application itself)
             * @example user
             * @enum {string}
             */
            type: "user" | "api_key" | "customer" | "system";
        };
        AddressDto: {
            /** @example London */
            city: string;
            /** @example 221B Baker Street */
            line1: string;
            /**
             * @description Blank or null means none.
             * @example Flat 2
             */
            line2?: string | null;
            /** @description Where the address is (WGS84), as the web shop’s address look-up knows it; scheduling uses it for travel times */
            location?: components["schemas"]["GeoPointDto"];
            /**
             * @description Any spacing or case is accepted and stored normalised: ` nw1  6xe` becomes `NW1 6XE`.
             * @example NW1 6XE
             */
            postcode: string;
        };
        /** @description 404 `API_KEY_NOT_FOUND`: no API key has that id */
        ApiKeyNotFoundProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /** @enum {string} */
            code: "API_KEY_NOT_FOUND";
            /**
             * @description The id that was looked for
             * @example 3f1c2a9e-8b7d-4c6e-9f01-2a3b4c5d6e7f
             */
            id: string;
            /**
             * @description The kind of resource looked for
             * @example API key
             */
            resource: string;
            /** @enum {integer} */
            status?: 404;
        };
        ApiKeyResponse: {
            /**
             * Format: date-time
             * @example 2026-11-25T09:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: uuid
             * @description The admin who created it.
             */
            createdBy: string;
            /** Format: uuid */
            id: string;
            /** @example Web shop (production) */
            name: string;
            /**
             * @description The first characters of the key, to tell keys apart.
             * @example vtk_Zq3x9KfA
             */
            prefix: string;
            /** Format: date-time */
            revokedAt: string | null;
        };
        AppointmentAvailabilityResponse: {
            /**
             * @description The installation estimate: the length of every slot, or of its visits together
             * @example 120
             */
            durationMinutes: number;
            slots: components["schemas"]["SlotResponse"][];
        };
        /** @description 409 `APPOINTMENT_CLOSED`: the appointment is no longer open to changes: it was cancelled, completed or marked a no-show, or the work has started (`workStarted`) */
        AppointmentClosedProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /** @enum {string} */
            code: "APPOINTMENT_CLOSED";
            /**
             * @description The booking’s status
             * @example cancelled
             */
            currentStatus: string;
            /** @enum {integer} */
            status?: 409;
            /**
             * @description Whether the engineer has started the work
             * @example false
             */
            workStarted: boolean;
        };
        /** @description 404 `APPOINTMENT_NOT_FOUND`: no appointment has this link: it was never issued, or has been replaced since */
        AppointmentNotFoundProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /** @enum {string} */
            code: "APPOINTMENT_NOT_FOUND";
            /** @enum {integer} */
            status?: 404;
        };
        /** @description 409 `APPOINTMENT_NOT_STARTED`: the appointment has not begun (it starts at `earliestAt`): it cannot be a no-show yet */
        AppointmentNotStartedProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /**
             * Format: uuid
             * @description The booking
             * @example 3f1c2a9e-8b7d-4c6e-9f01-2a3b4c5d6e7f
             */
            bookingId: string;
            /** @enum {string} */
            code: "APPOINTMENT_NOT_STARTED";
            /**
             * Format: date-time
             * @description The appointment’s start
             * @example 2026-03-02T09:00:00.000Z
             */
            earliestAt: string;
            /** @enum {integer} */
            status?: 409;
        };
        AppointmentResponse: {
            /** @description Where the installation happens */
            address: components["schemas"]["AddressDto"];
            /**
             * Format: date-time
             * @description Changes are allowed until this instant, `settings.customerChangeCutoffHours` before the first visit, while the booking is scheduled and not started
             * @example 2030-03-31T09:00:00.000Z
             */
            changeableUntil: string;
            /**
             * @description Whether the customer may cancel or move the appointment now
             * @example true
             */
            changesAllowed: boolean;
            /** @example VT-000123 */
            orderNumber: string;
            /**
             * @description The booking’s status
             * @example scheduled
             * @enum {string}
             */
            status: "scheduled" | "completed" | "cancelled" | "no_show";
            /**
             * @description The business time zone the local times are in
             * @example Europe/London
             */
            timeZone: string;
            vehicles: components["schemas"]["AppointmentVehicleResponse"][];
            /** @description Earliest first: one, or a run on consecutive working days */
            visits: components["schemas"]["AppointmentVisitResponse"][];
        };
        AppointmentVehicleResponse: {
            /** @example Ford */
            make: string;
            /** @example Transit Custom */
            model: string;
            /** @example AB12CDE */
            registration: string;
        };
        AppointmentVisitResponse: {
            /**
             * Format: date-time
             * @description The visit’s end, UTC
             * @example 2030-04-01T11:00:00.000Z
             */
            end: string;
            /**
             * @description The end as the business time zone’s clock reads it, with its offset
             * @example 2030-04-01T12:00:00+01:00
             */
            localEnd: string;
            /**
             * @description The start as the business time zone’s clock reads it, with its offset
             * @example 2030-04-01T10:00:00+01:00
             */
            localStart: string;
            /**
             * Format: date-time
             * @description The visit’s start, UTC
             * @example 2030-04-01T09:00:00.000Z
             */
            start: string;
        };
        /** @description 401 `AUTHENTICATION_REQUIRED`: no credentials, both a bearer token and an API key, or a token or API key that is invalid, expired or revoked */
        AuthenticationRequiredProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /** @enum {string} */
            code: "AUTHENTICATION_REQUIRED";
            /** @enum {integer} */
            status?: 401;
        };
        AvailabilityResponse: {
            /**
             * @description The installation estimate: the length of every slot, or of its visits together
             * @example 120
             */
            durationMinutes: number;
            /** @description With `explain=true`: every engineer considered and left out, by name, with the first rule that excluded them */
            excluded?: components["schemas"]["EngineerExclusionResponse"][];
            /**
             * Format: date
             * @description With `explain=true` and no slot in the window: the first local date after it on which anyone could take the job, looking 8 weeks ahead; null when nobody could
             * @example 2026-03-16
             */
            nextAvailableDate?: string | null;
            slots: components["schemas"]["SlotResponse"][];
        };
        BoardDayResponse: {
            /**
             * @description Working minutes not on time off
             * @example 480
             */
            availableMinutes: number;
            /**
             * @description Visit minutes inside the working spans
             * @example 150
             */
            bookedMinutes: number;
            /**
             * Format: date
             * @example 2026-03-30
             */
            date: string;
            /** @description Working time left: the spans less time off, visits and live holds (travel not deducted), earliest first */
            freeGaps: components["schemas"]["BoardGapResponse"][];
            /**
             * @description Minutes live holds keep inside the working spans
             * @example 0
             */
            heldMinutes: number;
            /** @description Visits of live holds overlapping the day (time a web-shop checkout keeps for an order until it expires: booking it answers 409 `SLOT_HELD`), by start */
            holds: components["schemas"]["BoardHoldResponse"][];
            /** @description Time off overlapping the day, whole, earliest first */
            timeOff: components["schemas"]["BoardTimeOffResponse"][];
            /** @description Visits overlapping the day of bookings that take time (all but cancelled), by start */
            visits: components["schemas"]["BoardVisitResponse"][];
            /** @description The engineer’s working spans that day (their hours, else the default), earliest first */
            workingSpans: components["schemas"]["LocalPeriodResponse"][];
        };
        BoardEngineerResponse: {
            /** @description One entry per date of the board */
            days: components["schemas"]["BoardDayResponse"][];
            /** Format: uuid */
            engineerId: string;
            /** @example Ada Fitter */
            name: string;
        };
        BoardGapResponse: {
            /**
             * Format: date-time
             * @example 2026-03-30T17:00:00.000Z
             */
            end: string;
            /**
             * @description Local date and time of `end`, with the offset in force
             * @example 2026-03-30T18:00+01:00
             */
            localEnd: string;
            /**
             * @description Local date and time of `start`, with the offset in force
             * @example 2026-03-30T09:00+01:00
             */
            localStart: string;
            /** @example 90 */
            minutes: number;
            /**
             * Format: date-time
             * @example 2026-03-30T08:00:00.000Z
             */
            start: string;
        };
        BoardHoldResponse: {
            /** @example Jane Driver */
            customerName: string;
            /**
             * Format: date-time
             * @example 2026-03-30T17:00:00.000Z
             */
            end: string;
            /**
             * Format: date-time
             * @description When the hold lapses unless the checkout books it
             * @example 2026-03-30T07:10:00.000Z
             */
            expiresAt: string;
            /** Format: uuid */
            holdId: string;
            /**
             * @description Local date and time of `end`, with the offset in force
             * @example 2026-03-30T18:00+01:00
             */
            localEnd: string;
            /**
             * @description Local date and time of `start`, with the offset in force
             * @example 2026-03-30T09:00+01:00
             */
            localStart: string;
            /** Format: uuid */
            orderId: string;
            /** @example VT-000123 */
            orderNumber: string;
            /**
             * @description Where the work is: the order’s installation postcode
             * @example LS12 3AB
             */
            postcode: string;
            /**
             * Format: date-time
             * @example 2026-03-30T08:00:00.000Z
             */
            start: string;
        };
        BoardTimeOffResponse: {
            /**
             * Format: date-time
             * @example 2026-03-30T17:00:00.000Z
             */
            end: string;
            /** Format: uuid */
            id: string;
            /**
             * @description Local date and time of `end`, with the offset in force
             * @example 2026-03-30T18:00+01:00
             */
            localEnd: string;
            /**
             * @description Local date and time of `start`, with the offset in force
             * @example 2026-03-30T09:00+01:00
             */
            localStart: string;
            reason: string | null;
            /**
             * Format: date-time
             * @example 2026-03-30T08:00:00.000Z
             */
            start: string;
        };
        BoardVisitResponse: {
            /** Format: uuid */
            bookingId: string;
            /** @example Jane Driver */
            customerName: string;
            /**
             * Format: date-time
             * @example 2026-03-30T17:00:00.000Z
             */
            end: string;
            /**
             * @description Of those, how many failed at a visit (pending again, in the queue)
             * @example 0
             */
            failedTaskCount: number;
            /**
             * @description Local date and time of `end`, with the offset in force
             * @example 2026-03-30T18:00+01:00
             */
            localEnd: string;
            /**
             * @description Local date and time of `start`, with the offset in force
             * @example 2026-03-30T09:00+01:00
             */
            localStart: string;
            /** Format: uuid */
            orderId: string;
            /** @example VT-000123 */
            orderNumber: string;
            /**
             * @description Where the work is: the order’s installation postcode
             * @example LS12 3AB
             */
            postcode: string;
            /**
             * Format: date-time
             * @example 2026-03-30T08:00:00.000Z
             */
            start: string;
            /**
             * @description The booking’s status
             * @example scheduled
             * @enum {string}
             */
            status: "scheduled" | "completed" | "no_show";
            /**
             * @description Tasks the booking holds
             * @example 1
             */
            taskCount: number;
            /**
             * @description How many visits its booking has
             * @example 1
             */
            visitCount: number;
            /**
             * @description Which visit of its booking this is
             * @example 1
             */
            visitNumber: number;
        };
        /** @description 400 `BODY_TOO_DEEP`: the JSON body nests objects and arrays more than 32 levels deep */
        BodyTooDeepProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /** @enum {string} */
            code: "BODY_TOO_DEEP";
            /**
             * @description Names the body
             * @example [
             *       {
             *         "field": "body",
             *         "message": "objects and arrays may nest at most 32 levels deep"
             *       }
             *     ]
             */
            errors: components["schemas"]["FieldErrorResponse"][];
            /**
             * @description How deeply objects and arrays may nest
             * @example 32
             */
            limit: number;
            /** @enum {integer} */
            status?: 400;
        };
        BookedJobReference: {
            /**
             * Format: uuid
             * @description The booking
             * @example 5d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f4a
             */
            id: string;
            /**
             * @description Its order’s number
             * @example VT-000042
             */
            orderNumber: string | null;
            /**
             * Format: date-time
             * @description UTC
             * @example 2030-01-07T10:00:00.000Z
             */
            start: string;
        };
        /** @enum {string} */
        BookingAction: "created" | "rescheduled" | "started" | "service_removed" | "service_failed" | "cancelled" | "completed" | "no_show";
        BookingAuditEntryResponse: {
            action: components["schemas"]["BookingAction"];
            /**
             * @description Who made the change: `user:<id>`, `api-key:<id>` or `system`
             * @example user:3f1c2a4e-8b7d-4e21-9c3a-5d6f7e8a9b0c
             */
            actor: string;
            /** @description Who made the change, with its type, id and name */
            actorDetails: components["schemas"]["ActorResponse"];
            /** Format: date-time */
            at: string;
            /** Format: date-time */
            newEnd: string;
            /** Format: uuid */
            newEngineerId: string;
            /** Format: date-time */
            newStart: string;
            newStatus: components["schemas"]["BookingStatus"];
            /** Format: date-time */
            oldEnd: string | null;
            /**
             * Format: uuid
             * @description Null on creation
             */
            oldEngineerId: string | null;
            /** Format: date-time */
            oldStart: string | null;
            oldStatus: components["schemas"]["BookingStatus"] | null;
            reason: string | null;
        };
        /** @description 409 `BOOKING_CHANGED`: another request changed the booking meanwhile: read it again and retry */
        BookingChangedProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /**
             * Format: uuid
             * @description The booking
             * @example 3f1c2a9e-8b7d-4c6e-9f01-2a3b4c5d6e7f
             */
            bookingId: string;
            /** @enum {string} */
            code: "BOOKING_CHANGED";
            /** @enum {integer} */
            status?: 409;
        };
        /** @description 409 `BOOKING_CONFLICT`: the engineer has another booking at that time: `conflictingBooking` names it (empty when the database found the overlap) */
        BookingConflictProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /** @enum {string} */
            code: "BOOKING_CONFLICT";
            /** @description The booking in the way */
            conflictingBooking: {
                /**
                 * Format: date-time
                 * @example 2026-03-02T11:00:00.000Z
                 */
                end?: string;
                /**
                 * Format: uuid
                 * @example 3f1c2a9e-8b7d-4c6e-9f01-2a3b4c5d6e7f
                 */
                id?: string;
                /**
                 * Format: date-time
                 * @example 2026-03-02T09:00:00.000Z
                 */
                start?: string;
            };
            /**
             * Format: uuid
             * @description The engineer
             * @example 3f1c2a9e-8b7d-4c6e-9f01-2a3b4c5d6e7f
             */
            engineerId: string;
            /** @enum {integer} */
            status?: 409;
        };
        BookingDetailResponse: {
            /** @description Every change, oldest first */
            audit: components["schemas"]["BookingAuditEntryResponse"][];
            /** @description Set when cancelled */
            cancellationReason: string | null;
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description The last visit’s end: start plus the installation estimate when the work is done in one visit
             * @example 2026-03-02T11:00:00.000Z
             */
            end: string;
            /** Format: uuid */
            engineerId: string;
            /** Format: uuid */
            id: string;
            /** @description Set when a no-show, if a reason was given */
            noShowReason: string | null;
            notes: string | null;
            /** @description The e-mails to the order’s customer about this booking, oldest first: sent, being retried, or reminders still to come */
            notifications: components["schemas"]["BookingNotificationResponse"][];
            /** Format: uuid */
            orderId: string;
            /** @description What its visits did with its tasks. The booking is completed once every one of its tasks is completed or failed (a task cancelled on its own leaves the booking); both lists are empty until then */
            outcome: components["schemas"]["BookingOutcomeResponse"];
            /** @description The services this booking scheduled */
            serviceIds: string[];
            /**
             * Format: date-time
             * @description The first visit’s start
             * @example 2026-03-02T09:00:00.000Z
             */
            start: string;
            /**
             * Format: date-time
             * @description When the first of its services was started; null until then
             */
            startedAt: string | null;
            status: components["schemas"]["BookingStatus"];
            /** Format: date-time */
            updatedAt: string;
            /** @description Earliest first. One visit, from start to end, for work that fits one working span; otherwise a run of visits on consecutive working days of the engineer, one a day, each inside a working span, together as long as the estimate. */
            visits: components["schemas"]["BookingVisitResponse"][];
        };
        BookingHoldResponse: {
            /**
             * Format: date-time
             * @description Until then the slot is offered to, and bookable by, no other order
             * @example 2026-03-02T08:10:00.000Z
             */
            expiresAt: string;
            /**
             * Format: uuid
             * @description Book it with `POST /bookings` `{orderId, holdId}` before `expiresAt`
             */
            holdId: string;
        };
        /** @description 409 `IDEMPOTENCY_KEY_REUSED`: the `Idempotency-Key` was already used by another client, or with a different body (then `bookingId` names the booking it made) */
        BookingIdempotencyKeyReusedProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /**
             * Format: uuid
             * @description The booking made with the key earlier
             * @example 3f1c2a9e-8b7d-4c6e-9f01-2a3b4c5d6e7f
             */
            bookingId?: string;
            /** @enum {string} */
            code: "IDEMPOTENCY_KEY_REUSED";
            /** @enum {integer} */
            status?: 409;
        };
        /** @description 404 `BOOKING_NOT_FOUND`: no booking has that id (an engineer sees only their own) */
        BookingNotFoundProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /** @enum {string} */
            code: "BOOKING_NOT_FOUND";
            /**
             * @description The id that was looked for
             * @example 3f1c2a9e-8b7d-4c6e-9f01-2a3b4c5d6e7f
             */
            id: string;
            /**
             * @description The kind of resource looked for
             * @example Booking
             */
            resource: string;
            /** @enum {integer} */
            status?: 404;
        };
        BookingNotificationResponse: {
            /**
             * @description The last attempt’s failure, while retried or once failed
             * @example 451 4.3.0 Mailbox temporarily unavailable
             */
            error?: string;
            /**
             * Format: date-time
             * @description When the mail server took it; null until then
             */
            sentAt: string | null;
            /** @description `pending`: to be sent (a reminder waits for its time; a failed attempt is retried with back-off); `sent`; `failed`: given up */
            status: components["schemas"]["BookingNotificationStatus"];
            /**
             * @description The customer’s e-mail address
             * @example jo.bloggs@example.com
             */
            to: string;
            /** @description `confirmation` when booked, `reschedule` when moved (both with a calendar invitation, METHOD:REQUEST), `cancellation` (METHOD:CANCEL), `reminder` before each visit */
            type: components["schemas"]["BookingNotificationType"];
        };
        /**
         * @description `pending`: to be sent (a reminder waits for its time; a failed attempt is retried with back-off); `sent`; `failed`: given up
         * @enum {string}
         */
        BookingNotificationStatus: "pending" | "sent" | "failed";
        /**
         * @description `confirmation` when booked, `reschedule` when moved (both with a calendar invitation, METHOD:REQUEST), `cancellation` (METHOD:CANCEL), `reminder` before each visit
         * @enum {string}
         */
        BookingNotificationType: "confirmation" | "reschedule" | "cancellation" | "reminder";
        /** @description 409 `BOOKING_NOT_SCHEDULED`: only a scheduled booking can be rescheduled */
        BookingNotScheduledProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /** @enum {string} */
            code: "BOOKING_NOT_SCHEDULED";
            /**
             * @description The booking’s status
             * @example completed
             */
            currentStatus: string;
            /** @enum {integer} */
            status?: 409;
        };
        BookingOutcomeResponse: {
            /** @description Tasks of this booking that its visits completed */
            completed: string[];
            /** @description Tasks whose visit failed: each went back to pending, to be booked again */
            failed: components["schemas"]["FailedServiceResponse"][];
        };
        BookingResponse: {
            /** @description Set when cancelled */
            cancellationReason: string | null;
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description The last visit’s end: start plus the installation estimate when the work is done in one visit
             * @example 2026-03-02T11:00:00.000Z
             */
            end: string;
            /** Format: uuid */
            engineerId: string;
            /** Format: uuid */
            id: string;
            /** @description Set when a no-show, if a reason was given */
            noShowReason: string | null;
            notes: string | null;
            /** Format: uuid */
            orderId: string;
            /** @description What its visits did with its tasks. The booking is completed once every one of its tasks is completed or failed (a task cancelled on its own leaves the booking); both lists are empty until then */
            outcome: components["schemas"]["BookingOutcomeResponse"];
            /** @description The services this booking scheduled */
            serviceIds: string[];
            /**
             * Format: date-time
             * @description The first visit’s start
             * @example 2026-03-02T09:00:00.000Z
             */
            start: string;
            /**
             * Format: date-time
             * @description When the first of its services was started; null until then
             */
            startedAt: string | null;
            status: components["schemas"]["BookingStatus"];
            /** Format: date-time */
            updatedAt: string;
            /** @description Earliest first. One visit, from start to end, for work that fits one working span; otherwise a run of visits on consecutive working days of the engineer, one a day, each inside a working span, together as long as the estimate. */
            visits: components["schemas"]["BookingVisitResponse"][];
        };
        BookingResponsePage: {
            items: components["schemas"]["BookingResponse"][];
            /** @description Pass as `cursor` to get the next page; null on the last page */
            nextCursor: string | null;
        };
        /** @enum {string} */
        BookingStatus: "scheduled" | "completed" | "cancelled" | "no_show";
        BookingVisitResponse: {
            /**
             * Format: date-time
             * @example 2026-03-02T17:00:00.000Z
             */
            end: string;
            /**
             * Format: date-time
             * @example 2026-03-02T09:00:00.000Z
             */
            start: string;
        };
        /** @description 404 `CALENDAR_FEED_NOT_FOUND`: no calendar feed has this address: it was never issued, or has been rotated since */
        CalendarFeedNotFoundProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /** @enum {string} */
            code: "CALENDAR_FEED_NOT_FOUND";
            /** @enum {integer} */
            status?: 404;
        };
        CalendarFeedUrlResponse: {
            /**
             * Format: uri
             * @example https://vision.example/api/v1/calendar/6Kq0m3VwXy1pQ2rS3tU4vW5xY6zA7bC8dE9fG0hI1jK.ics
             */
            url: string;
        };
        CancelAppointmentDto: {
            /**
             * @description Stored trimmed as the booking's cancellation reason; without one, `cancelled by the customer`. Only whitespace is a 400.
             * @example We sold the van
             */
            reason?: string;
        };
        CancelBookingDto: {
            /**
             * @description Stored trimmed; a reason of only whitespace is a 400.
             * @example Customer asked to move to next month
             */
            reason: string;
        };
        CancelOrderDto: {
            /**
             * @description Stored trimmed; a reason of only whitespace is a 400.
             * @example Customer changed their mind
             */
            reason: string;
        };
        CancelServiceDto: {
            /**
             * @description Stored trimmed; a reason of only whitespace is a 400.
             * @example Customer sold the vehicle
             */
            reason: string;
        };
        /** @description 409 `CHANGE_TOO_LATE`: the appointment is too close to be changed through its link: from `changeableUntil`, `settings.customerChangeCutoffHours` before its first visit */
        ChangeTooLateProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /**
             * Format: date-time
             * @description The last instant at which the customer could change it
             * @example 2026-03-02T09:00:00.000Z
             */
            changeableUntil: string;
            /** @enum {string} */
            code: "CHANGE_TOO_LATE";
            /**
             * @description `settings.customerChangeCutoffHours`: how long before the first visit changes close
             * @example 24
             */
            cutoffHours: number;
            /** @enum {integer} */
            status?: 409;
        };
        CompleteServiceDto: {
            devices?: components["schemas"]["FittedDeviceInputDto"][];
            /** @example Tracker behind the glovebox, SIM activated */
            notes?: string;
            odometer?: components["schemas"]["OdometerDto"];
            /**
             * @deprecated
             * @description Ignored: accepted because clients sent one before completion took a body. Use `notes`.
             */
            reason?: string;
        };
        CreateApiKeyDto: {
            /**
             * @description What the key is for, e.g. the web shop it is installed in.
             * @example Web shop (production)
             */
            name: string;
        };
        CreateBookingDto: {
            /**
             * Format: uuid
             * @description Required without `holdId`; with it, the hold’s engineer (another is a 409 `HOLD_MISMATCH`)
             */
            engineerId?: string;
            /**
             * Format: uuid
             * @description A live hold of the order (`POST /bookings/holds`): its engineer and start are booked and the hold is consumed
             */
            holdId?: string;
            /** @example Van parked in bay 4 */
            notes?: string | null;
            /**
             * Format: uuid
             * @description The order whose installation is booked
             */
            orderId: string;
            /**
             * Format: date-time
             * @description On the slot grid; the end follows from the installation estimate. Required without `holdId`; with it, the hold’s start
             * @example 2026-03-02T09:00:00Z
             */
            start?: string;
        };
        CreateBookingHoldDto: {
            /** Format: uuid */
            engineerId: string;
            /**
             * Format: uuid
             * @description The order whose installation the slot is held for
             */
            orderId: string;
            /**
             * Format: date-time
             * @description A slot’s start, on the slot grid
             * @example 2026-03-02T09:00:00Z
             */
            start: string;
        };
        CreateCustomerDto: {
            address: components["schemas"]["AddressDto"];
            /**
             * Format: email
             * @description Stored lower-case.
             * @example ada@example.co.uk
             */
            email: string;
            /** @example Ada Lovelace */
            name: string;
            /**
             * @description A UK number, or an international one starting with +.
             * @example 020 7946 0958
             */
            phone: string;
        };
        CreatedApiKeyResponse: {
            /**
             * Format: date-time
             * @example 2026-11-25T09:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: uuid
             * @description The admin who created it.
             */
            createdBy: string;
            /** Format: uuid */
            id: string;
            /**
             * @description Send as the `X-Api-Key` header. Shown only in this response: it cannot be read again.
             * @example vtk_Zq3x9KfA…
             */
            key: string;
            /** @example Web shop (production) */
            name: string;
            /**
             * @description The first characters of the key, to tell keys apart.
             * @example vtk_Zq3x9KfA
             */
            prefix: string;
            /** Format: date-time */
            revokedAt: string | null;
        };
        CreateEngineerDto: {
            /**
             * @description Only active engineers are offered for new jobs
             * @default true
             * @example true
             */
            active?: boolean;
            /**
             * @description UK postcode areas (`SW`) or districts (`SW1A`) covered; stored upper-case, repeats dropped
             * @example [
             *       "SW",
             *       "M1",
             *       "EC1A"
             *     ]
             */
            areas: string[];
            /**
             * Format: email
             * @description Unique among all engineers, active or not; compared and stored in lower case
             * @example priya.shah@vision-telematics.example
             */
            email: string;
            /** @description Where the engineer starts the day from (with `settings.travelFromHome`, travel from it counts); absent or null: not recorded */
            homeBase?: components["schemas"]["HomeBaseDto"] | null;
            /**
             * @description Cap on jobs booked per day; absent or null: no cap
             * @example 4
             */
            maxJobsPerDay?: number | null;
            /** @example Priya Shah */
            name: string;
            /**
             * @description UK national form, or international form starting with +
             * @example +44 20 7946 0958
             */
            phone: string;
            /**
             * @description Product categories the engineer installs: lower-case kebab slugs; repeats are dropped
             * @example [
             *       "dashcam",
             *       "tracker",
             *       "fleet-camera"
             *     ]
             */
            skills: string[];
            /** @description Several spans per weekday allowed. Absent or null: the business default hours from settings apply */
            workingHours?: components["schemas"]["WorkingHoursDto"] | null;
        };
        CreateEngineerTimeOffDto: {
            /**
             * Format: date-time
             * @description End of the time off (exclusive); after start
             * @example 2026-03-06T17:00:00Z
             */
            end: string;
            /**
             * @description Blank is stored as null
             * @example Annual leave
             */
            reason?: string | null;
            /**
             * Format: date-time
             * @description First instant off (inclusive)
             * @example 2026-03-02T09:00:00Z
             */
            start: string;
        };
        CreateOrderDto: {
            /** @description A new customer created with the order; give either this or `customerId`. */
            customer?: components["schemas"]["CreateCustomerDto"];
            /**
             * Format: uuid
             * @description An existing customer; give either this or `customer`.
             */
            customerId?: string;
            /** @description Where the engineer goes; defaults to the customer's address. */
            installationAddress?: components["schemas"]["AddressDto"];
            items: components["schemas"]["OrderItemInputDto"][];
            /** @example Customer prefers mornings */
            notes?: string;
            /**
             * @description How soon the work should be booked: `dueBy` is the placement date plus the settings’ `bookWithinWorkingDays` (standard) or `urgentBookWithinWorkingDays` (urgent)
             * @default standard
             */
            priority?: components["schemas"]["OrderPriority"];
            vehicle: components["schemas"]["VehicleDto"];
        };
        CreateOrderV2Dto: {
            /** @description A new customer created with the order; give either this or `customerId`. */
            customer?: components["schemas"]["CreateCustomerDto"];
            /**
             * Format: uuid
             * @description An existing customer; give either this or `customer`.
             */
            customerId?: string;
            /** @description Where the engineer goes; defaults to the customer's address. */
            installationAddress?: components["schemas"]["AddressDto"];
            /** @example Customer prefers mornings */
            notes?: string;
            /**
             * @description How soon the work should be booked: `dueBy` is the placement date plus the settings’ `bookWithinWorkingDays` (standard) or `urgentBookWithinWorkingDays` (urgent)
             * @default standard
             */
            priority?: components["schemas"]["OrderPriority"];
            vehicles: components["schemas"]["OrderVehicleInputDto"][];
        };
        CreateProductDto: {
            /**
             * @description Inactive products are kept for existing orders but cannot be ordered. True when omitted on create.
             * @example true
             */
            active?: boolean;
            /** @example dashcam */
            category: string;
            /**
             * @description ISO 4217 currency code
             * @example GBP
             */
            currency: string;
            /**
             * @description Blank or null means none.
             * @example Front and rear cameras with parking mode
             */
            description?: string | null;
            /**
             * @description The identifiers each fitted unit needs, recorded when its installation is completed: an
             *     `imei` (15 digits, Luhn), an `iccid` (19-20 digits from 89, Luhn), a `serial`. None when omitted on create.
             * @example [
             *       "imei",
             *       "iccid"
             *     ]
             */
            identifiers?: components["schemas"]["DeviceIdentifier"][];
            /**
             * @description Engineer time to fit it; must be above 0 when requiresInstallation is true. 0 when omitted on create.
             * @example 60
             */
            installMinutes?: number;
            /** @example Dual-lens 4K dash cam */
            name: string;
            /**
             * @description Price in the currency's minor unit (pence for GBP).
             * @example 14999
             */
            priceMinor: number;
            /**
             * @description Whether an engineer fits it; ordering it then books an installation.
             * @example true
             */
            requiresInstallation: boolean;
            /**
             * @description Stock-keeping unit. Trimmed and stored upper-case; unique regardless of case.
             * @example DC-200
             */
            sku: string;
        };
        CreateUserDto: {
            /**
             * Format: email
             * @description Unique among all users; compared and stored in lower case.
             * @example dispatch@vision-telematics.example
             */
            email: string;
            /**
             * Format: uuid
             * @description Required for engineers (the engineer record the login acts for), refused for staff.
             */
            engineerId?: string;
            /**
             * @description How colleagues and audit trails name the user; stored trimmed.
             * @example Dana Dispatcher
             */
            name: string;
            /** @example correct horse battery staple */
            password: string;
            role: components["schemas"]["UserRole"];
        };
        CreateVehicleDto: {
            /**
             * @description The customer's own label, e.g. `VAN-07`. Blank or null means none.
             * @example VAN-07
             */
            fleetNumber?: string | null;
            /** @example Ford */
            make: string;
            /** @example Transit Custom */
            model: string;
            /**
             * @description Stored in the DVLA's spelling: `ab12cde` becomes `AB12 CDE`. Unique among the customer's vehicles.
             * @example AB12 CDE
             */
            registration: string;
            /**
             * @description 17 letters and digits, without I, O or Q; stored upper-case. Null or absent when unknown.
             * @example WF0XXXTTGXKA12345
             */
            vin?: string | null;
            /** @example 2021 */
            year?: number | null;
        };
        CreateWebhookDto: {
            /**
             * @description What the endpoint is for; blank or null means none.
             * @example Order status updates for the web shop
             */
            description?: string | null;
            /**
             * @description The events to receive, one or more.
             * @example [
             *       "order.placed",
             *       "booking.scheduled"
             *     ]
             */
            events: components["schemas"]["WebhookEventType"][];
            /**
             * @description Where the messages are POSTed. Outside development it must be https, and its host must not
             *     resolve to a private, loopback or link-local address (checked again before every send).
             * @example https://shop.example.com/hooks/vision
             */
            url: string;
        };
        /** @description 409 `CUSTOMER_HAS_ORDERS`: the customer has orders, so is kept */
        CustomerHasOrdersProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /** @enum {string} */
            code: "CUSTOMER_HAS_ORDERS";
            /**
             * Format: uuid
             * @description The customer
             * @example 3f1c2a9e-8b7d-4c6e-9f01-2a3b4c5d6e7f
             */
            customerId: string;
            /** @enum {integer} */
            status?: 409;
        };
        CustomerLinkUrlResponse: {
            /**
             * Format: uri
             * @example https://vision.example/api/v1/appointments/6Kq0m3VwXy1pQ2rS3tU4vW5xY6zA7bC8dE9fG0hI1jK
             */
            url: string;
        };
        /** @description 404 `CUSTOMER_NOT_FOUND`: no customer has that id */
        CustomerNotFoundProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /** @enum {string} */
            code: "CUSTOMER_NOT_FOUND";
            /**
             * @description The id that was looked for
             * @example 3f1c2a9e-8b7d-4c6e-9f01-2a3b4c5d6e7f
             */
            id: string;
            /**
             * @description The kind of resource looked for
             * @example Customer
             */
            resource: string;
            /** @enum {integer} */
            status?: 404;
        };
        CustomerResponse: {
            address: components["schemas"]["AddressDto"];
            /**
             * Format: date-time
             * @example 2026-11-25T09:30:00.000Z
             */
            createdAt: string;
            /** @example ada@example.co.uk */
            email: string;
            /**
             * Format: uuid
             * @example 6b0d8f3a-2c4e-4f7b-9d1a-5e8c7b3a9f20
             */
            id: string;
            /** @example Ada Lovelace */
            name: string;
            /** @example 020 7946 0958 */
            phone: string;
            /**
             * Format: date-time
             * @example 2026-11-25T09:30:00.000Z
             */
            updatedAt: string;
        };
        CustomerResponsePage: {
            items: components["schemas"]["CustomerResponse"][];
            /** @description Pass as `cursor` to get the next page; null on the last page */
            nextCursor: string | null;
        };
        CustomerVehicleResponse: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            customerId: string;
            /** @description What is fitted in it now */
            devices: components["schemas"]["FittedDeviceResponse"][];
            /** @example VAN-07 */
            fleetNumber: string | null;
            /** Format: uuid */
            id: string;
            /** @example Ford */
            make: string;
            /** @example Transit Custom */
            model: string;
            /** @example AB12 CDE */
            registration: string;
            /** Format: date-time */
            updatedAt: string;
            /** @example WF0XXXTTGXKA12345 */
            vin: string | null;
            /** @example 2021 */
            year: number | null;
        };
        CustomerVehicleResponsePage: {
            items: components["schemas"]["CustomerVehicleResponse"][];
            /** @description Pass as `cursor` to get the next page; null on the last page */
            nextCursor: string | null;
        };
        /** @description 422 `DAILY_CAPACITY_REACHED`: the engineer already has `maxJobsPerDay` jobs on `date` */
        DailyCapacityReachedProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /** @enum {string} */
            code: "DAILY_CAPACITY_REACHED";
            /**
             * Format: date
             * @description The business day
             * @example 2026-03-02
             */
            date: string;
            /**
             * @description The daily job limit
             * @example 6
             */
            maxJobsPerDay: number;
            /** @enum {integer} */
            status?: 422;
        };
        /** @description 503 `DATABASE_UNAVAILABLE`: the database is down, did not answer in time or was locked past the limit; retry after the seconds in `Retry-After` */
        DatabaseUnavailableProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /** @enum {string} */
            code: "DATABASE_UNAVAILABLE";
            /** @enum {integer} */
            status?: 503;
        };
        /** @description 409 `DEVICE_ALREADY_FITTED`: an identifier (IMEI, ICCID, serial) is already fitted in a vehicle, this one or another (`vehicleId`, `registration`) */
        DeviceAlreadyFittedProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /** @enum {string} */
            code: "DEVICE_ALREADY_FITTED";
            /**
             * @description Names the field
             * @example [
             *       {
             *         "field": "devices.0.imei",
             *         "message": "already fitted in vehicle AB12 CDE"
             *       }
             *     ]
             */
            errors: components["schemas"]["FieldErrorResponse"][];
            /**
             * @description The field at fault
             * @example devices.0.imei
             */
            field: string;
            /**
             * @description Which identifier
             * @example imei
             */
            identifier: string;
            /**
             * @description That vehicle’s registration
             * @example AB12 CDE
             */
            registration: string | null;
            /** @enum {integer} */
            status?: 409;
            /**
             * @description Its value
             * @example 356938035643809
             */
            value: string;
            /**
             * Format: uuid
             * @description The vehicle it is fitted in
             * @example 3f1c2a9e-8b7d-4c6e-9f01-2a3b4c5d6e7f
             */
            vehicleId: string | null;
        };
        /**
         * @description What each fitted unit is recorded with; absent when the product needs none (as before products had identifiers).
         * @enum {string}
         */
        DeviceIdentifier: "imei" | "iccid" | "serial";
        /** @description 409 `DEVICES_NOT_REPORTED`: the tasks listed in `serviceIds` fit devices with identifiers: complete each with its devices (`POST /api/v1/services/{id}/complete`) */
        DevicesNotReportedProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /** @enum {string} */
            code: "DEVICES_NOT_REPORTED";
            /**
             * @description The tasks whose devices must be recorded
             * @example [
             *       "3f1c2a9e-8b7d-4c6e-9f01-2a3b4c5d6e7f"
             *     ]
             */
            serviceIds: string[];
            /** @enum {integer} */
            status?: 409;
        };
        DeviceVehicleResponse: {
            /** Format: uuid */
            customerId: string;
            /** Format: uuid */
            id: string;
            /** @example AB12 CDE */
            registration: string;
        };
        DeviceWhereaboutsListResponse: {
            /** @description Fitted now first, then earlier fittings, newest first */
            items: components["schemas"]["DeviceWhereaboutsResponse"][];
        };
        DeviceWhereaboutsResponse: {
            /**
             * @description Who recorded the fitting
             * @example user:3f1c2a4e-8b7d-4e21-9c3a-5d6f7e8a9b0c
             */
            actor: string;
            /**
             * Format: uuid
             * @description The engineer who fitted it
             */
            engineerId: string | null;
            /**
             * Format: date-time
             * @example 2026-12-01T10:30:00.000Z
             */
            fittedAt: string;
            /** @example 8944500102198304826 */
            iccid: string | null;
            /** Format: uuid */
            id: string;
            /** @example 490154203237518 */
            imei: string | null;
            /** @example dashboard, behind the glovebox */
            position: string | null;
            /** Format: uuid */
            productId: string;
            /**
             * Format: date-time
             * @description When it came out again; null while fitted
             */
            removedAt: string | null;
            /** @example SN-000123 */
            serial: string | null;
            /**
             * Format: uuid
             * @description The installation task it was fitted for
             */
            serviceId: string | null;
            /** @description The vehicle it is (or was) fitted in */
            vehicle: components["schemas"]["DeviceVehicleResponse"] | null;
            /** Format: uuid */
            vehicleId: string;
        };
        DispatchBoardResponse: {
            /**
             * Format: date
             * @example 2026-03-30
             */
            date: string;
            /** @example 1 */
            days: number;
            /** @description Active engineers in scope, by name */
            engineers: components["schemas"]["BoardEngineerResponse"][];
            /**
             * Format: date-time
             * @description Start of the first date
             */
            from: string;
            /**
             * @description The business time zone the dates and local times are in
             * @example Europe/London
             */
            timezone: string;
            /**
             * Format: date-time
             * @description End of the last date
             */
            to: string;
        };
        /** @description 409 `ENGINEER_ALREADY_LINKED`: the engineer already has a login */
        EngineerAlreadyLinkedProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /** @enum {string} */
            code: "ENGINEER_ALREADY_LINKED";
            /**
             * @description The field at fault
             * @example engineerId
             */
            field: string;
            /** @enum {integer} */
            status?: 409;
        };
        /** @description 409 `ENGINEER_EMAIL_TAKEN`: another engineer already uses the e-mail address */
        EngineerEmailTakenProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /** @enum {string} */
            code: "ENGINEER_EMAIL_TAKEN";
            /**
             * @description The field at fault
             * @example email
             */
            field: string;
            /** @enum {integer} */
            status?: 409;
        };
        EngineerExclusionResponse: {
            /** Format: uuid */
            engineerId: string;
            /** @example Priya Shah */
            engineerName: string;
            /**
             * @description The first rule that left the engineer out, checked in this order: `NOT_SKILLED` (lacks a required skill), `OUTSIDE_AREA` (does not cover the postcode), `INACTIVE`; then, added one at a time to a free agenda, `WORK_TOO_LONG` (the work, with the travel from home when that counts, fits none of their working spans in the window), `TIME_OFF`, `FULLY_BOOKED` (their bookings, with travel, leave no room) and `DAILY_CAPACITY` (their job limit)
             * @example FULLY_BOOKED
             * @enum {string}
             */
            reason: "NOT_SKILLED" | "OUTSIDE_AREA" | "INACTIVE" | "WORK_TOO_LONG" | "TIME_OFF" | "FULLY_BOOKED" | "DAILY_CAPACITY";
        };
        /** @description 409 `ENGINEER_HAS_BOOKINGS`: the engineer still has the scheduled bookings listed in `bookings`: reschedule or cancel them before deactivating */
        EngineerHasBookingsProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /** @description The engineer’s scheduled bookings in the way, earliest first */
            bookings: components["schemas"]["BookedJobReference"][];
            /** @enum {string} */
            code: "ENGINEER_HAS_BOOKINGS";
            /** @enum {integer} */
            status?: 409;
        };
        /** @description 422 `ENGINEER_INACTIVE` / `ENGINEER_LACKS_SKILLS` / `ENGINEER_DOES_NOT_COVER_AREA`: the engineer is inactive, lacks a skill the work needs (`missingSkills`), or does not cover the installation postcode */
        EngineerNotEligibleProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /** @enum {string} */
            code: "ENGINEER_INACTIVE" | "ENGINEER_LACKS_SKILLS" | "ENGINEER_DOES_NOT_COVER_AREA";
            /**
             * Format: uuid
             * @description The engineer
             * @example 3f1c2a9e-8b7d-4c6e-9f01-2a3b4c5d6e7f
             */
            engineerId: string;
            /**
             * @description The skills the work needs that the engineer lacks
             * @example [
             *       "dashcam"
             *     ]
             */
            missingSkills?: string[];
            /**
             * @description The installation postcode
             * @example SW1A 1AA
             */
            postcode?: string;
            /** @enum {integer} */
            status?: 422;
        };
        /** @description 404 `ENGINEER_NOT_FOUND`: no engineer has that id (an engineer may read only their own) */
        EngineerNotFoundProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /** @enum {string} */
            code: "ENGINEER_NOT_FOUND";
            /**
             * @description The id that was looked for
             * @example 3f1c2a9e-8b7d-4c6e-9f01-2a3b4c5d6e7f
             */
            id: string;
            /**
             * @description The kind of resource looked for
             * @example Engineer
             */
            resource: string;
            /** @enum {integer} */
            status?: 404;
        };
        /** @description 422 `ENGINEER_ON_TIME_OFF`: the engineer has time off then, named in `timeOff` */
        EngineerOnTimeOffProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /** @enum {string} */
            code: "ENGINEER_ON_TIME_OFF";
            /** @enum {integer} */
            status?: 422;
            /** @description The time off in the way */
            timeOff: {
                /**
                 * Format: date-time
                 * @example 2026-03-02T11:00:00.000Z
                 */
                end: string;
                /**
                 * Format: date-time
                 * @example 2026-03-02T09:00:00.000Z
                 */
                start: string;
            };
        };
        EngineerResponse: {
            /** @example true */
            active: boolean;
            /**
             * @description Postcode areas and districts, sorted
             * @example [
             *       "EC1A",
             *       "M1",
             *       "SW"
             *     ]
             */
            areas: string[];
            /**
             * Format: date-time
             * @example 2026-01-15T10:30:00.000Z
             */
            createdAt: string;
            /** @example priya.shah@vision-telematics.example */
            email: string;
            /** @description Null when not recorded; `location` absent when not known */
            homeBase: components["schemas"]["HomeBaseDto"] | null;
            /**
             * Format: uuid
             * @example 3f1c2a4e-8b7d-4e21-9c3a-5d6f7e8a9b0c
             */
            id: string;
            /**
             * @description Null: no daily cap
             * @example 4
             */
            maxJobsPerDay: number | null;
            /** @example Priya Shah */
            name: string;
            /** @example +44 20 7946 0958 */
            phone: string;
            /**
             * @description Sorted
             * @example [
             *       "dashcam",
             *       "fleet-camera",
             *       "tracker"
             *     ]
             */
            skills: string[];
            /**
             * Format: date-time
             * @example 2026-01-15T10:30:00.000Z
             */
            updatedAt: string;
            /** @description All seven weekdays, spans sorted; null when the business default hours apply */
            workingHours: components["schemas"]["WorkingHoursDto"] | null;
        };
        EngineerResponsePage: {
            items: components["schemas"]["EngineerResponse"][];
            /** @description Pass as `cursor` to get the next page; null on the last page */
            nextCursor: string | null;
        };
        EngineerScheduleResponse: {
            /** @description Bookings that take the engineer’s time (all but cancelled), by start */
            bookings: components["schemas"]["BookingResponse"][];
            /** Format: uuid */
            engineerId: string;
            /** Format: date-time */
            from: string;
            /** @description By start */
            timeOff: components["schemas"]["ScheduleTimeOffResponse"][];
            /**
             * @description The business time zone (settings), in which the engineer’s days and times are read: engineers may not read the settings themselves
             * @example Europe/London
             */
            timezone: string;
            /** Format: date-time */
            to: string;
            /** @description One entry per visit of those bookings that overlaps the period, by start: a multi-day booking appears once per day */
            visits: components["schemas"]["ScheduleVisitResponse"][];
        };
        /** @description 404 `TIME_OFF_NOT_FOUND`: the engineer has no time off with that id */
        EngineerTimeOffNotFoundProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /** @enum {string} */
            code: "TIME_OFF_NOT_FOUND";
            /**
             * @description The id that was looked for
             * @example 3f1c2a9e-8b7d-4c6e-9f01-2a3b4c5d6e7f
             */
            id: string;
            /**
             * @description The kind of resource looked for
             * @example Time off
             */
            resource: string;
            /** @enum {integer} */
            status?: 404;
        };
        EngineerTimeOffResponse: {
            /**
             * Format: date-time
             * @example 2026-01-15T10:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description UTC, exclusive
             * @example 2026-03-06T17:00:00.000Z
             */
            end: string;
            /**
             * Format: uuid
             * @example 3f1c2a4e-8b7d-4e21-9c3a-5d6f7e8a9b0c
             */
            engineerId: string;
            /**
             * Format: uuid
             * @example 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d
             */
            id: string;
            /** @example Annual leave */
            reason: string | null;
            /**
             * Format: date-time
             * @description UTC
             * @example 2026-03-02T09:00:00.000Z
             */
            start: string;
        };
        /** @description 409 `EVENT_NOT_FAILED`: the event has no failed delivery to re-send */
        EventNotFailedProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /** @enum {string} */
            code: "EVENT_NOT_FAILED";
            /**
             * @description The event’s status
             * @example delivered
             */
            status: string;
        };
        /** @description 404 `EVENT_NOT_FOUND`: no event has that id */
        EventNotFoundProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /** @enum {string} */
            code: "EVENT_NOT_FOUND";
            /**
             * @description The id that was looked for
             * @example 3f1c2a9e-8b7d-4c6e-9f01-2a3b4c5d6e7f
             */
            id: string;
            /**
             * @description The kind of resource looked for
             * @example Event
             */
            resource: string;
            /** @enum {integer} */
            status?: 404;
        };
        FailedServiceResponse: {
            /** @example Van was out on a job */
            note: string | null;
            reason: components["schemas"]["VisitFailureReason"];
            /** Format: uuid */
            serviceId: string;
        };
        FailServiceDto: {
            /**
             * @description What happened, in the engineer’s words. Required (non-blank) when `reason` is `other`; optional otherwise.
             * @example Van was out on a job; customer will call back
             */
            note?: string;
            /** @example vehicle_not_present */
            reason: components["schemas"]["VisitFailureReason"];
        };
        FieldErrorResponse: {
            /** @example email */
            field: string;
            /** @example email must be an email */
            message: string;
        };
        FittedDeviceInputDto: {
            /**
             * @description 19-20 digits starting 89, the last a valid Luhn check digit. Required when the product declares `iccid`.
             * @example 8944500102198304826
             */
            iccid?: string;
            /**
             * @description 15 digits, the last a valid Luhn check digit. Required when the product declares `imei`.
             * @example 490154203237518
             */
            imei?: string;
            /**
             * @description Where in the vehicle it is, e.g. `behind the glovebox`.
             * @example behind the glovebox
             */
            position?: string;
            /**
             * Format: uuid
             * @description A product of the task’s lines
             */
            productId: string;
            /**
             * @description The maker's serial number. Required when the product declares `serial`.
             * @example SN-000123
             */
            serial?: string;
        };
        FittedDeviceResponse: {
            /**
             * @description Who recorded the fitting
             * @example user:3f1c2a4e-8b7d-4e21-9c3a-5d6f7e8a9b0c
             */
            actor: string;
            /**
             * Format: uuid
             * @description The engineer who fitted it
             */
            engineerId: string | null;
            /**
             * Format: date-time
             * @example 2026-12-01T10:30:00.000Z
             */
            fittedAt: string;
            /** @example 8944500102198304826 */
            iccid: string | null;
            /** Format: uuid */
            id: string;
            /** @example 490154203237518 */
            imei: string | null;
            /** @example dashboard, behind the glovebox */
            position: string | null;
            /** Format: uuid */
            productId: string;
            /**
             * Format: date-time
             * @description When it came out again; null while fitted
             */
            removedAt: string | null;
            /** @example SN-000123 */
            serial: string | null;
            /**
             * Format: uuid
             * @description The installation task it was fitted for
             */
            serviceId: string | null;
            /** Format: uuid */
            vehicleId: string;
        };
        GeoPointDto: {
            /**
             * @description Latitude, WGS84 degrees
             * @example 51.5237
             */
            lat: number;
            /**
             * @description Longitude, WGS84 degrees
             * @example -0.1585
             */
            lng: number;
        };
        /** @description 409 `HOLD_EXPIRED`: the hold expired at `expiredAt` and keeps nothing any more; `alternatives` are the order’s free slots nearest the held start (empty when the order can no longer be booked): hold one of them */
        HoldExpiredProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /** @description Free slots nearest the held start, nearest first */
            alternatives: components["schemas"]["SlotResponse"][];
            /** @enum {string} */
            code: "HOLD_EXPIRED";
            /**
             * Format: date-time
             * @description When the hold expired
             * @example 2026-03-02T09:00:00.000Z
             */
            expiredAt: string;
            /**
             * Format: uuid
             * @description The hold
             * @example 3f1c2a9e-8b7d-4c6e-9f01-2a3b4c5d6e7f
             */
            holdId: string;
            /** @enum {integer} */
            status?: 409;
        };
        /** @description 409 `HOLD_FOR_ANOTHER_ORDER` / `HOLD_MISMATCH`: the hold keeps time for another order (`HOLD_FOR_ANOTHER_ORDER`), or the `engineerId` or `start` sent with it differ from the hold’s (`HOLD_MISMATCH`, naming `field`): send `holdId` alone */
        HoldMismatchProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /** @enum {string} */
            code: "HOLD_FOR_ANOTHER_ORDER" | "HOLD_MISMATCH";
            /**
             * @description The field that differs from the hold
             * @example start
             */
            field?: string;
            /**
             * Format: uuid
             * @description The hold
             * @example 3f1c2a9e-8b7d-4c6e-9f01-2a3b4c5d6e7f
             */
            holdId: string;
            /** @enum {integer} */
            status?: 409;
        };
        /** @description 404 `HOLD_NOT_FOUND`: no hold has that id: never made, already booked with, replaced by a newer hold of its order, or expired more than a day ago */
        HoldNotFoundProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /** @enum {string} */
            code: "HOLD_NOT_FOUND";
            /**
             * @description The id that was looked for
             * @example 3f1c2a9e-8b7d-4c6e-9f01-2a3b4c5d6e7f
             */
            id: string;
            /**
             * @description The kind of resource looked for
             * @example Hold
             */
            resource: string;
            /** @enum {integer} */
            status?: 404;
        };
        HomeBaseDto: {
            /** @description Where the home base is (WGS84); absent: not known */
            location?: components["schemas"]["GeoPointDto"];
            /**
             * @description Any spacing or case is accepted and stored normalised.
             * @example SE1 9SG
             */
            postcode: string;
        };
        /** @description 409 `IDEMPOTENCY_KEY_REUSED`: the `Idempotency-Key` was already used by another client, or with a different body (then `orderId` names the order it placed) */
        IdempotencyKeyReusedProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /** @enum {string} */
            code: "IDEMPOTENCY_KEY_REUSED";
            /**
             * Format: uuid
             * @description The order placed with the key earlier
             * @example 3f1c2a9e-8b7d-4c6e-9f01-2a3b4c5d6e7f
             */
            orderId?: string;
            /** @enum {integer} */
            status?: 409;
        };
        /** @description 409 `ILLEGAL_STATE_TRANSITION`: the resource’s current status does not allow the move: `allowedStatuses` lists the ones it does (empty: it is final) */
        IllegalTransitionProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /**
             * @description The statuses it may move to from here
             * @example []
             */
            allowedStatuses: string[];
            /**
             * @description The status the request would move it to
             * @example cancelled
             */
            attemptedStatus: string;
            /** @enum {string} */
            code: "ILLEGAL_STATE_TRANSITION";
            /**
             * @description The status the resource is in
             * @example completed
             */
            currentStatus: string;
            /** @enum {integer} */
            status?: 409;
        };
        /** @description 409 `INSTALLATION_IN_PROGRESS`: the engineer has started the work: complete the booking instead */
        InstallationInProgressProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /** @enum {string} */
            code: "INSTALLATION_IN_PROGRESS";
            /**
             * Format: uuid
             * @description The order
             * @example 3f1c2a9e-8b7d-4c6e-9f01-2a3b4c5d6e7f
             */
            orderId: string;
            /** @enum {integer} */
            status?: 409;
        };
        /** @description 409 `INSTALLATION_NOT_BOOKABLE`: the order’s installation is not waiting for a booking (only pending or scheduled work can be booked) */
        InstallationNotBookableProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /** @enum {string} */
            code: "INSTALLATION_NOT_BOOKABLE";
            /**
             * Format: uuid
             * @description The order
             * @example 3f1c2a9e-8b7d-4c6e-9f01-2a3b4c5d6e7f
             */
            orderId: string;
            /**
             * @description The installation’s status
             * @example completed
             */
            serviceStatus: string;
            /** @enum {integer} */
            status?: 409;
        };
        /** @description 404 `INSTALLATION_NOT_FOUND`: the order is unknown, has nothing to fit, or was placed so recently that its installation is not recorded yet */
        InstallationNotFoundProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /** @enum {string} */
            code: "INSTALLATION_NOT_FOUND";
            /**
             * Format: uuid
             * @description The order
             * @example 3f1c2a9e-8b7d-4c6e-9f01-2a3b4c5d6e7f
             */
            orderId: string;
            /** @enum {integer} */
            status?: 404;
        };
        /** @description 401 `INVALID_CREDENTIALS`: the e-mail address or password is wrong, or the user is deactivated (one answer for all three) */
        InvalidCredentialsProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /** @enum {string} */
            code: "INVALID_CREDENTIALS";
            /** @enum {integer} */
            status?: 401;
        };
        /** @description 401 `INVALID_REFRESH_TOKEN`: the refresh token is unknown, expired or revoked, or its user was deactivated: sign in again */
        InvalidRefreshTokenProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /** @enum {string} */
            code: "INVALID_REFRESH_TOKEN";
            /** @enum {integer} */
            status?: 401;
        };
        /** @description 409 `LAST_ADMIN`: this is the last active admin: make another user admin first */
        LastAdminProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /** @enum {string} */
            code: "LAST_ADMIN";
            /** @enum {integer} */
            status?: 409;
        };
        /** @description 422 `ENGINEER_NOT_FOUND`: no engineer has the `engineerId` the user is to act for */
        LinkedEngineerNotFoundProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /** @enum {string} */
            code: "ENGINEER_NOT_FOUND";
            /**
             * @description Names the field
             * @example [
             *       {
             *         "field": "engineerId",
             *         "message": "no engineer has this id"
             *       }
             *     ]
             */
            errors: components["schemas"]["FieldErrorResponse"][];
            /** @enum {integer} */
            status?: 422;
        };
        LocalPeriodResponse: {
            /**
             * Format: date-time
             * @example 2026-03-30T17:00:00.000Z
             */
            end: string;
            /**
             * @description Local date and time of `end`, with the offset in force
             * @example 2026-03-30T18:00+01:00
             */
            localEnd: string;
            /**
             * @description Local date and time of `start`, with the offset in force
             * @example 2026-03-30T09:00+01:00
             */
            localStart: string;
            /**
             * Format: date-time
             * @example 2026-03-30T08:00:00.000Z
             */
            start: string;
        };
        LoginDto: {
            /** @example admin@vision-telematics.example */
            email: string;
            /** @example demo-admin-password */
            password: string;
        };
        /** @description 400 `MALFORMED_JSON`: the body sent as `application/json` is not valid JSON */
        MalformedJsonProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /** @enum {string} */
            code: "MALFORMED_JSON";
            /**
             * @description Names the body
             * @example [
             *       {
             *         "field": "body",
             *         "message": "malformed JSON"
             *       }
             *     ]
             */
            errors: components["schemas"]["FieldErrorResponse"][];
            /** @enum {integer} */
            status?: 400;
        };
        /** @description 422 `MIXED_CURRENCIES`: the lines are priced in more than one currency; an order is priced in one */
        MixedCurrenciesProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /** @enum {string} */
            code: "MIXED_CURRENCIES";
            /**
             * @description The fields at fault
             * @example [
             *       {
             *         "field": "items.1.productId",
             *         "message": "priced in EUR"
             *       }
             *     ]
             */
            errors: components["schemas"]["FieldErrorResponse"][];
            /** @enum {integer} */
            status?: 422;
        };
        /** @description 409 `NO_SERVICE_TO_SCHEDULE`: none of the order’s services is waiting for an engineer (`serviceStatuses` lists theirs) */
        NoServiceToScheduleProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /** @enum {string} */
            code: "NO_SERVICE_TO_SCHEDULE";
            /**
             * Format: uuid
             * @description The order
             * @example 3f1c2a9e-8b7d-4c6e-9f01-2a3b4c5d6e7f
             */
            orderId: string;
            /**
             * @description The statuses of its services
             * @example [
             *       "completed"
             *     ]
             */
            serviceStatuses: string[];
            /** @enum {integer} */
            status?: 409;
        };
        NoShowBookingDto: {
            /**
             * @description Why the visit failed, if given. Stored trimmed; a reason of only whitespace is a 400.
             * @example Nobody answered; van not on site
             */
            reason?: string;
        };
        /** @description 503 `NOT_READY`: a readiness check failed: `error` names each failing check with its reason, `details` lists every check */
        NotReadyProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /** @enum {string} */
            code: "NOT_READY";
            /**
             * @description Every check, by name
             * @example {
             *       "database": {
             *         "message": "timeout",
             *         "status": "down"
             *       },
             *       "outbox": {
             *         "status": "up"
             *       }
             *     }
             */
            details: Record<string, never>;
            /**
             * @description The failing checks, by name
             * @example {
             *       "database": {
             *         "message": "timeout",
             *         "status": "down"
             *       }
             *     }
             */
            error: Record<string, never>;
            /** @enum {integer} */
            status?: 503;
        };
        OdometerDto: {
            /**
             * @example mi
             * @enum {string}
             */
            unit: "mi" | "km";
            /** @example 48213 */
            value: number;
        };
        /** @description 409 `ORDER_ALREADY_BOOKED`: the order has an active booking, named in `existingBooking`: reschedule or cancel it */
        OrderAlreadyBookedProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /** @enum {string} */
            code: "ORDER_ALREADY_BOOKED";
            /** @description The order’s active booking */
            existingBooking: {
                /**
                 * Format: date-time
                 * @example 2026-03-02T11:00:00.000Z
                 */
                end?: string;
                /**
                 * Format: uuid
                 * @example 3f1c2a9e-8b7d-4c6e-9f01-2a3b4c5d6e7f
                 */
                id?: string;
                /**
                 * Format: date-time
                 * @example 2026-03-02T09:00:00.000Z
                 */
                start?: string;
            };
            /**
             * Format: uuid
             * @description The order
             * @example 3f1c2a9e-8b7d-4c6e-9f01-2a3b4c5d6e7f
             */
            orderId: string;
            /** @enum {integer} */
            status?: 409;
        };
        OrderBookingResponse: {
            /**
             * Format: date-time
             * @example 2026-12-01T10:30:00.000Z
             */
            end: string;
            /** Format: uuid */
            engineerId: string;
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @example 2026-12-01T09:00:00.000Z
             */
            start: string;
            /**
             * @example scheduled
             * @enum {string}
             */
            status: "scheduled" | "completed" | "cancelled" | "no_show";
        };
        /** @description 409 `ORDER_CANCELLED` / `ORDER_FULFILLED`: the order is cancelled or already fulfilled: it takes no new work */
        OrderClosedProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /** @enum {string} */
            code: "ORDER_CANCELLED" | "ORDER_FULFILLED";
            /**
             * Format: uuid
             * @description The order
             * @example 3f1c2a9e-8b7d-4c6e-9f01-2a3b4c5d6e7f
             */
            orderId: string;
            /**
             * @description The order’s status
             * @example cancelled
             */
            status: string;
        };
        /** @description 422 `CUSTOMER_NOT_FOUND`: no customer has the `customerId` (a web shop’s key reaches only the customers it created) */
        OrderCustomerNotFoundProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /** @enum {string} */
            code: "CUSTOMER_NOT_FOUND";
            /**
             * @description The fields at fault
             * @example [
             *       {
             *         "field": "customerId",
             *         "message": "no customer has this id"
             *       }
             *     ]
             */
            errors: components["schemas"]["FieldErrorResponse"][];
            /** @enum {integer} */
            status?: 422;
        };
        OrderCustomerResponse: {
            /** @example jane@example.com */
            email: string;
            /** Format: uuid */
            id: string;
            /** @example Jane Driver */
            name: string;
            /** @example +44 7700 900123 */
            phone: string;
        };
        OrderDetailResponse: {
            /** @description The active booking, else the latest one, else null */
            booking: components["schemas"]["OrderBookingResponse"] | null;
            cancellationReason?: string | null;
            /** Format: date-time */
            cancelledAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @example GBP */
            currency: string;
            customer: components["schemas"]["OrderCustomerResponse"];
            /** Format: uuid */
            customerId: string;
            /**
             * Format: date
             * @description Local date (business time zone) by which the work should be booked: from the priority and settings, or as a dispatcher set it
             * @example 2026-04-06
             */
            dueBy: string;
            /** Format: date-time */
            fulfilledAt: string | null;
            /** @description Every status change, oldest first, with its reason */
            history: components["schemas"]["OrderStatusChangeResponse"][];
            /** Format: uuid */
            id: string;
            installationAddress: components["schemas"]["AddressDto"];
            items: components["schemas"]["OrderItemResponse"][];
            notes: string | null;
            /** @example VT-000123 */
            number: string;
            /** @example standard */
            priority: components["schemas"]["OrderPriority"];
            services: components["schemas"]["OrderServiceResponse"][];
            /** @enum {string} */
            status: "placed" | "fulfilled" | "cancelled";
            /**
             * @description Sum of the lines, in minor units
             * @example 29998
             */
            totalMinor: number;
            /** Format: date-time */
            updatedAt: string;
            /** @description The first vehicle of the order */
            vehicle: components["schemas"]["VehicleResponse"];
            /**
             * @description How many vehicles the order is for; v2 (`GET /api/v2/orders/{id}`) shows each
             * @example 1
             */
            vehicleCount: number;
        };
        OrderItemInputDto: {
            /**
             * Format: uuid
             * @example 3f1c2a9e-2b8f-4b8e-9a55-0e4c6f1d2a10
             */
            productId: string;
            /** @example 1 */
            quantity: number;
        };
        OrderItemResponse: {
            /** @example dashcam */
            category: string;
            /** Format: uuid */
            id: string;
            /** @example 45 */
            installMinutes: number;
            /** @example 14999 */
            lineTotalMinor: number;
            /** @example Dual-lens dashcam */
            name: string;
            /** Format: uuid */
            productId: string;
            /** @example 1 */
            quantity: number;
            requiresInstallation: boolean;
            /** @example DC-200 */
            sku: string;
            /**
             * @description Price of one unit when ordered, in minor units
             * @example 14999
             */
            unitPriceMinor: number;
        };
        /** @description 404 `ORDER_NOT_FOUND`: no order has that id, or the caller may not see it */
        OrderNotFoundProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /** @enum {string} */
            code: "ORDER_NOT_FOUND";
            /**
             * @description The id that was looked for
             * @example 3f1c2a9e-8b7d-4c6e-9f01-2a3b4c5d6e7f
             */
            id: string;
            /**
             * @description The kind of resource looked for
             * @example Order
             */
            resource: string;
            /** @enum {integer} */
            status?: 404;
        };
        /**
         * @description How soon the work should be booked: `dueBy` is the placement date plus the settings’ `bookWithinWorkingDays` (standard) or `urgentBookWithinWorkingDays` (urgent)
         * @enum {string}
         */
        OrderPriority: "standard" | "urgent";
        OrderResponse: {
            cancellationReason?: string | null;
            /** Format: date-time */
            cancelledAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @example GBP */
            currency: string;
            /** Format: uuid */
            customerId: string;
            /**
             * Format: date
             * @description Local date (business time zone) by which the work should be booked: from the priority and settings, or as a dispatcher set it
             * @example 2026-04-06
             */
            dueBy: string;
            /** Format: date-time */
            fulfilledAt: string | null;
            /** Format: uuid */
            id: string;
            installationAddress: components["schemas"]["AddressDto"];
            items: components["schemas"]["OrderItemResponse"][];
            notes: string | null;
            /** @example VT-000123 */
            number: string;
            /** @example standard */
            priority: components["schemas"]["OrderPriority"];
            /** @enum {string} */
            status: "placed" | "fulfilled" | "cancelled";
            /**
             * @description Sum of the lines, in minor units
             * @example 29998
             */
            totalMinor: number;
            /** Format: date-time */
            updatedAt: string;
            /** @description The first vehicle of the order */
            vehicle: components["schemas"]["VehicleResponse"];
            /**
             * @description How many vehicles the order is for; v2 (`GET /api/v2/orders/{id}`) shows each
             * @example 1
             */
            vehicleCount: number;
        };
        OrderResponsePage: {
            items: components["schemas"]["OrderResponse"][];
            /** @description Pass as `cursor` to get the next page; null on the last page */
            nextCursor: string | null;
        };
        OrderServiceResponse: {
            /** Format: uuid */
            engineerId: string | null;
            /** @example 90 */
            estimatedMinutes: number;
            /** Format: uuid */
            id: string;
            /** @example pending */
            status: string;
            /** @example installation */
            type: string;
        };
        OrderStatusChangeResponse: {
            /**
             * @description `user:<id>`, `api-key:<id>` or `system`
             * @example user:3f1c2a4e-8b7d-4e21-9c3a-5d6f7e8a9b0c
             */
            actor: string;
            /** @description The actor with its type, id and name (v2 answers this as `actor`) */
            actorDetails: components["schemas"]["ActorResponse"];
            /**
             * Format: date-time
             * @example 2026-12-01T09:00:00.000Z
             */
            at: string;
            /**
             * @description Null for the placement
             * @enum {string|null}
             */
            fromStatus: "placed" | "fulfilled" | "cancelled" | null;
            /**
             * @description Why the order moved
             * @example every installation task was cancelled: customer sold the van
             */
            reason: string;
            /** @enum {string} */
            toStatus: "placed" | "fulfilled" | "cancelled";
        };
        /** @description 422 `ORDER_TOTAL_TOO_LARGE`: quantity × unit price, summed, exceeds `limit` minor units: split it into several orders */
        OrderTotalTooLargeProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /** @enum {string} */
            code: "ORDER_TOTAL_TOO_LARGE";
            /**
             * @description The fields at fault
             * @example [
             *       {
             *         "field": "items",
             *         "message": "the total is too large"
             *       }
             *     ]
             */
            errors: components["schemas"]["FieldErrorResponse"][];
            /**
             * @description The largest total, in minor units
             * @example 2147483647
             */
            limit: number;
            /** @enum {integer} */
            status?: 422;
        };
        OrderV2DetailResponse: {
            /** @description The active booking, else the latest one, else null */
            booking: components["schemas"]["OrderBookingResponse"] | null;
            cancellationReason?: string | null;
            /** Format: date-time */
            cancelledAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @example GBP */
            currency: string;
            customer: components["schemas"]["OrderCustomerResponse"];
            /** Format: uuid */
            customerId: string;
            /**
             * Format: date
             * @description Local date (business time zone) by which the work should be booked: from the priority and settings, or as a dispatcher set it
             * @example 2026-04-06
             */
            dueBy: string;
            /** Format: date-time */
            fulfilledAt: string | null;
            /** @description Every status change, oldest first, with its reason and who made it */
            history: components["schemas"]["OrderV2StatusChangeResponse"][];
            /** Format: uuid */
            id: string;
            installationAddress: components["schemas"]["AddressDto"];
            notes: string | null;
            /** @example VT-000123 */
            number: string;
            /** @example standard */
            priority: components["schemas"]["OrderPriority"];
            /** @enum {string} */
            status: "placed" | "fulfilled" | "cancelled";
            /**
             * @description Sum of the lines, in minor units
             * @example 29998
             */
            totalMinor: number;
            /** Format: date-time */
            updatedAt: string;
            vehicles: components["schemas"]["OrderVehicleResponse"][];
        };
        OrderV2Response: {
            cancellationReason?: string | null;
            /** Format: date-time */
            cancelledAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @example GBP */
            currency: string;
            /** Format: uuid */
            customerId: string;
            /**
             * Format: date
             * @description Local date (business time zone) by which the work should be booked: from the priority and settings, or as a dispatcher set it
             * @example 2026-04-06
             */
            dueBy: string;
            /** Format: date-time */
            fulfilledAt: string | null;
            /** Format: uuid */
            id: string;
            installationAddress: components["schemas"]["AddressDto"];
            notes: string | null;
            /** @example VT-000123 */
            number: string;
            /** @example standard */
            priority: components["schemas"]["OrderPriority"];
            /** @enum {string} */
            status: "placed" | "fulfilled" | "cancelled";
            /**
             * @description Sum of the lines, in minor units
             * @example 29998
             */
            totalMinor: number;
            /** Format: date-time */
            updatedAt: string;
            vehicles: components["schemas"]["OrderVehicleResponse"][];
        };
        OrderV2ResponsePage: {
            items: components["schemas"]["OrderV2Response"][];
            /** @description Pass as `cursor` to get the next page; null on the last page */
            nextCursor: string | null;
        };
        OrderV2StatusChangeResponse: {
            actor: components["schemas"]["ActorResponse"];
            /**
             * Format: date-time
             * @example 2026-12-01T09:00:00.000Z
             */
            at: string;
            /**
             * @description Null for the placement
             * @enum {string|null}
             */
            fromStatus: "placed" | "fulfilled" | "cancelled" | null;
            /**
             * @description Why the order moved
             * @example every installation task was cancelled: customer sold the van
             */
            reason: string;
            /** @enum {string} */
            toStatus: "placed" | "fulfilled" | "cancelled";
        };
        OrderVehicleDescriptionDto: {
            /** @example VAN-07 */
            fleetNumber?: string;
            /** @example Ford */
            make: string;
            /** @example Transit Custom */
            model: string;
            /**
             * @description Stored in the DVLA's spelling: `ab12cde` becomes `AB12 CDE`.
             * @example AB12 CDE
             */
            registration: string;
            /**
             * @description 17 letters and digits without I, O or Q.
             * @example WF0XXXTTGXKA12345
             */
            vin?: string;
            /** @example 2021 */
            year: number;
        };
        OrderVehicleDeviceResponse: {
            /** @description Who recorded it */
            actor: string;
            /**
             * Format: uuid
             * @description The engineer who fitted it
             */
            engineerId: string | null;
            /** Format: date-time */
            fittedAt: string;
            /** @example 8944500102198304826 */
            iccid: string | null;
            /** Format: uuid */
            id: string;
            /** @example 490154203237518 */
            imei: string | null;
            position: string | null;
            /** Format: uuid */
            productId: string;
            /** Format: date-time */
            removedAt: string | null;
            /** @example SN-000123 */
            serial: string | null;
        };
        OrderVehicleInputDto: {
            items: components["schemas"]["OrderItemInputDto"][];
            vehicle?: components["schemas"]["OrderVehicleDescriptionDto"];
            /**
             * Format: uuid
             * @description One of the customer's vehicles (GET /customers/{customerId}/vehicles).
             */
            vehicleId?: string;
        };
        /** @description 422 `VEHICLE_NOT_FOUND`: a `vehicleId` is not one of the customer’s vehicles */
        OrderVehicleNotFoundProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /** @enum {string} */
            code: "VEHICLE_NOT_FOUND";
            /**
             * @description The fields at fault
             * @example [
             *       {
             *         "field": "vehicles.0.vehicleId",
             *         "message": "not one of the customer's vehicles"
             *       }
             *     ]
             */
            errors: components["schemas"]["FieldErrorResponse"][];
            /** @enum {integer} */
            status?: 422;
        };
        OrderVehicleResponse: {
            /** @description What was fitted in it for this order, from the installation record */
            devices: components["schemas"]["OrderVehicleDeviceResponse"][];
            items: components["schemas"]["OrderItemResponse"][];
            /** @example Ford */
            make: string;
            /** @example Transit Custom */
            model: string;
            /**
             * @description As it was when ordered
             * @example AB12 CDE
             */
            registration: string;
            /** @description Its installation task; null until the order has been turned into work, and for a vehicle with nothing to fit */
            task: components["schemas"]["OrderVehicleTaskResponse"] | null;
            /**
             * Format: uuid
             * @description The customer’s vehicle (GET /api/v1/vehicles/{id})
             */
            vehicleId: string;
            /** @example 2021 */
            year: number | null;
        };
        OrderVehicleTaskResponse: {
            /** Format: uuid */
            engineerId: string | null;
            /** @example 90 */
            estimatedMinutes: number;
            /** Format: uuid */
            id: string;
            /**
             * @example pending
             * @enum {string}
             */
            status: "pending" | "scheduled" | "in_progress" | "completed" | "cancelled";
            /** @example installation */
            type: string;
        };
        OutboxDeliveryResponse: {
            /** @description Counted when claimed */
            attempts: number;
            /** Format: date-time */
            deliveredAt: string | null;
            lastError: string | null;
            /**
             * @description The listener, as `Class.method`
             * @example CreateInstallationTaskListener.handle
             */
            listener: string;
            /** Format: date-time */
            nextAttemptAt: string;
            status: components["schemas"]["OutboxDeliveryStatus"];
        };
        /** @enum {string} */
        OutboxDeliveryStatus: "pending" | "delivered" | "failed";
        OutboxEventResponse: {
            /** @example 3f1c2a4e-8b7d-4e21-9c3a-5d6f7e8a9b0c */
            aggregateId: string;
            /** @example order */
            aggregateType: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            deliveredAt: string | null;
            deliveries: components["schemas"]["OutboxDeliveryResponse"][];
            /** @example order.placed */
            eventName: string;
            /** Format: uuid */
            id: string;
            payload: {
                [key: string]: unknown;
            };
            /** @description Its place among the aggregate’s events; each listener gets them in this order */
            sequence: number;
            /** @description `failed` while a delivery is parked */
            status: components["schemas"]["OutboxEventStatus"];
        };
        OutboxEventResponsePage: {
            items: components["schemas"]["OutboxEventResponse"][];
            /** @description Pass as `cursor` to get the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * @description `failed` while a delivery is parked
         * @enum {string}
         */
        OutboxEventStatus: "pending" | "delivered" | "failed";
        /** @description 422 `OUTSIDE_WORKING_HOURS`: the engineer does not work the whole of that time in one working span */
        OutsideWorkingHoursProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /** @enum {string} */
            code: "OUTSIDE_WORKING_HOURS";
            /** @enum {integer} */
            status?: 422;
        };
        PasswordDto: {
            /** @example correct horse battery staple */
            password: string;
        };
        /** @description 413 `PAYLOAD_TOO_LARGE`: the body is larger than the server accepts */
        PayloadTooLargeProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /** @enum {string} */
            code: "PAYLOAD_TOO_LARGE";
            /** @enum {integer} */
            status?: 413;
        };
        ProblemDetailsResponse: {
            /**
             * @description Stable machine-readable error code
             * @example VALIDATION_FAILED
             */
            code: string;
            /** @example The request is invalid */
            detail: string;
            /** @description One entry per bad field: on every 400, and on the other problems that name fields */
            errors?: components["schemas"]["FieldErrorResponse"][];
            /** @example /api/v1/engineers */
            instance: string;
            /** @example 0b6f7c3e-5f0e-4a53-9a43-0f1b7f6b1c2d */
            requestId: string;
            /** @example 400 */
            status: number;
            /** @example Bad Request */
            title: string;
            /** @example https://vision-telematics.example/problems/validation-failed */
            type: string;
        };
        /** @description 404 `PRODUCT_NOT_FOUND`: no product has that id */
        ProductNotFoundProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /** @enum {string} */
            code: "PRODUCT_NOT_FOUND";
            /**
             * @description The id that was looked for
             * @example 3f1c2a9e-8b7d-4c6e-9f01-2a3b4c5d6e7f
             */
            id: string;
            /**
             * @description The kind of resource looked for
             * @example Product
             */
            resource: string;
            /** @enum {integer} */
            status?: 404;
        };
        ProductResponse: {
            /** @example true */
            active: boolean;
            /** @example dashcam */
            category: string;
            /**
             * Format: date-time
             * @example 2026-11-25T09:30:00.000Z
             */
            createdAt: string;
            /** @example GBP */
            currency: string;
            /** @example Front and rear cameras with parking mode */
            description: string | null;
            /**
             * Format: uuid
             * @example 3f1c2a4e-8b7d-4c1e-9a55-2d6f0b9e7c11
             */
            id: string;
            /**
             * @description What each fitted unit is recorded with; absent when the product needs none (as before products had identifiers).
             * @example [
             *       "imei",
             *       "iccid"
             *     ]
             */
            identifiers?: components["schemas"]["DeviceIdentifier"][];
            /** @example 60 */
            installMinutes: number;
            /** @example Dual-lens 4K dash cam */
            name: string;
            /**
             * @description Price in the currency's minor unit (pence for GBP).
             * @example 14999
             */
            priceMinor: number;
            /** @example true */
            requiresInstallation: boolean;
            /** @example DC-200 */
            sku: string;
            /**
             * Format: date-time
             * @example 2026-11-25T09:30:00.000Z
             */
            updatedAt: string;
        };
        ProductResponsePage: {
            items: components["schemas"]["ProductResponse"][];
            /** @description Pass as `cursor` to get the next page; null on the last page */
            nextCursor: string | null;
        };
        /** @description 409 `PRODUCT_SKU_TAKEN`: another product already uses the SKU */
        ProductSkuTakenProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /** @enum {string} */
            code: "PRODUCT_SKU_TAKEN";
            /**
             * @description The SKU
             * @example DASHCAM-1
             */
            sku: string;
            /** @enum {integer} */
            status?: 409;
        };
        /** @description 422 `PRODUCT_UNAVAILABLE`: a line names a product that does not exist or is no longer sold */
        ProductUnavailableProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /** @enum {string} */
            code: "PRODUCT_UNAVAILABLE";
            /**
             * @description The fields at fault
             * @example [
             *       {
             *         "field": "items.0.productId",
             *         "message": "product KIT-1 is no longer sold"
             *       }
             *     ]
             */
            errors: components["schemas"]["FieldErrorResponse"][];
            /** @enum {integer} */
            status?: 422;
        };
        QueueEntryResponse: {
            /**
             * @description Whole hours since the order was placed
             * @example 26
             */
            ageHours: number;
            /** @example Jane Driver */
            customerName: string;
            /**
             * Format: date
             * @description Local date by which the work should be booked
             * @example 2026-04-06
             */
            dueBy: string;
            /**
             * @description Of those, how many are waiting again after a failed visit
             * @example 0
             */
            failedVisitCount: number;
            /** Format: uuid */
            orderId: string;
            /** @example VT-000123 */
            orderNumber: string;
            /** @description True once `dueBy` is before today (business time zone) */
            overdue: boolean;
            /**
             * Format: date-time
             * @description When the order was placed
             */
            placedAt: string;
            /** @example LS12 3AB */
            postcode: string;
            priority: components["schemas"]["OrderPriority"];
            /**
             * @description Skills the waiting tasks need, sorted
             * @example [
             *       "dashcam"
             *     ]
             */
            requiredSkills: string[];
            /**
             * @description Tasks waiting for a booking
             * @example 1
             */
            taskCount: number;
            /**
             * @description Estimated minutes of the waiting tasks
             * @example 90
             */
            totalMinutes: number;
            /**
             * @description Vehicles the order is for
             * @example 1
             */
            vehicleCount: number;
        };
        QueueEntryResponsePage: {
            items: components["schemas"]["QueueEntryResponse"][];
            /** @description Pass as `cursor` to get the next page; null on the last page */
            nextCursor: string | null;
        };
        RefreshTokenDto: {
            /**
             * @description The `refreshToken` of the last sign-in or refresh.
             * @example m0cWJ3ZkR0xq8uYw2N1pQ9sT4vB6hD7fK3jL5nA0eG8
             */
            refreshToken: string;
        };
        RescheduleAppointmentDto: {
            /**
             * Format: uuid
             * @description The slot’s engineer; without it, the booking’s engineer stays
             */
            engineerId?: string;
            /**
             * Format: date-time
             * @example 2030-01-09T13:00:00.000Z
             */
            start: string;
        };
        RescheduleBookingDto: {
            /** Format: uuid */
            engineerId?: string;
            /**
             * Format: date-time
             * @example 2026-03-03T13:30:00Z
             */
            start?: string;
        };
        ScheduleTimeOffResponse: {
            /** Format: date-time */
            end: string;
            /** Format: uuid */
            id: string;
            reason: string | null;
            /** Format: date-time */
            start: string;
        };
        ScheduleVisitResponse: {
            /** Format: uuid */
            bookingId: string;
            /** Format: date-time */
            end: string;
            /** Format: uuid */
            orderId: string;
            /** Format: date-time */
            start: string;
            status: components["schemas"]["BookingStatus"];
            /**
             * @description How many visits its booking has
             * @example 2
             */
            visitCount: number;
            /**
             * @description Which visit of its booking this is, from 1
             * @example 1
             */
            visitNumber: number;
        };
        ServiceCompletionResponse: {
            notes: string | null;
            odometer: components["schemas"]["ServiceOdometerResponse"] | null;
        };
        ServiceDetailResponse: {
            /** @description What was reported on completion; null until then, or when nothing was */
            completion: components["schemas"]["ServiceCompletionResponse"] | null;
            /** Format: date-time */
            createdAt: string;
            /** @description The units fitted for this service (the installation record) */
            devices: components["schemas"]["ServiceDeviceResponse"][];
            /**
             * Format: uuid
             * @description The booked engineer; null until scheduled
             */
            engineerId: string | null;
            /**
             * @description Engineer time on site, from the install minutes of the products
             * @example 90
             */
            estimatedMinutes: number;
            /** @description Status changes, oldest first */
            history: components["schemas"]["ServiceStatusChangeResponse"][];
            /** Format: uuid */
            id: string;
            /** @example SW1A 1AA */
            installationPostcode: string;
            /** @description The latest visit that failed to do this task (it went back to pending); null when none did */
            lastFailure: components["schemas"]["ServiceFailureResponse"] | null;
            /** Format: uuid */
            orderId: string;
            /**
             * @description Product categories the engineer must be skilled in
             * @example [
             *       "dashcam",
             *       "tracker"
             *     ]
             */
            requiredSkills: string[];
            status: components["schemas"]["ServiceStatus"];
            type: components["schemas"]["ServiceType"];
            /** Format: date-time */
            updatedAt: string;
            /**
             * Format: uuid
             * @description The vehicle the work is on (GET /api/v1/vehicles/{id})
             */
            vehicleId: string | null;
        };
        ServiceDeviceResponse: {
            /**
             * @description Who recorded it
             * @example user:3f1c2a4e-8b7d-4e21-9c3a-5d6f7e8a9b0c
             */
            actor: string;
            /**
             * Format: uuid
             * @description The engineer who fitted it
             */
            engineerId: string | null;
            /** Format: date-time */
            fittedAt: string;
            /** @example 8944500102198304826 */
            iccid: string | null;
            /** Format: uuid */
            id: string;
            /** @example 490154203237518 */
            imei: string | null;
            /** @example behind the glovebox */
            position: string | null;
            /** Format: uuid */
            productId: string;
            /**
             * Format: date-time
             * @description When it came out again; null while fitted
             */
            removedAt: string | null;
            /** @example SN-000123 */
            serial: string | null;
            /** Format: uuid */
            vehicleId: string;
        };
        ServiceFailureResponse: {
            /**
             * @description Who recorded the failure
             * @example user:8d5e…
             */
            actor: string;
            /** Format: date-time */
            at: string;
            /** @example Van was out on a job */
            note: string | null;
            reason: components["schemas"]["VisitFailureReason"];
        };
        /** @description 404 `SERVICE_NOT_FOUND`: no service has that id (an engineer sees only their own) */
        ServiceNotFoundProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /** @enum {string} */
            code: "SERVICE_NOT_FOUND";
            /**
             * @description The id that was looked for
             * @example 3f1c2a9e-8b7d-4c6e-9f01-2a3b4c5d6e7f
             */
            id: string;
            /**
             * @description The kind of resource looked for
             * @example Service
             */
            resource: string;
            /** @enum {integer} */
            status?: 404;
        };
        ServiceOdometerResponse: {
            /** @enum {string} */
            unit: "mi" | "km";
            /** @example 48213 */
            value: number;
        };
        ServiceResponse: {
            /** @description What was reported on completion; null until then, or when nothing was */
            completion: components["schemas"]["ServiceCompletionResponse"] | null;
            /** Format: date-time */
            createdAt: string;
            /** @description The units fitted for this service (the installation record) */
            devices: components["schemas"]["ServiceDeviceResponse"][];
            /**
             * Format: uuid
             * @description The booked engineer; null until scheduled
             */
            engineerId: string | null;
            /**
             * @description Engineer time on site, from the install minutes of the products
             * @example 90
             */
            estimatedMinutes: number;
            /** Format: uuid */
            id: string;
            /** @example SW1A 1AA */
            installationPostcode: string;
            /** @description The latest visit that failed to do this task (it went back to pending); null when none did */
            lastFailure: components["schemas"]["ServiceFailureResponse"] | null;
            /** Format: uuid */
            orderId: string;
            /**
             * @description Product categories the engineer must be skilled in
             * @example [
             *       "dashcam",
             *       "tracker"
             *     ]
             */
            requiredSkills: string[];
            status: components["schemas"]["ServiceStatus"];
            type: components["schemas"]["ServiceType"];
            /** Format: date-time */
            updatedAt: string;
            /**
             * Format: uuid
             * @description The vehicle the work is on (GET /api/v1/vehicles/{id})
             */
            vehicleId: string | null;
        };
        ServiceResponsePage: {
            items: components["schemas"]["ServiceResponse"][];
            /** @description Pass as `cursor` to get the next page; null on the last page */
            nextCursor: string | null;
        };
        /** @enum {string} */
        ServiceStatus: "pending" | "scheduled" | "in_progress" | "completed" | "cancelled";
        ServiceStatusChangeResponse: {
            /**
             * @description Who made the change: `user:<id>`, `api-key:<id>` or `system`
             * @example system
             */
            actor: string;
            /** @description Who made the change, with its type, id and name */
            actorDetails: components["schemas"]["ActorResponse"];
            /** Format: date-time */
            at: string;
            /** @description Set on the change a failed visit made (back to pending); `note` is then the engineer’s note */
            failureReason: components["schemas"]["VisitFailureReason"] | null;
            /** @description Null when the service was created */
            fromStatus: components["schemas"]["ServiceStatus"] | null;
            /** @example created from order VT-000123 */
            note: string | null;
            toStatus: components["schemas"]["ServiceStatus"];
        };
        /** @enum {string} */
        ServiceType: "installation";
        /** @description 409 `SERVICE_WITHOUT_VEHICLE`: the task names no vehicle (placed before orders had vehicles): its devices cannot be recorded */
        ServiceWithoutVehicleProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /** @enum {string} */
            code: "SERVICE_WITHOUT_VEHICLE";
            /**
             * Format: uuid
             * @description The task
             * @example 3f1c2a9e-8b7d-4c6e-9f01-2a3b4c5d6e7f
             */
            serviceId: string;
            /** @enum {integer} */
            status?: 409;
        };
        SettingsResponse: {
            /**
             * @description Average driving speed (km/h) for travel times
             * @example 40
             */
            averageSpeedKmh: number;
            /**
             * @description Working days (Monday to Friday, business time zone) a standard order may wait for its booking: its `dueBy`
             * @example 10
             */
            bookWithinWorkingDays: number;
            /**
             * @description ISO 4217 code of the shop currency
             * @example GBP
             */
            currency: string;
            /**
             * @description Hours before the first visit until which a customer may cancel or move their appointment through its link (`changeableUntil`)
             * @example 24
             */
            customerChangeCutoffHours: number;
            /** @description Hours used for engineers without their own */
            defaultWorkingHours: components["schemas"]["WorkingHoursDto"];
            /**
             * @description How long a hold (`POST /bookings/holds`) keeps a slot for a checkout, in minutes
             * @example 10
             */
            holdMinutes: number;
            /**
             * @description Earliest appointment, in hours from now
             * @example 24
             */
            minLeadHours: number;
            /**
             * @description Road distance over great-circle distance, for travel times between located places
             * @example 1.3
             */
            roadFactor: number;
            /**
             * @description Appointment start times fall on this grid (minutes)
             * @example 30
             */
            slotMinutes: number;
            /**
             * @description IANA zone in which working hours and dates are read
             * @example Europe/London
             */
            timezone: string;
            /**
             * @description Least gap kept free between two jobs of one engineer; all of it where a place is not known
             * @example 30
             */
            travelBufferMinutes: number;
            /**
             * @description On: a day’s first job leaves room to travel from the engineer’s home base at the day’s start
             * @example false
             */
            travelFromHome: boolean;
            /** Format: date-time */
            updatedAt: string;
            /**
             * @description As `bookWithinWorkingDays`, for an urgent order
             * @example 2
             */
            urgentBookWithinWorkingDays: number;
        };
        /** @description 503 `SHUTTING_DOWN`: this instance is stopping: send the request again, it reaches another instance */
        ShuttingDownProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /** @enum {string} */
            code: "SHUTTING_DOWN";
            /** @enum {integer} */
            status?: 503;
        };
        /** @description 409 `SLOT_HELD`: the engineer’s time then (or the travel time next to it) is held for another order’s checkout until `heldUntil`: choose another slot, or try again after it */
        SlotHeldProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /** @enum {string} */
            code: "SLOT_HELD";
            /**
             * Format: uuid
             * @description The engineer
             * @example 3f1c2a9e-8b7d-4c6e-9f01-2a3b4c5d6e7f
             */
            engineerId: string;
            /**
             * Format: date-time
             * @description When the hold in the way expires, unless it is booked first
             * @example 2026-03-02T09:00:00.000Z
             */
            heldUntil: string;
            /** @enum {integer} */
            status?: 409;
        };
        /** @description 422 `SLOT_NOT_ON_GRID`: appointments start every `slotMinutes` minutes from midnight, business time */
        SlotNotOnGridProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /** @enum {string} */
            code: "SLOT_NOT_ON_GRID";
            /**
             * @description The slot grid
             * @example 30
             */
            slotMinutes: number;
            /** @enum {integer} */
            status?: 422;
        };
        SlotResponse: {
            /**
             * Format: date-time
             * @description The last visit’s end
             * @example 2026-03-02T11:00:00.000Z
             */
            end: string;
            /** Format: uuid */
            engineerId: string;
            /** @example Priya Shah */
            engineerName: string;
            /**
             * Format: date-time
             * @example 2026-03-02T09:00:00.000Z
             */
            start: string;
            /** @description The visits a booking from this start would take, earliest first: one from start to end when the work fits a working span, else a run on consecutive working days of the engineer */
            visits: components["schemas"]["SlotVisitResponse"][];
        };
        /** @description 422 `SLOT_TOO_SOON`: the start is inside the lead time: the earliest possible start is `earliestStart` */
        SlotTooSoonProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /** @enum {string} */
            code: "SLOT_TOO_SOON";
            /**
             * Format: date-time
             * @description The earliest start the lead time allows
             * @example 2026-03-02T09:00:00.000Z
             */
            earliestStart: string;
            /** @enum {integer} */
            status?: 422;
        };
        SlotVisitResponse: {
            /**
             * Format: date-time
             * @example 2026-03-02T17:00:00.000Z
             */
            end: string;
            /**
             * Format: date-time
             * @example 2026-03-02T09:00:00.000Z
             */
            start: string;
        };
        SuggestionResponse: {
            /**
             * @description Road km (great circle × `settings.roadFactor`, to 0.1 km) the job adds to the engineer’s day: previous stop → job → next visit, less previous stop → next visit; a place not known counts as no distance. Suggestions rank by it, then by start
             * @example 4.2
             */
            addedTravelKm: number;
            /**
             * Format: date-time
             * @description The last visit’s end
             * @example 2026-03-02T11:00:00.000Z
             */
            end: string;
            /** Format: uuid */
            engineerId: string;
            /** @example Priya Shah */
            engineerName: string;
            /**
             * Format: date-time
             * @example 2026-03-02T09:00:00.000Z
             */
            start: string;
            /**
             * @description Minutes kept for travel from the job to the next visit of the day; 0 when there is none
             * @example 30
             */
            travelMinutesAfter: number;
            /**
             * @description Minutes kept for travel from the previous stop of the day (a visit, or the home base at the day’s start with `settings.travelFromHome`) to the job: the flat buffer where a place is unknown; 0 when there is no such stop
             * @example 25
             */
            travelMinutesBefore: number;
            /** @description The visits a booking from this start would take, earliest first: one from start to end when the work fits a working span, else a run on consecutive working days of the engineer */
            visits: components["schemas"]["SlotVisitResponse"][];
        };
        SuggestionsResponse: {
            /**
             * @description The installation estimate: the length of every slot, or of its visits together
             * @example 120
             */
            durationMinutes: number;
            /** @description With `explain=true`: every engineer considered and left out, by name, with the first rule that excluded them */
            excluded?: components["schemas"]["EngineerExclusionResponse"][];
            /**
             * Format: date
             * @description With `explain=true` and no slot in the window: the first local date after it on which anyone could take the job, looking 8 weeks ahead; null when nobody could
             * @example 2026-03-16
             */
            nextAvailableDate?: string | null;
            slots: components["schemas"]["SuggestionResponse"][];
        };
        /** @description 409 `TIME_OFF_OVERLAPS_BOOKINGS`: the engineer is booked in that period, for the scheduled bookings listed in `bookings`: reschedule or cancel them first */
        TimeOffOverlapsBookingsProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /** @description The engineer’s scheduled bookings in the way, earliest first */
            bookings: components["schemas"]["BookedJobReference"][];
            /** @enum {string} */
            code: "TIME_OFF_OVERLAPS_BOOKINGS";
            /** @enum {integer} */
            status?: 409;
        };
        /** @description 409 `TIME_OFF_OVERLAPS`: the period overlaps the engineer’s time off named in `timeOff`: delete it and add one that covers both */
        TimeOffOverlapsProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /** @enum {string} */
            code: "TIME_OFF_OVERLAPS";
            /** @enum {integer} */
            status?: 409;
            /** @description The engineer’s time off in the way */
            timeOff: components["schemas"]["TimeOffReference"];
        };
        TimeOffReference: {
            /**
             * Format: date-time
             * @description UTC, exclusive
             * @example 2030-01-07T17:00:00.000Z
             */
            end: string;
            /**
             * Format: uuid
             * @example 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d
             */
            id: string;
            /**
             * Format: date-time
             * @description UTC
             * @example 2030-01-07T09:00:00.000Z
             */
            start: string;
        };
        TimeSpanDto: {
            /** @example 17:00 */
            end: string;
            /** @example 09:00 */
            start: string;
        };
        TokenPairResponse: {
            /**
             * @description Send as `Authorization: Bearer <accessToken>`.
             * @example eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9…
             */
            accessToken: string;
            /**
             * @description Seconds until the access token expires.
             * @example 900
             */
            expiresIn: number;
            /**
             * @description Single use: each refresh returns a new one and revokes this one.
             * @example m0cWJ3ZkR0xq8uYw2N1pQ9sT4vB6hD7fK3jL5nA0eG8
             */
            refreshToken: string;
            /**
             * Format: date-time
             * @example 2026-12-09T09:30:00.000Z
             */
            refreshTokenExpiresAt: string;
            /**
             * @example Bearer
             * @enum {string}
             */
            tokenType: "Bearer";
        };
        /** @description 409 `TOO_EARLY_TO_START`: the appointment’s day has not begun: the work may start from `earliestAt` */
        TooEarlyToStartProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /**
             * Format: uuid
             * @description The booking
             * @example 3f1c2a9e-8b7d-4c6e-9f01-2a3b4c5d6e7f
             */
            bookingId: string;
            /** @enum {string} */
            code: "TOO_EARLY_TO_START";
            /**
             * Format: date-time
             * @description The start of the appointment’s day, business time
             * @example 2026-03-02T09:00:00.000Z
             */
            earliestAt: string;
            /** @enum {integer} */
            status?: 409;
        };
        /** @description 429 `TOO_MANY_REQUESTS`: the client address (on sign-in also the e-mail) sent too many requests; wait the seconds in `Retry-After` */
        TooManyRequestsProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /** @enum {string} */
            code: "TOO_MANY_REQUESTS";
            /** @enum {integer} */
            status?: 429;
        };
        /** @description 422 `TOO_MANY_VISITS`: from that start the work would need more than `maxVisits` visits: start earlier in a day */
        TooManyVisitsProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /** @enum {string} */
            code: "TOO_MANY_VISITS";
            /**
             * @description The most visits a booking may have
             * @example 5
             */
            maxVisits: number;
            /** @enum {integer} */
            status?: 422;
        };
        /** @description 422 `TRAVEL_BUFFER_NOT_KEPT`: the engineer needs `travelMinutes` to travel between that job and `nearbyBooking` (never less than the flat `travelBufferMinutes`), and the two are closer than that */
        TravelBufferNotKeptProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /** @enum {string} */
            code: "TRAVEL_BUFFER_NOT_KEPT";
            /** @description The booking too close */
            nearbyBooking: {
                /**
                 * Format: date-time
                 * @example 2026-03-02T11:00:00.000Z
                 */
                end?: string;
                /**
                 * Format: uuid
                 * @example 3f1c2a9e-8b7d-4c6e-9f01-2a3b4c5d6e7f
                 */
                id?: string;
                /**
                 * Format: date-time
                 * @example 2026-03-02T09:00:00.000Z
                 */
                start?: string;
            };
            /** @enum {integer} */
            status?: 422;
            /**
             * @description The flat minimum between jobs
             * @example 30
             */
            travelBufferMinutes: number;
            /**
             * @description The travel time needed between the two places
             * @example 42
             */
            travelMinutes: number;
        };
        /** @description 422 `TRAVEL_FROM_HOME_NOT_KEPT`: with `settings.travelFromHome`, the day’s first job starts no sooner than `travelMinutes` from the engineer’s home base after the working day begins: `earliestStart` */
        TravelFromHomeNotKeptProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /** @enum {string} */
            code: "TRAVEL_FROM_HOME_NOT_KEPT";
            /**
             * Format: date-time
             * @description The earliest start that day
             * @example 2026-03-02T09:00:00.000Z
             */
            earliestStart: string;
            /** @enum {integer} */
            status?: 422;
            /**
             * @description The travel time from the home base
             * @example 35
             */
            travelMinutes: number;
        };
        /** @description 415 `UNSUPPORTED_MEDIA_TYPE`: the body is sent in a media type other than `application/json` */
        UnsupportedMediaTypeProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /** @enum {string} */
            code: "UNSUPPORTED_MEDIA_TYPE";
            /** @enum {integer} */
            status?: 415;
        };
        UpdateCustomerDto: {
            address?: components["schemas"]["AddressDto"];
            /**
             * Format: email
             * @description Stored lower-case.
             * @example ada@example.co.uk
             */
            email?: string;
            /** @example Ada Lovelace */
            name?: string;
            /**
             * @description A UK number, or an international one starting with +.
             * @example 020 7946 0958
             */
            phone?: string;
        };
        UpdateEngineerDto: {
            /**
             * @description Only active engineers are offered for new jobs
             * @default true
             * @example true
             */
            active?: boolean;
            /**
             * @description UK postcode areas (`SW`) or districts (`SW1A`) covered; stored upper-case, repeats dropped
             * @example [
             *       "SW",
             *       "M1",
             *       "EC1A"
             *     ]
             */
            areas?: string[];
            /**
             * Format: email
             * @description Unique among all engineers, active or not; compared and stored in lower case
             * @example priya.shah@vision-telematics.example
             */
            email?: string;
            /** @description Where the engineer starts the day from (with `settings.travelFromHome`, travel from it counts); absent or null: not recorded */
            homeBase?: components["schemas"]["HomeBaseDto"] | null;
            /**
             * @description Cap on jobs booked per day; absent or null: no cap
             * @example 4
             */
            maxJobsPerDay?: number | null;
            /** @example Priya Shah */
            name?: string;
            /**
             * @description UK national form, or international form starting with +
             * @example +44 20 7946 0958
             */
            phone?: string;
            /**
             * @description Product categories the engineer installs: lower-case kebab slugs; repeats are dropped
             * @example [
             *       "dashcam",
             *       "tracker",
             *       "fleet-camera"
             *     ]
             */
            skills?: string[];
            /** @description Several spans per weekday allowed. Absent or null: the business default hours from settings apply */
            workingHours?: components["schemas"]["WorkingHoursDto"] | null;
        };
        UpdateOrderPlanningDto: {
            /**
             * Format: date
             * @description Local date by which the work should be booked; overrides the derived one
             * @example 2026-04-02
             */
            dueBy?: string;
            /** @description Without `dueBy`, the due date is worked out again from the placement date for the new priority */
            priority?: components["schemas"]["OrderPriority"];
        };
        UpdateProductDto: {
            /**
             * @description Inactive products are kept for existing orders but cannot be ordered. True when omitted on create.
             * @example true
             */
            active?: boolean;
            /** @example dashcam */
            category?: string;
            /**
             * @description ISO 4217 currency code
             * @example GBP
             */
            currency?: string;
            /**
             * @description Blank or null means none.
             * @example Front and rear cameras with parking mode
             */
            description?: string | null;
            /**
             * @description The identifiers each fitted unit needs, recorded when its installation is completed: an
             *     `imei` (15 digits, Luhn), an `iccid` (19-20 digits from 89, Luhn), a `serial`. None when omitted on create.
             * @example [
             *       "imei",
             *       "iccid"
             *     ]
             */
            identifiers?: components["schemas"]["DeviceIdentifier"][];
            /**
             * @description Engineer time to fit it; must be above 0 when requiresInstallation is true. 0 when omitted on create.
             * @example 60
             */
            installMinutes?: number;
            /** @example Dual-lens 4K dash cam */
            name?: string;
            /**
             * @description Price in the currency's minor unit (pence for GBP).
             * @example 14999
             */
            priceMinor?: number;
            /**
             * @description Whether an engineer fits it; ordering it then books an installation.
             * @example true
             */
            requiresInstallation?: boolean;
            /**
             * @description Stock-keeping unit. Trimmed and stored upper-case; unique regardless of case.
             * @example DC-200
             */
            sku?: string;
        };
        UpdateSettingsDto: {
            /**
             * @description Average driving speed, km/h
             * @example 40
             */
            averageSpeedKmh?: number;
            /**
             * @description Applies to orders placed (or re-prioritised) from now on
             * @example 10
             */
            bookWithinWorkingDays?: number;
            /**
             * @description ISO 4217 currency code
             * @example GBP
             */
            currency?: string;
            /**
             * @description Hours before the first visit until which a customer may cancel or move their appointment through its link
             * @example 24
             */
            customerChangeCutoffHours?: number;
            defaultWorkingHours?: components["schemas"]["WorkingHoursDto"];
            /**
             * @description How long a hold keeps a slot for a checkout; applies to holds made from now on
             * @example 10
             */
            holdMinutes?: number;
            /** @example 24 */
            minLeadHours?: number;
            /**
             * @description Road distance over great-circle distance
             * @example 1.3
             */
            roadFactor?: number;
            /** @example 30 */
            slotMinutes?: number;
            /**
             * @description IANA time zone name
             * @example Europe/London
             */
            timezone?: string;
            /** @example 30 */
            travelBufferMinutes?: number;
            /**
             * @description Keep travel from the engineer’s home base before a day’s first job
             * @example false
             */
            travelFromHome?: boolean;
            /**
             * @description Applies to orders placed (or re-prioritised) from now on
             * @example 2
             */
            urgentBookWithinWorkingDays?: number;
        };
        UpdateUserDto: {
            /**
             * @description `true` reactivates a user; `false` deactivates them like DELETE does.
             * @example true
             */
            active?: boolean;
            /** Format: uuid */
            engineerId?: string | null;
            /** @example Dana Dispatcher */
            name?: string;
            role?: components["schemas"]["UserRole"];
        };
        UpdateVehicleDto: {
            /**
             * @description The customer's own label, e.g. `VAN-07`. Blank or null means none.
             * @example VAN-07
             */
            fleetNumber?: string | null;
            /** @example Ford */
            make?: string;
            /** @example Transit Custom */
            model?: string;
            /**
             * @description Stored in the DVLA's spelling: `ab12cde` becomes `AB12 CDE`. Unique among the customer's vehicles.
             * @example AB12 CDE
             */
            registration?: string;
            /**
             * @description 17 letters and digits, without I, O or Q; stored upper-case. Null or absent when unknown.
             * @example WF0XXXTTGXKA12345
             */
            vin?: string | null;
            /** @example 2021 */
            year?: number | null;
        };
        UpdateWebhookDto: {
            /**
             * @description What the endpoint is for; blank or null means none.
             * @example Order status updates for the web shop
             */
            description?: string | null;
            /**
             * @description `true` enables a disabled endpoint again (its reason cleared, its pending messages due at once);
             *     `false` disables it: nothing is sent, and new events are not queued for it.
             * @example true
             */
            enabled?: boolean;
            /**
             * @description The events to receive, one or more.
             * @example [
             *       "order.placed",
             *       "booking.scheduled"
             *     ]
             */
            events?: components["schemas"]["WebhookEventType"][];
            /**
             * @description Where the messages are POSTed. Outside development it must be https, and its host must not
             *     resolve to a private, loopback or link-local address (checked again before every send).
             * @example https://shop.example.com/hooks/vision
             */
            url?: string;
        };
        UserDirectoryEntryResponse: {
            /** Format: uuid */
            id: string;
            /** @example Dana Dispatcher */
            name: string;
            role: components["schemas"]["UserRole"];
        };
        UserDirectoryEntryResponsePage: {
            items: components["schemas"]["UserDirectoryEntryResponse"][];
            /** @description Pass as `cursor` to get the next page; null on the last page */
            nextCursor: string | null;
        };
        /** @description 409 `USER_EMAIL_TAKEN`: another user already signs in with the e-mail address */
        UserEmailTakenProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /** @enum {string} */
            code: "USER_EMAIL_TAKEN";
            /**
             * @description The field at fault
             * @example email
             */
            field: string;
            /** @enum {integer} */
            status?: 409;
        };
        /** @description 404 `USER_NOT_FOUND`: no user has that id */
        UserNotFoundProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /** @enum {string} */
            code: "USER_NOT_FOUND";
            /**
             * @description The id that was looked for
             * @example 3f1c2a9e-8b7d-4c6e-9f01-2a3b4c5d6e7f
             */
            id: string;
            /**
             * @description The kind of resource looked for
             * @example User
             */
            resource: string;
            /** @enum {integer} */
            status?: 404;
        };
        UserResponse: {
            /** @example true */
            active: boolean;
            /**
             * Format: date-time
             * @example 2026-11-25T09:30:00.000Z
             */
            createdAt: string;
            /** @example dispatch@vision-telematics.example */
            email: string;
            /**
             * Format: uuid
             * @description The engineer an engineer's login acts for; null for staff.
             */
            engineerId: string | null;
            /** Format: uuid */
            id: string;
            /** @example Dana Dispatcher */
            name: string;
            role: components["schemas"]["UserRole"];
            /**
             * Format: date-time
             * @example 2026-11-25T09:30:00.000Z
             */
            updatedAt: string;
        };
        UserResponsePage: {
            items: components["schemas"]["UserResponse"][];
            /** @description Pass as `cursor` to get the next page; null on the last page */
            nextCursor: string | null;
        };
        /** @enum {string} */
        UserRole: "admin" | "dispatcher" | "engineer";
        /** @description 400 `VALIDATION_FAILED`: a parameter, header or body field is invalid: each is named in `errors` */
        ValidationFailedProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /** @enum {string} */
            code: "VALIDATION_FAILED";
            /**
             * @description One entry per bad field, named by its JSON path
             * @example [
             *       {
             *         "field": "email",
             *         "message": "email must be an email"
             *       }
             *     ]
             */
            errors: components["schemas"]["FieldErrorResponse"][];
            /** @enum {integer} */
            status?: 400;
        };
        VehicleDto: {
            /** @example Ford */
            make: string;
            /** @example Transit Custom */
            model: string;
            /**
             * @description Stored in the DVLA's spelling: `ab12cde` becomes `AB12 CDE`.
             * @example AB12 CDE
             */
            registration: string;
            /** @example 2021 */
            year?: number;
        };
        /** @description 409 `VEHICLE_HAS_DEVICES`: devices are fitted in the vehicle (`deviceIds`): they must come out before it can go */
        VehicleHasDevicesProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /** @enum {string} */
            code: "VEHICLE_HAS_DEVICES";
            /**
             * @description The devices fitted
             * @example [
             *       "3f1c2a9e-8b7d-4c6e-9f01-2a3b4c5d6e7f"
             *     ]
             */
            deviceIds: string[];
            /** @enum {integer} */
            status?: 409;
            /**
             * Format: uuid
             * @description The vehicle
             * @example 3f1c2a9e-8b7d-4c6e-9f01-2a3b4c5d6e7f
             */
            vehicleId: string;
        };
        /** @description 409 `VEHICLE_HAS_OPEN_WORK`: open work (an open order or installation task, listed in `openWork`) keeps the vehicle */
        VehicleHasOpenWorkProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /** @enum {string} */
            code: "VEHICLE_HAS_OPEN_WORK";
            /** @description The open work, each by kind and id */
            openWork: {
                /**
                 * Format: uuid
                 * @example 3f1c2a9e-8b7d-4c6e-9f01-2a3b4c5d6e7f
                 */
                id?: string;
                /** @example order */
                kind?: string;
            }[];
            /** @enum {integer} */
            status?: 409;
            /**
             * Format: uuid
             * @description The vehicle
             * @example 3f1c2a9e-8b7d-4c6e-9f01-2a3b4c5d6e7f
             */
            vehicleId: string;
        };
        /** @description 404 `VEHICLE_NOT_FOUND`: no vehicle has that id (or it is not this customer’s) */
        VehicleNotFoundProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /** @enum {string} */
            code: "VEHICLE_NOT_FOUND";
            /**
             * @description The id that was looked for
             * @example 3f1c2a9e-8b7d-4c6e-9f01-2a3b4c5d6e7f
             */
            id: string;
            /**
             * @description The kind of resource looked for
             * @example Vehicle
             */
            resource: string;
            /** @enum {integer} */
            status?: 404;
        };
        /** @description 409 `VEHICLE_REGISTRATION_TAKEN`: the customer already has (another) vehicle with the registration, named by `vehicleId` when known */
        VehicleRegistrationTakenProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /** @enum {string} */
            code: "VEHICLE_REGISTRATION_TAKEN";
            /**
             * Format: uuid
             * @description The customer
             * @example 3f1c2a9e-8b7d-4c6e-9f01-2a3b4c5d6e7f
             */
            customerId: string;
            /**
             * @description The registration
             * @example AB12 CDE
             */
            registration: string;
            /** @enum {integer} */
            status?: 409;
            /**
             * Format: uuid
             * @description The customer’s vehicle with that registration
             * @example 3f1c2a9e-8b7d-4c6e-9f01-2a3b4c5d6e7f
             */
            vehicleId?: string;
        };
        /** @description 422 `VEHICLE_REPEATED`: the same vehicle is listed twice: give all its lines in one entry */
        VehicleRepeatedProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /** @enum {string} */
            code: "VEHICLE_REPEATED";
            /**
             * @description The fields at fault
             * @example [
             *       {
             *         "field": "vehicles.1",
             *         "message": "the same vehicle as vehicles.0"
             *       }
             *     ]
             */
            errors: components["schemas"]["FieldErrorResponse"][];
            /** @enum {integer} */
            status?: 422;
        };
        VehicleResponse: {
            /** @example Ford */
            make: string;
            /** @example Transit Custom */
            model: string;
            /** @example AB12 CDE */
            registration: string;
            /** @example 2021 */
            year: number | null;
        };
        /** @enum {string} */
        VisitFailureReason: "vehicle_not_present" | "vehicle_incompatible" | "customer_refused" | "parts_missing" | "other";
        WebhookAttemptResponse: {
            /** Format: date-time */
            at: string;
            /**
             * @description 1 for the first; re-sends go on counting.
             * @example 1
             */
            attempt: number;
            /** @example 84 */
            durationMs: number;
            /**
             * @description Why the attempt failed; null when it was answered with a 2xx.
             * @example HTTP 500
             */
            error: string | null;
            /**
             * @description The receiver's HTTP status; null when it never answered.
             * @example 500
             */
            statusCode: number | null;
        };
        /** @description 404 `WEBHOOK_DELIVERY_NOT_FOUND`: the endpoint has no delivery with that id */
        WebhookDeliveryNotFoundProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /** @enum {string} */
            code: "WEBHOOK_DELIVERY_NOT_FOUND";
            /**
             * @description The id that was looked for
             * @example 3f1c2a9e-8b7d-4c6e-9f01-2a3b4c5d6e7f
             */
            id: string;
            /**
             * @description The kind of resource looked for
             * @example Webhook delivery
             */
            resource: string;
            /** @enum {integer} */
            status?: 404;
        };
        WebhookDeliveryResponse: {
            attempts: components["schemas"]["WebhookAttemptResponse"][];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            deliveredAt: string | null;
            /**
             * Format: uuid
             * @description The domain event it tells of
             */
            eventId: string;
            eventType: components["schemas"]["WebhookEventType"];
            /**
             * Format: uuid
             * @description Also the `webhook-id` header of every attempt, for receivers to drop duplicates.
             */
            id: string;
            /**
             * Format: date-time
             * @description When the next attempt is due, while pending.
             */
            nextAttemptAt: string | null;
            /** Format: uuid */
            orderId: string;
            /** @description pending: to be sent (again); delivered: answered with a 2xx; failed: given up after its last attempt (re-send it). */
            status: components["schemas"]["WebhookDeliveryStatus"];
        };
        WebhookDeliveryResponsePage: {
            items: components["schemas"]["WebhookDeliveryResponse"][];
            /** @description Pass as `cursor` to get the next page; null on the last page */
            nextCursor: string | null;
        };
        /** @enum {string} */
        WebhookDeliveryStatus: "pending" | "delivered" | "failed";
        /** @description 409 `WEBHOOK_DISABLED`: the endpoint is disabled: enable it (`PATCH` with `enabled: true`) before re-sending */
        WebhookDisabledProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /** @enum {string} */
            code: "WEBHOOK_DISABLED";
            /** @enum {integer} */
            status?: 409;
            /**
             * Format: uuid
             * @description The endpoint
             * @example 3f1c2a9e-8b7d-4c6e-9f01-2a3b4c5d6e7f
             */
            webhookId: string;
        };
        /**
         * @description The events to receive, one or more.
         * @enum {string}
         */
        WebhookEventType: "order.placed" | "order.cancelled" | "order.fulfilled" | "booking.scheduled" | "booking.rescheduled" | "booking.cancelled" | "booking.completed" | "booking.no_show" | "installation.completed" | "installation.failed";
        /** @description 404 `WEBHOOK_NOT_FOUND`: no webhook endpoint has that id (an API key sees only its own) */
        WebhookNotFoundProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /** @enum {string} */
            code: "WEBHOOK_NOT_FOUND";
            /**
             * @description The id that was looked for
             * @example 3f1c2a9e-8b7d-4c6e-9f01-2a3b4c5d6e7f
             */
            id: string;
            /**
             * @description The kind of resource looked for
             * @example Webhook
             */
            resource: string;
            /** @enum {integer} */
            status?: 404;
        };
        WebhookResponse: {
            /** Format: date-time */
            createdAt: string;
            /** @example Order status updates for the web shop */
            description: string | null;
            /** Format: date-time */
            disabledAt: string | null;
            /**
             * @description Why it was disabled: by a PATCH, or after a message failed every attempt (about 24 h) with no success since.
             * @example null
             */
            disabledReason: string | null;
            enabled: boolean;
            events: components["schemas"]["WebhookEventType"][];
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description The API key that manages the endpoint, whose orders' events alone it receives; null for staff's endpoints, which receive every order's.
             */
            ownerApiKeyId: string | null;
            /**
             * Format: date-time
             * @description Until when the secret a rotation replaced still signs alongside the current one.
             */
            previousSecretExpiresAt: string | null;
            /** Format: date-time */
            updatedAt: string;
            /** @example https://shop.example.com/hooks/vision */
            url: string;
        };
        WebhookResponsePage: {
            items: components["schemas"]["WebhookResponse"][];
            /** @description Pass as `cursor` to get the next page; null on the last page */
            nextCursor: string | null;
        };
        WebhookWithSecretResponse: {
            /** Format: date-time */
            createdAt: string;
            /** @example Order status updates for the web shop */
            description: string | null;
            /** Format: date-time */
            disabledAt: string | null;
            /**
             * @description Why it was disabled: by a PATCH, or after a message failed every attempt (about 24 h) with no success since.
             * @example null
             */
            disabledReason: string | null;
            enabled: boolean;
            events: components["schemas"]["WebhookEventType"][];
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description The API key that manages the endpoint, whose orders' events alone it receives; null for staff's endpoints, which receive every order's.
             */
            ownerApiKeyId: string | null;
            /**
             * Format: date-time
             * @description Until when the secret a rotation replaced still signs alongside the current one.
             */
            previousSecretExpiresAt: string | null;
            /**
             * @description Verifies the `webhook-signature` header (Standard Webhooks). Shown only in this response: it cannot be read again.
             * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
             */
            secret: string;
            /** Format: date-time */
            updatedAt: string;
            /** @example https://shop.example.com/hooks/vision */
            url: string;
        };
        WorkingHoursDto: {
            /** @description Empty or absent: not working that day */
            friday?: components["schemas"]["TimeSpanDto"][];
            /** @description Empty or absent: not working that day */
            monday?: components["schemas"]["TimeSpanDto"][];
            /** @description Empty or absent: not working that day */
            saturday?: components["schemas"]["TimeSpanDto"][];
            /** @description Empty or absent: not working that day */
            sunday?: components["schemas"]["TimeSpanDto"][];
            /** @description Empty or absent: not working that day */
            thursday?: components["schemas"]["TimeSpanDto"][];
            /** @description Empty or absent: not working that day */
            tuesday?: components["schemas"]["TimeSpanDto"][];
            /** @description Empty or absent: not working that day */
            wednesday?: components["schemas"]["TimeSpanDto"][];
        };
        /** @description 422 `WORK_LONGER_THAN_WORKING_SPAN`: the work takes longer than `maxVisits` visits of the engineers’ longest working span: no run of visits could hold it */
        WorkLongerThanWorkingSpanProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /** @enum {string} */
            code: "WORK_LONGER_THAN_WORKING_SPAN";
            /**
             * @description How long the work takes
             * @example 3000
             */
            durationMinutes: number;
            /**
             * @description The longest working span
             * @example 480
             */
            longestSpanMinutes: number;
            /**
             * @description The most visits a booking may have
             * @example 5
             */
            maxVisits: number;
            /** @enum {integer} */
            status?: 422;
        };
        /** @description 409 `WORK_NOT_STARTED`: no task of the booking has started: start its installation first */
        WorkNotStartedProblem: components["schemas"]["ProblemDetailsResponse"] & {
            /**
             * Format: uuid
             * @description The booking
             * @example 3f1c2a9e-8b7d-4c6e-9f01-2a3b4c5d6e7f
             */
            bookingId: string;
            /** @enum {string} */
            code: "WORK_NOT_STARTED";
            /** @enum {integer} */
            status?: 409;
        };
    };
    responses: {
        /** @description - `ACCESS_DENIED`: the caller’s role may not use this operation (`x-roles` lists who may) */
        AccessDenied: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["AccessDeniedProblem"];
            };
        };
        /** @description - `APPOINTMENT_NOT_FOUND`: no appointment has this link: it was never issued, or has been replaced since */
        AppointmentNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["AppointmentNotFoundProblem"];
            };
        };
        /** @description - `AUTHENTICATION_REQUIRED`: no credentials, both a bearer token and an API key, or a token or API key that is invalid, expired or revoked */
        AuthenticationRequired: {
            headers: {
                /** @description The scheme that would succeed: `Bearer` */
                "WWW-Authenticate"?: string;
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["AuthenticationRequiredProblem"];
            };
        };
        /**
         * @description - `BODY_TOO_DEEP` (with `limit`): the JSON body nests objects and arrays more than 32 levels deep
         *     - `MALFORMED_JSON`: the body sent as `application/json` is not valid JSON
         *     - `VALIDATION_FAILED`: a parameter, header or body field is invalid: each is named in `errors`
         */
        BodyTooDeepOrMalformedJsonOrValidationFailed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["BodyTooDeepProblem"] | components["schemas"]["MalformedJsonProblem"] | components["schemas"]["ValidationFailedProblem"];
            };
        };
        /** @description - `BOOKING_NOT_FOUND` (with `resource`, `id`): no booking has that id (an engineer sees only their own) */
        BookingNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["BookingNotFoundProblem"];
            };
        };
        /** @description - `CUSTOMER_NOT_FOUND` (with `resource`, `id`): no customer has that id */
        CustomerNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["CustomerNotFoundProblem"];
            };
        };
        /**
         * @description - `DATABASE_UNAVAILABLE`: the database is down, did not answer in time or was locked past the limit; retry after the seconds in `Retry-After`
         *     - `SHUTTING_DOWN`: this instance is stopping: send the request again, it reaches another instance
         */
        DatabaseUnavailableOrShuttingDown: {
            headers: {
                /** @description Seconds to wait before retrying */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["DatabaseUnavailableProblem"] | components["schemas"]["ShuttingDownProblem"];
            };
        };
        /** @description - `ENGINEER_NOT_FOUND` (with `resource`, `id`): no engineer has that id (an engineer may read only their own) */
        EngineerNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["EngineerNotFoundProblem"];
            };
        };
        /** @description - `IDEMPOTENCY_KEY_REUSED` (with `orderId`): the `Idempotency-Key` was already used by another client, or with a different body (then `orderId` names the order it placed) */
        IdempotencyKeyReused: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["IdempotencyKeyReusedProblem"];
            };
        };
        /** @description - `ILLEGAL_STATE_TRANSITION` (with `currentStatus`, `attemptedStatus`, `allowedStatuses`): the resource’s current status does not allow the move: `allowedStatuses` lists the ones it does (empty: it is final) */
        IllegalTransition: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["IllegalTransitionProblem"];
            };
        };
        /**
         * @description - `ILLEGAL_STATE_TRANSITION` (with `currentStatus`, `attemptedStatus`, `allowedStatuses`): the resource’s current status does not allow the move: `allowedStatuses` lists the ones it does (empty: it is final)
         *     - `TOO_EARLY_TO_START` (with `bookingId`, `earliestAt`): the appointment’s day has not begun: the work may start from `earliestAt`
         */
        IllegalTransitionOrTooEarlyToStart: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["IllegalTransitionProblem"] | components["schemas"]["TooEarlyToStartProblem"];
            };
        };
        /**
         * @description - `INSTALLATION_IN_PROGRESS` (with `orderId`): the engineer has started the work: complete the booking instead
         *     - `INSTALLATION_NOT_BOOKABLE` (with `orderId`, `serviceStatus`): the order’s installation is not waiting for a booking (only pending or scheduled work can be booked)
         */
        InstallationInProgressOrInstallationNotBookable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["InstallationInProgressProblem"] | components["schemas"]["InstallationNotBookableProblem"];
            };
        };
        /** @description - `INSTALLATION_NOT_FOUND` (with `orderId`): the order is unknown, has nothing to fit, or was placed so recently that its installation is not recorded yet */
        InstallationNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["InstallationNotFoundProblem"];
            };
        };
        /** @description - `ENGINEER_NOT_FOUND`: no engineer has the `engineerId` the user is to act for */
        LinkedEngineerNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["LinkedEngineerNotFoundProblem"];
            };
        };
        /** @description - `ORDER_NOT_FOUND` (with `resource`, `id`): no order has that id, or the caller may not see it */
        OrderNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["OrderNotFoundProblem"];
            };
        };
        /** @description - `PAYLOAD_TOO_LARGE`: the body is larger than the server accepts */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
            };
        };
        /** @description - `PRODUCT_NOT_FOUND` (with `resource`, `id`): no product has that id */
        ProductNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ProductNotFoundProblem"];
            };
        };
        /** @description - `PRODUCT_SKU_TAKEN` (with `sku`): another product already uses the SKU */
        ProductSkuTaken: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ProductSkuTakenProblem"];
            };
        };
        /** @description - `SERVICE_NOT_FOUND` (with `resource`, `id`): no service has that id (an engineer sees only their own) */
        ServiceNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ServiceNotFoundProblem"];
            };
        };
        /** @description - `TOO_MANY_REQUESTS`: the client address (on sign-in also the e-mail) sent too many requests; wait the seconds in `Retry-After` */
        TooManyRequests: {
            headers: {
                /** @description Seconds until the limit resets */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["TooManyRequestsProblem"];
            };
        };
        /** @description - `UNSUPPORTED_MEDIA_TYPE`: the body is sent in a media type other than `application/json` */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["UnsupportedMediaTypeProblem"];
            };
        };
        /** @description - `USER_NOT_FOUND` (with `resource`, `id`): no user has that id */
        UserNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["UserNotFoundProblem"];
            };
        };
        /** @description - `VALIDATION_FAILED`: a parameter, header or body field is invalid: each is named in `errors` */
        ValidationFailed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ValidationFailedProblem"];
            };
        };
        /** @description - `VEHICLE_NOT_FOUND` (with `resource`, `id`): no vehicle has that id (or it is not this customer’s) */
        VehicleNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["VehicleNotFoundProblem"];
            };
        };
        /** @description - `VEHICLE_REGISTRATION_TAKEN` (with `customerId`, `registration`, `vehicleId`): the customer already has (another) vehicle with the registration, named by `vehicleId` when known */
        VehicleRegistrationTaken: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["VehicleRegistrationTakenProblem"];
            };
        };
        /** @description - `WEBHOOK_NOT_FOUND` (with `resource`, `id`): no webhook endpoint has that id (an API key sees only its own) */
        WebhookNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["WebhookNotFoundProblem"];
            };
        };
        /** @description - `WORK_LONGER_THAN_WORKING_SPAN` (with `durationMinutes`, `longestSpanMinutes`, `maxVisits`): the work takes longer than `maxVisits` visits of the engineers’ longest working span: no run of visits could hold it */
        WorkLongerThanWorkingSpan: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["WorkLongerThanWorkingSpanProblem"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listOutboxEvents: {
        parameters: {
            query?: {
                /** @description Opaque cursor: the `nextCursor` of the previous page */
                cursor?: string;
                limit?: number;
                /** @description `failed`: events with a delivery parked after its last attempt */
                status?: "pending" | "delivered" | "failed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutboxEventResponsePage"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    retryOutboxEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutboxEventResponse"];
                };
            };
            400: components["responses"]["BodyTooDeepOrMalformedJsonOrValidationFailed"];
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            /** @description - `EVENT_NOT_FOUND` (with `resource`, `id`): no event has that id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["EventNotFoundProblem"];
                };
            };
            /** @description - `EVENT_NOT_FAILED` (with `status`): the event has no failed delivery to re-send */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["EventNotFailedProblem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    listApiKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyResponse"][];
                };
            };
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiKeyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiKeyResponse"];
                };
            };
            400: components["responses"]["BodyTooDeepOrMalformedJsonOrValidationFailed"];
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked (also when it already was) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BodyTooDeepOrMalformedJsonOrValidationFailed"];
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            /** @description - `API_KEY_NOT_FOUND` (with `resource`, `id`): no API key has that id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiKeyNotFoundProblem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    getAppointment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The secret of the appointment’s link */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentResponse"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            404: components["responses"]["AppointmentNotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    getAppointmentAvailability: {
        parameters: {
            query: {
                /** @description Slots starting at or after this instant */
                from: string;
                /** @description Slots starting before this instant; at most 31 days after from */
                to: string;
            };
            header?: never;
            path: {
                /** @description The secret of the appointment’s link */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentAvailabilityResponse"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            /**
             * @description - `APPOINTMENT_NOT_FOUND`: no appointment has this link: it was never issued, or has been replaced since
             *     - `INSTALLATION_NOT_FOUND` (with `orderId`): the order is unknown, has nothing to fit, or was placed so recently that its installation is not recorded yet
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AppointmentNotFoundProblem"] | components["schemas"]["InstallationNotFoundProblem"];
                };
            };
            /**
             * @description - `APPOINTMENT_CLOSED` (with `currentStatus`, `workStarted`): the appointment is no longer open to changes: it was cancelled, completed or marked a no-show, or the work has started (`workStarted`)
             *     - `CHANGE_TOO_LATE` (with `changeableUntil`, `cutoffHours`): the appointment is too close to be changed through its link: from `changeableUntil`, `settings.customerChangeCutoffHours` before its first visit
             *     - `INSTALLATION_IN_PROGRESS` (with `orderId`): the engineer has started the work: complete the booking instead
             *     - `INSTALLATION_NOT_BOOKABLE` (with `orderId`, `serviceStatus`): the order’s installation is not waiting for a booking (only pending or scheduled work can be booked)
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AppointmentClosedProblem"] | components["schemas"]["ChangeTooLateProblem"] | components["schemas"]["InstallationInProgressProblem"] | components["schemas"]["InstallationNotBookableProblem"];
                };
            };
            422: components["responses"]["WorkLongerThanWorkingSpan"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    cancelAppointment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The secret of the appointment’s link */
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelAppointmentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentResponse"];
                };
            };
            400: components["responses"]["BodyTooDeepOrMalformedJsonOrValidationFailed"];
            404: components["responses"]["AppointmentNotFound"];
            /**
             * @description - `APPOINTMENT_CLOSED` (with `currentStatus`, `workStarted`): the appointment is no longer open to changes: it was cancelled, completed or marked a no-show, or the work has started (`workStarted`)
             *     - `CHANGE_TOO_LATE` (with `changeableUntil`, `cutoffHours`): the appointment is too close to be changed through its link: from `changeableUntil`, `settings.customerChangeCutoffHours` before its first visit
             *     - `ILLEGAL_STATE_TRANSITION` (with `currentStatus`, `attemptedStatus`, `allowedStatuses`): the resource’s current status does not allow the move: `allowedStatuses` lists the ones it does (empty: it is final)
             *     - `INSTALLATION_IN_PROGRESS` (with `orderId`): the engineer has started the work: complete the booking instead
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AppointmentClosedProblem"] | components["schemas"]["ChangeTooLateProblem"] | components["schemas"]["IllegalTransitionProblem"] | components["schemas"]["InstallationInProgressProblem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    rescheduleAppointment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The secret of the appointment’s link */
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RescheduleAppointmentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentResponse"];
                };
            };
            400: components["responses"]["BodyTooDeepOrMalformedJsonOrValidationFailed"];
            /**
             * @description - `APPOINTMENT_NOT_FOUND`: no appointment has this link: it was never issued, or has been replaced since
             *     - `ENGINEER_NOT_FOUND` (with `resource`, `id`): no engineer has that id (an engineer may read only their own)
             *     - `INSTALLATION_NOT_FOUND` (with `orderId`): the order is unknown, has nothing to fit, or was placed so recently that its installation is not recorded yet
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AppointmentNotFoundProblem"] | components["schemas"]["EngineerNotFoundProblem"] | components["schemas"]["InstallationNotFoundProblem"];
                };
            };
            /**
             * @description - `APPOINTMENT_CLOSED` (with `currentStatus`, `workStarted`): the appointment is no longer open to changes: it was cancelled, completed or marked a no-show, or the work has started (`workStarted`)
             *     - `BOOKING_CHANGED` (with `bookingId`): another request changed the booking meanwhile: read it again and retry
             *     - `BOOKING_CONFLICT` (with `engineerId`, `conflictingBooking`): the engineer has another booking at that time: `conflictingBooking` names it (empty when the database found the overlap)
             *     - `BOOKING_NOT_SCHEDULED` (with `currentStatus`): only a scheduled booking can be rescheduled
             *     - `CHANGE_TOO_LATE` (with `changeableUntil`, `cutoffHours`): the appointment is too close to be changed through its link: from `changeableUntil`, `settings.customerChangeCutoffHours` before its first visit
             *     - `INSTALLATION_IN_PROGRESS` (with `orderId`): the engineer has started the work: complete the booking instead
             *     - `INSTALLATION_NOT_BOOKABLE` (with `orderId`, `serviceStatus`): the order’s installation is not waiting for a booking (only pending or scheduled work can be booked)
             *     - `SLOT_HELD` (with `engineerId`, `heldUntil`): the engineer’s time then (or the travel time next to it) is held for another order’s checkout until `heldUntil`: choose another slot, or try again after it
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AppointmentClosedProblem"] | components["schemas"]["BookingChangedProblem"] | components["schemas"]["BookingConflictProblem"] | components["schemas"]["BookingNotScheduledProblem"] | components["schemas"]["ChangeTooLateProblem"] | components["schemas"]["InstallationInProgressProblem"] | components["schemas"]["InstallationNotBookableProblem"] | components["schemas"]["SlotHeldProblem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /**
             * @description - `DAILY_CAPACITY_REACHED` (with `date`, `maxJobsPerDay`): the engineer already has `maxJobsPerDay` jobs on `date`
             *     - `ENGINEER_INACTIVE` / `ENGINEER_LACKS_SKILLS` / `ENGINEER_DOES_NOT_COVER_AREA` (with `engineerId`, `missingSkills`, `postcode`): the engineer is inactive, lacks a skill the work needs (`missingSkills`), or does not cover the installation postcode
             *     - `ENGINEER_ON_TIME_OFF` (with `timeOff`): the engineer has time off then, named in `timeOff`
             *     - `OUTSIDE_WORKING_HOURS`: the engineer does not work the whole of that time in one working span
             *     - `SLOT_NOT_ON_GRID` (with `slotMinutes`): appointments start every `slotMinutes` minutes from midnight, business time
             *     - `SLOT_TOO_SOON` (with `earliestStart`): the start is inside the lead time: the earliest possible start is `earliestStart`
             *     - `TOO_MANY_VISITS` (with `maxVisits`): from that start the work would need more than `maxVisits` visits: start earlier in a day
             *     - `TRAVEL_BUFFER_NOT_KEPT` (with `travelBufferMinutes`, `travelMinutes`, `nearbyBooking`): the engineer needs `travelMinutes` to travel between that job and `nearbyBooking` (never less than the flat `travelBufferMinutes`), and the two are closer than that
             *     - `TRAVEL_FROM_HOME_NOT_KEPT` (with `travelMinutes`, `earliestStart`): with `settings.travelFromHome`, the day’s first job starts no sooner than `travelMinutes` from the engineer’s home base after the working day begins: `earliestStart`
             *     - `WORK_LONGER_THAN_WORKING_SPAN` (with `durationMinutes`, `longestSpanMinutes`, `maxVisits`): the work takes longer than `maxVisits` visits of the engineers’ longest working span: no run of visits could hold it
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["DailyCapacityReachedProblem"] | components["schemas"]["EngineerNotEligibleProblem"] | components["schemas"]["EngineerOnTimeOffProblem"] | components["schemas"]["OutsideWorkingHoursProblem"] | components["schemas"]["SlotNotOnGridProblem"] | components["schemas"]["SlotTooSoonProblem"] | components["schemas"]["TooManyVisitsProblem"] | components["schemas"]["TravelBufferNotKeptProblem"] | components["schemas"]["TravelFromHomeNotKeptProblem"] | components["schemas"]["WorkLongerThanWorkingSpanProblem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "accessToken": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIwMDAwMDAwMSJ9.signature",
                     *       "expiresIn": 900,
                     *       "refreshToken": "xWrshQiLE7jf3wWaomdxuTownRY0zRHP2m2QmS3iwmU",
                     *       "refreshTokenExpiresAt": "2026-12-16T05:11:25.720Z",
                     *       "tokenType": "Bearer"
                     *     }
                     */
                    "application/json": components["schemas"]["TokenPairResponse"];
                };
            };
            400: components["responses"]["BodyTooDeepOrMalformedJsonOrValidationFailed"];
            /** @description - `INVALID_CREDENTIALS`: the e-mail address or password is wrong, or the user is deactivated (one answer for all three) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshTokenDto"];
            };
        };
        responses: {
            /** @description Signed out */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BodyTooDeepOrMalformedJsonOrValidationFailed"];
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    getCurrentUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    refreshTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshTokenDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairResponse"];
                };
            };
            400: components["responses"]["BodyTooDeepOrMalformedJsonOrValidationFailed"];
            /** @description - `INVALID_REFRESH_TOKEN`: the refresh token is unknown, expired or revoked, or its user was deactivated: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidRefreshTokenProblem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    listBookings: {
        parameters: {
            query?: {
                /** @description Opaque cursor: the `nextCursor` of the previous page */
                cursor?: string;
                /** @description Bookings starting on this day in the business time zone */
                date?: string;
                engineerId?: string;
                /** @description Bookings starting at or after this instant */
                from?: string;
                limit?: number;
                status?: components["schemas"]["BookingStatus"];
                /** @description Bookings starting before this instant */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookingResponsePage"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    createBooking: {
        parameters: {
            query?: never;
            header?: {
                /** @description Client-chosen key, 1-255 visible ASCII characters */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateBookingDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "audit": [
                     *         {
                     *           "action": "created",
                     *           "actor": "user:0000000c-0000-4000-8000-00000000000c",
                     *           "actorDetails": {
                     *             "id": "0000000c-0000-4000-8000-00000000000c",
                     *             "name": "Dana Dispatcher",
                     *             "type": "user"
                     *           },
                     *           "at": "2026-12-02T05:11:26.044Z",
                     *           "newEnd": "2030-01-07T10:00:00.000Z",
                     *           "newEngineerId": "00000009-0000-4000-8000-000000000009",
                     *           "newStart": "2030-01-07T09:00:00.000Z",
                     *           "newStatus": "scheduled",
                     *           "oldEnd": null,
                     *           "oldEngineerId": null,
                     *           "oldStart": null,
                     *           "oldStatus": null,
                     *           "reason": null
                     *         }
                     *       ],
                     *       "cancellationReason": null,
                     *       "createdAt": "2026-12-02T05:11:26.006Z",
                     *       "end": "2030-01-07T10:00:00.000Z",
                     *       "engineerId": "00000009-0000-4000-8000-000000000009",
                     *       "id": "0000000a-0000-4000-8000-00000000000a",
                     *       "noShowReason": null,
                     *       "notes": null,
                     *       "notifications": [],
                     *       "orderId": "00000005-0000-4000-8000-000000000005",
                     *       "outcome": {
                     *         "completed": [],
                     *         "failed": []
                     *       },
                     *       "serviceIds": [
                     *         "0000000b-0000-4000-8000-00000000000b"
                     *       ],
                     *       "start": "2030-01-07T09:00:00.000Z",
                     *       "startedAt": null,
                     *       "status": "scheduled",
                     *       "updatedAt": "2026-12-02T05:11:26.006Z",
                     *       "visits": [
                     *         {
                     *           "end": "2030-01-07T10:00:00.000Z",
                     *           "start": "2030-01-07T09:00:00.000Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BookingDetailResponse"];
                };
            };
            400: components["responses"]["BodyTooDeepOrMalformedJsonOrValidationFailed"];
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            /**
             * @description - `ENGINEER_NOT_FOUND` (with `resource`, `id`): no engineer has that id (an engineer may read only their own)
             *     - `HOLD_NOT_FOUND` (with `resource`, `id`): no hold has that id: never made, already booked with, replaced by a newer hold of its order, or expired more than a day ago
             *     - `INSTALLATION_NOT_FOUND` (with `orderId`): the order is unknown, has nothing to fit, or was placed so recently that its installation is not recorded yet
             *     - `ORDER_NOT_FOUND` (with `resource`, `id`): no order has that id, or the caller may not see it
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["EngineerNotFoundProblem"] | components["schemas"]["HoldNotFoundProblem"] | components["schemas"]["InstallationNotFoundProblem"] | components["schemas"]["OrderNotFoundProblem"];
                };
            };
            /**
             * @description - `BOOKING_CONFLICT` (with `engineerId`, `conflictingBooking`): the engineer has another booking at that time: `conflictingBooking` names it (empty when the database found the overlap)
             *     - `HOLD_EXPIRED` (with `holdId`, `expiredAt`, `alternatives`): the hold expired at `expiredAt` and keeps nothing any more; `alternatives` are the order’s free slots nearest the held start (empty when the order can no longer be booked): hold one of them
             *     - `HOLD_FOR_ANOTHER_ORDER` / `HOLD_MISMATCH` (with `holdId`, `field`): the hold keeps time for another order (`HOLD_FOR_ANOTHER_ORDER`), or the `engineerId` or `start` sent with it differ from the hold’s (`HOLD_MISMATCH`, naming `field`): send `holdId` alone
             *     - `IDEMPOTENCY_KEY_REUSED` (with `bookingId`): the `Idempotency-Key` was already used by another client, or with a different body (then `bookingId` names the booking it made)
             *     - `INSTALLATION_IN_PROGRESS` (with `orderId`): the engineer has started the work: complete the booking instead
             *     - `INSTALLATION_NOT_BOOKABLE` (with `orderId`, `serviceStatus`): the order’s installation is not waiting for a booking (only pending or scheduled work can be booked)
             *     - `NO_SERVICE_TO_SCHEDULE` (with `orderId`, `serviceStatuses`): none of the order’s services is waiting for an engineer (`serviceStatuses` lists theirs)
             *     - `ORDER_ALREADY_BOOKED` (with `orderId`, `existingBooking`): the order has an active booking, named in `existingBooking`: reschedule or cancel it
             *     - `ORDER_CANCELLED` / `ORDER_FULFILLED` (with `orderId`, `status`): the order is cancelled or already fulfilled: it takes no new work
             *     - `SLOT_HELD` (with `engineerId`, `heldUntil`): the engineer’s time then (or the travel time next to it) is held for another order’s checkout until `heldUntil`: choose another slot, or try again after it
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BookingConflictProblem"] | components["schemas"]["HoldExpiredProblem"] | components["schemas"]["HoldMismatchProblem"] | components["schemas"]["BookingIdempotencyKeyReusedProblem"] | components["schemas"]["InstallationInProgressProblem"] | components["schemas"]["InstallationNotBookableProblem"] | components["schemas"]["NoServiceToScheduleProblem"] | components["schemas"]["OrderAlreadyBookedProblem"] | components["schemas"]["OrderClosedProblem"] | components["schemas"]["SlotHeldProblem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /**
             * @description - `DAILY_CAPACITY_REACHED` (with `date`, `maxJobsPerDay`): the engineer already has `maxJobsPerDay` jobs on `date`
             *     - `ENGINEER_INACTIVE` / `ENGINEER_LACKS_SKILLS` / `ENGINEER_DOES_NOT_COVER_AREA` (with `engineerId`, `missingSkills`, `postcode`): the engineer is inactive, lacks a skill the work needs (`missingSkills`), or does not cover the installation postcode
             *     - `ENGINEER_ON_TIME_OFF` (with `timeOff`): the engineer has time off then, named in `timeOff`
             *     - `OUTSIDE_WORKING_HOURS`: the engineer does not work the whole of that time in one working span
             *     - `SLOT_NOT_ON_GRID` (with `slotMinutes`): appointments start every `slotMinutes` minutes from midnight, business time
             *     - `SLOT_TOO_SOON` (with `earliestStart`): the start is inside the lead time: the earliest possible start is `earliestStart`
             *     - `TOO_MANY_VISITS` (with `maxVisits`): from that start the work would need more than `maxVisits` visits: start earlier in a day
             *     - `TRAVEL_BUFFER_NOT_KEPT` (with `travelBufferMinutes`, `travelMinutes`, `nearbyBooking`): the engineer needs `travelMinutes` to travel between that job and `nearbyBooking` (never less than the flat `travelBufferMinutes`), and the two are closer than that
             *     - `TRAVEL_FROM_HOME_NOT_KEPT` (with `travelMinutes`, `earliestStart`): with `settings.travelFromHome`, the day’s first job starts no sooner than `travelMinutes` from the engineer’s home base after the working day begins: `earliestStart`
             *     - `WORK_LONGER_THAN_WORKING_SPAN` (with `durationMinutes`, `longestSpanMinutes`, `maxVisits`): the work takes longer than `maxVisits` visits of the engineers’ longest working span: no run of visits could hold it
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["DailyCapacityReachedProblem"] | components["schemas"]["EngineerNotEligibleProblem"] | components["schemas"]["EngineerOnTimeOffProblem"] | components["schemas"]["OutsideWorkingHoursProblem"] | components["schemas"]["SlotNotOnGridProblem"] | components["schemas"]["SlotTooSoonProblem"] | components["schemas"]["TooManyVisitsProblem"] | components["schemas"]["TravelBufferNotKeptProblem"] | components["schemas"]["TravelFromHomeNotKeptProblem"] | components["schemas"]["WorkLongerThanWorkingSpanProblem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    getBooking: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookingDetailResponse"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            404: components["responses"]["BookingNotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    rescheduleBooking: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description The fields to change, as a JSON object; a `null` body is refused (400) */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RescheduleBookingDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookingDetailResponse"];
                };
            };
            400: components["responses"]["BodyTooDeepOrMalformedJsonOrValidationFailed"];
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            /**
             * @description - `BOOKING_NOT_FOUND` (with `resource`, `id`): no booking has that id (an engineer sees only their own)
             *     - `ENGINEER_NOT_FOUND` (with `resource`, `id`): no engineer has that id (an engineer may read only their own)
             *     - `INSTALLATION_NOT_FOUND` (with `orderId`): the order is unknown, has nothing to fit, or was placed so recently that its installation is not recorded yet
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BookingNotFoundProblem"] | components["schemas"]["EngineerNotFoundProblem"] | components["schemas"]["InstallationNotFoundProblem"];
                };
            };
            /**
             * @description - `BOOKING_CHANGED` (with `bookingId`): another request changed the booking meanwhile: read it again and retry
             *     - `BOOKING_CONFLICT` (with `engineerId`, `conflictingBooking`): the engineer has another booking at that time: `conflictingBooking` names it (empty when the database found the overlap)
             *     - `BOOKING_NOT_SCHEDULED` (with `currentStatus`): only a scheduled booking can be rescheduled
             *     - `INSTALLATION_IN_PROGRESS` (with `orderId`): the engineer has started the work: complete the booking instead
             *     - `INSTALLATION_NOT_BOOKABLE` (with `orderId`, `serviceStatus`): the order’s installation is not waiting for a booking (only pending or scheduled work can be booked)
             *     - `SLOT_HELD` (with `engineerId`, `heldUntil`): the engineer’s time then (or the travel time next to it) is held for another order’s checkout until `heldUntil`: choose another slot, or try again after it
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BookingChangedProblem"] | components["schemas"]["BookingConflictProblem"] | components["schemas"]["BookingNotScheduledProblem"] | components["schemas"]["InstallationInProgressProblem"] | components["schemas"]["InstallationNotBookableProblem"] | components["schemas"]["SlotHeldProblem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /**
             * @description - `DAILY_CAPACITY_REACHED` (with `date`, `maxJobsPerDay`): the engineer already has `maxJobsPerDay` jobs on `date`
             *     - `ENGINEER_INACTIVE` / `ENGINEER_LACKS_SKILLS` / `ENGINEER_DOES_NOT_COVER_AREA` (with `engineerId`, `missingSkills`, `postcode`): the engineer is inactive, lacks a skill the work needs (`missingSkills`), or does not cover the installation postcode
             *     - `ENGINEER_ON_TIME_OFF` (with `timeOff`): the engineer has time off then, named in `timeOff`
             *     - `OUTSIDE_WORKING_HOURS`: the engineer does not work the whole of that time in one working span
             *     - `SLOT_NOT_ON_GRID` (with `slotMinutes`): appointments start every `slotMinutes` minutes from midnight, business time
             *     - `SLOT_TOO_SOON` (with `earliestStart`): the start is inside the lead time: the earliest possible start is `earliestStart`
             *     - `TOO_MANY_VISITS` (with `maxVisits`): from that start the work would need more than `maxVisits` visits: start earlier in a day
             *     - `TRAVEL_BUFFER_NOT_KEPT` (with `travelBufferMinutes`, `travelMinutes`, `nearbyBooking`): the engineer needs `travelMinutes` to travel between that job and `nearbyBooking` (never less than the flat `travelBufferMinutes`), and the two are closer than that
             *     - `TRAVEL_FROM_HOME_NOT_KEPT` (with `travelMinutes`, `earliestStart`): with `settings.travelFromHome`, the day’s first job starts no sooner than `travelMinutes` from the engineer’s home base after the working day begins: `earliestStart`
             *     - `WORK_LONGER_THAN_WORKING_SPAN` (with `durationMinutes`, `longestSpanMinutes`, `maxVisits`): the work takes longer than `maxVisits` visits of the engineers’ longest working span: no run of visits could hold it
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["DailyCapacityReachedProblem"] | components["schemas"]["EngineerNotEligibleProblem"] | components["schemas"]["EngineerOnTimeOffProblem"] | components["schemas"]["OutsideWorkingHoursProblem"] | components["schemas"]["SlotNotOnGridProblem"] | components["schemas"]["SlotTooSoonProblem"] | components["schemas"]["TooManyVisitsProblem"] | components["schemas"]["TravelBufferNotKeptProblem"] | components["schemas"]["TravelFromHomeNotKeptProblem"] | components["schemas"]["WorkLongerThanWorkingSpanProblem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    cancelBooking: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelBookingDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookingDetailResponse"];
                };
            };
            400: components["responses"]["BodyTooDeepOrMalformedJsonOrValidationFailed"];
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            404: components["responses"]["BookingNotFound"];
            /**
             * @description - `ILLEGAL_STATE_TRANSITION` (with `currentStatus`, `attemptedStatus`, `allowedStatuses`): the resource’s current status does not allow the move: `allowedStatuses` lists the ones it does (empty: it is final)
             *     - `INSTALLATION_IN_PROGRESS` (with `orderId`): the engineer has started the work: complete the booking instead
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IllegalTransitionProblem"] | components["schemas"]["InstallationInProgressProblem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    completeBooking: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookingDetailResponse"];
                };
            };
            400: components["responses"]["BodyTooDeepOrMalformedJsonOrValidationFailed"];
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            404: components["responses"]["BookingNotFound"];
            /**
             * @description - `DEVICES_NOT_REPORTED` (with `serviceIds`): the tasks listed in `serviceIds` fit devices with identifiers: complete each with its devices (`POST /api/v1/services/{id}/complete`)
             *     - `ILLEGAL_STATE_TRANSITION` (with `currentStatus`, `attemptedStatus`, `allowedStatuses`): the resource’s current status does not allow the move: `allowedStatuses` lists the ones it does (empty: it is final)
             *     - `WORK_NOT_STARTED` (with `bookingId`): no task of the booking has started: start its installation first
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["DevicesNotReportedProblem"] | components["schemas"]["IllegalTransitionProblem"] | components["schemas"]["WorkNotStartedProblem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    getBookingCustomerLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerLinkUrlResponse"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            404: components["responses"]["BookingNotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    rotateBookingCustomerLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerLinkUrlResponse"];
                };
            };
            400: components["responses"]["BodyTooDeepOrMalformedJsonOrValidationFailed"];
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            404: components["responses"]["BookingNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    markBookingNoShow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NoShowBookingDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookingDetailResponse"];
                };
            };
            400: components["responses"]["BodyTooDeepOrMalformedJsonOrValidationFailed"];
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            404: components["responses"]["BookingNotFound"];
            /**
             * @description - `APPOINTMENT_NOT_STARTED` (with `bookingId`, `earliestAt`): the appointment has not begun (it starts at `earliestAt`): it cannot be a no-show yet
             *     - `ILLEGAL_STATE_TRANSITION` (with `currentStatus`, `attemptedStatus`, `allowedStatuses`): the resource’s current status does not allow the move: `allowedStatuses` lists the ones it does (empty: it is final)
             *     - `INSTALLATION_IN_PROGRESS` (with `orderId`): the engineer has started the work: complete the booking instead
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AppointmentNotStartedProblem"] | components["schemas"]["IllegalTransitionProblem"] | components["schemas"]["InstallationInProgressProblem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    getBookingAvailability: {
        parameters: {
            query: {
                /** @description Only this engineer */
                engineerId?: string;
                /** @description Add `excluded` (every engineer considered and left out, with the first rule that excluded them) and, when there is no slot, `nextAvailableDate` */
                explain?: boolean;
                /** @description Slots starting at or after this instant */
                from: string;
                orderId: string;
                /** @description Slots starting before this instant; at most 31 days after from */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "durationMinutes": 60,
                     *       "slots": [
                     *         {
                     *           "end": "2030-01-07T10:00:00.000Z",
                     *           "engineerId": "00000009-0000-4000-8000-000000000009",
                     *           "engineerName": "Engineer 002",
                     *           "start": "2030-01-07T09:00:00.000Z",
                     *           "visits": [
                     *             {
                     *               "end": "2030-01-07T10:00:00.000Z",
                     *               "start": "2030-01-07T09:00:00.000Z"
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "end": "2030-01-07T10:30:00.000Z",
                     *           "engineerId": "00000009-0000-4000-8000-000000000009",
                     *           "engineerName": "Engineer 002",
                     *           "start": "2030-01-07T09:30:00.000Z",
                     *           "visits": [
                     *             {
                     *               "end": "2030-01-07T10:30:00.000Z",
                     *               "start": "2030-01-07T09:30:00.000Z"
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["AvailabilityResponse"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            404: components["responses"]["InstallationNotFound"];
            409: components["responses"]["InstallationInProgressOrInstallationNotBookable"];
            422: components["responses"]["WorkLongerThanWorkingSpan"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    holdBookingSlot: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateBookingHoldDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookingHoldResponse"];
                };
            };
            400: components["responses"]["BodyTooDeepOrMalformedJsonOrValidationFailed"];
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            /**
             * @description - `ENGINEER_NOT_FOUND` (with `resource`, `id`): no engineer has that id (an engineer may read only their own)
             *     - `INSTALLATION_NOT_FOUND` (with `orderId`): the order is unknown, has nothing to fit, or was placed so recently that its installation is not recorded yet
             *     - `ORDER_NOT_FOUND` (with `resource`, `id`): no order has that id, or the caller may not see it
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["EngineerNotFoundProblem"] | components["schemas"]["InstallationNotFoundProblem"] | components["schemas"]["OrderNotFoundProblem"];
                };
            };
            /**
             * @description - `BOOKING_CONFLICT` (with `engineerId`, `conflictingBooking`): the engineer has another booking at that time: `conflictingBooking` names it (empty when the database found the overlap)
             *     - `INSTALLATION_IN_PROGRESS` (with `orderId`): the engineer has started the work: complete the booking instead
             *     - `INSTALLATION_NOT_BOOKABLE` (with `orderId`, `serviceStatus`): the order’s installation is not waiting for a booking (only pending or scheduled work can be booked)
             *     - `ORDER_ALREADY_BOOKED` (with `orderId`, `existingBooking`): the order has an active booking, named in `existingBooking`: reschedule or cancel it
             *     - `ORDER_CANCELLED` / `ORDER_FULFILLED` (with `orderId`, `status`): the order is cancelled or already fulfilled: it takes no new work
             *     - `SLOT_HELD` (with `engineerId`, `heldUntil`): the engineer’s time then (or the travel time next to it) is held for another order’s checkout until `heldUntil`: choose another slot, or try again after it
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BookingConflictProblem"] | components["schemas"]["InstallationInProgressProblem"] | components["schemas"]["InstallationNotBookableProblem"] | components["schemas"]["OrderAlreadyBookedProblem"] | components["schemas"]["OrderClosedProblem"] | components["schemas"]["SlotHeldProblem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /**
             * @description - `DAILY_CAPACITY_REACHED` (with `date`, `maxJobsPerDay`): the engineer already has `maxJobsPerDay` jobs on `date`
             *     - `ENGINEER_INACTIVE` / `ENGINEER_LACKS_SKILLS` / `ENGINEER_DOES_NOT_COVER_AREA` (with `engineerId`, `missingSkills`, `postcode`): the engineer is inactive, lacks a skill the work needs (`missingSkills`), or does not cover the installation postcode
             *     - `ENGINEER_ON_TIME_OFF` (with `timeOff`): the engineer has time off then, named in `timeOff`
             *     - `OUTSIDE_WORKING_HOURS`: the engineer does not work the whole of that time in one working span
             *     - `SLOT_NOT_ON_GRID` (with `slotMinutes`): appointments start every `slotMinutes` minutes from midnight, business time
             *     - `SLOT_TOO_SOON` (with `earliestStart`): the start is inside the lead time: the earliest possible start is `earliestStart`
             *     - `TOO_MANY_VISITS` (with `maxVisits`): from that start the work would need more than `maxVisits` visits: start earlier in a day
             *     - `TRAVEL_BUFFER_NOT_KEPT` (with `travelBufferMinutes`, `travelMinutes`, `nearbyBooking`): the engineer needs `travelMinutes` to travel between that job and `nearbyBooking` (never less than the flat `travelBufferMinutes`), and the two are closer than that
             *     - `TRAVEL_FROM_HOME_NOT_KEPT` (with `travelMinutes`, `earliestStart`): with `settings.travelFromHome`, the day’s first job starts no sooner than `travelMinutes` from the engineer’s home base after the working day begins: `earliestStart`
             *     - `WORK_LONGER_THAN_WORKING_SPAN` (with `durationMinutes`, `longestSpanMinutes`, `maxVisits`): the work takes longer than `maxVisits` visits of the engineers’ longest working span: no run of visits could hold it
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["DailyCapacityReachedProblem"] | components["schemas"]["EngineerNotEligibleProblem"] | components["schemas"]["EngineerOnTimeOffProblem"] | components["schemas"]["OutsideWorkingHoursProblem"] | components["schemas"]["SlotNotOnGridProblem"] | components["schemas"]["SlotTooSoonProblem"] | components["schemas"]["TooManyVisitsProblem"] | components["schemas"]["TravelBufferNotKeptProblem"] | components["schemas"]["TravelFromHomeNotKeptProblem"] | components["schemas"]["WorkLongerThanWorkingSpanProblem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    suggestBookings: {
        parameters: {
            query: {
                /** @description Add `excluded` (every engineer considered and left out, with the first rule that excluded them) and, when there is no slot, `nextAvailableDate` */
                explain?: boolean;
                limit?: number;
                orderId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuggestionsResponse"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            404: components["responses"]["InstallationNotFound"];
            409: components["responses"]["InstallationInProgressOrInstallationNotBookable"];
            422: components["responses"]["WorkLongerThanWorkingSpan"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    getCalendarSubscription: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of a feed held: 304 while it is current */
                "If-None-Match"?: string;
            };
            path: {
                /** @description The feed’s token followed by `.ics` */
                file: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description RFC 5545 calendar */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            400: components["responses"]["ValidationFailed"];
            /** @description - `CALENDAR_FEED_NOT_FOUND`: no calendar feed has this address: it was never issued, or has been rotated since */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["CalendarFeedNotFoundProblem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    listCustomers: {
        parameters: {
            query?: {
                /** @description Opaque cursor: the `nextCursor` of the previous page */
                cursor?: string;
                limit?: number;
                /**
                 * @description Case-insensitive text contained in the name, e-mail, phone number or postcode. A full postcode
                 *     matches in any spacing; a phone number in any spacing, national (`07911 123456`) or international (`+44 7911 123456`).
                 */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerResponsePage"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    createCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCustomerDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerResponse"];
                };
            };
            400: components["responses"]["BodyTooDeepOrMalformedJsonOrValidationFailed"];
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    listCustomerVehicles: {
        parameters: {
            query?: {
                /** @description Opaque cursor: the `nextCursor` of the previous page */
                cursor?: string;
                limit?: number;
                /** @description Case-insensitive text contained in the registration, VIN or fleet number; a full registration matches in any spacing. */
                q?: string;
            };
            header?: never;
            path: {
                customerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerVehicleResponsePage"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            404: components["responses"]["CustomerNotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    createCustomerVehicle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                customerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateVehicleDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerVehicleResponse"];
                };
            };
            400: components["responses"]["BodyTooDeepOrMalformedJsonOrValidationFailed"];
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            404: components["responses"]["CustomerNotFound"];
            409: components["responses"]["VehicleRegistrationTaken"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    getCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerResponse"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            404: components["responses"]["CustomerNotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    deleteCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BodyTooDeepOrMalformedJsonOrValidationFailed"];
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            404: components["responses"]["CustomerNotFound"];
            /** @description - `CUSTOMER_HAS_ORDERS` (with `customerId`): the customer has orders, so is kept */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["CustomerHasOrdersProblem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    updateCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description The fields to change, as a JSON object; a `null` body is refused (400) */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCustomerDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerResponse"];
                };
            };
            400: components["responses"]["BodyTooDeepOrMalformedJsonOrValidationFailed"];
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            404: components["responses"]["CustomerNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    findDevices: {
        parameters: {
            query?: {
                iccid?: string;
                imei?: string;
                serial?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeviceWhereaboutsListResponse"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    getDispatchBoard: {
        parameters: {
            query: {
                /** @description Only engineers covering this postcode area or district (as `GET /engineers?area=`) */
                area?: string;
                /** @description First local date of the board (business time zone) */
                date: string;
                /** @description How many local dates from `date` */
                days?: number;
                /** @description Only engineers with this skill */
                skill?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DispatchBoardResponse"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    getDispatchQueue: {
        parameters: {
            query?: {
                /** @description Only orders installed in this postcode area (`LS`) or district (`LS12`) */
                area?: string;
                /** @description Opaque cursor: the `nextCursor` of the previous page */
                cursor?: string;
                limit?: number;
                priority?: components["schemas"]["OrderPriority"];
                /** @description Only orders whose waiting work needs this skill */
                skill?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueueEntryResponsePage"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    listEngineers: {
        parameters: {
            query?: {
                /** @description Only active (true) or only deactivated (false) engineers */
                active?: boolean;
                /** @description Postcode area or district. `SW` matches engineers covering the whole SW area; `SW1A` matches engineers covering SW1A or the whole SW area */
                area?: string;
                /** @description Opaque cursor: the `nextCursor` of the previous page */
                cursor?: string;
                limit?: number;
                /** @description Case-insensitive text contained in the name, e-mail or phone number. */
                q?: string;
                /** @description Product category the engineer must install */
                skill?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EngineerResponsePage"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    createEngineer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEngineerDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EngineerResponse"];
                };
            };
            400: components["responses"]["BodyTooDeepOrMalformedJsonOrValidationFailed"];
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            /** @description - `ENGINEER_EMAIL_TAKEN` (with `field`): another engineer already uses the e-mail address */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["EngineerEmailTakenProblem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    getEngineer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EngineerResponse"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            404: components["responses"]["EngineerNotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    deactivateEngineer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deactivated */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BodyTooDeepOrMalformedJsonOrValidationFailed"];
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            404: components["responses"]["EngineerNotFound"];
            /** @description - `ENGINEER_HAS_BOOKINGS` (with `bookings`): the engineer still has the scheduled bookings listed in `bookings`: reschedule or cancel them before deactivating */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["EngineerHasBookingsProblem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    updateEngineer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description The fields to change, as a JSON object; a `null` body is refused (400) */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateEngineerDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EngineerResponse"];
                };
            };
            400: components["responses"]["BodyTooDeepOrMalformedJsonOrValidationFailed"];
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            404: components["responses"]["EngineerNotFound"];
            /**
             * @description - `ENGINEER_EMAIL_TAKEN` (with `field`): another engineer already uses the e-mail address
             *     - `ENGINEER_HAS_BOOKINGS` (with `bookings`): the engineer still has the scheduled bookings listed in `bookings`: reschedule or cancel them before deactivating
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["EngineerEmailTakenProblem"] | components["schemas"]["EngineerHasBookingsProblem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    getEngineerCalendarFeedUrl: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarFeedUrlResponse"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            404: components["responses"]["EngineerNotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    rotateEngineerCalendarFeedUrl: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarFeedUrlResponse"];
                };
            };
            400: components["responses"]["BodyTooDeepOrMalformedJsonOrValidationFailed"];
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            404: components["responses"]["EngineerNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    getEngineerCalendarFeed: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of a feed held: 304 while it is current */
                "If-None-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description RFC 5545 calendar */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            404: components["responses"]["EngineerNotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    getEngineerSchedule: {
        parameters: {
            query: {
                /** @description Start of the period (inclusive) */
                from: string;
                /** @description End of the period (exclusive); at most 31 days after from */
                to: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EngineerScheduleResponse"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            404: components["responses"]["EngineerNotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    listEngineerTimeOff: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EngineerTimeOffResponse"][];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            404: components["responses"]["EngineerNotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    createEngineerTimeOff: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEngineerTimeOffDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EngineerTimeOffResponse"];
                };
            };
            400: components["responses"]["BodyTooDeepOrMalformedJsonOrValidationFailed"];
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            404: components["responses"]["EngineerNotFound"];
            /**
             * @description - `TIME_OFF_OVERLAPS` (with `timeOff`): the period overlaps the engineer’s time off named in `timeOff`: delete it and add one that covers both
             *     - `TIME_OFF_OVERLAPS_BOOKINGS` (with `bookings`): the engineer is booked in that period, for the scheduled bookings listed in `bookings`: reschedule or cancel them first
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["TimeOffOverlapsProblem"] | components["schemas"]["TimeOffOverlapsBookingsProblem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    deleteEngineerTimeOff: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                timeOffId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BodyTooDeepOrMalformedJsonOrValidationFailed"];
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            /**
             * @description - `ENGINEER_NOT_FOUND` (with `resource`, `id`): no engineer has that id (an engineer may read only their own)
             *     - `TIME_OFF_NOT_FOUND` (with `resource`, `id`): the engineer has no time off with that id
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["EngineerNotFoundProblem"] | components["schemas"]["EngineerTimeOffNotFoundProblem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    getMyEngineer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EngineerResponse"];
                };
            };
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            404: components["responses"]["EngineerNotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    listMyTimeOff: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EngineerTimeOffResponse"][];
                };
            };
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            404: components["responses"]["EngineerNotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    listOrders: {
        parameters: {
            query?: {
                /** @description Opaque cursor: the `nextCursor` of the previous page */
                cursor?: string;
                customerId?: string;
                /** @description Orders created at or after this instant. */
                from?: string;
                limit?: number;
                /**
                 * @description Finds orders by order number (`VT-000123`, `123`), vehicle registration (any spacing or case),
                 *     full installation postcode, or text contained in the customer's name, e-mail, phone number or
                 *     postcode. 3 to 100 characters: shorter text is no search a trigram index can answer. Text
                 *     shared by more than 1000 customers searches the orders of the 1000 created last.
                 */
                q?: string;
                status?: "placed" | "fulfilled" | "cancelled";
                /** @description Orders created before this instant. */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderResponsePage"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    placeOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description Client-chosen key, 1-255 visible ASCII characters */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrderDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "cancellationReason": null,
                     *       "cancelledAt": null,
                     *       "createdAt": "2026-12-02T05:11:25.791Z",
                     *       "currency": "GBP",
                     *       "customerId": "00000002-0000-4000-8000-000000000002",
                     *       "dueBy": "2026-12-16",
                     *       "fulfilledAt": null,
                     *       "id": "00000001-0000-4000-8000-000000000001",
                     *       "installationAddress": {
                     *         "city": "Leeds",
                     *         "line1": "2 Mill Lane",
                     *         "postcode": "LS1 1AA"
                     *       },
                     *       "items": [
                     *         {
                     *           "category": "tracker",
                     *           "id": "00000003-0000-4000-8000-000000000003",
                     *           "installMinutes": 60,
                     *           "lineTotalMinor": 12999,
                     *           "name": "Fixture dashcam",
                     *           "productId": "00000004-0000-4000-8000-000000000004",
                     *           "quantity": 1,
                     *           "requiresInstallation": true,
                     *           "sku": "FX-7651",
                     *           "unitPriceMinor": 12999
                     *         }
                     *       ],
                     *       "notes": null,
                     *       "number": "VT-000001",
                     *       "priority": "standard",
                     *       "status": "placed",
                     *       "totalMinor": 12999,
                     *       "updatedAt": "2026-12-02T05:11:25.791Z",
                     *       "vehicle": {
                     *         "make": "Ford",
                     *         "model": "Transit Custom",
                     *         "registration": "AB12 CDE",
                     *         "year": 2021
                     *       },
                     *       "vehicleCount": 1
                     *     }
                     */
                    "application/json": components["schemas"]["OrderResponse"];
                };
            };
            400: components["responses"]["BodyTooDeepOrMalformedJsonOrValidationFailed"];
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            409: components["responses"]["IdempotencyKeyReused"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /**
             * @description - `CUSTOMER_NOT_FOUND`: no customer has the `customerId` (a web shop’s key reaches only the customers it created)
             *     - `MIXED_CURRENCIES`: the lines are priced in more than one currency; an order is priced in one
             *     - `ORDER_TOTAL_TOO_LARGE` (with `limit`): quantity × unit price, summed, exceeds `limit` minor units: split it into several orders
             *     - `PRODUCT_UNAVAILABLE`: a line names a product that does not exist or is no longer sold
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["OrderCustomerNotFoundProblem"] | components["schemas"]["MixedCurrenciesProblem"] | components["schemas"]["OrderTotalTooLargeProblem"] | components["schemas"]["ProductUnavailableProblem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    getOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderDetailResponse"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            404: components["responses"]["OrderNotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    updateOrderPlanning: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description The fields to change, as a JSON object; a `null` body is refused (400) */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOrderPlanningDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderDetailResponse"];
                };
            };
            400: components["responses"]["BodyTooDeepOrMalformedJsonOrValidationFailed"];
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            404: components["responses"]["OrderNotFound"];
            /** @description - `ORDER_CANCELLED` / `ORDER_FULFILLED` (with `orderId`, `status`): the order is cancelled or already fulfilled: it takes no new work */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["OrderClosedProblem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    getOrderAvailability: {
        parameters: {
            query: {
                /** @description Slots starting at or after this instant */
                from: string;
                /** @description Slots starting before this instant; at most 31 days after from */
                to: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "durationMinutes": 60,
                     *       "slots": [
                     *         {
                     *           "end": "2030-01-07T10:00:00.000Z",
                     *           "engineerId": "00000009-0000-4000-8000-000000000009",
                     *           "engineerName": "Engineer 002",
                     *           "start": "2030-01-07T09:00:00.000Z",
                     *           "visits": [
                     *             {
                     *               "end": "2030-01-07T10:00:00.000Z",
                     *               "start": "2030-01-07T09:00:00.000Z"
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "end": "2030-01-07T10:30:00.000Z",
                     *           "engineerId": "00000009-0000-4000-8000-000000000009",
                     *           "engineerName": "Engineer 002",
                     *           "start": "2030-01-07T09:30:00.000Z",
                     *           "visits": [
                     *             {
                     *               "end": "2030-01-07T10:30:00.000Z",
                     *               "start": "2030-01-07T09:30:00.000Z"
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["AvailabilityResponse"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            /**
             * @description - `INSTALLATION_NOT_FOUND` (with `orderId`): the order is unknown, has nothing to fit, or was placed so recently that its installation is not recorded yet
             *     - `ORDER_NOT_FOUND` (with `resource`, `id`): no order has that id, or the caller may not see it
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InstallationNotFoundProblem"] | components["schemas"]["OrderNotFoundProblem"];
                };
            };
            409: components["responses"]["InstallationInProgressOrInstallationNotBookable"];
            422: components["responses"]["WorkLongerThanWorkingSpan"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    cancelOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelOrderDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderDetailResponse"];
                };
            };
            400: components["responses"]["BodyTooDeepOrMalformedJsonOrValidationFailed"];
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            404: components["responses"]["OrderNotFound"];
            409: components["responses"]["IllegalTransition"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    listProducts: {
        parameters: {
            query?: {
                /** @description Omit to list active and inactive products together. */
                active?: boolean;
                category?: string;
                /** @description Opaque cursor: the `nextCursor` of the previous page */
                cursor?: string;
                limit?: number;
                /** @description Case-insensitive text contained in the SKU, name or description. */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductResponsePage"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    createProduct: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProductDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductResponse"];
                };
            };
            400: components["responses"]["BodyTooDeepOrMalformedJsonOrValidationFailed"];
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            409: components["responses"]["ProductSkuTaken"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    getProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductResponse"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            404: components["responses"]["ProductNotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    deactivateProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deactivated (also when it already was) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BodyTooDeepOrMalformedJsonOrValidationFailed"];
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            404: components["responses"]["ProductNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    updateProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description The fields to change, as a JSON object; a `null` body is refused (400) */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProductDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductResponse"];
                };
            };
            400: components["responses"]["BodyTooDeepOrMalformedJsonOrValidationFailed"];
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            404: components["responses"]["ProductNotFound"];
            409: components["responses"]["ProductSkuTaken"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    listServices: {
        parameters: {
            query?: {
                /** @description Opaque cursor: the `nextCursor` of the previous page */
                cursor?: string;
                engineerId?: string;
                limit?: number;
                orderId?: string;
                status?: components["schemas"]["ServiceStatus"];
                type?: components["schemas"]["ServiceType"];
                /** @description The tasks on one vehicle. */
                vehicleId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceResponsePage"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    getService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceDetailResponse"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            404: components["responses"]["ServiceNotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    cancelService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelServiceDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceResponse"];
                };
            };
            400: components["responses"]["BodyTooDeepOrMalformedJsonOrValidationFailed"];
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            404: components["responses"]["ServiceNotFound"];
            409: components["responses"]["IllegalTransition"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    completeService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CompleteServiceDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "completion": null,
                     *       "createdAt": "2026-12-02T05:11:25.889Z",
                     *       "devices": [
                     *         {
                     *           "actor": "user:6af1640c-6262-47ea-baab-99902312d455",
                     *           "engineerId": "00000009-0000-4000-8000-000000000009",
                     *           "fittedAt": "2030-01-07T09:00:00.077Z",
                     *           "iccid": null,
                     *           "id": "0000000c-0000-4000-8000-00000000000c",
                     *           "imei": "356938035643809",
                     *           "position": null,
                     *           "productId": "00000004-0000-4000-8000-000000000004",
                     *           "removedAt": null,
                     *           "serial": null,
                     *           "serviceId": "0000000b-0000-4000-8000-00000000000b",
                     *           "vehicleId": "00000007-0000-4000-8000-000000000007"
                     *         }
                     *       ],
                     *       "engineerId": "00000009-0000-4000-8000-000000000009",
                     *       "estimatedMinutes": 60,
                     *       "id": "0000000b-0000-4000-8000-00000000000b",
                     *       "installationPostcode": "LS1 1AA",
                     *       "lastFailure": null,
                     *       "orderId": "00000005-0000-4000-8000-000000000005",
                     *       "requiredSkills": [
                     *         "tracker"
                     *       ],
                     *       "status": "completed",
                     *       "type": "installation",
                     *       "updatedAt": "2026-12-02T05:11:26.147Z",
                     *       "vehicleId": "00000007-0000-4000-8000-000000000007"
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceResponse"];
                };
            };
            400: components["responses"]["BodyTooDeepOrMalformedJsonOrValidationFailed"];
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            404: components["responses"]["ServiceNotFound"];
            /**
             * @description - `DEVICE_ALREADY_FITTED` (with `field`, `identifier`, `value`, `vehicleId`, `registration`): an identifier (IMEI, ICCID, serial) is already fitted in a vehicle, this one or another (`vehicleId`, `registration`)
             *     - `ILLEGAL_STATE_TRANSITION` (with `currentStatus`, `attemptedStatus`, `allowedStatuses`): the resource’s current status does not allow the move: `allowedStatuses` lists the ones it does (empty: it is final)
             *     - `SERVICE_WITHOUT_VEHICLE` (with `serviceId`): the task names no vehicle (placed before orders had vehicles): its devices cannot be recorded
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["DeviceAlreadyFittedProblem"] | components["schemas"]["IllegalTransitionProblem"] | components["schemas"]["ServiceWithoutVehicleProblem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    failService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FailServiceDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceResponse"];
                };
            };
            400: components["responses"]["BodyTooDeepOrMalformedJsonOrValidationFailed"];
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            404: components["responses"]["ServiceNotFound"];
            409: components["responses"]["IllegalTransitionOrTooEarlyToStart"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    startService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceResponse"];
                };
            };
            400: components["responses"]["BodyTooDeepOrMalformedJsonOrValidationFailed"];
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            404: components["responses"]["ServiceNotFound"];
            409: components["responses"]["IllegalTransitionOrTooEarlyToStart"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    getSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SettingsResponse"];
                };
            };
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    updateSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The fields to change, as a JSON object; a `null` body is refused (400) */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSettingsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SettingsResponse"];
                };
            };
            400: components["responses"]["BodyTooDeepOrMalformedJsonOrValidationFailed"];
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    listUsers: {
        parameters: {
            query?: {
                active?: boolean;
                /** @description Opaque cursor: the `nextCursor` of the previous page */
                cursor?: string;
                limit?: number;
                role?: components["schemas"]["UserRole"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponsePage"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            400: components["responses"]["BodyTooDeepOrMalformedJsonOrValidationFailed"];
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            /**
             * @description - `ENGINEER_ALREADY_LINKED` (with `field`): the engineer already has a login
             *     - `USER_EMAIL_TAKEN` (with `field`): another user already signs in with the e-mail address
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["EngineerAlreadyLinkedProblem"] | components["schemas"]["UserEmailTakenProblem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["LinkedEngineerNotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            404: components["responses"]["UserNotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    deactivateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deactivated (also when they already were) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BodyTooDeepOrMalformedJsonOrValidationFailed"];
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            404: components["responses"]["UserNotFound"];
            /** @description - `LAST_ADMIN`: this is the last active admin: make another user admin first */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["LastAdminProblem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description The fields to change, as a JSON object; a `null` body is refused (400) */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            400: components["responses"]["BodyTooDeepOrMalformedJsonOrValidationFailed"];
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            404: components["responses"]["UserNotFound"];
            /**
             * @description - `ENGINEER_ALREADY_LINKED` (with `field`): the engineer already has a login
             *     - `LAST_ADMIN`: this is the last active admin: make another user admin first
             *     - `USER_EMAIL_TAKEN` (with `field`): another user already signs in with the e-mail address
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["EngineerAlreadyLinkedProblem"] | components["schemas"]["LastAdminProblem"] | components["schemas"]["UserEmailTakenProblem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["LinkedEngineerNotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    resetUserPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordDto"];
            };
        };
        responses: {
            /** @description Password changed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BodyTooDeepOrMalformedJsonOrValidationFailed"];
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            404: components["responses"]["UserNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    listUserDirectory: {
        parameters: {
            query?: {
                active?: boolean;
                /** @description Opaque cursor: the `nextCursor` of the previous page */
                cursor?: string;
                limit?: number;
                role?: components["schemas"]["UserRole"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDirectoryEntryResponsePage"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    getVehicle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerVehicleResponse"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            404: components["responses"]["VehicleNotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    deleteVehicle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BodyTooDeepOrMalformedJsonOrValidationFailed"];
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            404: components["responses"]["VehicleNotFound"];
            /**
             * @description - `VEHICLE_HAS_DEVICES` (with `vehicleId`, `deviceIds`): devices are fitted in the vehicle (`deviceIds`): they must come out before it can go
             *     - `VEHICLE_HAS_OPEN_WORK` (with `vehicleId`, `openWork`): open work (an open order or installation task, listed in `openWork`) keeps the vehicle
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["VehicleHasDevicesProblem"] | components["schemas"]["VehicleHasOpenWorkProblem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    updateVehicle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description The fields to change, as a JSON object; a `null` body is refused (400) */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateVehicleDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerVehicleResponse"];
                };
            };
            400: components["responses"]["BodyTooDeepOrMalformedJsonOrValidationFailed"];
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            404: components["responses"]["VehicleNotFound"];
            409: components["responses"]["VehicleRegistrationTaken"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    listWebhooks: {
        parameters: {
            query?: {
                /** @description Opaque cursor: the `nextCursor` of the previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookResponsePage"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookWithSecretResponse"];
                };
            };
            400: components["responses"]["BodyTooDeepOrMalformedJsonOrValidationFailed"];
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    getWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookResponse"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            404: components["responses"]["WebhookNotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BodyTooDeepOrMalformedJsonOrValidationFailed"];
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            404: components["responses"]["WebhookNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    updateWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description The fields to change, as a JSON object; a `null` body is refused (400) */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWebhookDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookResponse"];
                };
            };
            400: components["responses"]["BodyTooDeepOrMalformedJsonOrValidationFailed"];
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            404: components["responses"]["WebhookNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description Opaque cursor: the `nextCursor` of the previous page */
                cursor?: string;
                limit?: number;
                status?: components["schemas"]["WebhookDeliveryStatus"];
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryResponsePage"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            404: components["responses"]["WebhookNotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    resendWebhookDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deliveryId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryResponse"];
                };
            };
            400: components["responses"]["BodyTooDeepOrMalformedJsonOrValidationFailed"];
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            /**
             * @description - `WEBHOOK_DELIVERY_NOT_FOUND` (with `resource`, `id`): the endpoint has no delivery with that id
             *     - `WEBHOOK_NOT_FOUND` (with `resource`, `id`): no webhook endpoint has that id (an API key sees only its own)
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["WebhookDeliveryNotFoundProblem"] | components["schemas"]["WebhookNotFoundProblem"];
                };
            };
            /** @description - `WEBHOOK_DISABLED` (with `webhookId`): the endpoint is disabled: enable it (`PATCH` with `enabled: true`) before re-sending */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["WebhookDisabledProblem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    rotateWebhookSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookWithSecretResponse"];
                };
            };
            400: components["responses"]["BodyTooDeepOrMalformedJsonOrValidationFailed"];
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            404: components["responses"]["WebhookNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    listOrdersV2: {
        parameters: {
            query?: {
                /** @description Opaque cursor: the `nextCursor` of the previous page */
                cursor?: string;
                customerId?: string;
                /** @description Orders created at or after this instant. */
                from?: string;
                limit?: number;
                /**
                 * @description Finds orders by order number (`VT-000123`, `123`), vehicle registration (any spacing or case),
                 *     full installation postcode, or text contained in the customer's name, e-mail, phone number or
                 *     postcode. 3 to 100 characters: shorter text is no search a trigram index can answer. Text
                 *     shared by more than 1000 customers searches the orders of the 1000 created last.
                 */
                q?: string;
                status?: "placed" | "fulfilled" | "cancelled";
                /** @description Orders created before this instant. */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderV2ResponsePage"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    placeOrderV2: {
        parameters: {
            query?: never;
            header?: {
                /** @description Client-chosen key, 1-255 visible ASCII characters */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrderV2Dto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "booking": null,
                     *       "cancellationReason": null,
                     *       "cancelledAt": null,
                     *       "createdAt": "2026-12-02T05:11:25.882Z",
                     *       "currency": "GBP",
                     *       "customer": {
                     *         "email": "fleet.examples@example.com",
                     *         "id": "00000006-0000-4000-8000-000000000006",
                     *         "name": "Jane Driver",
                     *         "phone": "+44 7911 123456"
                     *       },
                     *       "customerId": "00000006-0000-4000-8000-000000000006",
                     *       "dueBy": "2026-12-16",
                     *       "fulfilledAt": null,
                     *       "history": [
                     *         {
                     *           "actor": {
                     *             "id": "6af1640c-6262-47ea-baab-99902312d455",
                     *             "name": "Dana Dispatcher",
                     *             "type": "user"
                     *           },
                     *           "at": "2026-12-02T05:11:25.882Z",
                     *           "fromStatus": null,
                     *           "reason": "order VT-000002 placed",
                     *           "toStatus": "placed"
                     *         }
                     *       ],
                     *       "id": "00000005-0000-4000-8000-000000000005",
                     *       "installationAddress": {
                     *         "city": "Leeds",
                     *         "line1": "2 Mill Lane",
                     *         "postcode": "LS1 1AA"
                     *       },
                     *       "notes": null,
                     *       "number": "VT-000002",
                     *       "priority": "standard",
                     *       "status": "placed",
                     *       "totalMinor": 12999,
                     *       "updatedAt": "2026-12-02T05:11:25.882Z",
                     *       "vehicles": [
                     *         {
                     *           "devices": [],
                     *           "items": [
                     *             {
                     *               "category": "tracker",
                     *               "id": "00000008-0000-4000-8000-000000000008",
                     *               "installMinutes": 60,
                     *               "lineTotalMinor": 12999,
                     *               "name": "Fixture dashcam",
                     *               "productId": "00000004-0000-4000-8000-000000000004",
                     *               "quantity": 1,
                     *               "requiresInstallation": true,
                     *               "sku": "FX-7651",
                     *               "unitPriceMinor": 12999
                     *             }
                     *           ],
                     *           "make": "Ford",
                     *           "model": "Transit Custom",
                     *           "registration": "EX12 AMP",
                     *           "task": null,
                     *           "vehicleId": "00000007-0000-4000-8000-000000000007",
                     *           "year": 2021
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["OrderV2DetailResponse"];
                };
            };
            400: components["responses"]["BodyTooDeepOrMalformedJsonOrValidationFailed"];
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            409: components["responses"]["IdempotencyKeyReused"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /**
             * @description - `CUSTOMER_NOT_FOUND`: no customer has the `customerId` (a web shop’s key reaches only the customers it created)
             *     - `MIXED_CURRENCIES`: the lines are priced in more than one currency; an order is priced in one
             *     - `ORDER_TOTAL_TOO_LARGE` (with `limit`): quantity × unit price, summed, exceeds `limit` minor units: split it into several orders
             *     - `PRODUCT_UNAVAILABLE`: a line names a product that does not exist or is no longer sold
             *     - `VEHICLE_NOT_FOUND`: a `vehicleId` is not one of the customer’s vehicles
             *     - `VEHICLE_REPEATED`: the same vehicle is listed twice: give all its lines in one entry
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["OrderCustomerNotFoundProblem"] | components["schemas"]["MixedCurrenciesProblem"] | components["schemas"]["OrderTotalTooLargeProblem"] | components["schemas"]["ProductUnavailableProblem"] | components["schemas"]["OrderVehicleNotFoundProblem"] | components["schemas"]["VehicleRepeatedProblem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    getOrderV2: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderV2DetailResponse"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["AuthenticationRequired"];
            403: components["responses"]["AccessDenied"];
            404: components["responses"]["OrderNotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["DatabaseUnavailableOrShuttingDown"];
        };
    };
    healthLive: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The process is up */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        details?: {
                            [key: string]: {
                                /** @description Why the check is down */
                                message?: string;
                                /** @description How long the check took, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            };
                        };
                        error?: {
                            [key: string]: {
                                /** @description Why the check is down */
                                message?: string;
                                /** @description How long the check took, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            };
                        };
                        info?: {
                            [key: string]: {
                                /** @description Why the check is down */
                                message?: string;
                                /** @description How long the check took, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            };
                        };
                        /** @enum {string} */
                        status?: "ok" | "degraded";
                    };
                };
            };
            /** @description - `SHUTTING_DOWN`: this instance is stopping: send the request again, it reaches another instance */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ShuttingDownProblem"];
                };
            };
        };
    };
    healthReady: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every check is up */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        details?: {
                            [key: string]: {
                                /** @description Why the check is down */
                                message?: string;
                                /** @description How long the check took, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            };
                        };
                        error?: {
                            [key: string]: {
                                /** @description Why the check is down */
                                message?: string;
                                /** @description How long the check took, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            };
                        };
                        info?: {
                            [key: string]: {
                                /** @description Why the check is down */
                                message?: string;
                                /** @description How long the check took, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            };
                        };
                        /** @enum {string} */
                        status?: "ok" | "degraded";
                    };
                };
            };
            /**
             * @description - `NOT_READY` (with `error`, `details`): a readiness check failed: `error` names each failing check with its reason, `details` lists every check
             *     - `SHUTTING_DOWN`: this instance is stopping: send the request again, it reaches another instance
             */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotReadyProblem"] | components["schemas"]["ShuttingDownProblem"];
                };
            };
        };
    };
}
