import { Random } from '../lib/random';

/** A postcode area with its city and a few districts customers and engineers are spread over. */
export interface PostcodeArea {
  code: string;
  city: string;
  districts: readonly string[];
}

export const POSTCODE_AREAS: readonly PostcodeArea[] = [
  { code: 'SW', city: 'London', districts: ['SW1A', 'SW3', 'SW11', 'SW19'] },
  { code: 'SE', city: 'London', districts: ['SE1', 'SE10', 'SE15', 'SE22'] },
  { code: 'N', city: 'London', districts: ['N1', 'N7', 'N16', 'N19'] },
  { code: 'E', city: 'London', districts: ['E1', 'E14', 'E17', 'E8'] },
  { code: 'W', city: 'London', districts: ['W1A', 'W2', 'W4', 'W12'] },
  { code: 'NW', city: 'London', districts: ['NW1', 'NW3', 'NW6', 'NW10'] },
  { code: 'EC', city: 'London', districts: ['EC1A', 'EC2M', 'EC3V', 'EC4N'] },
  { code: 'M', city: 'Manchester', districts: ['M1', 'M4', 'M14', 'M20'] },
  { code: 'B', city: 'Birmingham', districts: ['B1', 'B15', 'B29', 'B13'] },
  { code: 'LS', city: 'Leeds', districts: ['LS1', 'LS6', 'LS17', 'LS8'] },
  { code: 'L', city: 'Liverpool', districts: ['L1', 'L8', 'L18', 'L15'] },
  { code: 'BS', city: 'Bristol', districts: ['BS1', 'BS8', 'BS16', 'BS7'] },
  { code: 'G', city: 'Glasgow', districts: ['G1', 'G12', 'G41', 'G31'] },
  { code: 'EH', city: 'Edinburgh', districts: ['EH1', 'EH3', 'EH10', 'EH6'] },
  { code: 'CF', city: 'Cardiff', districts: ['CF10', 'CF11', 'CF24', 'CF5'] },
  { code: 'NE', city: 'Newcastle upon Tyne', districts: ['NE1', 'NE4', 'NE6', 'NE2'] },
  { code: 'S', city: 'Sheffield', districts: ['S1', 'S10', 'S11', 'S7'] },
  { code: 'NG', city: 'Nottingham', districts: ['NG1', 'NG7', 'NG5', 'NG9'] },
  { code: 'LE', city: 'Leicester', districts: ['LE1', 'LE2', 'LE3', 'LE5'] },
  { code: 'OX', city: 'Oxford', districts: ['OX1', 'OX2', 'OX3', 'OX4'] },
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
