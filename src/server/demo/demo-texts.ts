/**
 * Free text for the encrypted fields: short, plausible, entirely invented
 * sentences, half in Khmer and half in English as staff really write them.
 * No sentence names a real person, place of abuse or website.
 */
import { PROVINCES } from '../../shared/provinces.ts';
import { pick, type Rng } from './demo-world.ts';

type Pool = readonly (readonly [string, string])[];

const REPORT: Pool = [
  [
    'A neighbour saw a foreign man take two children to a guesthouse at night.',
    'អ្នកជិតខាងបានឃើញបុរសបរទេសម្នាក់នាំកុមារពីរនាក់ទៅផ្ទះសំណាក់នៅពេលយប់។',
  ],
  [
    'A girl of about twelve is kept working at a karaoke bar after school hours.',
    'ក្មេងស្រីអាយុប្រហែល១២ឆ្នាំត្រូវបានគេឲ្យធ្វើការនៅហាងខារ៉ាអូខេក្រោយម៉ោងសិក្សា។',
  ],
  [
    'An adult sends gifts and messages to several pupils through a chat application.',
    'មនុស្សពេញវ័យម្នាក់ផ្ញើអំណោយ និងសារទៅសិស្សជាច្រើននាក់តាមកម្មវិធីជជែក។',
  ],
  [
    'A boy told his teacher that an older relative touches him when the parents are away.',
    'ក្មេងប្រុសម្នាក់បានប្រាប់គ្រូថាសាច់ញាតិចាស់ម្នាក់ប៉ះពាល់គាត់ពេលឪពុកម្តាយមិននៅ។',
  ],
  [
    'Children are seen begging late at night near the market with an adult collecting the money.',
    'កុមារត្រូវបានគេឃើញសុំទានយប់ជ្រៅក្បែរផ្សារ ហើយមានមនុស្សពេញវ័យប្រមូលលុយ។',
  ],
  [
    'A website offers images that appear to show children; the link was shared in a group.',
    'គេហទំព័រមួយផ្តល់រូបភាពដែលហាក់ដូចជាបង្ហាញកុមារ តំណនេះត្រូវបានចែករំលែកក្នុងក្រុម។',
  ],
  [
    'A tourist was seen paying a family to take their daughter on a trip.',
    'ភ្ញៀវទេសចរម្នាក់ត្រូវបានគេឃើញបង់លុយឲ្យគ្រួសារមួយដើម្បីនាំកូនស្រីទៅដើរលេង។',
  ],
  [
    'An orphanage director does not let visitors see where the children sleep.',
    'នាយកមណ្ឌលកុមារកំព្រាមិនអនុញ្ញាតឲ្យភ្ញៀវមើលកន្លែងដែលកុមារដេកទេ។',
  ],
];
const CALL: Pool = [
  [
    'Caller worried about a child living with a new stepfather; advised and passed to intake.',
    'អ្នកហៅព្រួយបារម្ភពីកុមាររស់នៅជាមួយឪពុកចុងថ្មី បានផ្តល់ដំបូន្មាន និងបញ្ជូនទៅផ្នែកទទួល។',
  ],
  ['Teacher asked how to report a pupil who shows signs of abuse.', 'គ្រូបានសួរពីរបៀបរាយការណ៍អំពីសិស្សដែលមានសញ្ញានៃការរំលោភ។'],
  ['Caller asked for the address of a shelter; referral given.', 'អ្នកហៅបានសួររកអាសយដ្ឋានជម្រក បានផ្តល់ការបញ្ជូន។'],
  ['Silent call, line kept open two minutes.', 'ការហៅស្ងាត់ បានបើកខ្សែរយៈពេលពីរនាទី។'],
  ['Child called about an adult who sends her messages at night.', 'កុមារបានហៅអំពីមនុស្សពេញវ័យដែលផ្ញើសារមកនាងពេលយប់។'],
];
const NOTE: Pool = [
  [
    'Surveillance of the premises; several children seen entering with adults.',
    'តាមដានទីតាំង ឃើញកុមារជាច្រើនចូលជាមួយមនុស្សពេញវ័យ។',
  ],
  [
    'Met the provincial anti-trafficking police to share what we know.',
    'បានជួបប៉ូលិសប្រឆាំងការជួញដូរមនុស្សខេត្ត ដើម្បីចែករំលែកព័ត៌មាន។',
  ],
  ['Interviewed a witness with a social worker present.', 'បានសម្ភាសសាក្សីម្នាក់ដោយមានវត្តមានបុគ្គលិកសង្គម។'],
  ['The suspect changed guesthouse; new address confirmed.', 'ជនសង្ស័យបានប្តូរផ្ទះសំណាក់ អាសយដ្ឋានថ្មីត្រូវបានបញ្ជាក់។'],
  [
    'Online profile reviewed; messages to minors documented for the police.',
    'បានពិនិត្យគណនីអនឡាញ សារទៅកាន់អនីតិជនត្រូវបានកត់ត្រាសម្រាប់ប៉ូលិស។',
  ],
];
const TASK: Pool = [
  ['Ask the commune chief about the family', 'សួរមេឃុំអំពីគ្រួសារនេះ'],
  ['Prepare the file for the prosecutor', 'រៀបចំឯកសារសម្រាប់ព្រះរាជអាជ្ញា'],
  ['Confirm the school attendance record', 'បញ្ជាក់បញ្ជីវត្តមាននៅសាលា'],
  ['Follow up with the foreign police liaison', 'តាមដានជាមួយមន្ត្រីទំនាក់ទំនងប៉ូលិសបរទេស'],
];
const EVIDENCE: Pool = [
  ['Photographs of the guesthouse register', 'រូបថតសៀវភៅចុះឈ្មោះផ្ទះសំណាក់'],
  ['Written statement of a witness', 'ចម្លើយជាលាយលក្ខណ៍អក្សររបស់សាក្សី'],
  ['Mobile phone seized at the arrest (sealed)', 'ទូរសព្ទដៃដែលបានរឹបអូសពេលចាប់ខ្លួន (បានបិទត្រា)'],
  ['Copy of money transfer receipts', 'ច្បាប់ចម្លងបង្កាន់ដៃផ្ទេរប្រាក់'],
];
const ASSESSMENT: Pool = [
  [
    'Child is withdrawn but eats and sleeps well; family supportive.',
    'កុមារមានលក្ខណៈស្ងៀមស្ងាត់ តែញ៉ាំ និងដេកបានល្អ គ្រួសារគាំទ្រ។',
  ],
  ['High risk: the offender lives in the same village.', 'ហានិភ័យខ្ពស់៖ ជនល្មើសរស់នៅភូមិជាមួយគ្នា។'],
  ['Child has missed school for a year and wants to return.', 'កុមារបានឈប់រៀនមួយឆ្នាំ ហើយចង់ត្រឡប់ទៅរៀនវិញ។'],
];
const GOAL: Pool = [
  ['Return to school by the new school year', 'ត្រឡប់ទៅរៀនវិញនៅឆ្នាំសិក្សាថ្មី'],
  ['Safe placement with relatives', 'ការស្នាក់នៅដោយសុវត្ថិភាពជាមួយសាច់ញាតិ'],
  ['Monthly counselling for six months', 'ការប្រឹក្សាប្រចាំខែរយៈពេលប្រាំមួយខែ'],
];
const FOLLOW_UP: Pool = [
  ['Home visit', 'ចុះសួរសុខទុក្ខតាមផ្ទះ'],
  ['Check school attendance', 'ពិនិត្យវត្តមាននៅសាលា'],
  ['Accompany to the hospital appointment', 'អមដំណើរទៅការណាត់ជួបនៅមន្ទីរពេទ្យ'],
  ['Phone call with the guardian', 'ហៅទូរសព្ទជាមួយអាណាព្យាបាល'],
];
const OUTCOME: Pool = [
  ['Child safe and attending school.', 'កុមារមានសុវត្ថិភាព និងកំពុងទៅរៀន។'],
  ['Family needs help with school costs.', 'គ្រួសារត្រូវការជំនួយថ្លៃសិក្សា។'],
  ['No concerns at this visit.', 'គ្មានការព្រួយបារម្ភក្នុងការចុះសួរលើកនេះទេ។'],
];
const SERVICE_NOTE: Pool = [
  ['Session went well; next one in a month.', 'វគ្គនេះដំណើរការល្អ វគ្គបន្ទាប់ក្នុងមួយខែទៀត។'],
  ['Explained the court process to the child and guardian.', 'បានពន្យល់ដំណើរការតុលាការដល់កុមារ និងអាណាព្យាបាល។'],
  ['Paid for transport and a meal.', 'បានចំណាយថ្លៃធ្វើដំណើរ និងអាហារ។'],
];
const REASON: Pool = [
  ['The child needs specialist counselling we cannot give.', 'កុមារត្រូវការការប្រឹក្សាឯកទេសដែលយើងមិនអាចផ្តល់បាន។'],
  [
    'The family asked for vocational training for the older sibling.',
    'គ្រួសារបានស្នើសុំវគ្គបណ្តុះបណ្តាលវិជ្ជាជីវៈសម្រាប់បងប្អូនបង្កើត។',
  ],
  ['Goals achieved; the family is stable.', 'សម្រេចគោលដៅហើយ គ្រួសារមានស្ថិរភាព។'],
];
const HEARING: Pool = [
  ['The child testified by video link; the judge was patient.', 'កុមារបានផ្តល់សក្ខីកម្មតាមវីដេអូ ចៅក្រមមានការអត់ធ្មត់។'],
  ['Hearing postponed: the defence lawyer was absent.', 'សវនាការត្រូវបានពន្យារ៖ មេធាវីការពារក្តីអវត្តមាន។'],
  ['Questioning went well; the child was accompanied by her mother.', 'ការសួរចម្លើយដំណើរការល្អ កុមារមានម្តាយអមដំណើរ។'],
];
const SENTENCE: Pool = [
  ['Seven years in prison and compensation to the victim.', 'ជាប់ពន្ធនាគារប្រាំពីរឆ្នាំ និងសំណងដល់ជនរងគ្រោះ។'],
  ['Fifteen years in prison, then deportation.', 'ជាប់ពន្ធនាគារដប់ប្រាំឆ្នាំ បន្ទាប់មកបណ្តេញចេញពីប្រទេស។'],
  ['Five years in prison, two of them suspended.', 'ជាប់ពន្ធនាគារប្រាំឆ្នាំ ក្នុងនោះពីរឆ្នាំព្យួរទោស។'],
];
const EVENT: Pool = [
  ['Good questions from parents about online safety.', 'ឪពុកម្តាយបានសួរសំណួរល្អៗអំពីសុវត្ថិភាពអនឡាញ។'],
  ['The commune chief opened the session.', 'មេឃុំបានបើកវគ្គនេះ។'],
  ['Hand-outs ran out; bring more next time.', 'ឯកសារចែកអស់ ត្រូវយកបន្ថែមលើកក្រោយ។'],
];
const PARTNER: Pool = [
  ['Meets us monthly; reliable for urgent placements.', 'ជួបយើងរៀងរាល់ខែ អាចទុកចិត្តបានសម្រាប់ការស្នាក់នៅបន្ទាន់។'],
  ['Agreement renewed after the annual review.', 'កិច្ចព្រមព្រៀងត្រូវបានបន្តក្រោយការពិនិត្យប្រចាំឆ្នាំ។'],
];
const LIAISON: Pool = [
  ['Shared the suspect’s travel history.', 'បានចែករំលែកប្រវត្តិធ្វើដំណើររបស់ជនសង្ស័យ។'],
  ['Requested a criminal record check abroad.', 'បានស្នើសុំការពិនិត្យកំណត់ត្រាឧក្រិដ្ឋកម្មនៅបរទេស។'],
];
const URL_NOTE: Pool = [
  ['Gallery of images; several appear to show pre-teen children.', 'វិចិត្រសាលរូបភាព រូបខ្លះហាក់បង្ហាញកុមារមុនវ័យជំទង់។'],
  ['Adult content only; no child seen.', 'មាតិកាមនុស្សពេញវ័យតែប៉ុណ្ណោះ មិនឃើញកុមារទេ។'],
  ['Page no longer online when checked.', 'ទំព័រលែងមាននៅពេលពិនិត្យ។'],
];

export const TEXTS = {
  report: REPORT,
  call: CALL,
  note: NOTE,
  task: TASK,
  evidence: EVIDENCE,
  assessment: ASSESSMENT,
  goal: GOAL,
  followUp: FOLLOW_UP,
  outcome: OUTCOME,
  serviceNote: SERVICE_NOTE,
  reason: REASON,
  hearing: HEARING,
  sentence: SENTENCE,
  event: EVENT,
  partner: PARTNER,
  liaison: LIAISON,
  urlNote: URL_NOTE,
} as const;

/** A sentence of a pool in English or Khmer. */
export function text(rng: Rng, pool: keyof typeof TEXTS): string {
  const [en, km] = pick(rng, TEXTS[pool]);
  return rng() < 0.5 ? en : km;
}

const PLACES = [
  ['village near the market', 'ភូមិក្បែរផ្សារ'],
  ['guesthouse by the river', 'ផ្ទះសំណាក់មាត់ទន្លេ'],
  ['school road', 'ផ្លូវទៅសាលា'],
  ['commune office', 'សាលាឃុំ'],
  ['bus station', 'ចំណតឡានក្រុង'],
] as const;

/** A vague place (no address): the kind of place a reporter or investigator writes. */
export function place(rng: Rng, provinceCode?: string): string {
  const province = PROVINCES.find((p) => p.code === provinceCode) ?? pick(rng, PROVINCES);
  const [en, km] = pick(rng, PLACES);
  return rng() < 0.5 ? `${en}, ${province.en}` : `${km} ខេត្ត${province.km}`;
}
