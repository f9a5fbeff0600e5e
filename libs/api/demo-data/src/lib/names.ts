import { ActivityKind, IndicatorDirection, LevellingUpMission as M, OrganisationType, RelationshipType } from '@cg/shared/domain';

/** Fictional places of the demo county, Wyvernshire; any likeness to real places is chance. */
export const TOWNS = [
  'Wyvernham', 'Harrowby', 'Castlemere', 'Oakbridge', 'Thornfield', 'Ashcombe', 'Millbrook', 'Kestrel Vale',
  'Fenwick', 'Saltmarsh', 'Brackenford', 'Holloway Cross', 'Eldermoor', 'Stonegate', 'Rookwood', 'Larkhill Green',
] as const;

export const COUNTY = 'Wyvernshire';

const THEMES = [
  'Food', 'Youth', 'Carers', 'Older People', 'Refugee', 'Mental Health', 'Employment', 'Housing', 'Arts',
  'Sports', 'Green Spaces', 'Family', 'Digital', 'Advice', 'Recovery', 'Heritage', 'Transport', 'Community Safety',
] as const;
export type Theme = (typeof THEMES)[number];

const PATTERNS: Record<OrganisationType, readonly string[]> = {
  CHARITY: ['{town} {theme} Trust', '{town} {theme} Network', '{theme} Action {town}', '{town} Cares'],
  COMMUNITY_GROUP: ['Friends of {town} Park', '{town} Residents Association', '{town} {theme} Circle'],
  SOCIAL_ENTERPRISE: ['{town} {theme} CIC', '{theme} Works {town}', '{town} Community Kitchen CIC'],
  // The principal councils are named after their areas; these are the town and parish councils.
  LOCAL_AUTHORITY: ['{town} Town Council', '{town} Parish Council', '{town} Community Council'],
  PUBLIC_BODY: ['{town} Integrated Care Partnership', '{town} Jobcentre Partnership', '{town} Fire and Rescue'],
  BUSINESS: ['{town} Logistics Ltd', '{town} Building Society', '{town} Engineering Ltd', '{town} Bakery Ltd'],
  FUNDER: ['{town} Community Foundation', 'The {town} Fund', '{town} {theme} Endowment'],
  UNIVERSITY_OR_COLLEGE: ['University of {town}', '{town} College', '{town} Sixth Form College'],
  FAITH_GROUP: ['St Mary\'s {town}', '{town} Mosque Community Centre', '{town} Gurdwara', '{town} Baptist Church'],
  HOUSING_ASSOCIATION: ['{town} Homes', '{town} Housing Group', '{town} Housing Co-operative'],
  OTHER: ['{town} Together', '{town} {theme} Forum'],
};

export function organisationName(type: OrganisationType, town: string, theme: string, serial: number): string {
  const pattern = PATTERNS[type][serial % PATTERNS[type].length];
  return pattern.replace('{town}', town).replace('{theme}', theme);
}

export { THEMES };

/** Fictional regions; the first holds Wyvernshire. */
export const REGION_NAMES = [
  'Middle Marches', 'Northern Fells', 'Western Vales', 'Eastern Fens', 'Southern Downs', 'Greywater Coast',
  'High Moors', 'Riverlands', 'Chalk Hills',
] as const;

/** Syllables for the extra counties and districts of national-scale runs. */
export const PLACE_STEMS = [
  'Amber', 'Badger', 'Bramble', 'Cinder', 'Clover', 'Cobble', 'Curlew', 'Drey', 'Ember', 'Fennel', 'Flint',
  'Gorse', 'Heron', 'Hollin', 'Juniper', 'Lantern', 'Lapwing', 'Linnet', 'Mallow', 'Marten', 'Merlin', 'Nettle',
  'Otter', 'Plover', 'Quill', 'Rowan', 'Sable', 'Sorrel', 'Starling', 'Tansy', 'Teasel', 'Thistle', 'Tinder',
  'Vetch', 'Wyvern', 'Yarrow', 'Kestrel', 'Lark', 'Raven', 'Wren', 'Sedge', 'Bracken', 'Alder', 'Hazel',
] as const;
export const PLACE_ENDINGS = [
  'bury', 'by', 'combe', 'cote', 'den', 'field', 'ford', 'gate', 'ham', 'hurst', 'ley', 'mere', 'minster',
  'mouth', 'stead', 'stow', 'thorpe', 'ton', 'wick', 'worth', 'bridge', 'brook', 'dale', 'well', 'moor',
] as const;

/** Neighbourhood names for wards beyond the towns. */
export const WARD_AREAS = [
  'Abbey', 'Brookside', 'Castle', 'Church End', 'Hillcrest', 'Lowfield', 'Marsh Lane', 'Newtown', 'Orchard',
  'Parkside', 'Priory', 'Riverside', "St Anne's", 'Tanners', 'Upper Mill', 'Westgate', 'Wharfside',
  'Cattle Market', 'Foundry', 'Meadowbank', 'Rope Walk', 'Spinney', 'Weavers', 'Windmill Hill', 'Chapel Fields',
  'Old Quarry', 'Kiln Lane', 'Station', 'Tannery', 'Beacon', 'Goose Green', 'Mill Race', 'Cross Keys',
] as const;
export const COMPASS = ['Central', 'North', 'South', 'East', 'West'] as const;
export const ESTATES = ['The Larches', 'Beechwood', 'Hawthorn', 'Cedar Court', 'Sycamore', 'Laburnum', 'Pinewood', 'The Willows'] as const;

export const FIRST_NAMES = [
  'Aisha', 'Alan', 'Amara', 'Amir', 'Anna', 'Arjun', 'Beatrice', 'Ben', 'Bethan', 'Bilal', 'Callum', 'Chloe',
  'Chidi', 'Claire', 'Connor', 'Daniel', 'Deborah', 'Declan', 'Dev', 'Eilidh', 'Eleanor', 'Emeka', 'Emma', 'Ewan',
  'Fatima', 'Fiona', 'Gareth', 'Grace', 'Hannah', 'Harpreet', 'Hassan', 'Helen', 'Ian', 'Imran', 'Isla', 'Jack',
  'Jade', 'James', 'Jasmine', 'Joanne', 'Jon', 'Kabir', 'Karen', 'Katarzyna', 'Kemi', 'Kieran', 'Laura', 'Leah',
  'Liam', 'Lucy', 'Mandeep', 'Marcus', 'Maria', 'Mark', 'Maryam', 'Megan', 'Mohammed', 'Nadia', 'Naomi', 'Neil',
  'Nia', 'Oliver', 'Olu', 'Owen', 'Paul', 'Pawel', 'Priya', 'Rachel', 'Rhys', 'Rosa', 'Ruth', 'Ryan', 'Sadia',
  'Sam', 'Sarah', 'Sean', 'Shauna', 'Simon', 'Sophie', 'Stephen', 'Sunita', 'Tariq', 'Tom', 'Tomasz', 'Una',
  'Vikram', 'Wei', 'Yasmin', 'Yusuf', 'Zainab', 'Zoe', 'Abdi', 'Agnieszka', 'Bronwen', 'Carys', 'Dylan',
] as const;
export const SURNAMES = [
  'Ahmed', 'Akhtar', 'Allen', 'Anderson', 'Bailey', 'Baker', 'Begum', 'Bell', 'Bennett', 'Brown', 'Campbell',
  'Carter', 'Chen', 'Clarke', 'Cooper', 'Davies', 'Edwards', 'Evans', 'Fisher', 'Fletcher', 'Green', 'Griffiths',
  'Hall', 'Harris', 'Hughes', 'Hussain', 'Iqbal', 'Jackson', 'James', 'Jones', 'Kaur', 'Khan', 'King', 'Kowalski',
  'Lee', 'Lewis', 'Mahmood', 'Martin', 'Mensah', 'Mitchell', 'Moore', 'Morgan', 'Murphy', 'Nowak', 'Okafor',
  'Osei', 'Owen', 'Parker', 'Patel', 'Phillips', 'Price', 'Rahman', 'Roberts', 'Robinson', 'Scott', 'Shah',
  'Singh', 'Smith', 'Stewart', 'Taylor', 'Thomas', 'Thompson', 'Turner', 'Walker', 'Ward', 'Watson', 'White',
  'Williams', 'Wilson', 'Wood', 'Wright', 'Young', 'Adeyemi', 'Byrne', 'Doyle', 'Farah', 'Gill', 'Hassan',
  'Kelly', 'Malik', 'Nguyen', 'Obi', "O'Connor", 'Quinn', 'Reid', 'Sandhu', 'Sharma', 'Wiśniewski', 'Yilmaz',
] as const;

export const JOB_TITLES: Record<OrganisationType, readonly string[]> = {
  CHARITY: ['Chief Executive', 'Services Manager', 'Volunteer Coordinator', 'Development Officer', 'Project Worker', 'Chair of Trustees'],
  COMMUNITY_GROUP: ['Chair', 'Secretary', 'Treasurer', 'Organiser', 'Committee Member'],
  SOCIAL_ENTERPRISE: ['Managing Director', 'Operations Lead', 'Community Manager', 'Founder'],
  LOCAL_AUTHORITY: ['Community Development Officer', 'Head of Communities', 'Ward Councillor', 'Public Health Officer', 'Locality Manager'],
  PUBLIC_BODY: ['Partnership Manager', 'Social Prescribing Lead', 'Community Engagement Officer', 'Service Director'],
  BUSINESS: ['Managing Director', 'Community Investment Lead', 'HR Manager', 'Owner'],
  FUNDER: ['Grants Officer', 'Director of Programmes', 'Funding Manager', 'Chief Executive'],
  UNIVERSITY_OR_COLLEGE: ['Civic Engagement Lead', 'Research Fellow', 'Head of Community Partnerships', 'Lecturer'],
  FAITH_GROUP: ['Minister', 'Imam', 'Community Outreach Lead', 'Parish Administrator', 'Volunteer Lead'],
  HOUSING_ASSOCIATION: ['Tenancy Sustainment Officer', 'Community Investment Manager', 'Neighbourhood Officer'],
  OTHER: ['Coordinator', 'Chair', 'Convenor'],
};
export const SECONDARY_TITLES = ['Trustee', 'Volunteer', 'Board member', 'Committee member', 'Adviser', 'Mentor'] as const;

export const CONSENT_PURPOSES = [
  'Partnership contact: meeting invitations and minutes',
  'Newsletter and event invitations',
  'Sharing their story as evidence for outcomes',
  'Co-ordinating referrals between partners',
  'Membership of the community panel',
] as const;
export const PRIVATE_NOTES = [
  'Prefers a phone call to email.',
  'Works part-time: Tuesdays to Thursdays.',
  'Speaks Polish and English; happy to interpret at sessions.',
  'Asked not to be photographed at events.',
  'Needs step-free access to meeting venues.',
  'Best reached after school pick-up.',
] as const;

export const INCOME_BANDS = ['Under £10k', '£10k–£100k', '£100k–£500k', '£500k–£1m', '£1m–£5m', 'Over £5m'] as const;

export const PARTNERSHIP_PATTERNS = [
  '{area} {theme} Partnership', '{area} {theme} Alliance', '{area} Together', '{theme} Network {area}',
  '{area} {theme} Collaborative', '{area} Community Anchors Network', '{area} {theme} Coalition',
] as const;

export const IN_KIND = [
  'Meeting room and venue hire', 'Staff time (half a day a week)', 'Volunteer drivers', 'Data analysis and evaluation',
  'Printing and publicity', 'Use of minibus', 'Kitchen and storage space', 'Legal advice (pro bono)',
] as const;

export interface IndicatorTemplate {
  name: string;
  unit: string;
  direction: IndicatorDirection;
  /** Baseline range. */
  base: [number, number];
  /** Relative change aimed for, as a fraction of the baseline. */
  change: [number, number];
  decimals: number;
  /** An upper bound (percentages stay at or under 100). */
  max?: number;
  source: string;
}

const INC = IndicatorDirection.INCREASE;
const DEC = IndicatorDirection.DECREASE;
const I = (name: string, unit: string, direction: IndicatorDirection, base: [number, number], change: [number, number], decimals: number, source: string, max?: number): IndicatorTemplate => ({
  name, unit, direction, base, change, decimals, source, max,
});

export interface ThemeInfo {
  missions: readonly M[];
  projects: readonly string[];
  summary: string;
  outcomes: readonly { title: string; description: string }[];
  indicators: readonly IndicatorTemplate[];
  needs: readonly { title: string; description: string }[];
}

/** What a theme means in practice: its missions, projects, outcomes, indicators and needs. */
export const THEME_INFO: Record<Theme, ThemeInfo> = {
  Food: {
    missions: [M.LIVING_STANDARDS, M.HEALTH],
    projects: ['{place} Community Pantry', 'Holiday Activities and Food {place}', '{place} Community Fridge'],
    summary: 'Affordable food, cooking skills and a warm welcome for households in {place}.',
    outcomes: [{ title: 'Fewer families in {place} go without food', description: 'Households can afford enough healthy food without going into debt.' }],
    indicators: [
      I('Households using the pantry each month', 'households', INC, [40, 180], [0.3, 0.9], 0, 'Partner monitoring returns'),
      I('Families reporting skipping meals', '%', DEC, [18, 35], [0.2, 0.45], 1, 'Resident survey', 100),
    ],
    needs: [{ title: 'Families struggling with food costs in {place}', description: 'Food bank referrals have risen and families say they skip meals before payday.' }],
  },
  Youth: {
    missions: [M.EDUCATION, M.SKILLS, M.WELLBEING],
    projects: ['{place} Youth Voice', 'Friday Night Project {place}', '{place} Youth Hub'],
    summary: 'Safe places, trusted adults and new opportunities for young people in {place}.',
    outcomes: [{ title: 'Young people in {place} have safe places and trusted adults', description: 'Young people shape and use youth provision close to home.' }],
    indicators: [
      I('Young people attending weekly sessions', 'young people', INC, [25, 120], [0.3, 1], 0, 'Partner monitoring returns'),
      I('Young people not in education, employment or training', '%', DEC, [6, 14], [0.15, 0.35], 1, 'Local authority data', 100),
    ],
    needs: [{ title: 'Nowhere safe for teenagers in {place} after school', description: 'Young people say there is nothing to do and nowhere to go after the youth club closed.' }],
  },
  Carers: {
    missions: [M.WELLBEING, M.HEALTH],
    projects: ['{place} Carers Breaks', 'Carers Connect {place}'],
    summary: 'Breaks, peer support and advice for unpaid carers in {place}.',
    outcomes: [{ title: 'Unpaid carers in {place} get a break and feel supported', description: 'Carers know where to turn and can take time for themselves.' }],
    indicators: [
      I('Carers who had a break in the last quarter', 'carers', INC, [20, 90], [0.4, 1], 0, 'Partner monitoring returns'),
      I('Carers reporting they feel supported', '%', INC, [30, 50], [0.2, 0.5], 1, 'Carers survey', 100),
    ],
    needs: [{ title: 'Unpaid carers in {place} cannot get a break', description: 'Respite places are full and carers report exhaustion.' }],
  },
  'Older People': {
    missions: [M.HEALTH, M.WELLBEING],
    projects: ['{place} Friendship Calls', 'Warm Spaces {place}', '{place} Lunch Club'],
    summary: 'Company, warmth and practical help for older residents of {place}.',
    outcomes: [{ title: 'Older people in {place} are less lonely', description: 'Older residents have regular contact and somewhere warm to go.' }],
    indicators: [
      I('Older people reporting loneliness', '%', DEC, [25, 40], [0.15, 0.35], 1, 'Resident survey', 100),
      I('Older people attending lunch clubs', 'people', INC, [30, 110], [0.2, 0.7], 0, 'Partner monitoring returns'),
    ],
    needs: [{ title: 'Isolation among older residents in {place}', description: 'Many older people live alone and bus cuts have left them cut off.' }],
  },
  Refugee: {
    missions: [M.SKILLS, M.LOCAL_LEADERSHIP],
    projects: ['{place} Welcome Hub', 'ESOL Conversation Club {place}'],
    summary: 'English classes, advice and friendship for refugees and asylum seekers settling in {place}.',
    outcomes: [{ title: 'Refugees settling in {place} feel welcome and can get on', description: 'New arrivals speak English with confidence and know their rights.' }],
    indicators: [
      I('People attending ESOL classes', 'people', INC, [15, 80], [0.3, 0.9], 0, 'Partner monitoring returns'),
      I('Learners moving up an ESOL level', '%', INC, [35, 55], [0.15, 0.4], 1, 'College records', 100),
    ],
    needs: [{ title: 'Waiting lists for English classes in {place}', description: 'New arrivals wait months for ESOL places.' }],
  },
  'Mental Health': {
    missions: [M.HEALTH, M.WELLBEING],
    projects: ['{place} Wellbeing Cafe', 'Open Door Mental Health {place}', '{place} Peer Support'],
    summary: 'Early, local and peer-led mental health support in {place}.',
    outcomes: [{ title: 'People in {place} get mental health support early', description: 'Residents find help before a crisis, close to home and without a long wait.' }],
    indicators: [
      I('Average wellbeing score (WEMWBS)', 'score', INC, [40, 45], [0.06, 0.14], 1, 'Participant questionnaires', 70),
      I('Days waiting for a first appointment', 'days', DEC, [35, 90], [0.25, 0.5], 0, 'NHS trust data'),
    ],
    needs: [{ title: 'Long waits for mental health support in {place}', description: 'People wait months for talking therapies and turn up in A&E instead.' }],
  },
  Employment: {
    missions: [M.LIVING_STANDARDS, M.SKILLS],
    projects: ['Pathways to Work {place}', '{place} Jobs Club', 'Skills for {place}'],
    summary: 'One-to-one support into good local jobs for residents of {place}.',
    outcomes: [{ title: 'More residents of {place} in good, secure work', description: 'People furthest from work find jobs that pay the real living wage.' }],
    indicators: [
      I('Residents supported into work', 'people', INC, [10, 60], [0.5, 1.5], 0, 'Partner monitoring returns'),
      I('Claimant count rate', '%', DEC, [3.5, 7.5], [0.1, 0.3], 1, 'ONS claimant count', 100),
    ],
    needs: [{ title: 'Few jobs within reach of {place}', description: 'Residents without a car cannot reach the business parks.' }],
  },
  Housing: {
    missions: [M.HOUSING, M.LIVING_STANDARDS],
    projects: ['{place} Warm Homes', 'Tenancy Sustainment {place}', '{place} Damp and Mould Taskforce'],
    summary: 'Keeping people in safe, warm and affordable homes in {place}.',
    outcomes: [{ title: 'Homes in {place} are safe, warm and secure', description: 'Fewer households lose their home or live with damp and mould.' }],
    indicators: [
      I('Households prevented from becoming homeless', 'households', INC, [15, 70], [0.3, 0.9], 0, 'Local authority data'),
      I('Open damp and mould reports', 'homes', DEC, [40, 160], [0.3, 0.6], 0, 'Housing association data'),
    ],
    needs: [{ title: 'Damp and mould in {place} homes', description: 'Tenants report black mould and children with breathing problems.' }],
  },
  Arts: {
    missions: [M.PRIDE_IN_PLACE, M.WELLBEING],
    projects: ['{place} Festival', 'Creative {place}', '{place} Community Choir'],
    summary: 'Arts and culture made with and by the people of {place}.',
    outcomes: [{ title: 'People in {place} take part in arts and culture', description: 'Residents make and enjoy culture on their doorstep.' }],
    indicators: [
      I('Residents taking part in arts activities', 'people', INC, [60, 300], [0.3, 0.9], 0, 'Partner monitoring returns'),
    ],
    needs: [{ title: 'Little cultural life in {place}', description: 'The library and arts centre closed; residents want things to do locally.' }],
  },
  Sports: {
    missions: [M.HEALTH, M.WELLBEING],
    projects: ['Active {place}', '{place} Walking Football', 'Park Run Buddies {place}'],
    summary: 'Getting more people in {place} active, whatever their age or ability.',
    outcomes: [{ title: 'More people in {place} are physically active', description: 'Residents find a way to move more that suits them.' }],
    indicators: [
      I('Adults who are physically inactive', '%', DEC, [24, 36], [0.1, 0.25], 1, 'Active Lives survey', 100),
      I('Regular participants in weekly sessions', 'people', INC, [30, 140], [0.3, 0.8], 0, 'Partner monitoring returns'),
    ],
    needs: [{ title: 'High inactivity in {place}', description: 'Few affordable places to exercise and rising obesity.' }],
  },
  'Green Spaces': {
    missions: [M.PRIDE_IN_PLACE, M.HEALTH],
    projects: ['Green Corridors {place}', '{place} Community Orchard', 'Friends of {place} Rec'],
    summary: 'Residents looking after and enjoying the green spaces of {place}.',
    outcomes: [{ title: 'Green spaces in {place} are cared for and well used', description: 'Parks feel safe, are looked after by residents and used by everyone.' }],
    indicators: [
      I('Volunteer hours in parks and green spaces', 'hours', INC, [200, 900], [0.3, 1], 0, 'Partner monitoring returns'),
      I('Residents satisfied with local green spaces', '%', INC, [45, 65], [0.1, 0.3], 1, 'Resident survey', 100),
    ],
    needs: [{ title: 'Neglected park and fly-tipping in {place}', description: 'Residents avoid the park after dark and report fly-tipping weekly.' }],
  },
  Family: {
    missions: [M.EDUCATION, M.HEALTH],
    projects: ['{place} Family Hub', 'Stay and Play {place}', 'Ready for School {place}'],
    summary: 'Support for families with young children in {place}, from bump to school gate.',
    outcomes: [{ title: 'Children in {place} start school ready to learn', description: 'Families get early help and children reach a good level of development.' }],
    indicators: [
      I('Children reaching a good level of development at five', '%', INC, [55, 68], [0.08, 0.18], 1, 'Department for Education data', 100),
      I('Families attending stay-and-play sessions', 'families', INC, [20, 90], [0.3, 0.8], 0, 'Partner monitoring returns'),
    ],
    needs: [{ title: 'Families with young children in {place} without support', description: 'The children\'s centre closed and health visitor caseloads are high.' }],
  },
  Digital: {
    missions: [M.DIGITAL_CONNECTIVITY, M.SKILLS],
    projects: ['Digital Buddies {place}', '{place} Device Bank', 'Get Online {place}'],
    summary: 'Devices, data and confidence for residents of {place} who are offline.',
    outcomes: [{ title: 'Residents of {place} can get online with confidence', description: 'Nobody is shut out of services because they are offline.' }],
    indicators: [
      I('Residents gaining basic digital skills', 'people', INC, [20, 100], [0.4, 1.2], 0, 'Partner monitoring returns'),
      I('Households without home internet', '%', DEC, [8, 16], [0.2, 0.4], 1, 'Resident survey', 100),
    ],
    needs: [{ title: 'Residents in {place} shut out of online services', description: 'Older and low-income residents cannot book GP appointments or claim benefits online.' }],
  },
  Advice: {
    missions: [M.LIVING_STANDARDS],
    projects: ['{place} Money Advice', 'Advice on Prescription {place}', '{place} Benefits Check'],
    summary: 'Free, independent advice on money, debt and benefits in {place}.',
    outcomes: [{ title: 'Households in {place} claim what they are entitled to', description: 'People get advice early, before debts spiral.' }],
    indicators: [
      I('Income gained for residents through advice', '£', INC, [40000, 180000], [0.3, 0.9], 0, 'Advice case records'),
      I('People seen within a week', '%', INC, [45, 65], [0.15, 0.35], 1, 'Advice case records', 100),
    ],
    needs: [{ title: 'Unclaimed benefits and rising debt in {place}', description: 'Advice queues are long and people only come in a crisis.' }],
  },
  Recovery: {
    missions: [M.HEALTH, M.CRIME],
    projects: ['{place} Recovery Cafe', 'Next Steps {place}'],
    summary: 'Peer-led recovery from drugs and alcohol in {place}.',
    outcomes: [{ title: 'People in recovery in {place} stay well and connected', description: 'People leaving treatment have peers, purpose and a place to go.' }],
    indicators: [
      I('People sustaining recovery for six months', 'people', INC, [10, 45], [0.3, 0.9], 0, 'Treatment service data'),
    ],
    needs: [{ title: 'Little support after treatment in {place}', description: 'People leave treatment with nothing to go to and relapse.' }],
  },
  Heritage: {
    missions: [M.PRIDE_IN_PLACE],
    projects: ['{place} Heritage Trail', 'Stories of {place}', '{place} Mill Restoration'],
    summary: 'Residents uncovering and sharing the history of {place}.',
    outcomes: [{ title: 'People in {place} are proud of where they live', description: 'Local history is shared and celebrated by residents old and new.' }],
    indicators: [
      I('Volunteers in heritage projects', 'volunteers', INC, [10, 50], [0.3, 1], 0, 'Partner monitoring returns'),
      I('Residents proud of their area', '%', INC, [40, 60], [0.1, 0.25], 1, 'Resident survey', 100),
    ],
    needs: [{ title: 'Historic buildings in {place} falling into disrepair', description: 'The old chapel and mill are boarded up and residents want them used.' }],
  },
  Transport: {
    missions: [M.TRANSPORT, M.LIVING_STANDARDS],
    projects: ['{place} Community Transport', 'Wheels to Work {place}', '{place} Dial-a-Ride'],
    summary: 'Getting residents of {place} to work, health appointments and each other.',
    outcomes: [{ title: 'Residents of {place} can get where they need to go', description: 'No-one misses work or a hospital appointment for want of a lift.' }],
    indicators: [
      I('Community transport journeys each month', 'journeys', INC, [150, 700], [0.2, 0.7], 0, 'Operator records'),
    ],
    needs: [{ title: 'Poor bus links from {place}', description: 'The evening bus was cut; residents cannot reach shifts or the hospital.' }],
  },
  'Community Safety': {
    missions: [M.CRIME, M.PRIDE_IN_PLACE],
    projects: ['Safer Streets {place}', '{place} Street Angels', 'Neighbourhood Watch {place}'],
    summary: 'Residents, police and partners making {place} feel safer.',
    outcomes: [{ title: '{place} feels safer for everyone', description: 'Less antisocial behaviour and residents feel safe walking after dark.' }],
    indicators: [
      I('Reported antisocial behaviour incidents', 'incidents', DEC, [60, 240], [0.15, 0.4], 0, 'Police data'),
      I('Residents who feel safe after dark', '%', INC, [40, 60], [0.1, 0.3], 1, 'Resident survey', 100),
    ],
    needs: [{ title: 'Antisocial behaviour around {place} shops', description: 'Shopkeepers and residents report intimidation most evenings.' }],
  },
};

/** Indicators any partnership might also track. */
export const GENERIC_INDICATORS: readonly IndicatorTemplate[] = [
  I('Residents who feel they belong to their neighbourhood', '%', INC, [48, 62], [0.08, 0.2], 1, 'Resident survey', 100),
  I('Organisations making referrals to each other', 'organisations', INC, [5, 15], [0.4, 1.2], 0, 'Partnership records'),
  I('Residents volunteering at least monthly', '%', INC, [12, 22], [0.1, 0.3], 1, 'Resident survey', 100),
];

export const MEASUREMENT_NOTES = [
  'Summer holiday peak.',
  'Lower than usual: two sessions cancelled for bad weather.',
  'New partner started reporting this quarter.',
  'Includes a one-off event.',
  'Data checked with partners at the review meeting.',
] as const;

export const ACTIVITY_TITLES: Record<ActivityKind, readonly string[]> = {
  MEETING: ['Steering group meeting', 'Partners\' catch-up', 'Quarterly review with funders', 'Board meeting', 'Planning meeting'],
  EVENT: ['Community fun day in {place}', 'Launch event', 'Celebration and sharing event', 'Open day at the {place} hub'],
  WORKSHOP: ['Co-design workshop with residents', 'Safeguarding training for volunteers', 'Theory of change workshop', 'Data and evaluation workshop'],
  CONSULTATION: ['Residents\' listening session in {place}', 'Survey of young people in {place}', 'Community conversation on {theme}'],
  DELIVERY: ['Weekly {theme} session', 'Drop-in session in {place}', 'Outreach in {place}', 'Home visits round'],
  MILESTONE: ['First 100 people supported', 'Funding bid submitted', 'Data-sharing agreement signed', 'Evaluation report published'],
  NOTE: ['Update from {org}', 'Referral pathway agreed', 'Feedback from residents', 'Change of venue'],
};
export const ACTIVITY_NOTES = [
  'Good turnout; three new residents asked to get involved.',
  'Agreed to share referral data monthly from now on.',
  'Actions: {org} to draft the funding bid, everyone to comment by Friday.',
  'Residents asked for sessions in the evening as well.',
  'Venue was too small; looking for somewhere in {place}.',
  'Young people presented their ideas to the partners.',
  'Discussed the waiting list and how to prioritise the most urgent cases.',
] as const;

export const STORY_TITLES = [
  'Finding my feet again', 'Somewhere to go on a Tuesday', 'It started with a cup of tea', 'Back in work',
  'We did this together', 'More than a food parcel', 'Someone listened', 'A place for our kids',
] as const;
export const STORY_BODIES = [
  '{name} first came to the {theme} sessions in {place} after a difficult winter. With support from volunteers and partners, {name} now helps run the sessions and has introduced several neighbours.',
  'When the partners in {place} started working together, {name} no longer had to tell the same story to five different services. One conversation led to the right help within a week.',
  '{name} was referred by a GP. Through the {theme} project in {place}, {name} met people in the same situation and says life feels manageable again.',
  'Residents of {place} told the partnership what mattered to them. {name} joined the community panel and helped decide how the money was spent.',
] as const;
export const STORY_QUOTES = [
  'I didn\'t know anyone here before. Now I can\'t walk down the street without someone saying hello.',
  'They treated me like a person, not a case number.',
  'It\'s the first time anyone asked us what we wanted.',
  'I come for the help and stay for the company.',
  'My kids have somewhere safe to go and so do I.',
] as const;
export const ATTRIBUTIONS = ['a parent in {place}', 'a volunteer in {place}', 'a resident of {place}', 'a young person, 16', 'a carer in {place}', 'a participant'] as const;

export const PROGRAMMES_FOR_FUNDERS = [
  '{county} Thriving Communities Fund', '{funder} Small Grants', 'Stronger Neighbourhoods Fund', 'Youth Futures Fund',
  'Healthy Places Programme', 'Community Anchors Core Funding',
] as const;
export const PROGRAMMES_FOR_COUNCILS = [
  '{county} Thriving Communities Fund', '{area} Community Grants', '{area} Household Support Fund', '{area} Warm Spaces Fund',
  '{area} Commissioned Services',
] as const;
export const LOAN_PROGRAMME = '{county} Social Investment Fund';

export const RELATIONSHIP_NOTES: Partial<Record<RelationshipType, readonly string[]>> = {
  REFERS_TO: ['Regular referrals for debt and benefits advice.', 'Warm handover of families needing early help.'],
  SHARES_DATA_WITH: ['Data-sharing agreement covering referral outcomes.', 'Shares anonymised attendance figures quarterly.'],
  FORMAL_AGREEMENT: ['Memorandum of understanding renewed annually.', 'Service level agreement for outreach.'],
  CO_LOCATED: ['Shares the community centre building.', 'Runs a weekly surgery in the same hub.'],
  MENTORS: ['Trustee mentoring for the new committee.', 'Finance and governance mentoring.'],
  SUPPLIES: ['Supplies surplus food weekly.', 'Provides printing at cost.'],
  DELIVERS_FOR: ['Delivers commissioned outreach.', 'Runs the contract for befriending.'],
  INFORMAL: ['Chief officers meet for coffee monthly.', 'Help each other out with volunteers.'],
  FUNDS: ['Long-standing supporter of core costs.'],
};

export const CONTRIBUTION_NOTES = [
  'Venue and staff time', 'Project management', 'Volunteers and refreshments', 'Evaluation support',
  'Referrals and outreach', 'Match funding from reserves',
] as const;
