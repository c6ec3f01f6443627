import assert from 'node:assert/strict';
import {test} from 'node:test';
import {RECENTRE_KM, centreArrondissements, communeRow, recentreCommunes} from './communes.mjs';
import {accents, communes, fs, lp} from './fixtures.mjs';
import {labelRemainder, laPosteType, normalizePoints, stripSuffixes, timeZoneOf} from './points.mjs';

test('commune mapping: current, arrondissement, commune déléguée, former code, foreign, unknown', () => {
  const c = communes();
  assert.deepEqual(c.resolve('72050'), {code: '72050', via: 'commune', place: 'Brûlon'});
  assert.deepEqual(c.resolve('75101'), {code: '75056', via: 'arrondissement', place: 'Paris'});
  assert.deepEqual(c.resolve('01039'), {code: '01138', via: 'deleguee', place: 'Béon'});
  assert.deepEqual(c.resolve('01340'), {code: '01015', via: 'ancien-code', place: 'Arboys en Bugey'});
  assert.equal(c.resolve('01015').via, 'commune'); // the current commune wins over its commune déléguée
  assert.deepEqual(c.resolve('99138'), {code: null, reason: 'outside-france', country: 'Monaco'});
  assert.deepEqual(c.resolve('09920'), {code: null, reason: 'outside-france', country: 'Andorre'});
  assert.deepEqual(c.resolve('12345'), {code: null, reason: 'unknown-code'});
  const brulon = c.current.get('72050');
  assert.deepEqual(communeRow(brulon), {code: '72050', name: 'Brûlon', departement: '72', postcodes: ['72350'], lat: 47.9667, lon: -0.2333, population: 1549, epci: {code: '200000001', name: 'CC Test'}});
  assert.equal(c.current.get('97209').epci, null);
});

test('La Poste types, whatever the wording', () => {
  assert.deepEqual(laPosteType('Bureau de Poste'), {type: 'bureau'});
  assert.deepEqual(laPosteType('BUREAU DE POSTE'), {type: 'bureau'});
  assert.deepEqual(laPosteType('Agence postale communale'), {type: 'agence-communale'});
  assert.deepEqual(laPosteType('Agence postale intercommunale'), {type: 'agence-intercommunale'});
  assert.deepEqual(laPosteType('Relais poste commerçant'), {type: 'relais'});
  assert.deepEqual(laPosteType('La Poste Relais'), {type: 'relais'});
  assert.deepEqual(laPosteType('Point partenaire'), {type: 'relais'});
  assert.deepEqual(laPosteType('Agence postale ou Relais poste', 'X RP'), {type: 'relais'});
  assert.deepEqual(laPosteType('Agence postale ou Relais poste', 'X AP'), {type: 'agence-communale'});
  assert.deepEqual(laPosteType('Agence postale militaire'), {reason: 'military'});
  assert.deepEqual(laPosteType('Guichet annexe'), {reason: 'unknown-type'});
});

test('label remainder tells points of one commune apart', () => {
  assert.equal(labelRemainder('MONTPELLIER LA POMPIGNANE BP', ['Montpellier']), 'LA POMPIGNANE');
  assert.equal(labelRemainder('LE HAVRE GRAVILLE', ['Le Havre']), 'GRAVILLE');
  assert.equal(labelRemainder('ST MAUR BERTHELOT BP', ['Saint-Maur']), 'BERTHELOT');
  assert.equal(labelRemainder('PARIS LPR MONOPRIX JAURES RP', ['Paris']), 'MONOPRIX JAURES');
  assert.equal(labelRemainder('LA SOUCHE AP', ['La Souche']), '');
  assert.equal(labelRemainder('SEA SUN ET FUN RP', ['Saint-Martin']), 'SEA SUN ET FUN');
  assert.equal(stripSuffixes('MEAUZAC LPAC AP'), 'MEAUZAC');
  assert.equal(stripSuffixes('AP'), 'AP');
});

function build(laposte, franceServices = []) {
  return normalizePoints({laposte, franceServices, communes: communes(), accents: accents()});
}

test('one record per point: type, display name with elision, readable address, current commune, rounded position', () => {
  const {points, excluded} = build([
    lp('01140A', 'LA SOUCHE AP', 'Agence postale communale', '07315', 44.62868, 4.201706, {parent: '01145A', address: 'LE BOURG', postcode: '07380'}),
    lp('01145A', 'TOURNON SUR RHONE', 'Bureau de Poste', '07324', 45.070598, 4.828298, {address: '7 QUAI FARCONNET', postcode: '07300'}),
    lp('00200A', 'AUBENAS BP', 'Bureau de Poste', '07019', 44.620001, 4.390004),
    lp('00300A', 'LE MANS BP', 'Bureau de Poste', '72181', 48.0, 0.2),
    lp('00400A', 'LES ULIS RP', 'Relais poste commerçant', '91692', 48.68, 2.17, {extra: 'TABAC LE BALTO', place: 'LE BOURG'}),
    lp('00500A', 'PARIS LOUVRE BP', 'Bureau de Poste', '75101', 48.86, 2.34),
    lp('00501A', 'PARIS BOURSE BP', 'Bureau de Poste', '75102x', 48.87, 2.34),
    lp('00600A', 'BEON AP', 'Agence postale communale', '01039', 45.85, 5.78, {precision: 'Géocodé au centre de la commune'}),
  ]);
  const byId = Object.fromEntries(points.map((p) => [p.id, p]));
  assert.deepEqual(byId['01145A'], {id: '01145A', type: 'bureau', label: 'TOURNON SUR RHONE', address: '7 quai Farconnet', extra: '', postcode: '07300', city: 'Tournon-sur-Rhône', insee: '07324', lat: 4507060, lon: 482830, parent: '', approx: false, name: 'Bureau de poste de Tournon-sur-Rhône'});
  assert.equal(byId['01140A'].name, 'Agence postale communale de La Souche');
  assert.equal(byId['01140A'].parent, '01145A');
  assert.equal(byId['01140A'].address, 'Le Bourg');
  assert.equal(byId['00200A'].name, "Bureau de poste d'Aubenas");
  assert.equal(byId['00200A'].lat, 4462000); // 5 decimals
  assert.equal(byId['00300A'].name, 'Bureau de poste du Mans');
  assert.equal(byId['00400A'].name, 'Relais poste des Ulis');
  assert.equal(byId['00400A'].address, 'Tabac le Balto'); // no street: the complement, then the lieu-dit
  assert.equal(byId['00400A'].extra, 'Le Bourg');
  assert.equal(byId['00500A'].insee, '75056');
  assert.equal(byId['00500A'].name, 'Bureau de poste de Paris');
  assert.equal(byId['00600A'].insee, '01138');
  assert.equal(byId['00600A'].city, 'Béon');
  assert.equal(byId['00600A'].name, 'Agence postale communale de Béon');
  assert.equal(byId['00600A'].approx, true);
  assert.deepEqual(excluded, [{source: 'laposte', id: '00501A', label: 'PARIS BOURSE BP', code: '75102x', reason: 'unmapped-code', detail: 'unknown-code'}]);
  assert.deepEqual(points.map((p) => p.id), [...points.map((p) => p.id)].sort());
});

test('several points of one type in a commune get their label as a distinction', () => {
  const {points} = build([
    lp('1', 'LE MANS BP', 'Bureau de Poste', '72181', 48.0, 0.2),
    lp('2', 'LE MANS LES MAILLETS', 'Bureau de Poste', '72181', 48.01, 0.21),
    lp('3', 'LE MANS PONTLIEUE BP', 'Bureau de Poste', '72181', 48.02, 0.22),
    lp('4', 'LE MANS RP', 'Relais poste commerçant', '72181', 48.02, 0.22),
    lp('5', 'MANS GARE', 'Relais poste commerçant', '72181', 48.03, 0.23),
    lp('6', 'LE MANS X AP', 'Agence postale communale', '72181', 48.04, 0.24),
    lp('7', 'LE MANS X AP', 'Agence postale communale', '72181', 48.05, 0.25),
  ]);
  assert.deepEqual(
    points.map((p) => p.name),
    [
      'Bureau de poste du Mans',
      'Bureau de poste du Mans (Les Maillets)',
      'Bureau de poste du Mans (Pontlieue)',
      'Relais poste du Mans',
      'Relais poste du Mans (Mans Gare)',
      'Agence postale communale du Mans (Le Mans X) 6',
      'Agence postale communale du Mans (Le Mans X) 7',
    ],
  );
});

test('rows that cannot be kept are returned with their reason', () => {
  const {points, excluded, corrected} = build([
    lp('A', 'NO COORDS AP', 'Agence postale communale', '72050', '', ''),
    lp('B', 'MONTE CARLO', 'Bureau de Poste', '99138', 43.73, 7.42),
    lp('C', 'ANDORRE AP', 'Agence postale communale', '09920', 42.5, 1.5),
    lp('D', 'SALON AIR AP', 'Agence postale militaire', '72050', 43.6, 5.05),
    lp('E', 'BRULON BP', 'Bureau de Poste', '72050', 47.9667, -0.2333),
    lp('E', 'BRULON BP', 'Bureau de Poste', '72050', 47.9667, -0.2333),
    lp('F', 'ZERO', 'Bureau de Poste', '72050', 0, 0),
    lp('G', 'ELSEWHERE', 'Bureau de Poste', '72050', 47.9667, -0.2333, {country: 'ANDORRE'}),
    lp('H', 'AVESSE AP', 'Agence postale communale', '72016', 41.629172, 0.158729),
  ]);
  assert.deepEqual(
    excluded.map((e) => [e.id, e.reason]),
    [['A', 'no-coordinates'], ['B', 'outside-france'], ['C', 'outside-france'], ['D', 'military'], ['E', 'duplicate-id'], ['F', 'no-coordinates'], ['G', 'outside-france']],
  );
  assert.deepEqual(points.map((p) => p.id), ['E', 'H']);
  // a position hundreds of km from its commune is moved to the commune's centre, and said so
  assert.equal(corrected.length, 1);
  assert.equal(corrected[0].id, 'H');
  assert.equal(points[1].lat, 4795000);
  assert.equal(points[1].approx, true);
});

test('France services: hours Monday first, post-office ones linked both ways to the nearest bureau of their commune', () => {
  const {points, links, excluded} = build(
    [
      lp('B1', 'BRULON BP', 'Bureau de Poste', '72050', 47.9667, -0.2333),
      lp('B2', 'BRULON GARE BP', 'Bureau de Poste', '72050', 47.98, -0.25),
      lp('R1', 'BRULON RP', 'Relais poste commerçant', '72050', 47.96671, -0.23331),
      lp('M1', 'LE MANS BP', 'Bureau de Poste', '72181', 48.0, 0.2),
    ],
    [
      fs(2, 'France services La Poste de Brûlon', '72050', 47.96672, -0.23332, {h_mardi: '09:00 - 12:00 / 14:00 - 16:30', h_samedi: '09:00 - 12:00'}),
      fs(3, 'France Services Avessé', '72016', 47.95, -0.25),
      fs(4, 'France services La Poste de Avessé', '72016', 47.95, -0.25),
      fs(5, 'Bus France services', '12345', 47.95, -0.25, {format_fs: 'Bus_équivalent'}),
      fs(6, 'France services Mobile', '72016', 47.95, -0.25, {format_fs: 'Bus_équivalent'}),
    ],
  );
  const byId = Object.fromEntries(points.map((p) => [p.id, p]));
  assert.deepEqual(byId.fs2.hours, ['', '09:00-12:00,14:00-16:30', '', '', '', '09:00-12:00', '']);
  assert.equal(byId.fs2.type, 'france-services');
  assert.equal(byId.fs2.name, 'France services La Poste de Brûlon');
  assert.equal(byId.fs2.address, '1 rue de la Poste');
  assert.equal(byId.fs2.hostedBy, 'B1');
  assert.equal(byId.B1.franceServices, 'fs2');
  assert.equal(byId.B2.franceServices, undefined);
  assert.equal(byId.R1.franceServices, undefined);
  assert.equal(byId.fs3.name, 'France services Avessé');
  assert.equal(byId.fs3.hostedBy, undefined);
  assert.equal(byId.fs4.hostedBy, undefined); // no bureau in Avessé
  // a bus is not at its base's address: left out, and said so
  assert.equal(byId.fs6, undefined);
  assert.equal(byId.fs3.timeZone, undefined); // metropolitan: Europe/Paris, not written
  assert.deepEqual(links.unlinked.map((u) => u.id), ['fs4']);
  assert.equal(links.linked, 1);
  assert.deepEqual(excluded.map((e) => [e.id, e.reason]), [['fs5', 'unmapped-code'], ['fs6', 'mobile']]);
});

test('time zones of the places outside metropolitan France', () => {
  assert.equal(timeZoneOf('72050'), undefined);
  assert.equal(timeZoneOf('2A004'), undefined);
  assert.equal(timeZoneOf('97411'), 'Indian/Reunion');
  assert.equal(timeZoneOf('97502'), 'America/Miquelon');
  assert.equal(timeZoneOf('97311'), 'America/Cayenne');
  // Saint-Barthélemy and Saint-Martin keep Guadeloupe's time
  assert.equal(timeZoneOf('97701'), 'America/Guadeloupe');
  assert.equal(timeZoneOf('97801'), 'America/Guadeloupe');
});

test('arrondissements: places of their own, centred on the La Poste points coded with them', () => {
  const c = communes();
  // still mapped to the city for the points
  assert.deepEqual(c.resolve('75101'), {code: '75056', via: 'arrondissement', place: 'Paris'});
  centreArrondissements(c, [
    {insee: '75101', lat: '48.86', lon: '2.34'},
    {insee: '75101', lat: '48.87', lon: '2.35'},
    {insee: '75101', lat: '', lon: ''},
    {insee: '72050', lat: '47.9', lon: '-0.2'},
  ]);
  assert.deepEqual(communeRow(c.arrondissements.get('75101')), {
    code: '75101',
    name: 'Paris 1er Arrondissement',
    departement: '75',
    postcodes: ['75001'],
    lat: 48.865,
    lon: 2.345,
    population: 15919,
    epci: {code: '200054781', name: 'Métropole du Grand Paris'},
  });
});

test('a commune centre far from all its La Poste points moves to where they cluster (its town)', () => {
  const c = communes();
  const e5 = (degrees) => Math.round(degrees * 1e5);
  const point = (insee, lat, lon, extra = {}) => ({type: 'bureau', insee, lat: e5(lat), lon: e5(lon), approx: false, ...extra});
  // Brûlon's centre (47.9667, -0.2333) is 1.6 km from its bureau: kept
  // La Souche's (44.62, 4.2) is 10 km from its points: a lone hamlet office, and a town of two
  const moved = recentreCommunes(c, [
    point('72050', 47.9811, -0.2314),
    point('07315', 44.66, 4.2),
    point('07315', 44.53, 4.2),
    point('07315', 44.531, 4.201, {type: 'relais'}),
    point('07315', 44.62, 4.2, {type: 'france-services'}), // not a La Poste point
    point('07315', 44.62, 4.2001, {approx: true}), // placed at the centroid, not at its address
  ]);
  assert.equal(RECENTRE_KM, 3);
  assert.deepEqual(moved, ['07315']);
  // the town's point nearest the centroid, not the lone hamlet's (nearer the centroid, but alone)
  assert.deepEqual([c.current.get('07315').lat, c.current.get('07315').lon], [44.531, 4.201]);
  assert.deepEqual([c.current.get('72050').lat, c.current.get('72050').lon], [47.9667, -0.2333]);
});
