/** Request and response examples the OpenAPI document shows for this module's main flows (test/openapi-examples.e2e-spec.ts checks them against the server). */

/** A web-shop order for a new customer and their vehicle. */
export const PLACE_ORDER_REQUEST_EXAMPLES = {
  "newCustomer": {
    "summary": "A new customer, one vehicle, one kit",
    "value": {
      "customer": {
        "name": "Jane Driver",
        "email": "jane.driver@example.com",
        "phone": "+44 7911 123456",
        "address": {
          "line1": "1 High Street",
          "city": "London",
          "postcode": "SW1A 1AA"
        }
      },
      "items": [
        {
          "productId": "00000004-0000-4000-8000-000000000004",
          "quantity": 1
        }
      ],
      "vehicle": {
        "registration": "AB12 CDE",
        "make": "Ford",
        "model": "Transit Custom",
        "year": 2021
      },
      "installationAddress": {
        "line1": "2 Mill Lane",
        "city": "Leeds",
        "postcode": "LS1 1AA"
      }
    }
  }
};

/** The order placed. */
export const PLACE_ORDER_RESPONSE_EXAMPLE = {
  "id": "00000001-0000-4000-8000-000000000001",
  "number": "VT-000001",
  "status": "placed",
  "customerId": "00000002-0000-4000-8000-000000000002",
  "currency": "GBP",
  "totalMinor": 12999,
  "items": [
    {
      "id": "00000003-0000-4000-8000-000000000003",
      "productId": "00000004-0000-4000-8000-000000000004",
      "sku": "FX-7651",
      "name": "Fixture dashcam",
      "category": "tracker",
      "quantity": 1,
      "unitPriceMinor": 12999,
      "lineTotalMinor": 12999,
      "requiresInstallation": true,
      "installMinutes": 60
    }
  ],
  "vehicle": {
    "registration": "AB12 CDE",
    "make": "Ford",
    "model": "Transit Custom",
    "year": 2021
  },
  "vehicleCount": 1,
  "installationAddress": {
    "line1": "2 Mill Lane",
    "city": "Leeds",
    "postcode": "LS1 1AA"
  },
  "notes": null,
  "priority": "standard",
  "dueBy": "2026-12-16",
  "cancellationReason": null,
  "cancelledAt": null,
  "fulfilledAt": null,
  "createdAt": "2026-12-02T05:11:25.791Z",
  "updatedAt": "2026-12-02T05:11:25.791Z"
};

/** A fleet order: each vehicle with its lines. */
export const PLACE_ORDER_V2_REQUEST_EXAMPLES = {
  "fleet": {
    "summary": "A new fleet customer, one kit per vehicle",
    "value": {
      "customer": {
        "name": "Acme Couriers Ltd",
        "email": "fleet@acme.example",
        "phone": "+44 7911 123456",
        "address": {
          "line1": "1 High Street",
          "city": "London",
          "postcode": "SW1A 1AA"
        }
      },
      "installationAddress": {
        "line1": "2 Mill Lane",
        "city": "Leeds",
        "postcode": "LS1 1AA"
      },
      "vehicles": [
        {
          "vehicle": {
            "registration": "EX12 AMP",
            "make": "Ford",
            "model": "Transit Custom",
            "year": 2021
          },
          "items": [
            {
              "productId": "00000004-0000-4000-8000-000000000004",
              "quantity": 1
            }
          ]
        },
        {
          "vehicle": {
            "registration": "EX13 AMP",
            "make": "Vauxhall",
            "model": "Vivaro",
            "year": 2022
          },
          "items": [
            {
              "productId": "00000004-0000-4000-8000-000000000004",
              "quantity": 1
            }
          ]
        }
      ]
    }
  }
};

/** The fleet order placed, each vehicle with its lines and task. */
export const PLACE_ORDER_V2_RESPONSE_EXAMPLE = {
  "id": "00000005-0000-4000-8000-000000000005",
  "number": "VT-000002",
  "status": "placed",
  "customerId": "00000006-0000-4000-8000-000000000006",
  "currency": "GBP",
  "totalMinor": 12999,
  "installationAddress": {
    "line1": "2 Mill Lane",
    "city": "Leeds",
    "postcode": "LS1 1AA"
  },
  "notes": null,
  "priority": "standard",
  "dueBy": "2026-12-16",
  "cancellationReason": null,
  "cancelledAt": null,
  "fulfilledAt": null,
  "createdAt": "2026-12-02T05:11:25.882Z",
  "updatedAt": "2026-12-02T05:11:25.882Z",
  "vehicles": [
    {
      "vehicleId": "00000007-0000-4000-8000-000000000007",
      "registration": "EX12 AMP",
      "make": "Ford",
      "model": "Transit Custom",
      "year": 2021,
      "items": [
        {
          "id": "00000008-0000-4000-8000-000000000008",
          "productId": "00000004-0000-4000-8000-000000000004",
          "sku": "FX-7651",
          "name": "Fixture dashcam",
          "category": "tracker",
          "quantity": 1,
          "unitPriceMinor": 12999,
          "lineTotalMinor": 12999,
          "requiresInstallation": true,
          "installMinutes": 60
        }
      ],
      "task": null,
      "devices": []
    }
  ],
  "customer": {
    "id": "00000006-0000-4000-8000-000000000006",
    "name": "Jane Driver",
    "email": "fleet.examples@example.com",
    "phone": "+44 7911 123456"
  },
  "booking": null,
  "history": [
    {
      "fromStatus": null,
      "toStatus": "placed",
      "at": "2026-12-02T05:11:25.882Z",
      "reason": "order VT-000002 placed",
      "actor": {
        "type": "user",
        "id": "6af1640c-6262-47ea-baab-99902312d455",
        "name": "Dana Dispatcher"
      }
    }
  ]
};
