// Hand-written example articles for the server tests (fictional people, real country names).

export const FISHERIES = {
  title: 'Norway Accuses Denmark Over Fishing Quotas',
  source: 'The North Sea Ledger',
  published: '2025-05-06',
  text: [
    'OSLO — Norway on Monday accused Denmark of breaking a fishing agreement in the Skagerrak.',
    '"Denmark has ignored every warning we gave," Norwegian Fisheries Minister Ingrid Solberg told reporters in Oslo.',
    'Denmark rejected the charge. Danish Foreign Minister Karl Holm said the quotas had been respected and called for talks.',
    'Solberg said Norway would impose sanctions on Danish trawlers if the catches did not fall.',
  ].join('\n\n'),
};

export const TALKS = {
  title: 'Norway and Denmark Agree to Hold Fisheries Talks',
  source: 'Baltic Morning Post',
  published: '2025-05-20',
  text: [
    'COPENHAGEN — Norway and Denmark agreed on Tuesday to hold talks on fishing quotas next month.',
    '"We want a fair deal for both fleets," Danish Foreign Minister Karl Holm said after a call with his Norwegian counterpart.',
    'Norwegian Fisheries Minister Ingrid Solberg praised Denmark for its willingness to negotiate.',
  ].join('\n\n'),
};
