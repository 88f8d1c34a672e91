import { Random } from '../lib/random';

/** A postcode area with its city and a few districts customers and engineers are spread over. */
export interface PostcodeArea {
  code: string;
  city: string;
  /** Roughly the middle of the area (WGS84): places in it are spread around this. */
  centre: GeoPoint;
  districts: readonly string[];
}

export interface GeoPoint {
  lat: number;
  lng: number;
}

/**
 * A place within about 5 km of the area's centre, to 5 decimals (about a metre), as an
 * address look-up gives it. Two of them are at most 14 km apart: 27 minutes at the app's
 * default 40 km/h and road factor 1.3, inside the 30-minute buffer the seeded agendas keep,
 * so the seeded bookings keep the travel rules too.
 */
export function locationIn(random: Random, area: PostcodeArea): GeoPoint {
  const round = (value: number) => Math.round(value * 100_000) / 100_000;
  return { lat: round(area.centre.lat + (random.next() - 0.5) * 0.09), lng: round(area.centre.lng + (random.next() - 0.5) * 0.14) };
}

export const POSTCODE_AREAS: readonly PostcodeArea[] = [
  { code: 'SW', city: 'London', centre: { lat: 51.46, lng: -0.17 }, districts: ['SW1A', 'SW3', 'SW11', 'SW19'] },
  { code: 'SE', city: 'London', centre: { lat: 51.47, lng: -0.05 }, districts: ['SE1', 'SE10', 'SE15', 'SE22'] },
  { code: 'N', city: 'London', centre: { lat: 51.56, lng: -0.11 }, districts: ['N1', 'N7', 'N16', 'N19'] },
  { code: 'E', city: 'London', centre: { lat: 51.53, lng: -0.03 }, districts: ['E1', 'E14', 'E17', 'E8'] },
  { code: 'W', city: 'London', centre: { lat: 51.51, lng: -0.22 }, districts: ['W1A', 'W2', 'W4', 'W12'] },
  { code: 'NW', city: 'London', centre: { lat: 51.55, lng: -0.19 }, districts: ['NW1', 'NW3', 'NW6', 'NW10'] },
  { code: 'EC', city: 'London', centre: { lat: 51.517, lng: -0.095 }, districts: ['EC1A', 'EC2M', 'EC3V', 'EC4N'] },
  { code: 'M', city: 'Manchester', centre: { lat: 53.47, lng: -2.24 }, districts: ['M1', 'M4', 'M14', 'M20'] },
  { code: 'B', city: 'Birmingham', centre: { lat: 52.47, lng: -1.9 }, districts: ['B1', 'B15', 'B29', 'B13'] },
  { code: 'LS', city: 'Leeds', centre: { lat: 53.81, lng: -1.55 }, districts: ['LS1', 'LS6', 'LS17', 'LS8'] },
  { code: 'L', city: 'Liverpool', centre: { lat: 53.4, lng: -2.95 }, districts: ['L1', 'L8', 'L18', 'L15'] },
  { code: 'BS', city: 'Bristol', centre: { lat: 51.46, lng: -2.59 }, districts: ['BS1', 'BS8', 'BS16', 'BS7'] },
  { code: 'G', city: 'Glasgow', centre: { lat: 55.86, lng: -4.25 }, districts: ['G1', 'G12', 'G41', 'G31'] },
  { code: 'EH', city: 'Edinburgh', centre: { lat: 55.95, lng: -3.19 }, districts: ['EH1', 'EH3', 'EH10', 'EH6'] },
  { code: 'CF', city: 'Cardiff', centre: { lat: 51.48, lng: -3.18 }, districts: ['CF10', 'CF11', 'CF24', 'CF5'] },
  { code: 'NE', city: 'Newcastle upon Tyne', centre: { lat: 54.98, lng: -1.61 }, districts: ['NE1', 'NE4', 'NE6', 'NE2'] },
  { code: 'S', city: 'Sheffield', centre: { lat: 53.38, lng: -1.47 }, districts: ['S1', 'S10', 'S11', 'S7'] },
  { code: 'NG', city: 'Nottingham', centre: { lat: 52.95, lng: -1.15 }, districts: ['NG1', 'NG7', 'NG5', 'NG9'] },
  { code: 'LE', city: 'Leicester', centre: { lat: 52.63, lng: -1.13 }, districts: ['LE1', 'LE2', 'LE3', 'LE5'] },
  { code: 'OX', city: 'Oxford', centre: { lat: 51.75, lng: -1.26 }, districts: ['OX1', 'OX2', 'OX3', 'OX4'] },
];

const FIRST_NAMES = ['Olivia', 'Amelia', 'Isla', 'Ava', 'Mia', 'Noah', 'Oliver', 'George', 'Arthur', 'Leo', 'Priya', 'Mohammed', 'Aisha', 'Tom', 'Chloe', 'Jack', 'Sofia', 'Harry', 'Zara', 'Ethan', 'Grace', 'Ravi', 'Hannah', 'Lewis'];
const LAST_NAMES = ['Smith', 'Jones', 'Williams', 'Taylor', 'Brown', 'Davies', 'Evans', 'Wilson', 'Thomas', 'Roberts', 'Patel', 'Khan', 'Okafor', 'Campbell', 'Murray', 'Hughes', 'Walker', 'Wright', 'Shah', 'Edwards', 'Green', 'Hall', 'Clarke', 'Lewis'];
const STREETS = ['High Street', 'Station Road', 'Church Lane', 'Victoria Road', 'Green Lane', 'Manor Road', 'Park Avenue', 'Queens Road', 'Mill Lane', 'The Crescent', 'Kings Road', 'Albert Street'];
const FLEET_WORDS = ['Logistics', 'Couriers', 'Plumbing', 'Electrical', 'Removals', 'Builders', 'Landscaping', 'Taxis'];
const INWARD_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';
const PLATE_LETTERS = 'ABCDEFGHJKLMNOPRSTUVWXY';

export const VEHICLES: ReadonlyArray<readonly [string, string]> = [
  ['Ford', 'Transit Custom'],
  ['Ford', 'Fiesta'],
  ['Vauxhall', 'Corsa'],
  ['Volkswagen', 'Golf'],
  ['Volkswagen', 'Crafter'],
  ['Mercedes-Benz', 'Sprinter'],
  ['Toyota', 'Yaris'],
  ['Nissan', 'Qashqai'],
  ['Tesla', 'Model 3'],
  ['BMW', '3 Series'],
  ['Kia', 'Sportage'],
  ['Peugeot', 'Partner'],
];

export function personName(random: Random): string {
  return `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
}

/** Sole traders and fleets: some customers are businesses. */
export function customerName(random: Random): string {
  return random.chance(0.15) ? `${random.pick(LAST_NAMES)} ${random.pick(FLEET_WORDS)} Ltd` : personName(random);
}

export function emailFor(name: string, unique: number, domain: string): string {
  return `${name.toLowerCase().replace(/[^a-z]+/g, '.')}.${unique}@${domain}`;
}

/** A UK mobile number in the drama range Ofcom keeps free for fiction. */
export function mobilePhone(random: Random): string {
  return `+44 7700 900${String(random.int(0, 999)).padStart(3, '0')}`;
}

export function postcodeIn(random: Random, area: PostcodeArea): string {
  const inward = `${random.int(0, 9)}${random.pick([...INWARD_LETTERS])}${random.pick([...INWARD_LETTERS])}`;
  return `${random.pick(area.districts)} ${inward}`;
}

export function streetAddress(random: Random): string {
  return `${random.int(1, 220)} ${random.pick(STREETS)}`;
}

/** A current-format plate (`AB12 CDE`), already in the DVLA spelling the API stores. */
export function registration(random: Random): string {
  const letters = (count: number) => Array.from({ length: count }, () => random.pick([...PLATE_LETTERS])).join('');
  return `${letters(2)}${String(random.int(10, 74)).padStart(2, '0')} ${letters(3)}`;
}
