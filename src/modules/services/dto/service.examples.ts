/** Request and response examples the OpenAPI document shows for this module's main flows (test/openapi-examples.e2e-spec.ts checks them against the server). */

/** Completing a task that fits a tracker, recording its IMEI. */
export const COMPLETE_SERVICE_REQUEST_EXAMPLES = {
  "tracker": {
    "summary": "The device fitted, with its identifier",
    "value": {
      "devices": [
        {
          "productId": "00000004-0000-4000-8000-000000000004",
          "imei": "356938035643809"
        }
      ]
    }
  }
};

/** The task completed, with the devices recorded. */
export const COMPLETE_SERVICE_RESPONSE_EXAMPLE = {
  "id": "0000000b-0000-4000-8000-00000000000b",
  "orderId": "00000005-0000-4000-8000-000000000005",
  "vehicleId": "00000007-0000-4000-8000-000000000007",
  "type": "installation",
  "status": "completed",
  "engineerId": "00000009-0000-4000-8000-000000000009",
  "estimatedMinutes": 60,
  "installationPostcode": "LS1 1AA",
  "requiredSkills": [
    "tracker"
  ],
  "completion": null,
  "createdAt": "2026-12-02T05:11:25.889Z",
  "updatedAt": "2026-12-02T05:11:26.147Z",
  "devices": [
    {
      "id": "0000000c-0000-4000-8000-00000000000c",
      "vehicleId": "00000007-0000-4000-8000-000000000007",
      "productId": "00000004-0000-4000-8000-000000000004",
      "imei": "356938035643809",
      "iccid": null,
      "serial": null,
      "position": null,
      "serviceId": "0000000b-0000-4000-8000-00000000000b",
      "engineerId": "00000009-0000-4000-8000-000000000009",
      "actor": "user:6af1640c-6262-47ea-baab-99902312d455",
      "fittedAt": "2030-01-07T09:00:00.077Z",
      "removedAt": null
    }
  ],
  "lastFailure": null
};
