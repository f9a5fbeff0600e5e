import { once } from 'node:events';
import { createWriteStream } from 'node:fs';

export interface GeneratedGrants {
  /** Grants in the file. */
  count: number;
  /** Characters of description per grant, to make a large file of few grants. */
  descriptionLength?: number;
  /** Distinct recipients the grants go to. */
  recipients?: number;
  /** 1-based positions of grants whose amount is not a number. */
  badAmountAt?: number[];
  /** Identifier prefix, so two files do not collide. */
  prefix?: string;
}

/**
 * Writes a 360Giving JSON package of generated grants, streamed (a million grants never sit in
 * memory): one funder, `recipients` groups by 360G id, every grant placed in Trafford.
 */
export async function generateGrantsFile(file: string, options: GeneratedGrants): Promise<void> {
  const out = createWriteStream(file);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  const prefix = options.prefix ?? '360G-generated';
  const recipients = options.recipients ?? 1000;
  const description = 'A community project. '
    .repeat(Math.ceil((options.descriptionLength ?? 40) / 21))
    .slice(0, options.descriptionLength ?? 40);
  const bad = new Set(options.badAmountAt ?? []);
  await write('{"grants":[\n');
  for (let i = 1; i <= options.count; i++) {
    const recipient = i % recipients;
    const grant = {
      id: `${prefix}-${i}`,
      title: `Grant ${i}`,
      description,
      currency: 'GBP',
      amountAwarded: bad.has(i) ? 'a lot' : 1000 + (i % 500),
      awardDate: `20${String(10 + (i % 15)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 10}`,
      plannedDates: [{ duration: 12 }],
      recipientOrganization: [{ id: `${prefix}-group-${recipient}`, name: `Group ${recipient}` }],
      beneficiaryLocation: [{ name: 'Trafford', countryCode: 'GB', geoCode: 'E08000009', geoCodeType: 'MD' }],
      fundingOrganization: [{ id: 'GB-LAE-TRF', name: 'Trafford Metropolitan Borough Council' }],
      grantProgramme: [{ code: 'GEN', title: 'Generated Grants' }],
    };
    await write(`${i > 1 ? ',\n' : ''}${JSON.stringify(grant)}`);
  }
  await write('\n]}\n');
  out.end();
  await once(out, 'finish');
}
