/** Request and response examples the OpenAPI document shows for this module's main flows (test/openapi-examples.e2e-spec.ts checks them against the server). */

/** Two of the slots of a one-hour installation. */
export const AVAILABILITY_RESPONSE_EXAMPLE = {
  "durationMinutes": 60,
  "slots": [
    {
      "engineerId": "00000009-0000-4000-8000-000000000009",
      "engineerName": "Engineer 002",
      "start": "2030-01-07T09:00:00.000Z",
      "end": "2030-01-07T10:00:00.000Z",
      "visits": [
        {
          "start": "2030-01-07T09:00:00.000Z",
          "end": "2030-01-07T10:00:00.000Z"
        }
      ]
    },
    {
      "engineerId": "00000009-0000-4000-8000-000000000009",
      "engineerName": "Engineer 002",
      "start": "2030-01-07T09:30:00.000Z",
      "end": "2030-01-07T10:30:00.000Z",
      "visits": [
        {
          "start": "2030-01-07T09:30:00.000Z",
          "end": "2030-01-07T10:30:00.000Z"
        }
      ]
    }
  ]
};

/** Booking the first slot offered. */
export const CREATE_BOOKING_REQUEST_EXAMPLES = {
  "firstSlot": {
    "summary": "An engineer for a slot from the availability",
    "value": {
      "orderId": "00000005-0000-4000-8000-000000000005",
      "engineerId": "00000009-0000-4000-8000-000000000009",
      "start": "2030-01-07T09:00:00.000Z"
    }
  }
};

/** The booking made, with its audit trail; its customer's confirmation is still to be sent. */
export const CREATE_BOOKING_RESPONSE_EXAMPLE = {
  "id": "0000000a-0000-4000-8000-00000000000a",
  "orderId": "00000005-0000-4000-8000-000000000005",
  "engineerId": "00000009-0000-4000-8000-000000000009",
  "start": "2030-01-07T09:00:00.000Z",
  "end": "2030-01-07T10:00:00.000Z",
  "visits": [
    {
      "start": "2030-01-07T09:00:00.000Z",
      "end": "2030-01-07T10:00:00.000Z"
    }
  ],
  "status": "scheduled",
  "cancellationReason": null,
  "noShowReason": null,
  "startedAt": null,
  "notes": null,
  "serviceIds": [
    "0000000b-0000-4000-8000-00000000000b"
  ],
  "outcome": {
    "completed": [],
    "failed": []
  },
  "createdAt": "2026-12-02T05:11:26.006Z",
  "updatedAt": "2026-12-02T05:11:26.006Z",
  "audit": [
    {
      "action": "created",
      "oldEngineerId": null,
      "newEngineerId": "00000009-0000-4000-8000-000000000009",
      "oldStart": null,
      "oldEnd": null,
      "newStart": "2030-01-07T09:00:00.000Z",
      "newEnd": "2030-01-07T10:00:00.000Z",
      "oldStatus": null,
      "newStatus": "scheduled",
      "reason": null,
      "at": "2026-12-02T05:11:26.044Z",
      "actor": "user:0000000c-0000-4000-8000-00000000000c",
      "actorDetails": {
        "type": "user",
        "id": "0000000c-0000-4000-8000-00000000000c",
        "name": "Dana Dispatcher"
      }
    }
  ],
  "notifications": []
};
