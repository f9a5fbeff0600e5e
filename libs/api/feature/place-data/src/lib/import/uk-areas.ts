/** The four nations and England's nine regions: fixed GSS codes that council lists name only in words. */
export const COUNTRIES: Readonly<Record<string, string>> = {
  England: 'E92000001',
  Wales: 'W92000004',
  Scotland: 'S92000003',
  'Northern Ireland': 'N92000002',
};

export const ENGLISH_REGIONS: Readonly<Record<string, string>> = {
  'North East': 'E12000001',
  'North West': 'E12000002',
  'Yorkshire and The Humber': 'E12000003',
  'East Midlands': 'E12000004',
  'West Midlands': 'E12000005',
  'East of England': 'E12000006',
  London: 'E12000007',
  'South East': 'E12000008',
  'South West': 'E12000009',
};

/** The nation a GSS code lies in, from its first letter. */
export function countryOfCode(code: string): string | undefined {
  return { E: COUNTRIES['England'], W: COUNTRIES['Wales'], S: COUNTRIES['Scotland'], N: COUNTRIES['Northern Ireland'] }[
    code[0]
  ];
}
