import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { WEBHOOK_EVENT_TYPES } from '../../../../src/modules/webhooks/webhook-events';
import { api } from '../../api/client';
import { ok } from '../../api/problem';
import type { components } from '../../api/schema';
import { useBusinessTime } from '../../api/time';
import { Empty, ProblemBanner, QueryState, TextField, fieldMessages } from '../../components/ui';

type WebhookEventType = components['schemas']['WebhookEventType'];

/** The API's own list of events; the checks below fail the build if it and the OpenAPI document ever disagree. */
const EVENT_TYPES: readonly WebhookEventType[] = WEBHOOK_EVENT_TYPES;
const everyEventListed: Exclude<WebhookEventType, (typeof WEBHOOK_EVENT_TYPES)[number]> extends never ? true : never = true;
void everyEventListed;

/** Endpoints with their state, a new one (its secret shown once), enabling, rotation, and each one's delivery log with re-sends. */
export default function Webhooks() {
  const time = useBusinessTime();
  const queryClient = useQueryClient();
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [events, setEvents] = useState<WebhookEventType[]>([]);
  const [opened, setOpened] = useState<string | null>(null);
  const endpoints = useQuery({ queryKey: ['webhooks'], queryFn: () => ok(api.GET('/api/v1/webhooks', { params: { query: { limit: 100 } } })) });
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['webhooks'] });
  const create = useMutation({
    mutationFn: () => ok(api.POST('/api/v1/webhooks', { body: { url, events, ...(description ? { description } : {}) } })),
    onSuccess: refresh,
  });
  const setEnabled = useMutation({
    mutationFn: ({ id, enabled }: { id: string; enabled: boolean }) => ok(api.PATCH('/api/v1/webhooks/{id}', { params: { path: { id } }, body: { enabled } })),
    onSuccess: refresh,
  });
  const rotate = useMutation({ mutationFn: (id: string) => ok(api.POST('/api/v1/webhooks/{id}/rotate-secret', { params: { path: { id } } })), onSuccess: refresh });
  const remove = useMutation({ mutationFn: (id: string) => ok(api.DELETE('/api/v1/webhooks/{id}', { params: { path: { id } } })), onSuccess: refresh });
  const toggle = (event: WebhookEventType) => setEvents((chosen) => (chosen.includes(event) ? chosen.filter((other) => other !== event) : [...chosen, event]));
  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate();
  }
  const secret = rotate.data?.secret ?? create.data?.secret;
  return (
    <section aria-labelledby="webhooks-title">
      <h1 id="webhooks-title">Webhooks</h1>
      <ProblemBanner error={setEnabled.error ?? rotate.error ?? remove.error} />
      <QueryState query={endpoints} what="webhook endpoints">
        {(data) =>
          data.items.length === 0 ? (
            <Empty>No webhook endpoints.</Empty>
          ) : (
            <table className="list">
              <thead>
                <tr>
                  <th scope="col">URL</th>
                  <th scope="col">Events</th>
                  <th scope="col">State</th>
                  <th scope="col">Actions</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((endpoint) => (
                  <tr key={endpoint.id}>
                    <td>
                      <code>{endpoint.url}</code>
                      {endpoint.description && <div>{endpoint.description}</div>}
                    </td>
                    <td>{endpoint.events.join(', ')}</td>
                    <td>{endpoint.enabled ? 'enabled' : `disabled ${endpoint.disabledAt ? time.dateTime(endpoint.disabledAt) : ''}${endpoint.disabledReason ? `: ${endpoint.disabledReason}` : ''}`}</td>
                    <td>
                      <button type="button" onClick={() => setEnabled.mutate({ id: endpoint.id, enabled: !endpoint.enabled })}>
                        {endpoint.enabled ? 'Disable' : 'Enable'} {endpoint.url}
                      </button>
                      <button type="button" onClick={() => rotate.mutate(endpoint.id)}>
                        Rotate the secret of {endpoint.url}
                      </button>
                      <button type="button" onClick={() => setOpened(opened === endpoint.id ? null : endpoint.id)} aria-expanded={opened === endpoint.id}>
                        Deliveries to {endpoint.url}
                      </button>
                      <button type="button" onClick={() => remove.mutate(endpoint.id)}>
                        Delete {endpoint.url}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </QueryState>
      {secret && (
        <p role="status">
          The signing secret, shown only now: <code>{secret}</code>
        </p>
      )}
      {opened && <Deliveries endpointId={opened} />}
      <form onSubmit={submit} noValidate aria-label="New webhook endpoint">
        <TextField label="Endpoint URL" name="url" value={url} onChange={(event) => setUrl(event.target.value)} error={create.error} />
        <TextField label="Description" name="description" value={description} onChange={(event) => setDescription(event.target.value)} error={create.error} />
        <EventChoice chosen={events} onToggle={toggle} errors={fieldMessages(create.error, 'events')} />
        <ProblemBanner error={create.error} shownFields={['url', 'description', 'events']} />
        <button type="submit">Create endpoint</button>
      </form>
    </section>
  );
}

/** The events as a group of checkboxes, with the API's errors about the choice beside it. */
function EventChoice({ chosen, onToggle, errors }: { chosen: WebhookEventType[]; onToggle: (event: WebhookEventType) => void; errors: string[] }) {
  const errorId = useId();
  return (
    <fieldset className="field" data-field="events" aria-invalid={errors.length > 0} {...(errors.length > 0 ? { 'aria-describedby': errorId } : {})}>
      <legend>Events</legend>
      {EVENT_TYPES.map((event) => (
        <label key={event}>
          <input type="checkbox" checked={chosen.includes(event)} onChange={() => onToggle(event)} /> {event}
        </label>
      ))}
      {errors.length > 0 && (
        <span className="field-error" id={errorId} role="alert">
          {errors.join('; ')}
        </span>
      )}
    </fieldset>
  );
}

function Deliveries({ endpointId }: { endpointId: string }) {
  const time = useBusinessTime();
  const queryClient = useQueryClient();
  const deliveries = useQuery({
    queryKey: ['webhooks', endpointId, 'deliveries'],
    queryFn: () => ok(api.GET('/api/v1/webhooks/{id}/deliveries', { params: { path: { id: endpointId }, query: { limit: 50 } } })),
  });
  const resend = useMutation({
    mutationFn: (deliveryId: string) => ok(api.POST('/api/v1/webhooks/{id}/deliveries/{deliveryId}/resend', { params: { path: { id: endpointId, deliveryId } } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['webhooks', endpointId, 'deliveries'] }),
  });
  return (
    <section aria-label="Deliveries">
      <h2>Deliveries</h2>
      <ProblemBanner error={resend.error} />
      <QueryState query={deliveries} what="deliveries">
        {(data) =>
          data.items.length === 0 ? (
            <Empty>Nothing sent to this endpoint yet.</Empty>
          ) : (
            <table className="list">
              <thead>
                <tr>
                  <th scope="col">Event</th>
                  <th scope="col">Status</th>
                  <th scope="col">Attempts</th>
                  <th scope="col">Re-send</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((delivery) => (
                  <tr key={delivery.id}>
                    <td>
                      {delivery.eventType} <small>{time.dateTime(delivery.createdAt)}</small>
                    </td>
                    <td>{delivery.status}</td>
                    <td>
                      <ol>
                        {delivery.attempts.map((attempt) => (
                          <li key={attempt.attempt}>
                            {time.dateTime(attempt.at)}: {attempt.statusCode ?? '—'} {attempt.error ?? 'ok'} ({attempt.durationMs} ms)
                          </li>
                        ))}
                      </ol>
                    </td>
                    <td>
                      <button type="button" onClick={() => resend.mutate(delivery.id)} disabled={resend.isPending}>
                        Re-send {delivery.eventType}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </QueryState>
    </section>
  );
}
