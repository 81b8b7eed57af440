/**
 * India's 28 states and 8 union territories with their current ISO 3166-2:IN codes
 * (after the 2023 changes: CT→CG, OR→OD, TG→TS, UT→UK; DN+DD→DH in 2020).
 */
export interface StateInfo {
  readonly code: StateCode;
  readonly name: string;
  readonly nameHi: string;
  readonly kind: 'state' | 'ut';
}

export const STATE_CODES = [
  'IN-AN',
  'IN-AP',
  'IN-AR',
  'IN-AS',
  'IN-BR',
  'IN-CH',
  'IN-CG',
  'IN-DH',
  'IN-DL',
  'IN-GA',
  'IN-GJ',
  'IN-HR',
  'IN-HP',
  'IN-JK',
  'IN-JH',
  'IN-KA',
  'IN-KL',
  'IN-LA',
  'IN-LD',
  'IN-MP',
  'IN-MH',
  'IN-MN',
  'IN-ML',
  'IN-MZ',
  'IN-NL',
  'IN-OD',
  'IN-PY',
  'IN-PB',
  'IN-RJ',
  'IN-SK',
  'IN-TN',
  'IN-TS',
  'IN-TR',
  'IN-UP',
  'IN-UK',
  'IN-WB',
] as const;

export type StateCode = (typeof STATE_CODES)[number];

export const STATES: readonly StateInfo[] = [
  { code: 'IN-AN', name: 'Andaman and Nicobar Islands', nameHi: 'अंडमान और निकोबार द्वीपसमूह', kind: 'ut' },
  { code: 'IN-AP', name: 'Andhra Pradesh', nameHi: 'आंध्र प्रदेश', kind: 'state' },
  { code: 'IN-AR', name: 'Arunachal Pradesh', nameHi: 'अरुणाचल प्रदेश', kind: 'state' },
  { code: 'IN-AS', name: 'Assam', nameHi: 'असम', kind: 'state' },
  { code: 'IN-BR', name: 'Bihar', nameHi: 'बिहार', kind: 'state' },
  { code: 'IN-CH', name: 'Chandigarh', nameHi: 'चंडीगढ़', kind: 'ut' },
  { code: 'IN-CG', name: 'Chhattisgarh', nameHi: 'छत्तीसगढ़', kind: 'state' },
  {
    code: 'IN-DH',
    name: 'Dadra and Nagar Haveli and Daman and Diu',
    nameHi: 'दादरा और नगर हवेली और दमन और दीव',
    kind: 'ut',
  },
  { code: 'IN-DL', name: 'Delhi', nameHi: 'दिल्ली', kind: 'ut' },
  { code: 'IN-GA', name: 'Goa', nameHi: 'गोवा', kind: 'state' },
  { code: 'IN-GJ', name: 'Gujarat', nameHi: 'गुजरात', kind: 'state' },
  { code: 'IN-HR', name: 'Haryana', nameHi: 'हरियाणा', kind: 'state' },
  { code: 'IN-HP', name: 'Himachal Pradesh', nameHi: 'हिमाचल प्रदेश', kind: 'state' },
  { code: 'IN-JK', name: 'Jammu and Kashmir', nameHi: 'जम्मू और कश्मीर', kind: 'ut' },
  { code: 'IN-JH', name: 'Jharkhand', nameHi: 'झारखंड', kind: 'state' },
  { code: 'IN-KA', name: 'Karnataka', nameHi: 'कर्नाटक', kind: 'state' },
  { code: 'IN-KL', name: 'Kerala', nameHi: 'केरल', kind: 'state' },
  { code: 'IN-LA', name: 'Ladakh', nameHi: 'लद्दाख', kind: 'ut' },
  { code: 'IN-LD', name: 'Lakshadweep', nameHi: 'लक्षद्वीप', kind: 'ut' },
  { code: 'IN-MP', name: 'Madhya Pradesh', nameHi: 'मध्य प्रदेश', kind: 'state' },
  { code: 'IN-MH', name: 'Maharashtra', nameHi: 'महाराष्ट्र', kind: 'state' },
  { code: 'IN-MN', name: 'Manipur', nameHi: 'मणिपुर', kind: 'state' },
  { code: 'IN-ML', name: 'Meghalaya', nameHi: 'मेघालय', kind: 'state' },
  { code: 'IN-MZ', name: 'Mizoram', nameHi: 'मिज़ोरम', kind: 'state' },
  { code: 'IN-NL', name: 'Nagaland', nameHi: 'नागालैंड', kind: 'state' },
  { code: 'IN-OD', name: 'Odisha', nameHi: 'ओडिशा', kind: 'state' },
  { code: 'IN-PY', name: 'Puducherry', nameHi: 'पुडुचेरी', kind: 'ut' },
  { code: 'IN-PB', name: 'Punjab', nameHi: 'पंजाब', kind: 'state' },
  { code: 'IN-RJ', name: 'Rajasthan', nameHi: 'राजस्थान', kind: 'state' },
  { code: 'IN-SK', name: 'Sikkim', nameHi: 'सिक्किम', kind: 'state' },
  { code: 'IN-TN', name: 'Tamil Nadu', nameHi: 'तमिलनाडु', kind: 'state' },
  { code: 'IN-TS', name: 'Telangana', nameHi: 'तेलंगाना', kind: 'state' },
  { code: 'IN-TR', name: 'Tripura', nameHi: 'त्रिपुरा', kind: 'state' },
  { code: 'IN-UP', name: 'Uttar Pradesh', nameHi: 'उत्तर प्रदेश', kind: 'state' },
  { code: 'IN-UK', name: 'Uttarakhand', nameHi: 'उत्तराखंड', kind: 'state' },
  { code: 'IN-WB', name: 'West Bengal', nameHi: 'पश्चिम बंगाल', kind: 'state' },
];

const BY_CODE = new Map<string, StateInfo>(STATES.map((s) => [s.code, s]));

/** The state or UT for an ISO 3166-2:IN code, or undefined for an unknown code. */
export function stateByCode(code: string): StateInfo | undefined {
  return BY_CODE.get(code);
}

export function isStateCode(code: string): code is StateCode {
  return BY_CODE.has(code);
}
