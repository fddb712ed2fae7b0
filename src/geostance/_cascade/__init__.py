"""The relation layer: who said what about whom, and who rebutted it, read as a cascade.

Each level reads the one before and nothing else:

1. `units`: a sentence as a row of tagged units (actors, people, quotations, vocabulary words);
2. `phrases` and `sentence`: noun phrases, verb groups and clause ends, computed once per sentence;
3. `reader` with the constructions of `catalogue` (`speech`, `directed`, `rebut`, `nominal`):
   readings of each verb group and of the sentence as a whole, their speakers resolved by
   `speakers` against a discourse memory;
4. `events`: readings become speech events (targets, rebuttals, claims, quotations);
5. `links`: events become statement and rebuttal runs, and rebuttals find what they answer.

`stage.attribute` runs levels 1 to 4 over a document; `_assemble` calls `links`.
"""
