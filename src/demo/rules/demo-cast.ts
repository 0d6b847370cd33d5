import type { DemoRandom } from './demo-random.ts';

/** How a demo customer pays: what the bank statements and the dunning ladder make of it. */
export type PayingHabit =
  /** Pays within the payment term. */
  | 'prompt'
  /** Pays one to three weeks after the due date: gets a reminder. */
  | 'slow'
  /** Pays only after the collection-costs letter. */
  | 'late'
  /** Stops paying: walks the whole dunning ladder. */
  | 'defaulter'
  /** Disputes one invoice, pays the rest on time. */
  | 'disputer';

export interface DemoCustomer {
  /** Stable within a demo: `c001` … */
  readonly key: string;
  readonly sellerId: 'bit' | 'vitrumnet';
  readonly kind: 'business' | 'consumer';
  readonly legalName: string;
  readonly contactName: string;
  readonly kvkNumber: string | null;
  readonly email: string;
  readonly address: { street: string; houseNumber: string; postcode: string; city: string };
  /** Days after the demo's first day on which the customer is won. */
  readonly joinsAfterDays: number;
  readonly habit: PayingHabit;
  /** Days after joining on which the customer gives notice, when it leaves within the year. */
  readonly leavesAfterDays: number | null;
}

const towns: Record<DemoCustomer['sellerId'], readonly (readonly [string, string])[]> = {
  bit: [
    ['Ede', '6711'],
    ['Wageningen', '6701'],
    ['Arnhem', '6811'],
    ['Veenendaal', '3901'],
    ['Barneveld', '3771'],
    ['Amersfoort', '3811'],
    ['Utrecht', '3511'],
  ],
  vitrumnet: [
    ['Dordrecht', '3311'],
    ['Zwijndrecht', '3331'],
    ['Papendrecht', '3351'],
    ['Sliedrecht', '3361'],
    ['Alblasserdam', '2951'],
    ['Hendrik-Ido-Ambacht', '3341'],
  ],
};

const trades = [
  'Bakkerij',
  'Drukkerij',
  'Advocatenkantoor',
  'Tandartspraktijk',
  'Installatiebedrijf',
  'Administratiekantoor',
  'Architectenbureau',
  'Transportbedrijf',
  'Webbureau',
  'Fysiotherapie',
  'Bouwbedrijf',
  'Makelaardij',
  'Accountants',
  'Reclamebureau',
  'Scheepswerf',
  'Autobedrijf',
  'Kinderopvang',
  'Hoveniersbedrijf',
];
const surnames = [
  'De Vries',
  'Jansen',
  'Van den Berg',
  'Bakker',
  'Visser',
  'Smit',
  'Meijer',
  'De Boer',
  'Mulder',
  'De Groot',
  'Bos',
  'Vos',
  'Peters',
  'Hendriks',
  'Van Leeuwen',
  'Dekker',
  'Brouwer',
  'De Wit',
  'Dijkstra',
  'Smits',
  'Van Dijk',
  'Kok',
  'Verhoeven',
  'Van der Linden',
];
const firstNames = ['Sanne', 'Daan', 'Lotte', 'Bram', 'Emma', 'Thijs', 'Fleur', 'Ruben', 'Iris', 'Joris'];
const streets = [
  'Markt',
  'Stationsweg',
  'Kerkstraat',
  'Industrieweg',
  'Havenkade',
  'Molenstraat',
  'Dorpsstraat',
];
const legalForms = ['B.V.', 'B.V.', 'B.V.', 'V.O.F.'];

const slug = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function habitOf(random: DemoRandom): PayingHabit {
  // Most businesses pay on time; one in ten a little late, a few only under pressure or not at all.
  const roll = random.next();
  if (roll < 0.8) return 'prompt';
  if (roll < 0.9) return 'slow';
  if (roll < 0.94) return 'late';
  if (roll < 0.96) return 'defaulter';
  return 'disputer';
}

/**
 * The demo's customers: BIT's (hosting, colocation, domains; some consumers) and VitrumNet's
 * (businesses on the fiber network). Most are won in the first months, so the year bills them.
 */
export function demoCast(random: DemoRandom, size: number): DemoCustomer[] {
  const cast: DemoCustomer[] = [];
  for (let index = 0; index < size; index++) {
    const sellerId = index % 5 < 3 ? 'bit' : 'vitrumnet';
    const kind = sellerId === 'bit' && random.chance(0.2) ? 'consumer' : 'business';
    const surname = random.pick(surnames);
    const firstName = random.pick(firstNames);
    const legalName =
      kind === 'consumer'
        ? `${firstName} ${surname}`
        : `${random.pick(trades)} ${surname} ${random.pick(legalForms)}`;
    const [city, postcodeDigits] = random.pick(towns[sellerId]);
    const key = `c${String(index + 1).padStart(3, '0')}`;
    const domain = `${slug(legalName)}-${key}.example`;
    cast.push({
      key,
      sellerId,
      kind,
      legalName,
      contactName: `${firstName} ${surname}`,
      kvkNumber: kind === 'business' ? String(30_000_000 + index * 7_919) : null,
      email: kind === 'business' ? `facturen@${domain}` : `${slug(firstName)}@${domain}`,
      address: {
        street: random.pick(streets),
        houseNumber: String(random.between(1, 180)),
        postcode: `${postcodeDigits} ${String.fromCharCode(65 + (index % 26))}${String.fromCharCode(65 + ((index * 7) % 26))}`,
        city,
      },
      // Two in three in the first two months; the rest spread over the next seven.
      joinsAfterDays: random.chance(0.66) ? random.between(0, 60) : random.between(61, 270),
      habit: habitOf(random),
      leavesAfterDays: random.chance(0.08) ? random.between(90, 200) : null,
    });
  }
  return cast;
}
