import type { Rng } from './random';
import { cat } from './text';

/** Obviously fake buyers: names, handles and phone numbers nobody owns (555-01xx is reserved for fiction). */
export interface DemoBuyer {
  number: number;
  name: string;
  username: string;
  nickname: string;
  phone: string;
  place: Place;
  address1: string;
  address2: string;
}

export interface Place {
  city: string;
  state: string;
  zip: string;
  taxRate: number;
  /** Per-order retail delivery fee some states charge (Colorado, Minnesota). */
  retailDeliveryFee: number;
}

type PlaceSpec = [city: string, state: string, zip: string, taxRate: number, weight: number, fee?: number];

const PLACE_SPECS: PlaceSpec[] = [
  ['Los Angeles', 'California', '90012', 0.095, 9],
  ['San Diego', 'California', '92101', 0.0775, 4],
  ['Houston', 'Texas', '77002', 0.0825, 6],
  ['Dallas', 'Texas', '75201', 0.0825, 5],
  ['New York', 'New York', '10001', 0.08875, 7],
  ['Brooklyn', 'New York', '11201', 0.08875, 4],
  ['Miami', 'Florida', '33130', 0.07, 5],
  ['Orlando', 'Florida', '32801', 0.065, 3],
  ['Chicago', 'Illinois', '60601', 0.1025, 5],
  ['Atlanta', 'Georgia', '30303', 0.089, 4],
  ['Phoenix', 'Arizona', '85004', 0.086, 4],
  ['Seattle', 'Washington', '98101', 0.1035, 3],
  ['Denver', 'Colorado', '80202', 0.0881, 3, 0.28],
  ['Minneapolis', 'Minnesota', '55401', 0.0903, 2, 0.5],
  ['Philadelphia', 'Pennsylvania', '19103', 0.08, 3],
  ['Columbus', 'Ohio', '43215', 0.0775, 3],
  ['Charlotte', 'North Carolina', '28202', 0.0725, 3],
  ['Nashville', 'Tennessee', '37203', 0.0925, 2],
  ['Portland', 'Oregon', '97204', 0, 2],
  ['Boston', 'Massachusetts', '02108', 0.0625, 2],
  ['Las Vegas', 'Nevada', '89101', 0.0838, 2],
];

const PLACES: [Place, number][] = PLACE_SPECS.map(([city, state, zip, taxRate, weight, fee]) => [
  { city, state, zip, taxRate, retailDeliveryFee: fee ?? 0 },
  weight,
]);

const STREETS = ['Demo Street', 'Sample Avenue', 'Example Road', 'Placeholder Lane', 'Test Boulevard'];

export function makeBuyer(number: number, rng: Rng): DemoBuyer {
  const id = String(number).padStart(4, '0');
  return {
    number,
    name: cat('Demo Buyer ', id),
    username: cat('demo_buyer_', id),
    nickname: cat('DemoBuyer', number),
    phone: cat('(+1)555-01', String(number % 100).padStart(2, '0')),
    place: rng.weighted(PLACES),
    address1: cat(100 + ((number * 37) % 9800), ' ', STREETS[number % STREETS.length]),
    address2: rng.chance(0.25) ? `Apt ${rng.int(1, 40)}${rng.pick(['A', 'B', 'C', ''])}` : '',
  };
}
