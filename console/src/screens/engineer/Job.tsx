import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { api, type Schemas } from '../../api/client';
import { ok } from '../../api/problem';
import { useBusinessTime } from '../../api/time';
import { ProblemBanner, QueryState, SelectField, TextField } from '../../components/ui';
import { OrderVehicles } from '../dispatch/OrderPage';
import { iccidProblem, imeiProblem, serialProblem } from './device-identifiers';

type Order = Schemas['OrderV2DetailResponse'];
type Vehicle = Order['vehicles'][number];
type FailureReason = Schemas['VisitFailureReason'];

const FAILURE_REASONS: Record<FailureReason, string> = {
  vehicle_not_present: 'Vehicle not present',
  vehicle_incompatible: 'Vehicle incompatible',
  customer_refused: 'Customer refused',
  parts_missing: 'Parts missing',
  other: 'Other',
};

interface UnitDraft {
  productId: string;
  productName: string;
  imei: string;
  iccid: string;
  serial: string;
}

/** One row per unit to be fitted: every unit of the task's installable lines. */
function unitsOf(vehicle: Vehicle): UnitDraft[] {
  return vehicle.items
    .filter((item) => item.requiresInstallation)
    .flatMap((item) => Array.from({ length: item.quantity }, () => ({ productId: item.productId, productName: item.name, imei: '', iccid: '', serial: '' })));
}

function CompleteForm({ vehicle, taskId, onDone }: { vehicle: Vehicle; taskId: string; onDone(): void }) {
  const [units, setUnits] = useState(() => unitsOf(vehicle));
  const [checked, setChecked] = useState(false);
  const complete = useMutation({
    mutationFn: () =>
      ok(
        api.POST('/api/v1/services/{id}/complete', {
          params: { path: { id: taskId } },
          body: {
            // A unit left blank is one whose product records no identifiers.
            devices: units
              .filter((unit) => unit.imei || unit.iccid || unit.serial)
              .map((unit) => ({ productId: unit.productId, ...(unit.imei ? { imei: unit.imei } : {}), ...(unit.iccid ? { iccid: unit.iccid } : {}), ...(unit.serial ? { serial: unit.serial } : {}) })),
          },
        }),
      ),
    onSuccess: onDone,
  });
  const problems = units.map((unit) => ({ imei: imeiProblem(unit.imei), iccid: iccidProblem(unit.iccid), serial: serialProblem(unit.serial) }));
  const sentIndex = (index: number) => units.slice(0, index + 1).filter((unit) => unit.imei || unit.iccid || unit.serial).length - 1;
  const set = (index: number, change: Partial<UnitDraft>) => setUnits((all) => all.map((unit, at) => (at === index ? { ...unit, ...change } : unit)));

  function submit(event: FormEvent) {
    event.preventDefault();
    setChecked(true);
    if (problems.some((problem) => problem.imei || problem.iccid || problem.serial)) return;
    complete.mutate();
  }

  const shown = units.flatMap((_, index) => ['imei', 'iccid', 'serial'].map((key) => `devices.${sentIndex(index)}.${key}`));
  return (
    <form onSubmit={submit} noValidate aria-label={`Installation record for ${vehicle.registration}`}>
      {units.map((unit, index) => (
        <fieldset key={index}>
          <legend>
            Unit {index + 1}: {unit.productName}
          </legend>
          <div className="grid">
            <TextField label={`IMEI (unit ${index + 1})`} name={`devices.${sentIndex(index)}.imei`} inputMode="numeric" value={unit.imei} onChange={(event) => set(index, { imei: event.target.value.trim() })} clientError={checked ? problems[index]!.imei : undefined} error={complete.error} />
            <TextField label={`ICCID (unit ${index + 1})`} name={`devices.${sentIndex(index)}.iccid`} inputMode="numeric" value={unit.iccid} onChange={(event) => set(index, { iccid: event.target.value.trim() })} clientError={checked ? problems[index]!.iccid : undefined} error={complete.error} />
            <TextField label={`Serial (unit ${index + 1})`} name={`devices.${sentIndex(index)}.serial`} value={unit.serial} onChange={(event) => set(index, { serial: event.target.value })} clientError={checked ? problems[index]!.serial : undefined} error={complete.error} />
          </div>
        </fieldset>
      ))}
      <ProblemBanner error={complete.error} shownFields={shown} />
      <button type="submit" className="primary" disabled={complete.isPending}>
        Complete {vehicle.registration}
      </button>
    </form>
  );
}

function FailForm({ vehicle, taskId, onDone }: { vehicle: Vehicle; taskId: string; onDone(task: Schemas['ServiceResponse']): void }) {
  const [reason, setReason] = useState<FailureReason>('vehicle_not_present');
  const [note, setNote] = useState('');
  const fail = useMutation({
    mutationFn: () => ok(api.POST('/api/v1/services/{id}/fail', { params: { path: { id: taskId } }, body: { reason, ...(note ? { note } : {}) } })),
    onSuccess: onDone,
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    fail.mutate();
  }
  return (
    <form onSubmit={submit} noValidate aria-label={`Failed visit for ${vehicle.registration}`}>
      <SelectField label="Why the visit failed" name="reason" value={reason} onChange={(event) => setReason(event.target.value as FailureReason)} error={fail.error}>
        {Object.entries(FAILURE_REASONS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </SelectField>
      <TextField label="Note" name="note" value={note} onChange={(event) => setNote(event.target.value)} error={fail.error} />
      <ProblemBanner error={fail.error} shownFields={['reason', 'note']} />
      <button type="submit">Record the failed visit</button>
    </form>
  );
}

/**
 * A failed visit hands the task back to the dispatcher (pending, no engineer): from then on the
 * engineer may not read it, so its outcome is shown from the answer rather than read again.
 */
function FailedVisit({ vehicle, task }: { vehicle: Vehicle; task: Schemas['ServiceResponse'] }) {
  return (
    <article className="card" aria-label={`Task for ${vehicle.registration}`}>
      <h3>
        {vehicle.registration} {vehicle.make} {vehicle.model}: <span className={`status status-${task.status}`} data-task-status={task.status}>{task.status}</span>
      </h3>
      <p role="status">The failed visit is recorded{task.lastFailure ? ` (${FAILURE_REASONS[task.lastFailure.reason]})` : ''}: the task is back in the dispatcher’s queue.</p>
    </article>
  );
}

function Task({ vehicle, onChange, onFailed }: { vehicle: Vehicle; onChange(): void; onFailed(task: Schemas['ServiceResponse']): void }) {
  const task = vehicle.task!;
  const [mode, setMode] = useState<'idle' | 'fail'>('idle');
  const start = useMutation({ mutationFn: () => ok(api.POST('/api/v1/services/{id}/start', { params: { path: { id: task.id } } })), onSuccess: onChange });
  return (
    <article className="card" aria-label={`Task for ${vehicle.registration}`}>
      <h3>
        {vehicle.registration} {vehicle.make} {vehicle.model}: <span className={`status status-${task.status}`} data-task-status={task.status}>{task.status}</span>
      </h3>
      <ProblemBanner error={start.error} />
      {task.status === 'scheduled' && (
        <button type="button" className="primary" onClick={() => start.mutate()} disabled={start.isPending}>
          Start {vehicle.registration}
        </button>
      )}
      {task.status === 'in_progress' && <CompleteForm vehicle={vehicle} taskId={task.id} onDone={onChange} />}
      {(task.status === 'scheduled' || task.status === 'in_progress') && (
        <>
          <button type="button" aria-expanded={mode === 'fail'} onClick={() => setMode(mode === 'fail' ? 'idle' : 'fail')}>
            The visit failed…
          </button>
          {mode === 'fail' && <FailForm vehicle={vehicle} taskId={task.id} onDone={onFailed} />}
        </>
      )}
    </article>
  );
}

/** One booking of the engineer: the customer, and each vehicle's task to start, complete or fail. */
export default function Job() {
  const { bookingId = '' } = useParams();
  const time = useBusinessTime();
  const queryClient = useQueryClient();
  const [failed, setFailed] = useState<Record<string, Schemas['ServiceResponse']>>({});
  const booking = useQuery({ queryKey: ['booking', bookingId], queryFn: () => ok(api.GET('/api/v1/bookings/{id}', { params: { path: { id: bookingId } } })) });
  const orderId = booking.data?.orderId;
  const order = useQuery({
    queryKey: ['order', orderId],
    enabled: orderId !== undefined,
    queryFn: () => ok(api.GET('/api/v2/orders/{id}', { params: { path: { id: orderId! } } })),
  });
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ['order', orderId] });
    void queryClient.invalidateQueries({ queryKey: ['booking', bookingId] });
  };
  return (
    <QueryState query={booking} what="the job">
      {(job) => (
        <section aria-labelledby="job-title">
          <h1 id="job-title">
            Job {time.dateTime(job.start)}–{time.time(job.end)}
          </h1>
          <QueryState query={order} what="the order">
            {(data) => (
              <>
                <p>
                  Order {data.number} <span data-order-status={data.status}>{data.status}</span> · {data.customer.name}, {data.customer.phone} · {data.installationAddress.line1}, {data.installationAddress.city} {data.installationAddress.postcode}
                </p>
                {data.vehicles
                  .filter((vehicle) => vehicle.task)
                  .map((vehicle) =>
                    failed[vehicle.task!.id] ? (
                      <FailedVisit key={vehicle.vehicleId} vehicle={vehicle} task={failed[vehicle.task!.id]!} />
                    ) : (
                      <Task
                        key={vehicle.vehicleId}
                        vehicle={vehicle}
                        onChange={refresh}
                        onFailed={(task) => {
                          setFailed((all) => ({ ...all, [task.id]: task }));
                          // The order stays readable only while another of its tasks is still this engineer's.
                          if (data.vehicles.some((other) => other.task && other.task.id !== task.id && !failed[other.task.id] && ['scheduled', 'in_progress'].includes(other.task.status))) refresh();
                        }}
                      />
                    ),
                  )}
                <h2>Installation record</h2>
                <OrderVehicles order={data} />
              </>
            )}
          </QueryState>
        </section>
      )}
    </QueryState>
  );
}
