/**
 * Canonical mineral ids. The 30 critical minerals of India's June 2023 list are flagged
 * `critical2023`; the others are minerals that the auctioned blocks, finds and plants name.
 */
export interface MineralInfo {
  readonly id: MineralId;
  readonly label: string;
  /**
   * The Hindi name in Devanagari, as the Ministry of Mines and PIB Hindi releases write it; for
   * most elements that is a transliteration of the English name.
   */
  readonly labelHi: string;
  readonly critical2023: boolean;
}

interface MineralNames {
  readonly en: string;
  readonly hi: string;
}

const CRITICAL_2023 = {
  antimony: { en: 'Antimony', hi: 'एंटीमनी' },
  beryllium: { en: 'Beryllium', hi: 'बेरिलियम' },
  bismuth: { en: 'Bismuth', hi: 'बिस्मथ' },
  cadmium: { en: 'Cadmium', hi: 'कैडमियम' },
  cobalt: { en: 'Cobalt', hi: 'कोबाल्ट' },
  copper: { en: 'Copper', hi: 'तांबा' },
  gallium: { en: 'Gallium', hi: 'गैलियम' },
  germanium: { en: 'Germanium', hi: 'जर्मेनियम' },
  graphite: { en: 'Graphite', hi: 'ग्रेफाइट' },
  hafnium: { en: 'Hafnium', hi: 'हैफ्नियम' },
  indium: { en: 'Indium', hi: 'इंडियम' },
  lithium: { en: 'Lithium', hi: 'लिथियम' },
  molybdenum: { en: 'Molybdenum', hi: 'मोलिब्डेनम' },
  nickel: { en: 'Nickel', hi: 'निकल' },
  niobium: { en: 'Niobium', hi: 'नियोबियम' },
  pge: { en: 'Platinum-group elements', hi: 'प्लेटिनम समूह तत्व' },
  phosphorus: { en: 'Phosphorus', hi: 'फॉस्फोरस' },
  potash: { en: 'Potash', hi: 'पोटाश' },
  ree: { en: 'Rare-earth elements', hi: 'दुर्लभ मृदा तत्व' },
  rhenium: { en: 'Rhenium', hi: 'रेनियम' },
  selenium: { en: 'Selenium', hi: 'सेलेनियम' },
  silicon: { en: 'Silicon', hi: 'सिलिकॉन' },
  strontium: { en: 'Strontium', hi: 'स्ट्रोंशियम' },
  tantalum: { en: 'Tantalum', hi: 'टैंटलम' },
  tellurium: { en: 'Tellurium', hi: 'टेल्यूरियम' },
  tin: { en: 'Tin', hi: 'टिन' },
  titanium: { en: 'Titanium', hi: 'टाइटेनियम' },
  tungsten: { en: 'Tungsten', hi: 'टंगस्टन' },
  vanadium: { en: 'Vanadium', hi: 'वैनेडियम' },
  zirconium: { en: 'Zirconium', hi: 'ज़िरकोनियम' },
} as const satisfies Record<string, MineralNames>;

const OTHER = {
  'aluminous-laterite': { en: 'Aluminous laterite', hi: 'एल्युमिनस लैटेराइट' },
  bauxite: { en: 'Bauxite', hi: 'बॉक्साइट' },
  caesium: { en: 'Caesium', hi: 'सीज़ियम' },
  chromium: { en: 'Chromium', hi: 'क्रोमियम' },
  coal: { en: 'Coal', hi: 'कोयला' },
  'construction-sand': { en: 'Construction sand', hi: 'निर्माण रेत' },
  garnet: { en: 'Garnet', hi: 'गार्नेट' },
  glauconite: { en: 'Glauconite', hi: 'ग्लौकोनाइट' },
  gold: { en: 'Gold', hi: 'सोना' },
  halite: { en: 'Halite', hi: 'हेलाइट' },
  ilmenite: { en: 'Ilmenite', hi: 'इल्मेनाइट' },
  iron: { en: 'Iron ore', hi: 'लौह अयस्क' },
  lead: { en: 'Lead', hi: 'सीसा' },
  'lime-mud': { en: 'Lime mud', hi: 'चूना पंक' },
  limestone: { en: 'Limestone', hi: 'चूना पत्थर' },
  magnetite: { en: 'Magnetite', hi: 'मैग्नेटाइट' },
  manganese: { en: 'Manganese', hi: 'मैंगनीज़' },
  monazite: { en: 'Monazite', hi: 'मोनाज़ाइट' },
  phosphorite: { en: 'Phosphorite / rock phosphate', hi: 'फॉस्फोराइट / रॉक फॉस्फेट' },
  'polymetallic-nodules': { en: 'Polymetallic nodules and crusts', hi: 'बहुधात्विक पिंड और परतें' },
  'rare-metals': { en: 'Rare metals', hi: 'दुर्लभ धातुएँ' },
  rubidium: { en: 'Rubidium', hi: 'रुबिडियम' },
  rutile: { en: 'Rutile', hi: 'रूटाइल' },
  scandium: { en: 'Scandium', hi: 'स्कैंडियम' },
  sillimanite: { en: 'Sillimanite', hi: 'सिलिमेनाइट' },
  yttrium: { en: 'Yttrium', hi: 'इट्रियम' },
  zinc: { en: 'Zinc', hi: 'जस्ता' },
  zircon: { en: 'Zircon', hi: 'ज़िरकॉन' },
} as const satisfies Record<string, MineralNames>;

export type MineralId = keyof typeof CRITICAL_2023 | keyof typeof OTHER;

export const MINERALS: readonly MineralInfo[] = [
  ...Object.entries(CRITICAL_2023).map(([id, names]) => ({
    id: id as MineralId,
    label: names.en,
    labelHi: names.hi,
    critical2023: true,
  })),
  ...Object.entries(OTHER).map(([id, names]) => ({
    id: id as MineralId,
    label: names.en,
    labelHi: names.hi,
    critical2023: false,
  })),
].sort((a, b) => a.label.localeCompare(b.label));

export const MINERAL_IDS = MINERALS.map((m) => m.id) as readonly MineralId[];

const BY_ID = new Map<string, MineralInfo>(MINERALS.map((m) => [m.id, m]));

/** The human label of a mineral id; the id itself when unknown (imported data). */
export function mineralLabel(id: string): string {
  return BY_ID.get(id)?.label ?? id;
}

/** The Hindi (Devanagari) label of a mineral id; the id itself when unknown (imported data). */
export function mineralLabelHi(id: string): string {
  return BY_ID.get(id)?.labelHi ?? id;
}
