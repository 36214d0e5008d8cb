/**
 * Words a shopper types that the products' names do not use (the English names come from the
 * Translation Module; both languages are searched in both shops). Meilisearch treats each key as
 * also meaning its values; several words are one phrase. Vietnamese needs none here: the index
 * folds diacritics, so "nuoc mam" finds "Nước mắm".
 */
export const SEARCH_SYNONYMS: Record<string, string[]> = {
  "sticky rice": ["glutinous rice"],
  "glutinous rice": ["sticky rice"],
  noodles: ["vermicelli"],
  "rice noodles": ["rice vermicelli"],
  "glass noodles": ["arrowroot glass noodles"],
  sausage: ["pork roll"],
  ham: ["pork roll"],
  candy: ["brittle", "crackle"],
  sweets: ["brittle", "crackle"],
  "bird nest": ["bird's nest"],
  "swallow nest": ["bird's nest"],
  "swiftlet nest": ["bird's nest"],
  lingzhi: ["reishi"],
  "wood ear": ["wood-ear"],
  cantaloupe: ["melon"],
  wine: ["liquor"],
  "rice wine": ["liquor"],
  "soy sauce": ["soybean sauce"],
  rug: ["mat"],
  carpet: ["mat"],
  vase: ["flower vase"],
  shrimp: ["small-shrimp"],
  prawn: ["shrimp"],
  crab: ["fiddler-crab"],
}
