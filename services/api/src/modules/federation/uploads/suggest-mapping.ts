import { headerKey } from '../connectors/csv-rows';
import type { MappedField } from '../connectors/mapping';

/** Fields the back-office maps, with header keys (see headerKey) that usually hold them, best first. */
const GUESSES: [MappedField, RegExp[]][] = [
  [
    'externalId',
    [
      /^(id|identifiant|identifier|ref|reference|code|code_point|id_point|external_id|uid|identifiant_unique)$/,
      /^(id|identifiant)_/,
    ],
  ],
  [
    'name',
    [
      /^(nom|name|nom_du_point|nom_du_lieu|nom_point|libelle|intitule|denomination|raison_sociale|titre|title)$/,
      /^nom_/,
      /(^|_)nom($|_)/,
    ],
  ],
  ['street', [/^(adresse|address|rue|voie|adresse_postale|street|adresse_1|adresse1|numero_et_rue)$/, /adresse/]],
  ['postcode', [/^(code_postal|cp|postcode|postal_code|zip|code_post)$/, /postal/]],
  ['commune', [/^(commune|ville|city|localite|municipality|nom_commune|town)$/, /commune/]],
  ['inseeCode', [/^(insee|code_insee|code_commune|citycode|code_commune_insee|insee_com)$/, /insee/]],
  ['lat', [/^(lat|latitude|y_wgs84|lat_wgs84)$/, /latitude/]],
  ['lng', [/^(lng|lon|long|longitude|x_wgs84|lon_wgs84)$/, /longitude/]],
  ['x', [/^(x|x_l93|x_lambert93|x_lambert|coord_x|xl93|x_2154)$/, /^x_l/]],
  ['y', [/^(y|y_l93|y_lambert93|y_lambert|coord_y|yl93|y_2154)$/, /^y_l/]],
  ['openingHours', [/^(horaires|opening_hours|hours|heures_d_ouverture|horaires_d_ouverture|ouverture)$/, /horaire/]],
  ['phone', [/^(telephone|tel|phone|numero_de_telephone|tel_fixe|contact_telephone)$/, /(^|_)tel/, /phone/]],
  ['email', [/^(email|e_mail|mail|courriel|adresse_mail|adresse_electronique|contact_email)$/, /mail|courriel/]],
  ['website', [/^(site|site_web|site_internet|website|url|web|siteweb)$/, /site|web/]],
  [
    'objects',
    [
      /^(objets|objects|dechets|objets_acceptes|categories|flux|types_de_dechets|accepted_objects|filieres)$/,
      /objet|dechet|flux/,
    ],
  ],
];

/** A mapping of the columns to place fields, guessed from their names; each column is used once. */
export function suggestMapping(columns: string[]): Partial<Record<MappedField, string>> {
  const keys = columns.map((c) => ({ column: c, key: headerKey(c) }));
  const used = new Set<string>();
  const fields: Partial<Record<MappedField, string>> = {};
  // First pass: exact names for every field; second: looser patterns.
  for (let pass = 0; pass < 3; pass += 1) {
    for (const [field, patterns] of GUESSES) {
      if (fields[field] || !patterns[pass]) continue;
      const hit = keys.find((k) => !used.has(k.column) && patterns[pass]!.test(k.key));
      if (hit) {
        fields[field] = hit.column;
        used.add(hit.column);
      }
    }
  }
  return fields;
}
