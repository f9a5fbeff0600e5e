import { resolve } from 'node:path';

/** The real open data beside the project (../shared/data), never copied into the repository. */
export const SHARED_DATA = resolve(__dirname, '../../../../../shared/data');

export const OFFICIAL_FILES = {
  boundaries: `${SHARED_DATA}/onsvisual-uk-topojson/topo.json`,
  changes: `${SHARED_DATA}/onsvisual-uk-topojson/changes.csv`,
  councils: `${SHARED_DATA}/mysociety-uk-local-authority-names-and-codes/uk_local_authorities.csv`,
  lsoaCouncils: `${SHARED_DATA}/mysociety-uk-local-authority-names-and-codes/lookup_lsoa_to_registry.csv`,
  iodImd: `${SHARED_DATA}/mhclg-iod2019-lsoa/File_1_-_IMD2019_Index_of_Multiple_Deprivation.csv.gz`,
  iodDomains: `${SHARED_DATA}/mhclg-iod2019-lsoa/File_2_-_IoD2019_Domains_of_Deprivation.csv.gz`,
  iodPopulation: `${SHARED_DATA}/mhclg-iod2019-lsoa/File_6_-_IoD2019_Population_Denominators.csv.gz`,
  iodLad2019: `${SHARED_DATA}/trafforddatalab-iod-lad/IoD2019_lad19.csv`,
  iodLad2025: `${SHARED_DATA}/trafforddatalab-iod-lad/IoD2025_lad24.csv`,
  nsplWc: `${SHARED_DATA}/ons-nspl-nov2021-sample/NSPL_NOV_2021_UK_WC.csv`,
  nsplHs: `${SHARED_DATA}/ons-nspl-nov2021-sample/NSPL_NOV_2021_UK_HS.csv`,
  hexDistricts: `${SHARED_DATA}/odileeds-hexmaps/uk-local-authority-districts-2023.hexjson`,
  hexUpperTier: `${SHARED_DATA}/odileeds-hexmaps/uk-upper-tier-local-authorities.hexjson`,
};
