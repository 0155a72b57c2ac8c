import { describe, expect, it } from 'vitest';
import { roleFamilies } from '../../sample/data.js';
import { canonicalSkill, canonicalSkills, findSkills } from '../skills.js';
import { skillsTaxonomy } from '../skills-taxonomy.js';

const names = (text: string, inSkills = false) => findSkills(text, inSkills).map((h) => h.name);

describe('skills taxonomy', () => {
  it('maps synonyms to canonical names (JS → JavaScript, k8s → Kubernetes, Postgres → PostgreSQL)', () => {
    expect(names('Built services in JS and TS on k8s with Postgres, Golang and NodeJS', true)).toEqual([
      'JavaScript',
      'TypeScript',
      'Kubernetes',
      'PostgreSQL',
      'Go',
      'Node.js',
    ]);
    expect(canonicalSkill('js')).toBe('JavaScript');
    expect(canonicalSkill('K8S')).toBe('Kubernetes');
    expect(canonicalSkill('Underwater basket weaving')).toBe('Underwater basket weaving');
  });

  it('does not find a skill inside a longer one', () => {
    expect(names('JavaScript')).toEqual(['JavaScript']);
    expect(names('C++ and C# but not plain C here', true)).toEqual(['C++', 'C#', 'C']);
    expect(names('Node.js, ASP.NET Core and .NET')).toEqual(['Node.js', '.NET', '.NET']);
    expect(names('Kubernetes.')).toEqual(['Kubernetes']);
  });

  it('ambiguous words count only in a skills section and only as written', () => {
    expect(names('I excel at Go-to-market and go to the gym')).toEqual([]);
    expect(names('Go, R, Excel, Spring Boot', true)).toEqual(['Go', 'R', 'Excel', 'Spring']);
    expect(names('go, r, excel', true)).toEqual([]);
  });

  it('short all-caps terms are case-sensitive ("the rest" is not REST)', () => {
    expect(names('for the rest of the team, pr and qa')).toEqual([]);
    expect(names('designed REST APIs, ran QA')).toEqual(['REST APIs', 'Quality Management']);
  });

  it('every alias points at exactly one skill', () => {
    const owner = new Map<string, string>();
    for (const entry of skillsTaxonomy) {
      for (const alias of [entry.name, ...(entry.aliases ?? [])]) {
        const key = alias.toLowerCase().replace(/\s+/g, ' ');
        expect(owner.get(key) ?? entry.name, `${alias} is claimed by ${owner.get(key)} and ${entry.name}`).toBe(entry.name);
        owner.set(key, entry.name);
      }
    }
  });

  it('covers every skill the sample agency uses', () => {
    const missing = roleFamilies.flatMap((f) => f.skills).filter((s) => canonicalSkill(s) !== s || !skillsTaxonomy.some((e) => e.name === s));
    expect(missing).toEqual([]);
  });

  it('canonicalSkills de-duplicates case-insensitively, keeping the first spelling', () => {
    expect(canonicalSkills(['JS', 'javascript', 'Python', 'python3', 'Basket weaving', 'basket Weaving'])).toEqual(['JavaScript', 'Python', 'Basket weaving']);
  });
});
