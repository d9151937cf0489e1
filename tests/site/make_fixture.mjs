#!/usr/bin/env node
// Development fixture for the consumer page (resources/site/): signs records in the exact
// envelope of docs/record-format.md with fresh Ed25519 keys, builds page data as
// docs/site-format.md describes and fills the template. Not used by CI (no Node there); the
// real test is TestSitePage.cpp against `suyuan-cli site export`.
//
//   node tests/site/make_fixture.mjs OUTDIR [--base https://trace.example.cn]
//
// Writes OUTDIR/index.html, OUTDIR/01/{gtin}/10/{lot}/index.html, OUTDIR/p/{code}/10/{lot}/
// index.html and OUTDIR/labels.json (signed label URIs per batch, for ?k=&s= checks).

import { webcrypto as crypto } from 'node:crypto';
import { deflateSync, crc32 } from 'node:zlib';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const siteDir = path.resolve(here, '../../resources/site');
const outDir = path.resolve(process.argv[2] || '/tmp/suyuan-site-fixture');
const baseIdx = process.argv.indexOf('--base');
const labelBase = baseIdx > 0 ? process.argv[baseIdx + 1] : 'https://trace.example.cn';

// ---- canonical JSON (RFC 8785 as core/ledger/CanonicalJson.cpp writes it) ---------------

function canonical(v) {
  if (v === null || typeof v === 'boolean') return JSON.stringify(v);
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return 'null';
    return Object.is(v, -0) ? '0' : String(v); // ECMAScript Number#toString: the JCS form
  }
  if (typeof v === 'string') return JSON.stringify(v); // escapes " \ and controls (\u00xx lower case)
  if (Array.isArray(v)) return '[' + v.map(canonical).join(',') + ']';
  const keys = Object.keys(v).filter((k) => v[k] !== undefined).sort(); // UTF-16 code unit order
  return '{' + keys.map((k) => JSON.stringify(k) + ':' + canonical(v[k])).join(',') + '}';
}

const hex = (b) => Buffer.from(b).toString('hex');
const sha256 = async (bytes) => hex(await crypto.subtle.digest('SHA-256', bytes));

// ---- a tiny ledger ----------------------------------------------------------------------

class Node {
  static async create(label) {
    const kp = await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify']);
    const pub = hex(await crypto.subtle.exportKey('raw', kp.publicKey));
    return Object.assign(new Node(), { label, kp, pub, seq: 0, head: null, lastMs: 0 });
  }
  async sign(bytes) {
    return Buffer.from(await crypto.subtle.sign({ name: 'Ed25519' }, this.kp.privateKey, bytes));
  }
}

const records = []; // {id, bytes(Buffer), sig(Buffer), env}

async function append(node, kind, body, whenMs) {
  let ms = Math.max(whenMs ?? Date.UTC(2026, 10, 20), node.lastMs + 1000);
  node.lastMs = ms;
  node.seq += 1;
  const env = { author: node.pub, body, kind, prev: node.head, seq: node.seq,
    time: new Date(ms).toISOString(), v: 1 };
  const bytes = Buffer.from(canonical(env), 'utf8');
  const id = await sha256(bytes);
  const sig = await node.sign(bytes);
  node.head = id;
  const rec = { id, bytes, sig, env };
  records.push(rec);
  return rec;
}

// ---- identifiers ------------------------------------------------------------------------

function gs1Check(digits) {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const d = +digits[digits.length - 1 - i];
    sum += i % 2 === 0 ? d * 3 : d;
  }
  return String((10 - (sum % 10)) % 10);
}
const gtin14 = (twelve) => '0' + twelve + gs1Check(twelve);
const pct = (s) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
const batchId = (product, lot) => product.startsWith('code:')
  ? `urn:suyuan:lot:${pct(product.slice(5))}:${pct(lot)}`
  : `https://id.gs1.org/01/${product}/10/${pct(lot)}`;
const loc = (k) => `urn:suyuan:location:${k}`;
const party = (k) => `urn:suyuan:party:${k}`;
const at = (y, mo, d, h, mi) => Date.UTC(y, mo - 1, d, h - 8, mi);
const evTime = (ms) => {
  const d = new Date(ms + 8 * 3600e3).toISOString().replace('Z', '+08:00');
  return d;
};
let uuidN = 0;
const uuid = () => `urn:uuid:${crypto.randomUUID ? crypto.randomUUID() : String(++uuidN)}`;

// ---- the scenario (shapes from core/trace/Demo.cpp and TraceOperations.cpp) -------------

const P = {
  orange: gtin14('693765100011'), orange5kg: gtin14('693765100028'), orange10kg: gtin14('693765100035'),
  tuber: 'code:QCT-FL', zhacaiBulk: 'code:FLZC-BULK', zhacai80g: gtin14('694218301017'),
  pepperBulk: gtin14('695190700014'), pepper250g: gtin14('695190700021'),
};

function png(w, h, paint) {
  const raw = Buffer.alloc((w * 3 + 1) * h);
  for (let y = 0; y < h; y++) {
    raw[y * (w * 3 + 1)] = 0;
    for (let x = 0; x < w; x++) {
      const [r, g, b] = paint(x, y);
      const o = y * (w * 3 + 1) + 1 + x * 3;
      raw[o] = r; raw[o + 1] = g; raw[o + 2] = b;
    }
  }
  const chunk = (type, data) => {
    const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td) >>> 0);
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0); ihdr.writeUInt32BE(h, 4); ihdr[8] = 8; ihdr[9] = 2;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

async function main() {
  const coop = await Node.create('fengjie-coop');
  const lab = await Node.create('cq-agri-lab');
  const plant = await Node.create('fuzhou-zhacai');
  const pepper = await Node.create('jiangjin-coop');
  const nodes = [coop, lab, plant, pepper];

  // master data
  const products = [
    [P.orange, '奉节脐橙（鲜果，统货）', 'Fengjie navel orange, fresh, ungraded', 'fruit'],
    [P.orange5kg, '奉节脐橙 特级 5 kg 礼盒装', 'Fengjie navel orange, premium grade, 5 kg carton', 'fruit'],
    [P.orange10kg, '奉节脐橙 一级 10 kg 箱装', 'Fengjie navel orange, class I, 10 kg carton', 'fruit'],
    [P.tuber, '青菜头（鲜，涪陵）', 'Mustard tuber, fresh (Fuling)', 'vegetable'],
    [P.zhacaiBulk, '涪陵榨菜 盐渍菜坯（散装）', 'Fuling zhacai, salt-cured tuber (bulk)', 'processed_vegetable'],
    [P.zhacai80g, '涪陵榨菜 鲜脆榨菜丝 80 g 袋装', 'Fuling zhacai, shredded, 80 g pouch', 'processed_vegetable'],
    [P.pepperBulk, '江津花椒 九叶青干花椒（散装）', 'Jiangjin Sichuan pepper, dried green Jiuyeqing (bulk)', 'spice'],
    [P.pepper250g, '江津花椒 九叶青 250 g 袋装', 'Jiangjin Sichuan pepper, Jiuyeqing, 250 g bag', 'spice'],
  ];
  const t0 = at(2025, 1, 2, 9, 0);
  for (const [key, zh, en, category] of products) {
    const body = { id: key, name: { zh, en }, unit: 'KGM', category };
    if (key.startsWith('code:')) body.code = key.slice(5); else body.gtin = key;
    await append(key.startsWith('code:') || key === P.zhacai80g ? plant : key.startsWith('0695') ? pepper : coop,
      'master.product', body, t0);
  }
  const parties = [
    ['fengjie-coop', '奉节县草堂镇鑫橙脐橙专业合作社', 'Fengjie Caotang Xincheng Navel Orange Cooperative', 'cooperative', '重庆市奉节县草堂镇石马村'],
    ['nantuo-coop', '涪陵区南沱镇青菜头种植专业合作社', "Fuling Nantuo Mustard Tuber Growers' Cooperative", 'cooperative', '重庆市涪陵区南沱镇睦和村'],
    ['fuzhou-zhacai', '重庆涪州榨菜食品有限公司', 'Chongqing Fuzhou Zhacai Foods Co., Ltd.', 'processor', '重庆市涪陵区李渡工业园区'],
    ['jiangjin-coop', '江津区先锋镇九叶青花椒专业合作社', 'Jiangjin Xianfeng Jiuyeqing Sichuan Pepper Cooperative', 'cooperative', '重庆市江津区先锋镇麻柳村'],
    ['yuxin-logistics', '重庆渝新冷链物流有限公司（两路寸滩保税港区）', 'Chongqing Yuxin Cold-Chain Logistics Co., Ltd. (Lianglu-Cuntan Free Trade Port Area)', 'logistics', null],
    ['luhai-forwarding', '重庆陆海通国际货运代理有限公司', 'Chongqing Luhaitong International Freight Forwarding Co., Ltd.', 'logistics', null],
    ['lioncity-fresh', '狮城鲜果进口有限公司', 'Lion City Fresh Pte Ltd', 'importer', 'Pandan Loop, Singapore'],
    ['yuwei-market', '渝味优选超市（解放碑店）', 'Yuwei Select Supermarket (Jiefangbei)', 'retailer', null],
    ['cq-agri-lab', '重庆市农产品质量安全检测中心', 'Chongqing Agricultural Product Quality and Safety Testing Centre', 'laboratory', null],
  ];
  for (const [id, zh, en, role, address] of parties) {
    const body = { id, name: { zh, en }, role, entityCode: '93500236MA5YQ4K7X' };
    if (address) body.contact = { address };
    await append(id === 'cq-agri-lab' ? lab : id === 'fuzhou-zhacai' || id === 'nantuo-coop' ? plant : id === 'jiangjin-coop' ? pepper : coop,
      'master.party', body, t0 + 60e3);
  }
  const locations = [
    ['fj-plot-shima', '石马村脐橙园 3 号地块', 'Shima orchard, plot 3', 'plot', 'fengjie-coop', '重庆市奉节县草堂镇石马村三组'],
    ['fj-plot-baidi', '八阵村脐橙园', 'Bazhen orchard', 'plot', 'fengjie-coop', '重庆市奉节县白帝镇八阵村'],
    ['fj-packhouse', '奉节脐橙分级包装中心', 'Fengjie navel orange grading & packing house', 'processing_site', 'fengjie-coop', '重庆市奉节县永安街道朝阳工业园'],
    ['fl-plot-nantuo-1', '睦和村青菜头基地 1 号田', 'Muhe tuber field 1', 'plot', 'nantuo-coop', '重庆市涪陵区南沱镇睦和村'],
    ['fl-plot-nantuo-2', '连丰村青菜头基地 2 号田', 'Lianfeng tuber field 2', 'plot', 'nantuo-coop', '重庆市涪陵区南沱镇连丰村'],
    ['fl-plant', '涪州榨菜李渡加工厂', 'Fuzhou Zhacai plant, Lidu', 'processing_site', 'fuzhou-zhacai', '重庆市涪陵区李渡工业园区'],
    ['jj-plot-maliu', '麻柳村花椒基地', 'Maliu pepper grove', 'plot', 'jiangjin-coop', '重庆市江津区先锋镇麻柳村'],
    ['jj-packhouse', '先锋花椒烘干分装车间', 'Xianfeng pepper drying & packing workshop', 'processing_site', 'jiangjin-coop', '重庆市江津区先锋镇'],
    ['cq-lianglu-wh', '两路寸滩保税港区 渝新冷链仓库', 'Yuxin cold store, Lianglu-Cuntan Free Trade Port Area', 'warehouse', 'yuxin-logistics', '重庆市两路寸滩保税港区寸滩港区'],
    ['cq-rail-hub', '重庆国际物流枢纽园区 团结村铁路口岸（西部陆海新通道）', 'Chongqing Tuanjiecun Railway Port, New International Land-Sea Trade Corridor', 'port', 'luhai-forwarding', '重庆市沙坪坝区团结村'],
    ['sg-lioncity-wh', '狮城鲜果 班丹冷库', 'Lion City Fresh cold store, Pandan Loop', 'warehouse', 'lioncity-fresh', 'Pandan Loop, Singapore'],
    ['cq-store-jiefangbei', '渝味优选超市 解放碑店', 'Yuwei Select Supermarket, Jiefangbei', 'store', 'yuwei-market', '重庆市渝中区解放碑步行街'],
  ];
  for (const [id, zh, en, type, p, address] of locations) {
    await append(id.startsWith('fl') ? plant : id.startsWith('jj') ? pepper : coop, 'master.location',
      { id, name: { zh, en }, type, party: p, address, geo: { lat: 29.5 + id.length / 100, lon: 106.5 } }, t0 + 120e3);
  }

  const q = (b, kg) => ({ epcClass: b, quantity: kg, uom: 'KGM' });
  const event = (node, ms, ev) => append(node, 'epcis.event',
    { eventID: uuid(), eventTime: evTime(ms), eventTimeZoneOffset: '+08:00', ...ev }, ms + 5 * 60e3);
  const harvest = (node, product, lot, kg, plot, ms, variety, certs) => event(node, ms, {
    type: 'ObjectEvent', action: 'ADD', bizStep: 'commissioning', disposition: 'active', epcList: [],
    quantityList: [q(batchId(product, lot), kg)], bizLocation: { id: loc(plot) }, readPoint: { id: loc(plot) },
    ilmd: { 'cbvmda:harvestStartDate': new Date(ms + 8 * 3600e3).toISOString().slice(0, 10),
      'cbvmda:countryOfOrigin': 'CN', 'suyuan:variety': variety, ...(certs.length ? { 'suyuan:certifications': certs } : {}) },
  });
  const transform = (node, step, where, ms, ins, outs) => event(node, ms, {
    type: 'TransformationEvent', bizStep: step, disposition: 'active',
    inputQuantityList: ins.map(([b, kg]) => q(b, kg)), outputQuantityList: outs.map(([b, kg]) => q(b, kg)),
    bizLocation: { id: loc(where) },
  });
  const ship = (node, b, kg, from, toParty, toLoc, ms, docs = [], transport = null, priv = false) => event(node, ms, {
    type: 'ObjectEvent', action: 'OBSERVE', bizStep: 'shipping', disposition: 'in_transit', epcList: [],
    quantityList: [q(b, kg)], bizLocation: { id: loc(from) },
    destinationList: [{ type: 'owning_party', destination: party(toParty) }, { type: 'location', destination: loc(toLoc) }],
    ...(docs.length ? { bizTransactionList: docs.map(([type, id]) => ({ type, bizTransaction: id })) } : {}),
    ...(transport ? { 'suyuan:transport': transport } : {}),
    ...(priv ? { 'suyuan:private': 'a3f1c2d4e5b60718293a4b5c6d7e8f90112233445566778899aabbccddeeff00' } : {}),
  });
  const receive = (node, b, kg, where, ms, fromParty, receipt) => event(node, ms, {
    type: 'ObjectEvent', action: 'OBSERVE', bizStep: 'receiving', disposition: 'in_progress', epcList: [],
    quantityList: [q(b, kg)], bizLocation: { id: loc(where) }, readPoint: { id: loc(where) },
    ...(fromParty ? { sourceList: [{ type: 'owning_party', source: party(fromParty) }] } : {}),
    ...(receipt ? { bizTransactionList: [{ type: 'recadv', bizTransaction: 'urn:suyuan:recadv:' + receipt }] } : {}),
  });
  const fieldWork = (node, plot, ms, workType, input, dose, unit, extra = {}) => event(node, ms, {
    type: 'ObjectEvent', action: 'OBSERVE', epcList: [], bizLocation: { id: loc(plot) }, readPoint: { id: loc(plot) },
    bizStep: 'https://suyuan.example/ns/field_work', 'suyuan:workType': workType,
    ...(input ? { 'suyuan:input': input } : {}), 'suyuan:dose': { 'suyuan:quantity': dose, 'suyuan:uom': unit }, ...extra,
  });
  const labTest = (node, batches, ms, measurements, passed, extra = {}) => event(node, ms, {
    type: 'ObjectEvent', action: 'OBSERVE', epcList: [], quantityList: batches.map(([b, kg]) => q(b, kg)),
    bizStep: 'sampling', disposition: passed ? 'conformant' : 'non_conformant',
    sensorElementList: [{ sensorReport: measurements, sensorMetadata: { time: evTime(ms) } }],
    sourceList: [{ type: 'https://suyuan.example/ns/inspector', source: party('cq-agri-lab') }], ...extra,
  });

  // attachments: a test certificate image and a lab report
  const img = png(240, 150, (x, y) => {
    const border = x < 6 || y < 6 || x > 233 || y > 143;
    const stripe = y > 20 && y < 34;
    const seal = (x - 190) ** 2 + (y - 100) ** 2 < 26 ** 2;
    return border ? [176, 32, 32] : seal ? [200, 40, 40] : stripe ? [40, 90, 160] : (y % 18 === 0 && x > 20 && x < 160) ? [120, 120, 120] : [250, 247, 238];
  });
  const pdf = Buffer.from('%PDF-1.4\n% Suyuan fixture lab report\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
  const files = [
    { data: img, name: '合格证 CQAQ-2025-12-0412.png', type: 'image/png' },
    { data: pdf, name: '检测报告 Lab report CQAQ-2025-12-0412.pdf', type: 'application/pdf' },
  ];
  const attachments = {};
  const refs = [];
  for (const f of files) {
    const h = await sha256(f.data);
    attachments[h] = { name: f.name, type: f.type, data: f.data.toString('base64') };
    refs.push({ 'suyuan:sha256': h, 'suyuan:name': f.name, 'suyuan:mediaType': f.type, 'suyuan:size': f.data.length });
  }

  // Oranges: field work, two harvests, lab test, packing, export to Singapore.
  const newhall = '纽荷尔 Newhall';
  const orangeCerts = ['绿色食品 Green Food', '地理标志产品 Geographical Indication'];
  await fieldWork(coop, 'fj-plot-shima', at(2025, 3, 12, 8, 0), 'fertilising', '腐熟菜籽饼有机肥 Composted rapeseed-cake manure', 4500, 'KGM');
  await fieldWork(coop, 'fj-plot-shima', at(2025, 8, 20, 7, 0), 'plant_protection', '矿物油乳剂 99% (PD20121676) Mineral oil 99% EC', 60, 'LTR',
    { 'suyuan:safetyIntervalDays': 15, 'suyuan:note': '防治红蜘蛛 Against citrus red mite' });
  await fieldWork(coop, 'fj-plot-shima', at(2025, 9, 2, 18, 0), 'irrigation', null, 180000, 'LTR');
  const SM = batchId(P.orange, 'FJ-251205-SM');
  const BD = batchId(P.orange, 'FJ-251208-BD');
  await harvest(coop, P.orange, 'FJ-251205-SM', 18500, 'fj-plot-shima', at(2025, 12, 5, 8, 30), newhall, orangeCerts);
  await harvest(coop, P.orange, 'FJ-251208-BD', 22300, 'fj-plot-baidi', at(2025, 12, 8, 8, 0), newhall, orangeCerts);
  await labTest(lab, [[SM, 18500]], at(2025, 12, 9, 15, 0), [
    { type: 'Dimensionless', value: 13.2, uom: 'P1', 'suyuan:name': '可溶性固形物 Soluble solids' },
    { type: 'MassConcentration', value: 0.01, uom: 'NA', 'suyuan:name': '毒死蜱残留 Chlorpyrifos residue (mg/kg)', 'suyuan:limit': 1 },
  ], true, { certificationInfo: 'urn:suyuan:cert:CQAQ-2025-12-0412', 'suyuan:attachments': refs });
  const FJ5A = batchId(P.orange5kg, 'FJ5A-251218');
  const FJ10 = batchId(P.orange10kg, 'FJ10-251218');
  await transform(coop, 'packing', 'fj-packhouse', at(2025, 12, 18, 14, 0), [[SM, 18500], [BD, 22300]], [[FJ5A, 16000], [FJ10, 19500]]);
  await ship(coop, FJ5A, 16000, 'fj-packhouse', 'yuxin-logistics', 'cq-lianglu-wh', at(2025, 12, 20, 6, 30),
    [['desadv', 'urn:suyuan:desadv:FJ-DA-251220-01']], { 'suyuan:mode': 'road', 'suyuan:vehicle': '渝F·3Q218', 'suyuan:coldChain': true });
  const wrong = await receive(coop, FJ5A, 15000, 'cq-lianglu-wh', at(2025, 12, 20, 13, 10), 'fengjie-coop', 'YX-RA-251220-07');
  const fixed = await receive(coop, FJ5A, 16000, 'cq-lianglu-wh', at(2025, 12, 20, 13, 10), 'fengjie-coop', 'YX-RA-251220-07');
  {
    const orig = { ...wrong.env.body };
    await append(coop, 'epcis.event', { ...orig, errorDeclaration: {
      declarationTime: evTime(at(2025, 12, 21, 9, 0)), reason: 'incorrect_data',
      correctiveEventIDs: [fixed.env.body.eventID], 'suyuan:note': '收货数量录入错误 Received quantity was mistyped' } }, at(2025, 12, 21, 9, 0));
  }
  await ship(coop, FJ5A, 16000, 'cq-lianglu-wh', 'luhai-forwarding', 'cq-rail-hub', at(2026, 1, 5, 9, 0));
  await receive(coop, FJ5A, 16000, 'cq-rail-hub', at(2026, 1, 5, 11, 40), 'yuxin-logistics');
  await ship(coop, FJ5A, 16000, 'cq-rail-hub', 'lioncity-fresh', 'sg-lioncity-wh', at(2026, 1, 6, 16, 0),
    [['po', 'urn:suyuan:po:LCF-PO-2025-1187'], ['bol', 'urn:suyuan:bol:ILSTC-CKG-SIN-260106-017']],
    { 'suyuan:mode': 'rail', 'suyuan:carrier': '西部陆海新通道 ILSTC rail-sea', 'suyuan:vehicle': 'X8011', 'suyuan:coldChain': true }, true);
  await receive(coop, FJ5A, 16000, 'sg-lioncity-wh', at(2026, 1, 15, 10, 20), 'luhai-forwarding', 'LCF-GRN-260115-004');

  // Pepper: harvest, bagging, one lot recalled after a failed residue test.
  const ML = batchId(P.pepperBulk, 'JJHJ-260722-ML');
  const PA = batchId(P.pepper250g, 'JJHJ250-260812A');
  const PB = batchId(P.pepper250g, 'JJHJ250-260812B');
  await harvest(pepper, P.pepperBulk, 'JJHJ-260722-ML', 3800, 'jj-plot-maliu', at(2026, 7, 22, 6, 30), '九叶青 Jiuyeqing', orangeCerts);
  await transform(pepper, 'packing', 'jj-packhouse', at(2026, 8, 12, 9, 30), [[ML, 3800]], [[PA, 1500], [PB, 1500]]);
  await ship(pepper, PB, 1500, 'jj-packhouse', 'yuwei-market', 'cq-store-jiefangbei', at(2026, 8, 15, 6, 0), [['po', 'urn:suyuan:po:YW-2026-08-0912']]);
  await receive(pepper, PB, 1500, 'cq-store-jiefangbei', at(2026, 8, 15, 10, 45));
  await labTest(lab, [[PB, 1500]], at(2026, 9, 1, 10, 0), [
    { type: 'MassConcentration', value: 0.62, uom: 'NA', 'suyuan:name': '毒死蜱残留 Chlorpyrifos residue (mg/kg)', 'suyuan:limit': 0.05 },
  ], false, { bizLocation: { id: loc('cq-store-jiefangbei') } });
  await event(pepper, at(2026, 9, 3, 15, 0), {
    type: 'ObjectEvent', action: 'OBSERVE', bizStep: 'holding', disposition: 'recalled', epcList: [], quantityList: [q(PB, 1500)],
    'suyuan:recallReason': '市场监管抽检发现毒死蜱残留超过 GB 2763 限量，召回本批次。Routine market sampling found chlorpyrifos residue above the GB 2763 limit; this lot is recalled.',
  });

  // A large genealogy: 80 tuber lots with field work and lab tests → 4 bulk lots → one retail lot.
  const tubers = [];
  for (let i = 0; i < 80; i++) {
    const plot = i % 2 ? 'fl-plot-nantuo-1' : 'fl-plot-nantuo-2';
    const ms = at(2026, 2, 1, 7, 0) + i * 3 * 3600e3;
    const lot = `QCT-2602-${String(i + 1).padStart(3, '0')}`;
    await fieldWork(plant, plot, ms - 40 * 86400e3, 'fertilising', '复合肥 15-15-15 NPK compound fertiliser', 300 + i, 'KGM');
    await harvest(plant, P.tuber, lot, 2000 + i * 10, plot, ms, "永安小叶 Yong'an small-leaf", ['地理标志产品 Geographical Indication']);
    tubers.push([batchId(P.tuber, lot), 2000 + i * 10]);
  }
  for (let i = 0; i < 80; i += 4) {
    await labTest(lab, tubers.slice(i, i + 4), at(2026, 2, 12, 9, 0) + i * 3600e3, [
      { type: 'MassConcentration', value: 0.2 + (i % 7) / 10, uom: 'NA', 'suyuan:name': '亚硝酸盐 Nitrite (mg/kg)', 'suyuan:limit': 20 },
    ], true);
  }
  const bulks = [];
  for (let j = 0; j < 4; j++) {
    const b = batchId(P.zhacaiBulk, `FLZC-2602-P0${j + 1}`);
    const ins = tubers.slice(j * 20, j * 20 + 20);
    const kg = Math.round(ins.reduce((s, x) => s + x[1], 0) * 0.6);
    await transform(plant, 'https://suyuan.example/ns/pickling', 'fl-plant', at(2026, 2, 20, 9, 0) + j * 3600e3, ins, [[b, kg]]);
    bulks.push([b, kg]);
  }
  const ZC = batchId(P.zhacai80g, 'ZC80-260415A');
  await transform(plant, 'packing', 'fl-plant', at(2026, 4, 15, 10, 0), bulks, [[ZC, 80000]]);
  await ship(plant, ZC, 80000, 'fl-plant', 'yuwei-market', 'cq-store-jiefangbei', at(2026, 4, 20, 6, 0),
    [['po', 'urn:suyuan:po:YW-2026-04-0388']], { 'suyuan:mode': 'road', 'suyuan:carrier': '重庆渝运冷链 Yuyun Cold Chain', 'suyuan:vehicle': '渝A·7K562' });
  await receive(plant, ZC, 80000, 'cq-store-jiefangbei', at(2026, 4, 20, 11, 30), 'fuzhou-zhacai');
  await event(plant, at(2026, 5, 31, 21, 0), {
    type: 'ObjectEvent', action: 'OBSERVE', bizStep: 'retail_selling', disposition: 'retail_sold', epcList: [],
    quantityList: [q(ZC, 3600)], bizLocation: { id: loc('cq-store-jiefangbei') }, readPoint: { id: loc('cq-store-jiefangbei') },
    'suyuan:private': 'b7c1e2d3f4a5061728394a5b6c7d8e9f00112233445566778899aabbccddeeff',
  });

  // ---- pages -------------------------------------------------------------------------
  const tpl = fs.readFileSync(path.join(siteDir, 'page.html'), 'utf8');
  const css = fs.readFileSync(path.join(siteDir, 'page.css'), 'utf8');
  const js = fs.readFileSync(path.join(siteDir, 'page.js'), 'utf8');
  const fill = (data, title, lang = 'zh-CN') => {
    const json = JSON.stringify(data).replace(/</g, '\\u003c');
    const parts = { '@SUYUAN_LANG@': lang, '@SUYUAN_TITLE@': title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'),
      '@SUYUAN_CSS@': css, '@SUYUAN_JS@': js, '@SUYUAN_DATA@': json };
    return tpl.replace(/@SUYUAN_(LANG|TITLE|CSS|JS|DATA)@/g, (m) => parts[m]);
  };
  const events = records.filter((r) => r.env.kind === 'epcis.event');
  const named = (r) => {
    const b = r.env.body;
    return ['quantityList', 'inputQuantityList', 'outputQuantityList', 'childQuantityList']
      .flatMap((m) => (b[m] || []).map((x) => x.epcClass));
  };
  const genealogy = (batch) => {
    const out = [{ batch, depth: 0, parents: [] }];
    const seen = new Map([[batch, out[0]]]);
    for (let i = 0; i < out.length; i++) {
      for (const r of events) {
        const b = r.env.body;
        if (b.type !== 'TransformationEvent' || !(b.outputQuantityList || []).some((x) => x.epcClass === out[i].batch)) continue;
        for (const inp of b.inputQuantityList) {
          if (seen.has(inp.epcClass)) { seen.get(inp.epcClass).parents.push(out[i].batch); continue; }
          const e = { batch: inp.epcClass, depth: out[i].depth + 1, parents: [out[i].batch] };
          seen.set(inp.epcClass, e);
          out.push(e);
        }
      }
    }
    return out;
  };
  const issuerHint = async (pub) => (await sha256(Buffer.from(pub, 'hex'))).slice(0, 12);
  const b32 = (buf) => {
    const a = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
    let bits = 0, acc = 0, s = '';
    for (const byte of buf) { acc = (acc << 8) | byte; bits += 8; while (bits >= 5) { s += a[(acc >> (bits - 5)) & 31]; bits -= 5; } acc &= 0xff; }
    if (bits) s += a[(acc << (5 - bits)) & 31];
    return s;
  };
  const ordered = [...records].sort((a, b) => (a.env.time < b.env.time ? -1 : a.env.time > b.env.time ? 1 :
    a.env.author < b.env.author ? -1 : a.env.author > b.env.author ? 1 : a.env.seq - b.env.seq));
  const index = [];
  const labels = {};
  for (const target of [FJ5A, PB, PA, ZC]) {
    const batches = genealogy(target);
    const set = new Set(batches.map((b) => b.batch));
    const plots = new Set();
    const shown = ordered.filter((r) => r.env.kind === 'epcis.event' && named(r).some((b) => set.has(b)));
    shown.forEach((r) => { if (r.env.body.ilmd && r.env.body.bizLocation) plots.add(r.env.body.bizLocation.id); });
    const fieldWorks = ordered.filter((r) => r.env.kind === 'epcis.event' && !named(r).length && r.env.body.bizLocation && plots.has(r.env.body.bizLocation.id));
    const evs = new Set([...shown, ...fieldWorks]);
    const masters = ordered.filter((r) => r.env.kind.startsWith('master.'));
    const recs = ordered.filter((r) => evs.has(r) || masters.includes(r));
    const issuers = [...new Set([...evs].map((r) => r.env.author))];
    const att = {};
    for (const r of evs) for (const a of r.env.body['suyuan:attachments'] || []) att[a['suyuan:sha256']] = attachments[a['suyuan:sha256']];
    const gtin = /\/01\/(\d{14})\/10\/([^/]+)$/.exec(target);
    const local = /^urn:suyuan:lot:([^:]+):([^:]+)$/.exec(target);
    const rel = gtin ? `01/${gtin[1]}/10/${gtin[2]}` : `p/${local[1]}/10/${local[2]}`;
    const lot = decodeURIComponent(gtin ? gtin[2] : local[2]);
    const prod = products.find((p) => target.includes(p[0]) || (p[0].startsWith('code:') && local && decodeURIComponent(local[1]) === p[0].slice(5)));
    const data = { format: 1, page: 'batch', generated: '2026-11-24T10:30:00+08:00', uri: `${labelBase}/${rel}`, batch: target,
      records: recs.map((r) => ({ id: r.id, bytes: r.bytes.toString('base64'), sig: r.sig.toString('base64') })),
      batches, attachments: att, issuers };
    const html = fill(data, `${prod[1]} ${lot}`);
    fs.mkdirSync(path.join(outDir, rel), { recursive: true });
    fs.writeFileSync(path.join(outDir, rel, 'index.html'), html);
    index.push({ path: `${rel}/index.html`, uri: data.uri, batch: target, product: { zh: prod[1], en: prod[2] }, lot,
      status: target === PB ? 'recalled' : 'active', created: '2026-11-20' });
    // a signed item-level label by the batch's first issuer
    const issuer = nodes.find((n) => n.pub === issuers[0]);
    const serial = '0001';
    const element = (gtin ? `(01)${gtin[1]}` : `(suyuan)${decodeURIComponent(local[1])}`) + `(10)${lot}(21)${serial}(17)261231`;
    const s = await issuer.sign(Buffer.from('suyuan-label-v1\n' + element, 'utf8'));
    const k = b32(Buffer.from(await issuerHint(issuer.pub), 'hex'));
    labels[target] = { rel, query: `?17=261231&k=${k}&s=${b32(s)}`, serial, records: recs.length, bytes: Buffer.byteLength(html) };
    console.log(`${rel}: ${recs.length} records, ${Buffer.byteLength(html)} bytes`);
  }
  fs.writeFileSync(path.join(outDir, 'index.html'), fill({ format: 1, page: 'index', generated: '2026-11-24T10:30:00+08:00', entries: index }, 'Suyuan'));
  fs.writeFileSync(path.join(outDir, 'labels.json'), JSON.stringify(labels, null, 1));
}

main().catch((e) => { console.error(e); process.exit(1); });
