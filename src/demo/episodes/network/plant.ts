import { addProduct } from '../../../catalog/index.ts';
import { addCable, addNap, addPremises, registerCpe } from '../../../network/index.ts';
import type { FiberCount } from '../../../network/index.ts';
import type { Context } from '../../../platform/context.ts';
import { admitProvider } from '../../../providers/index.ts';
import type { DemoDay, DemoWorld } from '../../demo-world.ts';
import type { DemoRandom } from '../../rules/demo-random.ts';

/*
 * VitrumNet's open network in the Drechtsteden as the demo starts: a cable of every fiber count of
 * the repair-time table (vn:6.4.10), a few premises passed and ready to be connected, a first
 * delivery of switches, and two providers admitted with their service (vn:3.1).
 */

interface CableOfTown {
  readonly id: string;
  readonly fiberCount: FiberCount;
  readonly town: string;
  readonly description: string;
}

const CABLES: readonly CableOfTown[] = [
  {
    id: 'DDR-VOORSTRAAT-01',
    fiberCount: 192,
    town: 'Dordrecht',
    description: 'Binnenstad: Voorstraat, Spuiboulevard, Statenplein',
  },
  {
    id: 'DDR-WOLWEVERSHAVEN-02',
    fiberCount: 12,
    town: 'Dordrecht',
    description: 'Aftakking naar de havenkantoren',
  },
  {
    id: 'ZWD-KORTEWEG-01',
    fiberCount: 144,
    town: 'Zwijndrecht',
    description: 'Korteweg en bedrijventerrein Groote Lindt',
  },
  { id: 'PAP-MERCATORWEG-01', fiberCount: 96, town: 'Papendrecht', description: 'Bedrijventerrein Oosteind' },
  { id: 'SLD-RIVIERDIJK-01', fiberCount: 48, town: 'Sliedrecht', description: 'Rivierdijk en Baanhoek' },
  { id: 'ABD-KADE-01', fiberCount: 24, town: 'Alblasserdam', description: 'Kade en Nieuwland' },
  {
    id: 'HIA-ANTOONWEG-01',
    fiberCount: 48,
    town: 'Hendrik-Ido-Ambacht',
    description: 'Antoonweg en De Sandelingen',
  },
];

/** Premises passed on day one, not yet anyone's: the NAP is planned, waiting for a customer. */
const PASSED = [
  {
    street: 'Wolwevershaven',
    houseNumber: '36',
    postcode: '3311 AW',
    city: 'Dordrecht',
    cable: 'DDR-WOLWEVERSHAVEN-02',
  },
  {
    street: 'Spuiboulevard',
    houseNumber: '210',
    postcode: '3311 GR',
    city: 'Dordrecht',
    cable: 'DDR-VOORSTRAAT-01',
  },
  {
    street: 'Lindtsedijk',
    houseNumber: '8',
    postcode: '3336 LE',
    city: 'Zwijndrecht',
    cable: 'ZWD-KORTEWEG-01',
  },
  {
    street: 'Mercatorweg',
    houseNumber: '19',
    postcode: '3351 NK',
    city: 'Papendrecht',
    cable: 'PAP-MERCATORWEG-01',
  },
  {
    street: 'Baanhoek',
    houseNumber: '101',
    postcode: '3361 GG',
    city: 'Sliedrecht',
    cable: 'SLD-RIVIERDIJK-01',
  },
  {
    street: 'Kelvinring',
    houseNumber: '44',
    postcode: '2952 BG',
    city: 'Alblasserdam',
    cable: 'ABD-KADE-01',
  },
  {
    street: 'Antoonweg',
    houseNumber: '3',
    postcode: '3341 LN',
    city: 'Hendrik-Ido-Ambacht',
    cable: 'HIA-ANTOONWEG-01',
  },
] as const;

const SWITCH_MODELS = [
  { model: 'Zyxel XGS1250-12', ports: 12, serial: 'S232L' },
  { model: 'Juniper EX2300-C-12T', ports: 12, serial: 'JW362' },
  { model: 'Cisco CBS350-8T-E-2G', ports: 8, serial: 'PSZ26' },
] as const;

const FIRST_DELIVERY = 40;
const NEXT_DELIVERY = 30;
const REORDER_BELOW = 5;

export interface DemoProvider {
  readonly id: string;
  readonly name: string;
  readonly productId: string;
  readonly productName: string;
}

const PROVIDERS = [
  {
    name: 'Glasweb Internet B.V.',
    email: 'orders@glasweb.example',
    helpdeskPhone: '078 760 4400',
    helpdeskEmail: 'helpdesk@glasweb.example',
    code: 'GLASWEB-ZAKELIJK-1G',
    product: 'Glasweb Zakelijk Internet 1 Gbit/s',
  },
  {
    name: 'Drechtstad Telecom B.V.',
    email: 'bestellingen@drechtstadtelecom.example',
    helpdeskPhone: '078 303 9900',
    helpdeskEmail: 'support@drechtstadtelecom.example',
    code: 'DRECHTSTAD-INTERNET-TEL',
    product: 'Drechtstad Telecom Internet en Telefonie',
  },
] as const;

/** The network as the strand keeps track of it: free fibers per cable, switches in stock. */
export class Plant {
  readonly providers: DemoProvider[] = [];
  readonly #cables: { cable: CableOfTown; used: Set<number> }[] = [];
  readonly #stock: string[] = [];
  #switches = 0;
  #extraCables = 0;

  constructor(private readonly random: DemoRandom) {}

  /** Day one: the cables, the premises passed, the first switches, the providers. */
  async build(today: DemoDay, world: DemoWorld): Promise<void> {
    const noc = (time: string) => today.as(world.staff.noc, time);
    for (const cable of CABLES) await this.#lay(noc('08:40'), cable);
    for (const { cable, ...address } of PASSED) {
      const premises = await addPremises(noc('09:10'), { address });
      await addNap(noc('09:10'), { premisesId: premises.id, cableId: cable, fiber: this.#take(cable) });
    }
    await this.#deliver(noc('09:30'), FIRST_DELIVERY);
    const admin = today.as(world.staff.admin, '11:00');
    for (const entry of PROVIDERS) {
      const { provider } = await admitProvider(admin, {
        name: entry.name,
        email: entry.email,
        helpdeskPhone: entry.helpdeskPhone,
        helpdeskEmail: entry.helpdeskEmail,
      });
      const product = await addProduct(admin, {
        sellerId: 'vitrumnet',
        code: entry.code,
        name: entry.product,
        kind: 'third-party-service',
        vatCategory: 'standard',
        providerId: provider.id,
        firstPrice: { amountCents: 0 },
      });
      world.products.set(entry.code, product.id);
      this.providers.push({
        id: provider.id,
        name: provider.name,
        productId: product.id,
        productName: entry.product,
      });
    }
  }

  /**
   * A free fiber on a cable in the town: one of the town's cables with fibers left, else a new cable
   * laid that day (the network grows with its customers).
   */
  async fiberIn(context: Context, town: string): Promise<{ cableId: string; fiber: number }> {
    const free = this.#cables.filter(
      ({ cable, used }) => cable.town === town && used.size < cable.fiberCount,
    );
    let cable = free.length > 0 ? this.random.pick(free).cable : undefined;
    if (!cable) {
      const prefix = CABLES.find((c) => c.town === town)?.id.slice(0, 3) ?? 'DRS';
      cable = {
        id: `${prefix}-UITBREIDING-${String(++this.#extraCables).padStart(2, '0')}`,
        fiberCount: 96,
        town,
        description: `Uitbreiding ${town}`,
      };
      await this.#lay(context, cable);
    }
    return { cableId: cable.id, fiber: this.#take(cable.id) };
  }

  /** A switch from stock; a new delivery is booked in when the stock runs low. */
  async takeSwitch(context: Context): Promise<string> {
    if (this.#stock.length <= REORDER_BELOW) await this.#deliver(context, NEXT_DELIVERY);
    return this.#stock.shift()!;
  }

  async #lay(context: Context, cable: CableOfTown): Promise<void> {
    await addCable(context, { id: cable.id, fiberCount: cable.fiberCount, description: cable.description });
    this.#cables.push({ cable, used: new Set() });
  }

  /** The lowest free fiber of the cable. */
  #take(cableId: string): number {
    const entry = this.#cables.find(({ cable }) => cable.id === cableId)!;
    let fiber = 1;
    while (entry.used.has(fiber)) fiber++;
    entry.used.add(fiber);
    return fiber;
  }

  async #deliver(context: Context, count: number): Promise<void> {
    const { model, ports, serial } = this.random.pick(SWITCH_MODELS);
    for (let index = 0; index < count; index++) {
      const number = ++this.#switches;
      const device = await registerCpe(context, {
        serialNumber: `${serial}${String(40_000 + number * 37).padStart(7, '0')}`,
        model,
        ports,
        sticker: `VN-${String(4_100 + number).padStart(6, '0')}`,
      });
      this.#stock.push(device.id);
    }
  }
}
