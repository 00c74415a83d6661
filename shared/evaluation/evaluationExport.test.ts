import { describe, expect, it } from 'vitest';
import { exportMarkdown } from '../exporters/exportMarkdown';
import { buildRecord } from '../exporters/record';
import { runningWorkshop } from '../testing/fixture';
import { evaluationScoresCsv } from './evaluationExport';
import { buildEvaluationRecord } from './evaluationRecord';
import { scoredMeeting } from './scoredMeeting';

describe('the evaluation in the records', () => {
  it('is left out of the minutes when nobody scored', () => {
    expect(buildEvaluationRecord(runningWorkshop(), 'da')).toBeNull();
    const md = exportMarkdown(
      buildRecord(runningWorkshop(), { language: 'da', today: '2026-11-25' }),
    );
    expect(md).not.toContain('Evaluering af samarbejdet');
  });

  it('writes mean, spread and n per question, and relational coordination, into the Markdown minutes', () => {
    const md = exportMarkdown(
      buildRecord(scoredMeeting(), { language: 'da', today: '2026-11-25' }),
    );
    expect(md).toContain('## Evaluering af samarbejdet');
    expect(md).toContain('PÅ TVÆRS: 2 svar, anonyme.');
    expect(md).toContain('| Spørgsmål | Gns. | Sd | Min–maks | n |');
    expect(md).toContain(
      '| 9. Møderne giver værdi i forhold til de ressourcer, der bruges på dem | 4,5 | 0,7 | 4–5 | 2 |',
    );
    expect(md).toContain('| 11. Hvert dagsordenspunkt giver et klart output | – | – | – | 0 |');
    expect(md).toContain('| Borgeren er med; "altid" | 5,0 | – | 5–5 | 1 |');
    expect(md).toContain('### Relationel koordinering');
    expect(md).toContain('| Kommune → Hospital | 3,0 (n 1) | 4,0 (n 1) | +1,0 |');
    // No trend column without earlier meetings.
    expect(md).not.toContain('Tidligere møder');
  });

  it('writes the minutes in English too', () => {
    const md = exportMarkdown(
      buildRecord(scoredMeeting(), { language: 'en', today: '2026-11-25' }),
    );
    expect(md).toContain('## Evaluating the collaboration');
    expect(md).toContain(
      '| 9. The meetings give value for the resources spent on them | 4.5 | 0.7 | 4–5 | 2 |',
    );
  });

  it('exports every raw score as anonymous CSV rows', () => {
    const record = buildEvaluationRecord(scoredMeeting(), 'da');
    const csv = evaluationScoresCsv(record!, ';');
    const lines = csv
      .slice(1)
      .split('\r\n')
      .filter((l) => l !== '');
    expect(lines[0]).toBe('Svar-id;Skema;Par;Spørgsmål;Score');
    // 3 + 2 PÅ TVÆRS scores, 2 + 2 relational ones.
    expect(lines).toHaveLength(1 + 9);
    expect(lines).toContain(
      'r-b;Evaluering af samarbejdet (PÅ TVÆRS);;"Borgeren er med; ""altid""";5',
    );
    expect(lines).toContain(
      'r-c;Relationel koordinering – før;Kommune → Hospital;Hyppig kommunikation;2',
    );
    expect(csv.startsWith('\uFEFF')).toBe(true);
    // Nothing names a participant.
    for (const p of scoredMeeting().participants) expect(csv).not.toContain(p.name);
  });
});
