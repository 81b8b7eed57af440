/**
 * Canonical mineral ids. The 30 critical minerals of India's June 2023 list are flagged
 * `critical2023`; the others are minerals that the auctioned blocks, finds and plants name.
 */
export interface MineralInfo {
  readonly id: MineralId;
  readonly label: string;
  readonly critical2023: boolean;
}

const CRITICAL_2023 = {
  antimony: 'Antimony',
  beryllium: 'Beryllium',
  bismuth: 'Bismuth',
  cadmium: 'Cadmium',
  cobalt: 'Cobalt',
  copper: 'Copper',
  gallium: 'Gallium',
  germanium: 'Germanium',
  graphite: 'Graphite',
  hafnium: 'Hafnium',
  indium: 'Indium',
  lithium: 'Lithium',
  molybdenum: 'Molybdenum',
  nickel: 'Nickel',
  niobium: 'Niobium',
  pge: 'Platinum-group elements',
  phosphorus: 'Phosphorus',
  potash: 'Potash',
  ree: 'Rare-earth elements',
  rhenium: 'Rhenium',
  selenium: 'Selenium',
  silicon: 'Silicon',
  strontium: 'Strontium',
  tantalum: 'Tantalum',
  tellurium: 'Tellurium',
  tin: 'Tin',
  titanium: 'Titanium',
  tungsten: 'Tungsten',
  vanadium: 'Vanadium',
  zirconium: 'Zirconium',
} as const;

const OTHER = {
  'aluminous-laterite': 'Aluminous laterite',
  bauxite: 'Bauxite',
  caesium: 'Caesium',
  chromium: 'Chromium',
  coal: 'Coal',
  'construction-sand': 'Construction sand',
  garnet: 'Garnet',
  glauconite: 'Glauconite',
  gold: 'Gold',
  halite: 'Halite',
  ilmenite: 'Ilmenite',
  iron: 'Iron ore',
  lead: 'Lead',
  'lime-mud': 'Lime mud',
  limestone: 'Limestone',
  magnetite: 'Magnetite',
  manganese: 'Manganese',
  monazite: 'Monazite',
  phosphorite: 'Phosphorite / rock phosphate',
  'polymetallic-nodules': 'Polymetallic nodules and crusts',
  'rare-metals': 'Rare metals',
  rubidium: 'Rubidium',
  rutile: 'Rutile',
  scandium: 'Scandium',
  sillimanite: 'Sillimanite',
  yttrium: 'Yttrium',
  zinc: 'Zinc',
  zircon: 'Zircon',
} as const;

export type MineralId = keyof typeof CRITICAL_2023 | keyof typeof OTHER;

export const MINERALS: readonly MineralInfo[] = [
  ...Object.entries(CRITICAL_2023).map(([id, label]) => ({
    id: id as MineralId,
    label,
    critical2023: true,
  })),
  ...Object.entries(OTHER).map(([id, label]) => ({
    id: id as MineralId,
    label,
    critical2023: false,
  })),
].sort((a, b) => a.label.localeCompare(b.label));

export const MINERAL_IDS = MINERALS.map((m) => m.id) as readonly MineralId[];

const BY_ID = new Map<string, MineralInfo>(MINERALS.map((m) => [m.id, m]));

/** The human label of a mineral id; the id itself when unknown (imported data). */
export function mineralLabel(id: string): string {
  return BY_ID.get(id)?.label ?? id;
}
