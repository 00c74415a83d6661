// What each minutes option does to the minutes, shown in the Markdown of the stored fixture
// (Styregruppen for sammenhængende patientforløb): each option changes its part and nothing else.
// The Word and print minutes render the same Minutes (main/exporters/docxMinutesOptions.test.ts,
// test/e2e/minutes-options.spec.ts).
import { describe, expect, it } from 'vitest';
import { storedFixtureWorkshop } from '../../test/fixtures/exports/storedFixture';
import type { MinutesOptions } from '../model/minutesOptions';
import type { Workshop } from '../model/workshop';
import { parseCommand, reduce } from '../reducer';
import { exportMarkdown } from './exportMarkdown';
import { buildRecord } from './record';

const workshop = storedFixtureWorkshop();

function md(minutesOptions: Partial<MinutesOptions> = {}, w: Workshop = workshop): string {
  return exportMarkdown(buildRecord(w, { language: 'da', today: '2026-11-25', minutesOptions }));
}

/** A `## heading` section's text up to the next `## `. */
function section(text: string, heading: string): string {
  const start = text.indexOf(`\n## ${heading}\n`);
  if (start < 0) return '';
  const end = text.indexOf('\n## ', start + 1);
  return text.slice(start + 1, end < 0 ? undefined : end);
}

const defaults = md();
const killersCounted = [
  '## Idédræbere',
  '',
  '3 idédræbere i alt',
  '',
  '| Idédræber | Antal |',
  '| --- | --- |',
  '| 1. Det har vi prøvet | 1 |',
  '| 2. Det vil betyde mere arbejde | 1 |',
  '| 4. Det har vi ikke tid til | 1 |',
  '',
  '**Pr. rum:** Det udviklende rum (3)',
  '',
].join('\n');
const ideasAd1 = [
  '1. **Den gode udskrivelsessamtale** (4 prikker)',
  '   - Fælles tjekliste til udskrivelsessamtalen (1 prik)',
  '   - Egen læge får epikrisen samme dag (0 prikker)',
  '2. Videoopkald mellem afsnit, hjemmepleje og borger (2 prikker)',
  '3. Udskrivelse før kl. 14, så hjemmeplejen kan nå det (1 prik)',
].join('\n');

describe('the minutes by default', () => {
  it('count the idea killers per room and name nobody who said one', () => {
    expect(section(defaults, 'Idédræbere')).toBe(killersCounted);
    expect(defaults).not.toContain('Pr. person');
  });

  it('list every idea with its dots and without its author', () => {
    expect(defaults).toContain(`### Idéer\n\n${ideasAd1}\n`);
    expect(defaults).not.toContain('— fra ');
  });
});

describe('the minutes options', () => {
  it('killers named: adds who said each idea killer, and only that', () => {
    const named = md({ killers: 'named' });
    const byPerson = '**Pr. person:** Erik Poulsen (1), Bo Madsen (1), Uden navn (1)\n\n';
    expect(named).toBe(defaults.replace('**Pr. rum:**', `${byPerson}**Pr. rum:**`));
  });

  it('killers omitted: the whole idea-killer section is gone, and only that', () => {
    const omitted = md({ killers: 'omitted' });
    expect(omitted).not.toContain('Idédræber');
    expect(omitted).not.toContain('Det har vi prøvet');
    expect(omitted).toBe(defaults.replace(`${killersCounted}\n`, ''));
  });

  it('authors on: each idea says who wrote it, clusters and their ideas alike', () => {
    const authors = md({ authors: true });
    expect(authors).toContain(
      [
        '1. **Den gode udskrivelsessamtale** (4 prikker)',
        '   - Fælles tjekliste til udskrivelsessamtalen (1 prik) — fra Anne Holm',
        '   - Egen læge får epikrisen samme dag (0 prikker) — fra Carla Jensen',
        '2. Videoopkald mellem afsnit, hjemmepleje og borger (2 prikker) — fra Erik Poulsen',
        '3. Udskrivelse før kl. 14, så hjemmeplejen kan nå det (1 prik) — fra Bo Madsen',
      ].join('\n'),
    );
    expect(authors.replace(/ — fra [^\n]+/g, '')).toBe(defaults);
  });

  it('dots off: no counts anywhere, the ideas still in the order the dots gave them', () => {
    const noDots = md({ dots: false });
    expect(noDots).not.toMatch(/prik/);
    expect(noDots).toContain(
      [
        '1. **Den gode udskrivelsessamtale**',
        '   - Fælles tjekliste til udskrivelsessamtalen',
        '   - Egen læge får epikrisen samme dag',
        '2. Videoopkald mellem afsnit, hjemmepleje og borger',
        '3. Udskrivelse før kl. 14, så hjemmeplejen kan nå det',
      ].join('\n'),
    );
    expect(noDots).toBe(defaults.replace(/ \(\d+ prikk?e?r?\)/g, ''));
  });

  it('dots off and authors on: the author follows the idea directly', () => {
    expect(md({ dots: false, authors: true })).toContain(
      '2. Videoopkald mellem afsnit, hjemmepleje og borger — fra Erik Poulsen\n',
    );
  });

  it('ideas clustered: only the clusters with their ideas; points without a cluster list none', () => {
    const clustered = md({ ideas: 'clustered' });
    const ideaSections = clustered.match(/### Idéer\n\n[^#]*/g) ?? [];
    expect(ideaSections).toEqual([
      [
        '### Idéer',
        '',
        '1. **Den gode udskrivelsessamtale** (4 prikker)',
        '   - Fælles tjekliste til udskrivelsessamtalen (1 prik)',
        '   - Egen læge får epikrisen samme dag (0 prikker)',
        '',
        '',
      ].join('\n'),
    ]);
    expect(clustered).not.toContain('Videoopkald mellem afsnit, hjemmepleje og borger (2 prikker)');
    expect(clustered).not.toContain('Hjemmeplejen får læseadgang til FMK (3 prikker)');
  });

  it('ideas none: no idea section at all, everything else as it was', () => {
    const none = md({ ideas: 'none' });
    expect(none).not.toContain('### Idéer');
    // The action list still says which idea an action came from: that is the list, not the ideas.
    expect(none).not.toContain('Den gode udskrivelsessamtale**');
    expect(none).not.toMatch(/prik/);
    expect(none).toBe(defaults.replace(/### Idéer\n\n[^#]*/g, ''));
  });

  describe('with an evaluation scored on paper', () => {
    const paper = (responseId: string, scores: Record<string, number>) =>
      parseCommand({
        type: 'evaluation.score',
        responseId,
        formId: 'pataevaers',
        scores,
        fromPaper: true,
      });
    const scored = [paper('r1', { pt9: 4, pt16: 2 }), paper('r2', { pt9: 5, pt16: 3 })].reduce(
      (w, c) => reduce(w, c, { now: 1 }).state,
      workshop,
    );

    it('evaluation on (the default): the minutes end with it, before the list', () => {
      const evaluation = section(md({}, scored), 'Evaluering af samarbejdet');
      expect(evaluation).toContain('PÅ TVÆRS: 2 svar, anonyme.');
      expect(evaluation).toContain(
        '| 9. Møderne giver værdi i forhold til de ressourcer, der bruges på dem | 4,5 | 0,7 | 4–5 | 2 |',
      );
    });

    it('evaluation off: the section is gone, and only that', () => {
      const off = md({ evaluation: false }, scored);
      expect(off).not.toContain('Evaluering af samarbejdet');
      const on = md({}, scored);
      expect(off).toBe(on.replace(`${section(on, 'Evaluering af samarbejdet')}\n`, ''));
    });
  });

  it('are read from the workshop as saved, and a given option overrides the saved one', () => {
    const saved = reduce(
      workshop,
      parseCommand({ type: 'minutes.setOptions', killers: 'named', ideas: 'none' }),
      { now: 1 },
    ).state;
    expect(md({}, saved)).toBe(md({ killers: 'named', ideas: 'none' }));
    expect(md({ killers: 'omitted' }, saved)).toBe(md({ killers: 'omitted', ideas: 'none' }));
  });
});
