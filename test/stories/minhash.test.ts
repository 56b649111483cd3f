// Rewrite and story detection: a reworded copy must match, a different story on the same topic must not.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bandKeys, fingerprint, minhash, relate, shingleHashes, similarity, sigFromBytes, sigToBytes } from '../../src/stories/index.js';

const WIRE = `Port Alder, March 4 — Valdorian President Anton Reyes said on Monday that his government would reopen the
Brenna crossing to freight trucks from Ostrava next week, ending a closure that has stranded hundreds of drivers since January.
"The crossing was closed to keep people safe, and it will reopen because people are safe again," Reyes told reporters.
Ostravan transport officials welcomed the decision but said they would wait for written guarantees before sending convoys.
Trade across the river fell by a third during the closure, according to the Valdorian chamber of commerce.`;

// Same wire story, lightly reworded by another outlet: sentences reordered, a few words swapped.
const REWORDED = `Valdorian President Anton Reyes said Monday his government will reopen the Brenna crossing to freight trucks from
Ostrava next week, ending a closure that has left hundreds of drivers stranded since January.
"The crossing was closed to keep people safe, and it will reopen because people are safe again," Reyes told journalists.
Trade across the river dropped by a third during the closure, the Valdorian chamber of commerce said.
Ostravan transport officials welcomed the move but said they would wait for written guarantees before sending any convoys.`;

// The same event reported independently (different words, same facts).
const SAME_EVENT = `Truck drivers stuck at the Brenna crossing cheered on Monday after Valdoria announced that freight from
Ostrava can pass again from next week. President Anton Reyes told reporters the crossing, closed since January, is safe.
Ostravan transport officials want written guarantees before convoys roll. The chamber of commerce says river trade fell by a third.`;

// A different story on the same topic, a month later: same places and people, another event.
const OTHER = `Port Alder, April 8 — Ostrava accused Valdoria on Monday of delaying freight trucks at the Brenna crossing with
new customs checks, weeks after the crossing reopened. Ostravan Prime Minister Lena Kovac called the checks "a closure by
paperwork" and said her government would raise the matter with the Northern League of Nations. Valdorian officials said
the inspections were needed to stop smuggling of fuel and cigarettes across the river.`;

describe('stories: minhash', () => {
  it('identical texts have similarity 1; signatures survive a round trip through bytes', () => {
    const a = minhash(shingleHashes(WIRE));
    assert.equal(similarity(a, minhash(shingleHashes(WIRE))), 1);
    assert.deepEqual(sigFromBytes(sigToBytes(a)), a);
    assert.equal(bandKeys(a).length, 32);
  });

  it('estimates Jaccard within a few points on sets with known overlap', () => {
    const base = Uint32Array.from({ length: 1000 }, (_, i) => i * 2654435761);
    const half = Uint32Array.from({ length: 1000 }, (_, i) => (i < 500 ? i : i + 5000) * 2654435761);
    // |A∩B| = 500, |A∪B| = 1500 → J = 1/3.
    const est = similarity(minhash(base, 256), minhash(half, 256));
    assert.ok(Math.abs(est - 1 / 3) < 0.08, `estimate ${est}`);
  });
});

describe('stories: relation rule', () => {
  const fp = (t: string, d: string | null) => ({ fp: fingerprint(t), published: d });
  const cases: [string, string, string | null, string, string | null, string][] = [
    ['a reworded copy matches', WIRE, '2024-03-04', REWORDED, '2024-03-05', 'rewrite'],
    ['an independent report of the same event is the same story', WIRE, '2024-03-04', SAME_EVENT, '2024-03-04', 'story'],
    ['a different story on the same topic does not match', WIRE, '2024-03-04', OTHER, '2024-04-08', 'none'],
    ['a copy of the different story does not match the first wire either', REWORDED, '2024-03-05', OTHER, '2024-04-08', 'none'],
  ];
  for (const [name, a, da, b, db, kind] of cases) {
    it(name, () => {
      const r = relate(fp(a, da), fp(b, db));
      assert.equal(r.kind, kind, r.why);
      assert.deepEqual(relate(fp(b, db), fp(a, da)).kind, kind, 'symmetric');
    });
  }

  it('a same-topic article far apart in time is not the same story', () => {
    const r = relate(fp(WIRE, '2024-03-04'), fp(SAME_EVENT, '2024-05-20'));
    assert.equal(r.kind, 'none', r.why);
  });

  it('explains its verdict with the figures', () => {
    assert.match(relate(fp(WIRE, '2024-03-04'), fp(REWORDED, '2024-03-05')).why, /^reworded copy \(wording 0\.\d\d, topic 0\.\d\d, 1 d apart\)$/);
  });
});
