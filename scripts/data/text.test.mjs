import assert from 'node:assert/strict';
import {test} from 'node:test';
import {accentTable, deName, fold, readableCase, searchKey} from './text.mjs';

test('readable case of La Poste addresses', () => {
  const accents = accentTable(['Tournon-sur-Rhône', 'Pouancé', 'Évreux']);
  const cases = {
    '7 QUAI FARCONNET': '7 quai Farconnet',
    'PLACE DE L EGLISE': "place de l'Église",
    'LE BOURG': 'Le Bourg',
    'LIEU DIT LE BOURG': 'lieu-dit Le Bourg',
    '13 PLACE DES DROITS DE L HOMME': "13 place des Droits de l'Homme",
    '31 RUE MAL DE LATTRE DE TASSIGNY': '31 rue Maréchal de Lattre de Tassigny',
    '29 RUE DE LA 5E DB': '29 rue de la 5e DB',
    '14 bis route d aigrefeuille': "14 bis route d'Aigrefeuille",
    '480 Rue du Laris': '480 rue du Laris',
    '80 AVENUE DU GENERAL DE GAULLE': '80 avenue du Général de Gaulle',
    '40 GRANDE RUE': '40 Grande Rue',
    '1 B PLACE TURENNE': '1 B place Turenne',
    'RUE JEANNE D ARC': "rue Jeanne d'Arc",
    '8 PLACE DU 8 MAI 1945': '8 place du 8 Mai 1945',
    '12 BIS RUE ST JEAN': '12 bis rue Saint Jean',
    'RESIDENCE LES TILLEULS': 'résidence Les Tilleuls',
    'POINT KILOMETRIQUE 4 RN2': 'Point Kilométrique 4 RN2',
    '2 AVENUE DE TOURNON SUR RHONE': '2 avenue de Tournon sur Rhône',
    '': '',
  };
  for (const [raw, readable] of Object.entries(cases)) assert.equal(readableCase(raw, {address: true, accents}), readable, raw);
});

test('readable case of names and labels', () => {
  assert.equal(readableCase('MONTPELLIER LA POMPIGNANE'), 'Montpellier la Pompignane');
  assert.equal(readableCase('LA POMPIGNANE'), 'La Pompignane');
  assert.equal(readableCase('SEA SUN ET FUN'), 'Sea Sun et Fun');
  assert.equal(readableCase('INTERMARCHE CONTACT SAS FERNEIGE'), 'Intermarché Contact SAS Ferneige');
  assert.equal(readableCase('POUANCE', {accents: accentTable(['Pouancé'])}), 'Pouancé');
});

test('accent table skips words written both ways', () => {
  const table = accentTable(['Pouancé', 'Pouance-les-Bois', 'Rhône', 'Bar']);
  assert.equal(table.get('RHONE'), 'Rhône');
  assert.equal(table.has('POUANCE'), false);
  assert.equal(table.has('BAR'), false); // no accent to restore, and too short
});

test('"de" + place name: contraction and elision', () => {
  assert.equal(deName('Le Mans'), 'du Mans');
  assert.equal(deName('Les Ulis'), 'des Ulis');
  assert.equal(deName('La Souche'), 'de La Souche');
  assert.equal(deName("L'Haÿ-les-Roses"), "de L'Haÿ-les-Roses");
  assert.equal(deName('Aubenas'), "d'Aubenas");
  assert.equal(deName('Évreux'), "d'Évreux");
  assert.equal(deName('Yvetot'), "d'Yvetot");
  assert.equal(deName('Honfleur'), 'de Honfleur');
  assert.equal(deName('Tournon-sur-Rhône'), 'de Tournon-sur-Rhône');
  assert.equal(deName('Lesparre-Médoc'), 'de Lesparre-Médoc');
});

test('search key: accents, case, hyphens, apostrophes, saint abbreviations', () => {
  assert.equal(searchKey('Brûlon'), 'brulon');
  assert.equal(searchKey('BRUL'), 'brul');
  assert.equal(searchKey('saint-m'), 'saint m');
  assert.equal(searchKey('St-Malo'), 'saint malo');
  assert.equal(searchKey('Ste-Marie'), 'sainte marie');
  assert.equal(searchKey('Saint-Jean-St-Ouen'), 'saint jean saint ouen');
  assert.equal(searchKey("L'Abergement-Clémenciat"), 'l abergement clemenciat');
  assert.equal(searchKey('Œuilly'), 'oeuilly');
  assert.equal(searchKey('  - '), '');
  assert.equal(fold('Tournon-sur-Rhône'), 'TOURNON-SUR-RHONE');
});

test('the browser’s search key (src/data/communes.ts) is the build’s: the same key for every commune name and odd input', async () => {
  // the shards are keyed by the build's searchKey and looked up with the browser's: they must agree
  const {importRuntime} = await import('./runtime.mjs');
  const {communes, cleanup} = await importRuntime();
  try {
    const {readFileSync} = await import('node:fs');
    const names = JSON.parse(readFileSync(new URL('../../node_modules/@etalab/decoupage-administratif/data/communes.json', import.meta.url), 'utf8')).map((c) => c.nom);
    const odd = ['', '  - ', 'ÆSOP œuvre', 'st', 'ste-', 'Saint--Ouen', "l'île", 'İstanbul', 'ǅ', '12 rue', 'a\u0301b'];
    for (const text of [...names, ...odd]) assert.equal(communes.searchKey(text), searchKey(text), text);
  } finally {
    cleanup();
  }
});

test('readableCase: placeholders of the sources are no address, a lower-case bis does not make text mixed', () => {
  for (const none of ['NEANT', 'Néant', 'X', '0', '-', '...']) assert.equal(readableCase(none, {address: true}), '', none);
  assert.equal(readableCase('36 bis RUE DE LA REPUBLIQUE', {address: true}), '36 bis rue de la République');
  // only a whole value is a placeholder
  assert.notEqual(readableCase('0 RUE X', {address: true}), '');
});
