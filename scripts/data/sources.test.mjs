import assert from 'node:assert/strict';
import {mkdtempSync, rmSync, writeFileSync, mkdirSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {test} from 'node:test';
import {attributionLines, dataDirFrom, fieldKey, findInputs, normalizeHours, parseCommuneCentres, parseFranceServices, parseLaPoste} from './sources.mjs';

const CSV_2020 =
  '#Identifiant_du_site;Libellé_du_site;Caractéristique_du_site;Site_Acores_de_rattachement;Adresse;Complément_d_adresse;Lieu_dit;Code_postal;Localité;Code_INSEE;Pays;Latitude;Longitude;Précision_du_géocodage;Numéro_de_téléphone;latlong\r\n' +
  '01140A;LA SOUCHE AP;Agence postale communale;01143A;LE BOURG;;;07380;LA SOUCHE;07315;FRANCE;44.62868;4.201706;Géocodé au numéro;3631;44.62868,4.201706\r\n' +
  '01145A;TOURNON SUR RHONE;Bureau de Poste;;7 QUAI FARCONNET;;;07300;TOURNON SUR RHONE;07324;FRANCE;45.070598;4.828298;Géocodé au numéro;3631;45.070598,4.828298\r\n';
const CSV_DATAFAIR =
  'identifiant_a;libelle_du_site;caracteristique_du_site;site_acores_de_rattachement;adresse;complement_d_adresse;lieu_dit;code_postal;localite;code_insee;pays;latitude;longitude;numero_de_telephone\r\n' +
  '01140A;LA SOUCHE AP;Agence postale communale;01143A;LE BOURG;;;07380;LA SOUCHE;07315;FRANCE;44.62868;4.201706;3631\r\n' +
  '01145A;TOURNON SUR RHONE;Bureau de Poste;;"7 QUAI ""FARCONNET""; ENTREE B";;;07300;TOURNON SUR RHONE;07324;FRANCE;45.070598;4.828298;3631\r\n';

test('header names of both La Poste styles map to the same fields', () => {
  assert.equal(fieldKey('#Identifiant_du_site'), 'identifiant_du_site');
  assert.equal(fieldKey('Libellé_du_site'), 'libelle_du_site');
  assert.equal(fieldKey('Complément_d_adresse'), 'complement_d_adresse');
  assert.equal(fieldKey('\uFEFFidentifiant_a'), 'identifiant_a');
});

test('parses the 2020 CSV and the Data Fair snake_case CSV alike', () => {
  const a = parseLaPoste(CSV_2020);
  const b = parseLaPoste(CSV_DATAFAIR);
  assert.equal(a.length, 2);
  assert.deepEqual(a[0], {id: '01140A', label: 'LA SOUCHE AP', kind: 'Agence postale communale', parent: '01143A', address: 'LE BOURG', extra: '', place: '', postcode: '07380', locality: 'LA SOUCHE', insee: '07315', country: 'FRANCE', lat: '44.62868', lon: '4.201706', precision: 'Géocodé au numéro'});
  assert.deepEqual(b[0], {...a[0], precision: ''});
  assert.equal(b[1].address, '7 QUAI "FARCONNET"; ENTREE B'); // quoted field with the separator inside
  assert.throws(() => parseLaPoste('a;b\r\n1;2\r\n'), /no column for "id"/);
});

test('parses France services with quoted multi-line fields', () => {
  const text =
    '"id_fs","insee_dep","lib_fs","adresse","complement_adresse","insee_com","code_postal","lib_com","latitude","longitude","h_lundi","h_mardi","commentaire"\n' +
    '"2","01","France services La Poste de Saint-Trivier-de-Courtes","22 Esplanade de La Poste",,"01388","01560","Saint-Trivier-de-Courtes",46.45916,5.083785,,"09:00 - 12:00 / 14:00 - 16:30","Sur rendez-vous,\nle mardi"\n' +
    '"3","02","Bus France services","6 Rue André Godin",,"02361","02120","Guise",49.90147,3.626688,"09:30 - 16:30",,""\n';
  const rows = parseFranceServices(text);
  assert.equal(rows.length, 2);
  assert.equal(rows[0].commentaire, 'Sur rendez-vous,\nle mardi');
  assert.equal(rows[1].lib_fs, 'Bus France services');
  assert.equal(rows[0].h_lundi, '');
});

test('weekly hours: "09:00 - 12:00 / 14:00 - 16:30" → "09:00-12:00,14:00-16:30"', () => {
  assert.equal(normalizeHours('09:00 - 12:00 / 14:00 - 16:30'), '09:00-12:00,14:00-16:30');
  assert.equal(normalizeHours('9h00 - 12h00'), '09:00-12:00');
  assert.equal(normalizeHours(''), '');
  assert.equal(normalizeHours(undefined), '');
  assert.equal(normalizeHours('sur rendez-vous'), null);
  // shapes of the real ANCT file: a closed day written 00:00 - 00:00 (fs3095), overlapping and
  // repeated slots (fs2831), slots out of order
  assert.equal(normalizeHours('00:00 - 00:00'), '');
  assert.equal(normalizeHours('09:00 - 12:00 / 00:00 - 00:00'), '09:00-12:00');
  assert.equal(normalizeHours('09:00 - 12:00 / 09:00 - 17:00'), '09:00-17:00');
  assert.equal(normalizeHours('14:00 - 17:00 / 09:00 - 12:00 / 09:00 - 12:00'), '09:00-12:00,14:00-17:00');
  assert.equal(normalizeHours('09:00 - 12:00 / 12:00 - 14:00'), '09:00-14:00');
  assert.equal(normalizeHours('18:00 - 09:00'), null);
});

test('commune centres: the shared file shape and geo.api’s own', () => {
  const shared = parseCommuneCentres('[{"code":"72050","nom":"Brûlon","dept":"72","lat":47.9667,"lon":-0.2333,"population":1549}]');
  const geo = parseCommuneCentres('[{"nom":"Brûlon","code":"72050","codeDepartement":"72","population":1549,"centre":{"type":"Point","coordinates":[-0.2333,47.9667]}}]');
  assert.deepEqual(geo, shared);
});

test('finds the newest file of each source in a folder; the folder from --data, PP_DATA_DIR or the default', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pp-sources-'));
  try {
    for (const name of ['laposte_poincont2_2016-08.csv', 'laposte_poincont2_2020-12.csv', 'france_services_2024-08-01.csv', 'notes.txt']) writeFileSync(join(dir, name), '');
    const {inputs, missing} = findInputs(dir);
    assert.deepEqual(missing, ['communes']);
    assert.equal(inputs.laposte.date, '2020-12');
    assert.equal(inputs.franceServices.path, join(dir, 'france_services_2024-08-01.csv'));
    mkdirSync(join(dir, 'sub'));
    assert.deepEqual(findInputs(join(dir, 'nope')).missing, ['laposte', 'franceServices', 'communes']);
  } finally {
    rmSync(dir, {recursive: true});
  }
  assert.deepEqual(dataDirFrom(['--data', 'x/y'], {PP_DATA_DIR: '/z'}), {dir: resolve('x/y'), explicit: true});
  assert.deepEqual(dataDirFrom(['--data=x'], {}), {dir: resolve('x'), explicit: true});
  assert.deepEqual(dataDirFrom([], {PP_DATA_DIR: '/z'}), {dir: '/z', explicit: true});
  assert.equal(dataDirFrom([], {}).explicit, false);
});

test('attribution lines of the README, dates filled in', () => {
  assert.deepEqual(attributionLines({laposte: '2020-12', franceServices: '2024-08-01', communes: '2025-08-19'}), [
    'Données La Poste (points de contact, décembre 2020), Licence Ouverte',
    'ANCT, structures France services (1er août 2024), Licence Ouverte 2.0',
    'IGN Admin Express / INSEE COG via geo.api.gouv.fr (août 2025), Licence Ouverte 2.0',
  ]);
  assert.match(attributionLines({laposte: '2026-03', franceServices: '2026-03-15', communes: '2026-01-02'})[1], /\(15 mars 2026\)/);
});
