import { Random } from '../lib/random';
import { INSTALLATION_SKILLS } from './catalogue';
import { DaySpan, ScheduledEngineer } from './engineer-schedule';
import { GeoPoint, POSTCODE_AREAS, PostcodeArea, customerName, emailFor, locationIn, mobilePhone, personName, postcodeIn, streetAddress } from './uk-data';

export interface Customer {
  id: string;
  name: string;
  email: string;
  phone: string;
  line1: string;
  line2: string | null;
  city: string;
  postcode: string;
  location: GeoPoint;
  areaIndex: number;
  createdAt: Date;
}

export interface Engineer extends ScheduledEngineer {
  name: string;
  email: string;
  phone: string;
  areaIndex: number;
  /** Postcode areas and districts served, as engineer_areas stores them. */
  areas: string[];
  skills: string[];
  /** Where they start the day from: a postcode of their own area and its location. */
  homePostcode: string;
  homeLocation: GeoPoint;
  /** Null: the settings' default hours (08:00–18:00, Monday to Friday). */
  workingHours: Record<string, Array<{ start: string; end: string }>> | null;
  createdAt: Date;
}

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
const DEFAULT_SPANS: readonly DaySpan[] = [[480, 1080], [480, 1080], [480, 1080], [480, 1080], [480, 1080], null, null];
const EARLY_SHIFT: readonly DaySpan[] = [[420, 900], [420, 900], [420, 900], [420, 900], [420, 900], [480, 780], null];

function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

function workingHoursOf(spans: readonly DaySpan[]): Engineer['workingHours'] {
  return Object.fromEntries(WEEKDAYS.map((day, index) => {
    const span = spans[index];
    return [day, span ? [{ start: clock(span[0]), end: clock(span[1]) }] : []];
  }));
}

/**
 * Engineers spread evenly over the postcode areas. Most keep the default hours; a fifth
 * work an early shift with Saturday mornings, some cap their jobs per day, and a third also
 * cover a district of the next area, as real rotas do.
 */
export function buildEngineers(random: Random, count: number, since: Date): Engineer[] {
  return Array.from({ length: count }, (_, index) => {
    const areaIndex = index % POSTCODE_AREAS.length;
    const area = POSTCODE_AREAS[areaIndex]!;
    const neighbour = POSTCODE_AREAS[(areaIndex + 1) % POSTCODE_AREAS.length]!;
    const earlyShift = random.chance(0.2);
    const spans = earlyShift ? EARLY_SHIFT : DEFAULT_SPANS;
    const name = personName(random);
    return {
      id: random.uuid(),
      name,
      email: emailFor(name, index, 'engineers.vision-telematics.example'),
      phone: mobilePhone(random),
      areaIndex,
      areas: random.chance(0.33) ? [area.code, random.pick(neighbour.districts)] : [area.code],
      skills: [...INSTALLATION_SKILLS],
      homePostcode: postcodeIn(random, area),
      homeLocation: locationIn(random, area),
      spans,
      workingHours: earlyShift ? workingHoursOf(spans) : null,
      maxJobsPerDay: random.chance(0.25) ? 4 : null,
      createdAt: new Date(since.getTime() - random.int(30, 400) * 86_400_000),
    };
  });
}

/** Customers in the order they signed up, so an order can pick any customer who existed by then. */
export function buildCustomers(random: Random, count: number, from: Date, to: Date): Customer[] {
  const span = to.getTime() - from.getTime();
  return Array.from({ length: count }, (_, index) => {
    const areaIndex = random.int(0, POSTCODE_AREAS.length - 1);
    const area: PostcodeArea = POSTCODE_AREAS[areaIndex]!;
    const name = customerName(random);
    return {
      id: random.uuid(),
      name,
      email: emailFor(name, index, 'example.com'),
      phone: mobilePhone(random),
      line1: streetAddress(random),
      line2: random.chance(0.2) ? `Flat ${random.int(1, 40)}` : null,
      city: area.city,
      postcode: postcodeIn(random, area),
      location: locationIn(random, area),
      areaIndex,
      createdAt: new Date(from.getTime() + Math.floor(((index + random.next()) / count) * span)),
    };
  });
}
