"""The relation layer: who said what about whom, and who rebutted it, read as a cascade.

Each level reads the one before and nothing else:

1. `units`: a sentence as a row of tagged units (actors, people, quotations, vocabulary words),
   the vocabulary coming from `vocab` (data/frames.json, data/grammar.json);
2. `phrases`, `sentence` and `clauses`: noun phrases, verb groups, subjects and clause ends,
   computed once per sentence;
3. `reader` with the constructions of `catalogue` (`speech`, `directed`, `rebut`, `nominal`):
   readings of each verb group and of the sentence as a whole, their speakers resolved by
   `speakers` against the reader's memory (`memory`);
4. `events` and `targets`: readings become speech events (targets, rebuttal or not, claims
   (`claims`), quotations);
5. `links`: events become statement and rebuttal runs, and rebuttals find what they answer.

`stage.attribute` runs levels 1 to 4 over a document; `_assemble` calls `links`.
"""
