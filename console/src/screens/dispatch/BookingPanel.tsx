import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { api, type Schemas } from '../../api/client';
import { ok } from '../../api/problem';
import { useBusinessTime } from '../../api/time';
import { Empty, ProblemBanner, QueryState, TextField } from '../../components/ui';

type Order = Schemas['OrderV2DetailResponse'];
type Suggestion = Schemas['SuggestionResponse'];
type Exclusion = Schemas['EngineerExclusionResponse'];

const WHY_EXCLUDED: Record<Exclusion['reason'], string> = {
  NOT_SKILLED: 'lacks a skill the work needs',
  OUTSIDE_AREA: 'does not cover the postcode',
  INACTIVE: 'is inactive',
  WORK_TOO_LONG: 'has no working span long enough for the work',
  TIME_OFF: 'is on time off',
  FULLY_BOOKED: 'is fully booked',
  DAILY_CAPACITY: 'has reached the daily job limit',
};

function useInvalidateOrder(orderId: string) {
  const queryClient = useQueryClient();
  return () => {
    for (const key of [['order', orderId], ['queue'], ['board'], ['suggestions', orderId], ['booking']]) void queryClient.invalidateQueries({ queryKey: key });
  };
}

/** The offered slots, best first, each with a button that takes it; and why engineers had none. */
function Slots({ order, action, onChosen }: { order: Order; action: string; onChosen(slot: Suggestion): Promise<unknown> }) {
  const time = useBusinessTime();
  const [choosing, setChoosing] = useState<string>();
  const [error, setError] = useState<unknown>();
  const suggestions = useQuery({
    queryKey: ['suggestions', order.id],
    queryFn: () => ok(api.GET('/api/v1/bookings/suggestions', { params: { query: { orderId: order.id, explain: true, limit: 10 } } })),
  });
  async function choose(slot: Suggestion) {
    setChoosing(slot.start + slot.engineerId);
    setError(undefined);
    try {
      await onChosen(slot);
    } catch (failure) {
      setError(failure);
    } finally {
      setChoosing(undefined);
    }
  }
  return (
    <QueryState query={suggestions} what="the slots">
      {(data) => (
        <div className="slots">
          <p>Work: {data.durationMinutes} min.</p>
          <ProblemBanner error={error} />
          {data.slots.length === 0 ? (
            <Empty>No slot{data.nextAvailableDate ? `: the next available date is ${data.nextAvailableDate}` : ''}.</Empty>
          ) : (
            <ol className="slot-list" aria-label="Offered slots">
              {data.slots.map((slot) => (
                <li key={slot.start + slot.engineerId} data-slot-start={slot.start}>
                  <span>
                    <strong>{time.dateTime(slot.start)}</strong>–{time.time(slot.end)} · {slot.engineerName}
                    {slot.visits.length > 1 && ` · ${slot.visits.length} visits`}
                    <br />
                    <small>
                      travel {slot.travelMinutesBefore} min before, {slot.travelMinutesAfter} min after · +{slot.addedTravelKm.toFixed(1)} km
                    </small>
                  </span>
                  <button type="button" onClick={() => void choose(slot)} disabled={choosing !== undefined}>
                    {action} {time.dateTime(slot.start)} with {slot.engineerName}
                  </button>
                </li>
              ))}
            </ol>
          )}
          {(data.excluded ?? []).length > 0 && (
            <details open={data.slots.length === 0}>
              <summary>Why no slot with the other engineers</summary>
              <ul className="why-no-slot">
                {(data.excluded ?? []).map((exclusion) => (
                  <li key={exclusion.engineerId}>
                    {exclusion.engineerName} {WHY_EXCLUDED[exclusion.reason]}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </div>
      )}
    </QueryState>
  );
}

function CancelBooking({ bookingId, onDone }: { bookingId: string; onDone(): void }) {
  const [reason, setReason] = useState('');
  const cancel = useMutation({
    mutationFn: () => ok(api.POST('/api/v1/bookings/{id}/cancel', { params: { path: { id: bookingId } }, body: { reason } })),
    onSuccess: onDone,
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    cancel.mutate();
  }
  return (
    <form onSubmit={submit} noValidate aria-label="Cancel the booking">
      <TextField label="Reason for cancelling" name="reason" value={reason} onChange={(event) => setReason(event.target.value)} error={cancel.error} />
      <ProblemBanner error={cancel.error} shownFields={['reason']} />
      <button type="submit" disabled={cancel.isPending}>
        Cancel booking
      </button>
    </form>
  );
}

function EngineerName({ id }: { id: string }) {
  const engineer = useQuery({ queryKey: ['engineer', id], queryFn: () => ok(api.GET('/api/v1/engineers/{id}', { params: { path: { id } } })) });
  return <>{engineer.data?.name ?? '…'}</>;
}

/** The order's booking, and the ways to make, move or cancel it. */
export function BookingPanel({ order }: { order: Order }) {
  const time = useBusinessTime();
  const invalidate = useInvalidateOrder(order.id);
  const [mode, setMode] = useState<'idle' | 'reschedule' | 'cancel'>('idle');
  const booking = order.booking?.status === 'scheduled' ? order.booking : undefined;
  const waiting = order.status === 'placed' && !booking && order.vehicles.some((vehicle) => vehicle.task?.status === 'pending');

  const book = (slot: Suggestion) =>
    ok(api.POST('/api/v1/bookings', { body: { orderId: order.id, engineerId: slot.engineerId, start: slot.start } })).then(invalidate);
  const reschedule = (slot: Suggestion) =>
    ok(api.PATCH('/api/v1/bookings/{id}', { params: { path: { id: booking!.id } }, body: { engineerId: slot.engineerId, start: slot.start } })).then(() => {
      setMode('idle');
      invalidate();
    });

  return (
    <article className="card" aria-labelledby="booking-title">
      <h2 id="booking-title">Booking</h2>
      {booking ? (
        <>
          <p data-booking-start={booking.start}>
            <strong>
              {time.dateTime(booking.start)}–{time.time(booking.end)}
            </strong>{' '}
            with <EngineerName id={booking.engineerId} /> ({booking.status}) ·{' '}
            <Link to={`/board?date=${time.isoDate(booking.start)}&days=1`}>see it on the board</Link>
          </p>
          <div className="toolbar">
            <button type="button" aria-expanded={mode === 'reschedule'} onClick={() => setMode(mode === 'reschedule' ? 'idle' : 'reschedule')}>
              Reschedule
            </button>
            <button type="button" aria-expanded={mode === 'cancel'} onClick={() => setMode(mode === 'cancel' ? 'idle' : 'cancel')}>
              Cancel…
            </button>
          </div>
          {mode === 'reschedule' && <Slots order={order} action="Move to" onChosen={reschedule} />}
          {mode === 'cancel' && (
            <CancelBooking
              bookingId={booking.id}
              onDone={() => {
                setMode('idle');
                invalidate();
              }}
            />
          )}
        </>
      ) : waiting ? (
        <>
          <p>Not booked yet.{order.booking ? ` The last booking is ${order.booking.status}.` : ''}</p>
          <Slots order={order} action="Book" onChosen={book} />
        </>
      ) : (
        <Empty>{order.booking ? `Booking ${order.booking.status}: ${time.dateTime(order.booking.start)}.` : 'Nothing to book.'}</Empty>
      )}
    </article>
  );
}
