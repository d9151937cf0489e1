// Suyuan consumer page: verifies the embedded records in the browser and shows the product's
// history. Contract: docs/site-format.md. No libraries, no network: everything it needs is
// inside the page. Exposes the result as document.body.dataset.verification.
(function () {
  'use strict';

  var T0 = performance.now();
  var body = document.body;

  // ---- strings -------------------------------------------------------------------------

  var I18N = {
    zh: {
      switchTo: 'English',
      switchLabel: 'Switch to English',
      checking: '正在浏览器中验证记录的签名…',
      verified: '已验证',
      verifiedLong: '全部 {0} 条记录的数字签名和哈希链已在本机浏览器中验证通过，未联网。',
      failed: '验证失败',
      failedLong: '以下记录未通过验证。请勿轻信本页内容，并联系销售方。',
      unsupported: '无法验证',
      unsupportedLong: '您的浏览器不支持 Ed25519 数字签名验证（WebCrypto），本页无法证明这些记录的真实性。下面仅显示记录内容。请使用较新版本的 Chrome、Edge、Firefox 或 Safari 打开。',
      stepOk: '签名有效',
      stepFailed: '验证失败',
      stepUnchecked: '签名未验证',
      product: '产品',
      lot: '批次',
      gtin: '商品条码 (GTIN)',
      code: '产品编码',
      category: '类别',
      quantity: '数量',
      origin: '产地',
      farm: '生产者',
      plot: '地块',
      region: '地址',
      country: '原产国',
      variety: '品种',
      harvestDate: '采收日期',
      certifications: '认证',
      history: '溯源记录',
      madeFrom: '原料批次',
      madeFromLong: '本产品由以下批次加工而成：',
      wentInto: '用于加工',
      thisBatch: '本批次',
      inputBatch: '原料批次',
      who: '经营主体',
      when: '时间',
      where: '地点',
      from: '发货方',
      to: '收货方',
      destination: '目的地',
      inspector: '检测机构',
      recordedBy: '记录节点',
      transport: '运输',
      coldChain: '冷链',
      carrier: '承运方',
      vehicle: '车辆/班次',
      documents: '单据',
      input: '投入品',
      dose: '用量',
      safetyInterval: '安全间隔期 {0} 天',
      note: '备注',
      results: '检测结果',
      limit: '限量',
      noLimit: '—',
      pass: '合格',
      fail: '不合格',
      resultPass: '检测结论：合格',
      resultFail: '检测结论：不合格',
      certificate: '合格证/证书编号',
      attachments: '证书与附件',
      download: '下载',
      notIncluded: '（文件未包含在本页中）',
      attachmentBad: '（文件内容与签名记录中的哈希不符）',
      privateNote: '部分商业信息（如价格、客户）由生产者保存，仅以加盐哈希留在记录中。',
      inputs: '投入',
      outputs: '产出',
      reason: '原因',
      withdrawn: '已撤回',
      withdrawnLong: '此记录已于 {0} 被记录者声明撤回（{1}）。',
      incorrect_data: '数据有误',
      did_not_occur: '未实际发生',
      correctedBy: '更正记录：',
      recallBanner: '本批次已召回',
      recallInputBanner: '原料批次已召回',
      recallInputLong: '本产品所用的原料批次 {0} 已被召回。',
      recallAdvice: '请停止食用，并按销售方的指示退货。',
      recallDate: '召回时间：{0}',
      otherRecords: '其他记录',
      failedRecords: '未通过验证的记录',
      recordN: '第 {0} 条记录',
      label: '溯源码标签',
      labelOk: '标签签名有效：由节点 {0} 签发。',
      labelFailed: '标签签名无效：{0}',
      serial: '序列号',
      expiry: '保质期至',
      issued: '生产日期',
      index: '已发布的批次',
      indexNote: '本目录供网站所有者使用；每个批次页面会在浏览器中自行验证。',
      status: '状态',
      created: '创建日期',
      generated: '页面生成时间：{0}',
      how: '如何验证',
      howText: '每条记录都附有其作者的 Ed25519 数字签名。本页在您的手机浏览器中重新计算每条记录的 SHA-256 哈希，验证签名与每位作者的记录链，不依赖任何服务器。',
      gap: '节点 {0} 的第 {1}–{2} 条记录与本产品无关，未包含在本页中。',
      nodeId: '节点 {0}',
      batchesTitle: '批次',
      // verification problems
      p_base64: '记录数据缺失或编码无效',
      p_utf8: '记录不是有效的 UTF-8 JSON',
      p_envelope: '记录格式不符合规范：{0}',
      p_sig: '数字签名无效',
      p_sigFormat: '签名长度错误',
      p_order: '记录顺序不符合规范（第 {0} 条与第 {1} 条）',
      p_fork: '同一作者的序号 {0} 出现两条不同记录（分叉）',
      p_chain: '哈希链断开：序号 {0} 的 prev 与序号 {1} 的记录编号不符',
      p_seq1: '序号 1 的 prev 必须为空',
      p_time: '记录时间早于同一作者的上一条记录',
      p_dup: '同一记录重复出现',
      p_attach: '附件“{0}”的 SHA-256 与签名记录不符',
      p_batch: '没有任何已验证的记录提到本批次',
      p_address: '页面数据所述批次 {0} 与本页地址中的批次 {1} 不符',
      p_master_dup: '同一{0}（{1}）出现两条不同的主数据记录',
      master_product: '产品',
      master_party: '经营主体',
      master_location: '地点',
      p_data: '页面数据无法读取：{0}',
      p_label_missing: '标签缺少 k 或 s 参数',
      p_label_damaged: '标签签名已损坏（编码错误）',
      p_label_issuer: '签发者不是本批次记录的作者',
      p_label_sig: '签名与标签上的批次、序列号或保质期不符（标签被改动或伪造）',
      p_label_expiry: '保质期参数无效',
      p_label_batch: '无法确定本批次的标识',
      p_exception: '验证过程出错：{0}',
      p_manifest_missing: '本页缺少签名清单，无法证明页面上的记录完整、未被删减',
      p_manifest_format: '本页的签名清单格式错误（{0}）',
      p_manifest_sig: '本页的签名清单与页面内容不符：有记录被删除、添加或调换了顺序，或批次、网址、生成时间或附件被改动',
      signedBy: '本页由 {0} 汇编并签名。',
      signedByUnchecked: '本页自称由 {0} 汇编（签名未验证）。',
      signerNode: '{0}（节点 {1}）',
      signedByNote: '任何人都能用自己的密钥汇编并签署这样的页面。签名证明页面自签署后未被删改（没有记录被删除），并指明签署者；签署者是否可信，取决于本页的网址（HTTPS 域名），以及扫描标签时标签的签发者。',
      signerIsIssuer: '本页的签署者就是标签的签发者。',
      signerNotIssuer: '注意：本页的签署者（{0}）不是标签的签发者（{1}）。',
      showSteps: '{0} 个步骤',
      stepsFailed: '含未通过验证的记录',
      s_harvest: '采收',
      s_commissioning: '赋码/建批',
      s_field_work: '田间作业',
      w_fertilising: '施肥',
      w_plant_protection: '植保（病虫害防治）',
      w_irrigation: '灌溉',
      w_weeding: '除草',
      w_pruning: '修剪',
      w_other: '其他农事',
      s_sampling: '抽样检测',
      s_inspecting: '检验',
      s_processing: '加工',
      s_packing: '加工包装',
      s_pickling: '腌制',
      s_aggregate: '装箱',
      s_unpacking: '拆箱',
      s_storing: '储存',
      s_shipping: '发货',
      s_receiving: '收货',
      s_retail_selling: '销售',
      s_destroying: '销毁',
      s_recall: '召回',
      s_holding: '暂停销售',
      s_other: '记录',
      m_road: '公路',
      m_rail: '铁路',
      m_water: '水运',
      m_air: '空运',
      m_express: '快递',
      st_active: '在库',
      st_recalled: '已召回',
      st_in_transit: '运输中',
      st_sold: '已售',
      st_consumed: '已用完',
      st_destroyed: '已销毁',
      po: '采购单',
      desadv: '发货通知',
      recadv: '收货单',
      bol: '提单',
      inv: '发票'
    },
    en: {
      switchTo: '中文',
      switchLabel: '切换到中文',
      checking: 'Verifying the record signatures in your browser…',
      verified: 'Verified',
      verifiedLong: 'The digital signatures and hash chains of all {0} records were verified here in your browser, offline.',
      failed: 'Verification failed',
      failedLong: 'The records below did not verify. Do not rely on this page; contact the seller.',
      unsupported: 'Cannot verify',
      unsupportedLong: 'Your browser cannot check Ed25519 signatures (WebCrypto), so this page cannot prove that these records are genuine. Their content is shown below unverified. Open it in a recent Chrome, Edge, Firefox or Safari.',
      stepOk: 'Signature valid',
      stepFailed: 'Failed',
      stepUnchecked: 'Signature not checked',
      product: 'Product',
      lot: 'Lot',
      gtin: 'GTIN',
      code: 'Product code',
      category: 'Category',
      quantity: 'Quantity',
      origin: 'Origin',
      farm: 'Producer',
      plot: 'Plot',
      region: 'Address',
      country: 'Country of origin',
      variety: 'Variety',
      harvestDate: 'Harvest date',
      certifications: 'Certifications',
      history: 'History',
      madeFrom: 'Made from',
      madeFromLong: 'This product was made from these batches:',
      wentInto: 'Went into',
      thisBatch: 'This batch',
      inputBatch: 'Input batch',
      who: 'Who',
      when: 'When',
      where: 'Where',
      from: 'From',
      to: 'To',
      destination: 'Destination',
      inspector: 'Laboratory',
      recordedBy: 'Recorded by',
      transport: 'Transport',
      coldChain: 'cold chain',
      carrier: 'Carrier',
      vehicle: 'Vehicle / service',
      documents: 'Documents',
      input: 'Input used',
      dose: 'Dose',
      safetyInterval: 'pre-harvest interval {0} days',
      note: 'Note',
      results: 'Results',
      limit: 'Limit',
      noLimit: '—',
      pass: 'pass',
      fail: 'fail',
      resultPass: 'Result: conformant',
      resultFail: 'Result: non-conformant',
      certificate: 'Certificate',
      attachments: 'Certificates and files',
      download: 'Download',
      notIncluded: '(file not included in this page)',
      attachmentBad: '(file does not match the hash in the signed record)',
      privateNote: 'Some business details (such as prices and customers) are kept by the producer; only a salted hash of them is in the record.',
      inputs: 'In',
      outputs: 'Out',
      reason: 'Reason',
      withdrawn: 'Withdrawn',
      withdrawnLong: 'Withdrawn by its author on {0} ({1}).',
      incorrect_data: 'incorrect data',
      did_not_occur: 'did not occur',
      correctedBy: 'Corrected by:',
      recallBanner: 'This batch is recalled',
      recallInputBanner: 'An input batch is recalled',
      recallInputLong: 'Batch {0}, which this product was made from, is recalled.',
      recallAdvice: 'Do not eat it; return it as the seller instructs.',
      recallDate: 'Recalled: {0}',
      otherRecords: 'Other records',
      failedRecords: 'Records that failed verification',
      recordN: 'Record {0}',
      label: 'Label',
      labelOk: 'Label signature valid: issued by node {0}.',
      labelFailed: 'Label signature invalid: {0}',
      serial: 'Serial',
      expiry: 'Best before',
      issued: 'Produced',
      index: 'Published batches',
      indexNote: 'This list is for the site owner; each batch page verifies itself in the browser.',
      status: 'Status',
      created: 'Created',
      generated: 'Page generated {0}',
      how: 'How this is checked',
      howText: 'Every record carries its author\u2019s Ed25519 digital signature. This page recomputes each record\u2019s SHA-256 hash and checks the signatures and each author\u2019s record chain in your phone\u2019s browser, without any server.',
      gap: 'Records {1}–{2} of node {0} are about other products and are not included.',
      nodeId: 'node {0}',
      batchesTitle: 'Batches',
      p_base64: 'the record data is missing or badly encoded',
      p_utf8: 'the record is not valid UTF-8 JSON',
      p_envelope: 'the record envelope is malformed: {0}',
      p_sig: 'the digital signature is invalid',
      p_sigFormat: 'the signature has the wrong length',
      p_order: 'records out of order (record {0} and record {1})',
      p_fork: 'two different records with sequence number {0} by one author (fork)',
      p_chain: 'hash chain broken: prev of seq {0} is not the id of seq {1}',
      p_seq1: 'prev must be null for sequence number 1',
      p_time: 'recorded earlier than the author\u2019s previous record',
      p_dup: 'the same record appears twice',
      p_attach: 'file \u201c{0}\u201d does not match the SHA-256 in the signed record',
      p_batch: 'no verified record names this batch',
      p_address: 'the page data is about batch {0}, but the address of this page names batch {1}',
      p_master_dup: 'two different master records for one {0} ({1})',
      master_product: 'product',
      master_party: 'party',
      master_location: 'location',
      p_data: 'the page data cannot be read: {0}',
      p_label_missing: 'the label lacks k or s',
      p_label_damaged: 'the label signature is damaged (bad encoding)',
      p_label_issuer: 'the issuer is not an author of this batch\u2019s records',
      p_label_sig: 'the signature does not match the lot, serial or expiry on the label (altered or forged)',
      p_label_expiry: 'the expiry parameter is invalid',
      p_label_batch: 'the batch identifier is unknown',
      p_exception: 'verification error: {0}',
      p_manifest_missing: 'the page has no signed manifest, so nothing shows that its records are complete',
      p_manifest_format: 'the signed manifest of the page is malformed ({0})',
      p_manifest_sig: 'the signed manifest does not match this page: a record was removed, added or reordered, or the batch, address, time or an embedded file was changed',
      signedBy: 'Page compiled and signed by {0}.',
      signedByUnchecked: 'The page says it was compiled by {0} (signature not checked).',
      signerNode: '{0} (node {1})',
      signedByNote: 'Anyone can compile and sign such a page with a key of their own. The signature shows that nothing was removed from or added to the page since it was signed, and who signed it; whether to trust the signer rests on the address of this page (its HTTPS host) and, when you scanned a label, on the label\u2019s issuer.',
      signerIsIssuer: 'The page was signed by the label\u2019s issuer.',
      signerNotIssuer: 'Note: the page was signed by {0}, not by the label\u2019s issuer ({1}).',
      showSteps: '{0} steps',
      stepsFailed: 'holds records that failed verification',
      s_harvest: 'Harvest',
      s_commissioning: 'Batch created',
      s_field_work: 'Field work',
      w_fertilising: 'Fertilising',
      w_plant_protection: 'Plant protection',
      w_irrigation: 'Irrigation',
      w_weeding: 'Weeding',
      w_pruning: 'Pruning',
      w_other: 'Other field work',
      s_sampling: 'Lab test',
      s_inspecting: 'Inspection',
      s_processing: 'Processing',
      s_packing: 'Grading and packing',
      s_pickling: 'Pickling',
      s_aggregate: 'Packed into cases',
      s_unpacking: 'Unpacked',
      s_storing: 'Storage',
      s_shipping: 'Shipped',
      s_receiving: 'Received',
      s_retail_selling: 'Sold',
      s_destroying: 'Destroyed',
      s_recall: 'Recall',
      s_holding: 'On hold',
      s_other: 'Record',
      m_road: 'road',
      m_rail: 'rail',
      m_water: 'water',
      m_air: 'air',
      m_express: 'express',
      st_active: 'active',
      st_recalled: 'recalled',
      st_in_transit: 'in transit',
      st_sold: 'sold',
      st_consumed: 'used up',
      st_destroyed: 'destroyed',
      po: 'purchase order',
      desadv: 'despatch advice',
      recadv: 'receiving advice',
      bol: 'bill of lading',
      inv: 'invoice'
    }
  };

  var UNITS = {
    KGM: { zh: '千克', en: 'kg' }, GRM: { zh: '克', en: 'g' }, TNE: { zh: '吨', en: 't' },
    LTR: { zh: '升', en: 'L' }, MLT: { zh: '毫升', en: 'mL' }, MTQ: { zh: '立方米', en: 'm³' },
    H87: { zh: '件', en: 'pcs' }, EA: { zh: '个', en: 'each' }, CT: { zh: '箱', en: 'cartons' },
    BX: { zh: '盒', en: 'boxes' }, CEL: { zh: '°C', en: '°C' }, P1: { zh: '%', en: '%' },
    NA: { zh: 'mg/kg', en: 'mg/kg' }, HUR: { zh: '小时', en: 'h' }, DAY: { zh: '天', en: 'days' }
  };

  var lang = 'en';

  function t(key) {
    var dict = I18N[lang] || I18N.en;
    var s = Object.prototype.hasOwnProperty.call(dict, key) ? dict[key] : key;
    for (var i = 1; i < arguments.length; i++) {
      s = s.split('{' + (i - 1) + '}').join(String(arguments[i]));
    }
    return s;
  }

  function has(key) {
    return Object.prototype.hasOwnProperty.call(I18N[lang], key);
  }

  function esc(v) {
    return String(v == null ? '' : v)
      .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;').replace(/'/g, '&#39;');
  }

  // ---- language ------------------------------------------------------------------------

  function storedLang() {
    try {
      var v = window.localStorage.getItem('suyuan.lang');
      return v === 'zh' || v === 'en' ? v : null;
    } catch (e) {
      return null; // file:// or privacy mode
    }
  }

  function storeLang(v) {
    try {
      window.localStorage.setItem('suyuan.lang', v);
    } catch (e) {
      // not remembered: fine
    }
  }

  function pickLang() {
    var q = null;
    try {
      q = new URLSearchParams(location.search).get('lang');
    } catch (e) {
      q = null;
    }
    if (q) {
      return /^zh/i.test(q) ? 'zh' : 'en';
    }
    var s = storedLang();
    if (s) {
      return s;
    }
    var list = (navigator.languages && navigator.languages.length) ? navigator.languages
      : [navigator.language || document.documentElement.lang || 'en'];
    return /^zh/i.test(list[0] || '') ? 'zh' : 'en';
  }

  // ---- bytes ---------------------------------------------------------------------------

  function b64ToBytes(b64) {
    if (typeof b64 !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(b64) || b64.length % 4 !== 0) {
      throw new Error('base64');
    }
    var bin = atob(b64);
    var out = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) {
      out[i] = bin.charCodeAt(i);
    }
    return out;
  }

  function hex(buf) {
    var b = new Uint8Array(buf);
    var s = '';
    for (var i = 0; i < b.length; i++) {
      s += (b[i] < 16 ? '0' : '') + b[i].toString(16);
    }
    return s;
  }

  function hexToBytes(h) {
    var out = new Uint8Array(h.length / 2);
    for (var i = 0; i < out.length; i++) {
      out[i] = parseInt(h.substr(i * 2, 2), 16);
    }
    return out;
  }

  function sha256(bytes) {
    return crypto.subtle.digest('SHA-256', bytes).then(hex);
  }

  // RFC 4648 base32 (upper or lower case) and base64url, no padding, strict trailing bits.
  function decodeBase32(text, nbytes) {
    var alpha = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
    var s = text.toUpperCase();
    if (s.length !== Math.ceil(nbytes * 8 / 5)) {
      return null;
    }
    return decodeBits(s, alpha, 5, nbytes);
  }

  function decodeBase64url(text, nbytes) {
    var alpha = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    if (text.length !== Math.ceil(nbytes * 8 / 6)) {
      return null;
    }
    return decodeBits(text, alpha, 6, nbytes);
  }

  function decodeBits(s, alpha, width, nbytes) {
    var out = new Uint8Array(nbytes);
    var acc = 0;
    var bits = 0;
    var n = 0;
    for (var i = 0; i < s.length; i++) {
      var v = alpha.indexOf(s.charAt(i));
      if (v < 0) {
        return null;
      }
      acc = ((acc << width) | v) & 0xffff;
      bits += width;
      if (bits >= 8) {
        bits -= 8;
        if (n < nbytes) {
          out[n++] = (acc >> bits) & 0xff;
        } else {
          return null;
        }
      }
    }
    if (n !== nbytes || (acc & ((1 << bits) - 1)) !== 0) {
      return null;
    }
    return out;
  }

  function decodeLabelValue(text, nbytes) {
    if (typeof text !== 'string') {
      return null;
    }
    return decodeBase32(text, nbytes) || decodeBase64url(text, nbytes);
  }

  // The printable node ID (docs/record-format.md, "Node ID").
  function nodeIdFromDigest(digestHex) {
    var alpha = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
    var d = hexToBytes(digestHex);
    var data = '';
    var buffer = 0;
    var bits = 0;
    var idx = 0;
    while (data.length < 31) {
      if (bits < 5) {
        buffer = ((buffer << 8) | d[idx++]) & 0xfffff;
        bits += 8;
      }
      data += alpha.charAt((buffer >> (bits - 5)) & 31);
      bits -= 5;
    }
    var factor = 2;
    var sum = 0;
    for (var i = data.length - 1; i >= 0; i--) {
      var addend = factor * alpha.indexOf(data.charAt(i));
      factor = factor === 2 ? 1 : 2;
      sum += Math.floor(addend / 32) + addend % 32;
    }
    var plain = data + alpha.charAt((32 - sum % 32) % 32);
    return plain.replace(/(.{4})(?=.)/g, '$1-');
  }

  // ---- Ed25519 -------------------------------------------------------------------------

  var ED = { name: 'Ed25519' };
  // RFC 8032, test 1: the empty message.
  var RFC_PUB = 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a';
  var RFC_SIG = 'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b';

  // Ed25519 counts as supported only when the browser accepts the RFC 8032 test vector AND
  // refuses it with one bit of the signature changed and for another message: an implementation
  // (or a shim) that accepts everything must never lead to a verified mark.
  function ed25519Supported() {
    if (!window.crypto || !crypto.subtle) {
      return Promise.resolve(false);
    }
    var badSig = hexToBytes(RFC_SIG);
    badSig[0] ^= 0x01;
    return crypto.subtle.importKey('raw', hexToBytes(RFC_PUB), ED, false, ['verify'])
      .then(function (key) {
        return Promise.all([
          crypto.subtle.verify(ED, key, hexToBytes(RFC_SIG), new Uint8Array(0)),
          crypto.subtle.verify(ED, key, badSig, new Uint8Array(0)),
          crypto.subtle.verify(ED, key, hexToBytes(RFC_SIG), new Uint8Array([0x72]))
        ]);
      })
      .then(function (r) { return r[0] === true && r[1] === false && r[2] === false; },
        function () { return false; });
  }

  // Maps keyed by strings from the page data or the records: no prototype, so that a key such
  // as "__proto__" or "constructor" is an ordinary key.
  function dict() {
    return Object.create(null);
  }

  var keyCache = dict();

  function importKey(authorHex) {
    if (!keyCache[authorHex]) {
      keyCache[authorHex] = crypto.subtle.importKey('raw', hexToBytes(authorHex), ED, false, ['verify']);
    }
    return keyCache[authorHex];
  }

  function verifySig(authorHex, sigBytes, bytes) {
    return importKey(authorHex).then(function (key) {
      return crypto.subtle.verify(ED, key, sigBytes, bytes);
    }).then(function (ok) { return ok === true; }, function () { return false; });
  }

  // ---- verification --------------------------------------------------------------------

  var HEX64 = /^[0-9a-f]{64}$/;
  var TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
  var KIND = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$/;

  function envelopeProblem(env) {
    if (!env || typeof env !== 'object' || Array.isArray(env)) {
      return 'not an object';
    }
    var keys = Object.keys(env).sort().join(',');
    if (keys !== 'author,body,kind,prev,seq,time,v') {
      return 'members ' + keys;
    }
    if (env.v !== 1) {
      return 'v';
    }
    if (typeof env.author !== 'string' || !HEX64.test(env.author)) {
      return 'author';
    }
    if (!env.body || typeof env.body !== 'object' || Array.isArray(env.body)) {
      return 'body';
    }
    if (typeof env.kind !== 'string' || env.kind.length > 64 || !KIND.test(env.kind)) {
      return 'kind';
    }
    if (!Number.isSafeInteger(env.seq) || env.seq < 1) {
      return 'seq';
    }
    if (env.seq === 1 ? env.prev !== null : (typeof env.prev !== 'string' || !HEX64.test(env.prev))) {
      return 'prev';
    }
    if (typeof env.time !== 'string' || !TIME.test(env.time)) {
      return 'time';
    }
    return null;
  }

  function problem(k) {
    return { k: k, a: Array.prototype.slice.call(arguments, 1) };
  }

  // The exact bytes of a record: "text" (the UTF-8 JSON as a string, re-encoded here) or "bytes"
  // (base64), exactly one of them (docs/site-format.md, "Page data").
  var UTF8 = new TextEncoder();

  function recordBytes(raw) {
    var hasText = typeof raw.text === 'string';
    if (hasText === (raw.bytes !== undefined)) {
      throw new Error('form');
    }
    return hasText ? UTF8.encode(raw.text) : b64ToBytes(raw.bytes);
  }

  // Reads one record: its bytes, its id (SHA-256 of the bytes; the manifest signs the list of ids)
  // and its envelope, parsed from the very bytes that are hashed and signed.
  function readRecord(raw, index) {
    var rec = { index: index, id: null, env: null, bytes: null, problems: [], authentic: false };
    var bytes;
    try {
      bytes = recordBytes(raw);
    } catch (e) {
      rec.problems.push(problem('p_base64'));
      return Promise.resolve(rec);
    }
    rec.bytes = bytes;
    return sha256(bytes).then(function (digest) {
      rec.id = digest;
      var env;
      try {
        env = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
      } catch (e) {
        rec.problems.push(problem('p_utf8'));
        return rec;
      }
      var bad = envelopeProblem(env);
      if (bad) {
        rec.problems.push(problem('p_envelope', bad));
        return rec;
      }
      rec.env = env;
      return rec;
    });
  }

  // The author's signature over the bytes.
  function checkSignature(rec, raw, supported) {
    if (!rec.env) {
      return Promise.resolve(rec);
    }
    if (!supported) {
      rec.authentic = true; // read only: shown, never marked verified
      return Promise.resolve(rec);
    }
    var sig;
    try {
      sig = b64ToBytes(raw.sig);
    } catch (e) {
      sig = null;
    }
    if (!sig || sig.length !== 64) {
      rec.problems.push(problem('p_sigFormat'));
      return Promise.resolve(rec);
    }
    return verifySig(rec.env.author, sig, rec.bytes).then(function (ok) {
      if (ok) {
        rec.authentic = true;
      } else {
        rec.problems.push(problem('p_sig'));
      }
      return rec;
    });
  }

  var MANIFEST_CONTEXT = 'suyuan-site-v1\n';

  // The page manifest (docs/site-format.md): the exporting node's signature over the batch, the
  // page address, the time, the id of every record in the page's order and the hash of every
  // embedded file, rebuilt here from the page's own data. A record left out, added or moved, or
  // another batch, address, time or file set, gives another message.
  function checkManifest(data, recs, supported) {
    var result = { present: false, ok: false, unchecked: false, problem: null, signer: null };
    var man = data.manifest;
    if (!man || typeof man !== 'object' || Array.isArray(man)) {
      result.problem = problem('p_manifest_missing');
      return Promise.resolve(result);
    }
    result.present = true;
    if (typeof man.signer !== 'string' || !HEX64.test(man.signer)) {
      result.problem = problem('p_manifest_format', 'signer');
      return Promise.resolve(result);
    }
    result.signer = man.signer;
    var sig;
    try {
      sig = b64ToBytes(man.sig);
    } catch (e) {
      sig = null;
    }
    if (!sig || sig.length !== 64) {
      result.problem = problem('p_manifest_format', 'sig');
      return Promise.resolve(result);
    }
    var lines = [];
    var fields = ['batch', 'uri', 'generated'];
    for (var i = 0; i < fields.length; i++) {
      var v = data[fields[i]];
      if (typeof v !== 'string' || v.indexOf('\n') >= 0) {
        result.problem = problem('p_manifest_format', fields[i]);
        return Promise.resolve(result);
      }
      lines.push(v);
    }
    for (var r = 0; r < recs.length; r++) {
      if (!recs[r].id) {
        // The record's bytes cannot be read: it fails on its own, and the signed list cannot be
        // rebuilt.
        result.problem = problem('p_manifest_sig');
        return Promise.resolve(result);
      }
      lines.push(recs[r].id);
    }
    var files = data.attachments && typeof data.attachments === 'object' && !Array.isArray(data.attachments)
      ? Object.keys(data.attachments).sort() : [];
    for (var f = 0; f < files.length; f++) {
      if (!HEX64.test(files[f])) {
        result.problem = problem('p_manifest_format', 'attachments');
        return Promise.resolve(result);
      }
      lines.push('attachment ' + files[f]);
    }
    if (!supported) {
      result.unchecked = true;
      return Promise.resolve(result);
    }
    var message = UTF8.encode(MANIFEST_CONTEXT + lines.join('\n') + '\n');
    return verifySig(man.signer, sig, message).then(function (ok) {
      if (ok) {
        result.ok = true;
      } else {
        result.problem = problem('p_manifest_sig');
      }
      return result;
    });
  }

  function compareCanonical(a, b) {
    if (a.time !== b.time) {
      return a.time < b.time ? -1 : 1;
    }
    if (a.author !== b.author) {
      return a.author < b.author ? -1 : 1;
    }
    return a.seq - b.seq;
  }

  // Order, duplicates, forks, chain links and gaps over the records whose envelope was read.
  function checkSet(recs, result) {
    var prev = null;
    var seen = dict();
    recs.forEach(function (r) {
      if (!r.env || !r.authentic) {
        return; // a record that failed on its own is not used to judge the others
      }
      if (seen[r.id]) {
        r.problems.push(problem('p_dup'));
      }
      seen[r.id] = true;
      if (prev && compareCanonical(prev.env, r.env) >= 0) {
        r.problems.push(problem('p_order', prev.index + 1, r.index + 1));
      }
      prev = r;
    });
    var byAuthor = dict();
    recs.forEach(function (r) {
      if (r.env && r.authentic) {
        (byAuthor[r.env.author] = byAuthor[r.env.author] || []).push(r);
      }
    });
    Object.keys(byAuthor).forEach(function (author) {
      var list = byAuthor[author].slice().sort(function (a, b) { return a.env.seq - b.env.seq; });
      for (var i = 0; i < list.length; i++) {
        var r = list[i];
        if (r.env.seq === 1 && r.env.prev !== null) {
          r.problems.push(problem('p_seq1'));
        }
        if (i === 0) {
          continue;
        }
        var p = list[i - 1];
        if (p.env.seq === r.env.seq) {
          if (p.id !== r.id) {
            p.problems.push(problem('p_fork', r.env.seq));
            r.problems.push(problem('p_fork', r.env.seq));
          }
        } else if (r.env.seq === p.env.seq + 1) {
          if (r.env.prev !== p.id) {
            r.problems.push(problem('p_chain', r.env.seq, p.env.seq));
          }
        } else {
          result.gaps.push({ author: author, from: p.env.seq + 1, to: r.env.seq - 1 });
        }
        if (r.env.time < p.env.time) {
          r.problems.push(problem('p_time'));
        }
      }
    });
  }

  function parseBatchId(id) {
    var m = /^https?:\/\/[^/]+\/01\/(\d{14})\/10\/([^/?#]+)$/.exec(id || '');
    try {
      if (m) {
        return { gtin: m[1], code: null, lot: decodeURIComponent(m[2]) };
      }
      m = /^urn:suyuan:lot:([^:]+):([^:]+)$/.exec(id || '');
      if (m) {
        return { gtin: null, code: decodeURIComponent(m[1]), lot: decodeURIComponent(m[2]) };
      }
    } catch (e) {
      return null;
    }
    return null;
  }

  // gs1::percentEncode: everything outside A-Z a-z 0-9 - . _ ~, upper-case hex.
  function pctEncode(v) {
    return encodeURIComponent(v).replace(/[!'()*]/g, function (c) {
      return '%' + c.charCodeAt(0).toString(16).toUpperCase();
    });
  }

  function decodeSegment(v) {
    try {
      return decodeURIComponent(v);
    } catch (e) {
      return null;
    }
  }

  // True when one decoded segment of the address stands for the value: the value itself (a
  // Digital Link as printed, or a safe folder name on disk), or its file-name form, the
  // percent-encoded text of a folder kept encoded (docs/site-format.md, "Folder").
  function segmentIs(decoded, value) {
    if (decoded === null || typeof value !== 'string') {
      return false;
    }
    var encoded = pctEncode(value);
    return decoded === value || decoded === encoded || decoded === encoded.replace(/\./g, '%2E');
  }

  // The batch named by this page's own address, …/01/{gtin}/10/{lot} or …/p/{code}/10/{lot}
  // (optionally /21/{serial}, /index.html): over HTTP as on the label, or the exported folder
  // opened from disk. Null when the address names no batch (a page saved elsewhere).
  function addressBatch() {
    var mm = /\/(01|p)\/([^/]+)\/10\/([^/]+)(?:\/21\/[^/]+)?(?:\/|\/index\.html)?$/.exec(location.pathname || '');
    if (!mm) {
      return null;
    }
    var id = decodeSegment(mm[2]);
    if (mm[1] === '01' && id !== null && /^(\d{8}|\d{12,14})$/.test(id)) {
      id = ('00000000000000' + id).substr(-14);
    }
    return { gtin: mm[1] === '01' ? id : null, code: mm[1] === 'p' ? id : null, lot: decodeSegment(mm[3]),
      text: mm[0].replace(/^\//, '') };
  }

  function addressMatches(addr, ids) {
    if (!ids || !segmentIs(addr.lot, ids.lot)) {
      return false;
    }
    return ids.gtin ? addr.gtin === ids.gtin : addr.code !== null && segmentIs(addr.code, ids.code);
  }

  function escapeAi(v) {
    return v.replace(/%/g, '%25').replace(/\(/g, '%28').replace(/\)/g, '%29');
  }

  function parseExpiry(v) {
    if (!/^\d{6}$/.test(v)) {
      return null;
    }
    var y = 2000 + parseInt(v.substr(0, 2), 10);
    var m = parseInt(v.substr(2, 2), 10);
    var d = parseInt(v.substr(4, 2), 10);
    if (m < 1 || m > 12) {
      return null;
    }
    var last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    if (d > last) {
      return null;
    }
    if (d === 0) {
      d = last;
    }
    return String(y).substr(2) + (m < 10 ? '0' : '') + m + (d < 10 ? '0' : '') + d;
  }

  // The label signature when the address carries k and s (docs/labels.md).
  function checkLabel(model, supported) {
    var params;
    try {
      params = new URLSearchParams(location.search);
    } catch (e) {
      params = new URLSearchParams('');
    }
    var kAll = params.getAll('k');
    var sAll = params.getAll('s');
    var serialMatch = /\/10\/[^/]+\/21\/([^/]+)\/?(?:index\.html)?$/.exec(location.pathname);
    var label = { present: false, ok: false, problem: null, serial: null, expiry: null, issuer: null };
    if (serialMatch) {
      try {
        label.serial = decodeURIComponent(serialMatch[1]);
      } catch (e) {
        label.serial = serialMatch[1];
      }
    }
    if (!kAll.length && !sAll.length) {
      return Promise.resolve(label);
    }
    label.present = true;
    if (kAll.length !== 1 || sAll.length !== 1) {
      label.problem = problem('p_label_missing');
      return Promise.resolve(label);
    }
    var hint = decodeLabelValue(kAll[0], 6);
    var sig = decodeLabelValue(sAll[0], 64);
    if (!hint || !sig) {
      label.problem = problem('p_label_damaged');
      return Promise.resolve(label);
    }
    var ids = parseBatchId(model.batch);
    if (!ids || !model.batchNamed) {
      label.problem = problem('p_label_batch');
      return Promise.resolve(label);
    }
    var expiry = null;
    var e17 = params.getAll('17');
    if (e17.length > 1 || (e17.length === 1 && !(expiry = parseExpiry(e17[0])))) {
      label.problem = problem('p_label_expiry');
      return Promise.resolve(label);
    }
    label.expiry = expiry;
    var element = (ids.gtin ? '(01)' + ids.gtin : '(suyuan)' + escapeAi(ids.code)) + '(10)' + escapeAi(ids.lot) +
      (label.serial ? '(21)' + escapeAi(label.serial) : '') + (expiry ? '(17)' + expiry : '');
    var message = new TextEncoder().encode('suyuan-label-v1\n' + element);
    var hintHex = hex(hint);
    var issuers = (Array.isArray(model.issuers) ? model.issuers : []).filter(function (k) {
      return typeof k === 'string' && HEX64.test(k) && model.batchAuthors[k] === true;
    });
    return Promise.all(issuers.map(function (k) {
      return crypto.subtle.digest('SHA-256', hexToBytes(k)).then(function (d) {
        return { key: k, digest: hex(d) };
      });
    })).then(function (list) {
      var matching = list.filter(function (x) { return x.digest.substr(0, 12) === hintHex; });
      if (!matching.length) {
        label.problem = problem('p_label_issuer');
        return label;
      }
      if (!supported) {
        label.problem = null;
        label.unchecked = true;
        return label;
      }
      return Promise.all(matching.map(function (x) {
        return verifySig(x.key, sig, message).then(function (ok) { return ok ? x : null; });
      })).then(function (found) {
        var hit = found.filter(Boolean)[0];
        if (hit) {
          label.ok = true;
          label.issuer = nodeIdFromDigest(hit.digest);
          label.issuerKey = hit.key;
        } else {
          label.problem = problem('p_label_sig');
        }
        return label;
      });
    });
  }

  // ---- the trace model -----------------------------------------------------------------

  function lastSegment(step) {
    if (typeof step !== 'string') {
      return '';
    }
    var s = step.replace(/^.*[/:#]/, '');
    return s.replace(/^BizStep-/, '').replace(/^Disp-/, '');
  }

  function quantityEntries(ev, member) {
    var list = Array.isArray(ev[member]) ? ev[member] : [];
    return list.filter(function (q) { return q && typeof q.epcClass === 'string'; });
  }

  function batchesNamed(ev) {
    var out = [];
    ['quantityList', 'inputQuantityList', 'outputQuantityList', 'childQuantityList'].forEach(function (m) {
      quantityEntries(ev, m).forEach(function (q) { out.push(q.epcClass); });
    });
    ['epcList', 'inputEPCList', 'outputEPCList', 'childEPCs'].forEach(function (m) {
      if (Array.isArray(ev[m])) {
        ev[m].forEach(function (e) { if (typeof e === 'string') { out.push(e); } });
      }
    });
    if (typeof ev.parentID === 'string') {
      out.push(ev.parentID);
    }
    return out;
  }

  function stepKind(ev) {
    var step = lastSegment(ev.bizStep);
    if (ev.type === 'TransformationEvent') {
      return step === 'pickling' ? 'pickling' : step === 'packing' ? 'packing' : 'processing';
    }
    if (ev.type === 'AggregationEvent') {
      return step === 'unpacking' || ev.action === 'DELETE' ? 'unpacking' : 'aggregate';
    }
    if (step === 'commissioning') {
      return ev.ilmd && (ev.ilmd['cbvmda:harvestStartDate'] || ev.ilmd['cbvmda:harvestEndDate']) ? 'harvest' : 'commissioning';
    }
    if (lastSegment(ev.disposition) === 'recalled') {
      return 'recall';
    }
    if (['field_work', 'sampling', 'inspecting', 'storing', 'shipping', 'receiving', 'retail_selling',
      'destroying', 'holding'].indexOf(step) >= 0) {
      return step;
    }
    return 'other';
  }

  function buildModel(data, recs) {
    var m = {
      batch: data.batch, issuers: data.issuers, authors: dict(), batchAuthors: dict(), products: dict(),
      parties: dict(), locations: dict(), events: [], byEventId: dict(), declarations: dict(), batchNamed: false
    };
    // The export embeds one (the current) master record per product, party and location: a second,
    // different one for the same id is how a page would be made to show another name.
    var masters = dict();
    recs.forEach(function (r) {
      if (!r.authentic || !r.env) {
        return;
      }
      var env = r.env;
      var b = env.body;
      if (/^master\.(product|party|location)$/.test(env.kind) && typeof b.id === 'string') {
        var mk = env.kind + '\n' + b.id;
        var first = masters[mk];
        if (first && first.id !== r.id) {
          var what = 'master_' + env.kind.substr(7);
          first.problems.push(problem('p_master_dup', what, b.id));
          r.problems.push(problem('p_master_dup', what, b.id));
        }
        masters[mk] = first || r;
      }
      if (env.kind === 'master.product' && typeof b.id === 'string') {
        m.products[b.id] = b;
        if (typeof b.gtin === 'string') {
          m.products['gtin:' + b.gtin] = b;
        }
      } else if (env.kind === 'master.party' && typeof b.id === 'string') {
        m.parties[b.id] = b;
      } else if (env.kind === 'master.location' && typeof b.id === 'string') {
        m.locations[b.id] = b;
      } else if (env.kind === 'epcis.event') {
        m.authors[env.author] = true;
        if (b.errorDeclaration && typeof b.errorDeclaration === 'object') {
          if (typeof b.eventID === 'string') {
            m.declarations[b.eventID] = { rec: r, ev: b, decl: b.errorDeclaration };
          }
          return;
        }
        var e = { rec: r, ev: b, kind: stepKind(b), batches: batchesNamed(b), time: Date.parse(b.eventTime) };
        m.events.push(e);
        if (typeof b.eventID === 'string') {
          m.byEventId[b.eventID] = e;
        }
        if (e.batches.indexOf(data.batch) >= 0) {
          m.batchNamed = true;
          m.batchAuthors[env.author] = true;
        }
      }
    });
    // A withdrawn event whose original is not on the page is shown from the declaration's copy.
    Object.keys(m.declarations).forEach(function (id) {
      var d = m.declarations[id];
      if (!m.byEventId[id]) {
        var copy = {};
        Object.keys(d.ev).forEach(function (k) { if (k !== 'errorDeclaration') { copy[k] = d.ev[k]; } });
        var e = { rec: d.rec, ev: copy, kind: stepKind(copy), batches: batchesNamed(copy), time: Date.parse(copy.eventTime) };
        m.events.push(e);
        m.byEventId[id] = e;
        if (e.batches.indexOf(data.batch) >= 0) {
          m.batchNamed = true;
        }
      }
      m.byEventId[id].withdrawn = d;
    });
    m.events.sort(function (a, b) { return (a.time || 0) - (b.time || 0); });
    return m;
  }

  // The batch and every batch it was made from, as the verified records say (transformation
  // inputs, children packed into a case), with depth and the batches each went into: the
  // unsigned "batches" list of the page data may add to this, never take away.
  function genealogy(m, data) {
    var depth = dict();
    var parents = dict();
    depth[data.batch] = 0;
    var changed = true;
    while (changed) {
      changed = false;
      m.events.forEach(function (e) {
        var ev = e.ev;
        if (e.rec.problems.length) {
          return;
        }
        var outs = [];
        var ins = [];
        if (ev.type === 'TransformationEvent') {
          outs = quantityEntries(ev, 'outputQuantityList');
          ins = quantityEntries(ev, 'inputQuantityList');
        } else if (ev.type === 'AggregationEvent' && ev.action === 'ADD' && typeof ev.parentID === 'string') {
          outs = [{ epcClass: ev.parentID }];
          ins = quantityEntries(ev, 'childQuantityList');
        }
        outs.forEach(function (o) {
          if (!(o.epcClass in depth)) {
            return;
          }
          ins.forEach(function (i) {
            (parents[i.epcClass] = parents[i.epcClass] || dict())[o.epcClass] = true;
            if (!(i.epcClass in depth) || depth[i.epcClass] > depth[o.epcClass] + 1) {
              depth[i.epcClass] = depth[o.epcClass] + 1;
              changed = true;
            }
          });
        });
      });
    }
    var list = (Array.isArray(data.batches) ? data.batches : []).filter(function (b) {
      return b && typeof b === 'object' && typeof b.batch === 'string';
    });
    var listed = dict();
    list.forEach(function (b) { listed[b.batch] = true; });
    Object.keys(depth).forEach(function (id) {
      if (!listed[id]) {
        list.push({ batch: id, depth: depth[id], parents: Object.keys(parents[id] || dict()) });
      }
    });
    return list;
  }

  function productOf(m, batchId) {
    var ids = parseBatchId(batchId);
    if (!ids) {
      return null;
    }
    return (ids.gtin ? m.products[ids.gtin] || m.products['gtin:' + ids.gtin] : m.products['code:' + ids.code]) || null;
  }

  function keyOf(uri, prefix) {
    return typeof uri === 'string' && uri.indexOf(prefix) === 0 ? uri.substr(prefix.length) : uri;
  }

  function locationOf(m, uri) {
    return m.locations[keyOf(uri, 'urn:suyuan:location:')] || null;
  }

  function partyOf(m, uri) {
    return m.parties[keyOf(uri, 'urn:suyuan:party:')] || null;
  }

  // ---- formatting ----------------------------------------------------------------------

  function name(obj) {
    if (!obj) {
      return '';
    }
    var n = obj.name;
    if (typeof n === 'string') {
      return n;
    }
    if (n && typeof n === 'object') {
      var other = lang === 'zh' ? 'en' : 'zh';
      return n[lang] || n[other] || '';
    }
    return '';
  }

  function shortUri(uri) {
    return String(uri || '').replace(/^urn:suyuan:(location|party):/, '');
  }

  function locName(m, uri) {
    var l = locationOf(m, uri);
    return l ? name(l) || shortUri(uri) : shortUri(uri);
  }

  function partyName(m, uri) {
    var p = partyOf(m, uri);
    return p ? name(p) || shortUri(uri) : shortUri(uri);
  }

  function lotLabel(m, batchId) {
    var ids = parseBatchId(batchId);
    var p = productOf(m, batchId);
    return { product: p ? name(p) : '', lot: ids ? ids.lot : batchId };
  }

  function num(v) {
    if (typeof v !== 'number' || !isFinite(v)) {
      return esc(v);
    }
    if (!NUMBER_FORMAT[lang]) {
      try {
        NUMBER_FORMAT[lang] = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: 6 });
      } catch (e) {
        NUMBER_FORMAT[lang] = { format: String };
      }
    }
    return NUMBER_FORMAT[lang].format(v);
  }

  var NUMBER_FORMAT = {};

  function unit(u) {
    return UNITS[u] ? UNITS[u][lang] : (u || '');
  }

  function pad(n) {
    return (n < 10 ? '0' : '') + n;
  }

  // The time where it happened (the event's own offset), e.g. 2025-12-05 08:30 (UTC+8).
  function when(iso, offset, dateOnly) {
    var ms = Date.parse(iso);
    if (!isFinite(ms)) {
      return esc(iso || '');
    }
    var off = 0;
    var mo = /^([+-])(\d{2}):(\d{2})$/.exec(offset || '');
    if (mo) {
      off = (mo[1] === '-' ? -1 : 1) * (parseInt(mo[2], 10) * 60 + parseInt(mo[3], 10));
    } else {
      off = -new Date(ms).getTimezoneOffset();
    }
    var d = new Date(ms + off * 60000);
    var date = d.getUTCFullYear() + '-' + pad(d.getUTCMonth() + 1) + '-' + pad(d.getUTCDate());
    if (dateOnly) {
      return date;
    }
    var tz = 'UTC' + (off >= 0 ? '+' : '−') + Math.floor(Math.abs(off) / 60) + (Math.abs(off) % 60 ? ':' + pad(Math.abs(off) % 60) : '');
    return date + ' ' + pad(d.getUTCHours()) + ':' + pad(d.getUTCMinutes()) + ' <span class="tz">' + tz + '</span>';
  }

  function problemText(p) {
    return t.apply(null, [p.k].concat(p.a.map(function (a) {
      return typeof a === 'string' && /^master_/.test(a) && has(a) ? t(a) : a;
    })));
  }

  function row(label, value) {
    return value ? '<div class="kv"><dt>' + esc(label) + '</dt><dd>' + value + '</dd></div>' : '';
  }

  // ---- rendering: steps ----------------------------------------------------------------

  function stepTitle(e) {
    var ev = e.ev;
    if (e.kind === 'field_work' && typeof ev['suyuan:workType'] === 'string' && has('w_' + ev['suyuan:workType'])) {
      return t('s_field_work') + ' · ' + t('w_' + ev['suyuan:workType']);
    }
    if (has('s_' + e.kind)) {
      return t('s_' + e.kind);
    }
    return t('s_other') + (ev.bizStep ? ' · ' + lastSegment(ev.bizStep) : '');
  }

  function quantityText(m, q, showProduct) {
    var l = lotLabel(m, q.epcClass);
    var amount = typeof q.quantity === 'number' ? '<span class="nw">' + num(q.quantity) + ' ' + esc(unit(q.uom)) + '</span>' : '';
    return (showProduct && l.product ? esc(l.product) + ' · ' : '') + '<span class="lot">' + esc(l.lot) + '</span>' +
      (amount ? ' · ' + amount : '');
  }

  function batchLink(m, batchId, text) {
    return '<a href="#b-' + esc(anchor(batchId)) + '">' + text + '</a>';
  }

  function anchor(s) {
    var h = 0;
    for (var i = 0; i < s.length; i++) {
      h = (h * 31 + s.charCodeAt(i)) >>> 0;
    }
    return h.toString(36);
  }

  function whoOf(m, e) {
    var ev = e.ev;
    var loc = ev.bizLocation && locationOf(m, ev.bizLocation.id);
    if (e.kind === 'sampling' || e.kind === 'inspecting') {
      var insp = (ev.sourceList || []).filter(function (s) { return s && /inspector$/.test(s.type || ''); })[0];
      if (insp) {
        return esc(partyName(m, insp.source));
      }
    }
    if (loc && loc.party && m.parties[loc.party]) {
      return esc(name(m.parties[loc.party]));
    }
    return null;
  }

  function renderStep(m, e, state) {
    var ev = e.ev;
    var r = e.rec;
    var h = '';
    var cls = 'step k-' + e.kind + (e.withdrawn ? ' withdrawn' : '') + (r.problems.length ? ' bad' : '');
    h += '<li class="' + cls + '" id="' + esc(stepAnchor(e)) + '">';
    h += '<div class="step-head"><span class="step-title">' + esc(stepTitle(e)) + '</span>' + stepMark(r, state) + '</div>';
    h += '<dl class="step-body">';
    h += row(t('when'), when(ev.eventTime, ev.eventTimeZoneOffset));
    var who = whoOf(m, e);
    var where = ev.bizLocation && ev.bizLocation.id ? locationOf(m, ev.bizLocation.id) : null;
    if (e.kind === 'shipping') {
      h += row(t('from'), who || esc(t('nodeId', r.nodeId)));
      var dests = Array.isArray(ev.destinationList) ? ev.destinationList : [];
      dests.forEach(function (d) {
        if (d && /owning_party$/.test(d.type || '')) {
          h += row(t('to'), esc(partyName(m, d.destination)));
        } else if (d && /location$/.test(d.type || '')) {
          h += row(t('destination'), esc(locName(m, d.destination)));
        }
      });
    } else {
      h += row(e.kind === 'sampling' || e.kind === 'inspecting' ? t('inspector') : t('who'),
        who || esc(t('nodeId', r.nodeId)));
      if (e.kind === 'receiving') {
        (ev.sourceList || []).forEach(function (s) {
          if (s && /owning_party$/.test(s.type || '')) {
            h += row(t('from'), esc(partyName(m, s.source)));
          }
        });
      }
    }
    if (ev.bizLocation && ev.bizLocation.id) {
      h += row(t('where'), esc(locName(m, ev.bizLocation.id)) + (where && where.address ? '<br><span class="sub">' + esc(where.address) + '</span>' : ''));
    }
    // quantities
    if (ev.type === 'TransformationEvent') {
      var ins = quantityEntries(ev, 'inputQuantityList').map(function (q) { return batchLink(m, q.epcClass, quantityText(m, q, true)); });
      var outs = quantityEntries(ev, 'outputQuantityList').map(function (q) { return batchLink(m, q.epcClass, quantityText(m, q, true)); });
      h += row(t('inputs'), ins.join('<br>'));
      h += row(t('outputs'), outs.join('<br>'));
    } else {
      var qs = quantityEntries(ev, 'quantityList').concat(quantityEntries(ev, 'childQuantityList'));
      if (qs.length) {
        h += row(t('quantity'), qs.map(function (q) { return quantityText(m, q, qs.length > 1); }).join('<br>'));
      }
      if (typeof ev.parentID === 'string') {
        h += row(t('s_aggregate'), esc(ev.parentID.replace(/^urn:suyuan:case:/, '')));
      }
    }
    // harvest data
    var ilmd = ev.ilmd && typeof ev.ilmd === 'object' ? ev.ilmd : null;
    if (ilmd) {
      h += row(t('harvestDate'), esc(ilmd['cbvmda:harvestStartDate'] || ''));
      h += row(t('variety'), esc(ilmd['suyuan:variety'] || ''));
      h += row(t('country'), esc(ilmd['cbvmda:countryOfOrigin'] || ''));
      if (Array.isArray(ilmd['suyuan:certifications'])) {
        h += row(t('certifications'), ilmd['suyuan:certifications'].map(esc).join('<br>'));
      }
    }
    // field work
    if (e.kind === 'field_work') {
      h += row(t('input'), esc(ev['suyuan:input'] || ''));
      var dose = ev['suyuan:dose'];
      if (dose && typeof dose === 'object') {
        h += row(t('dose'), num(dose['suyuan:quantity']) + ' ' + esc(unit(dose['suyuan:uom'])) +
          (typeof ev['suyuan:safetyIntervalDays'] === 'number' ? '；' + esc(t('safetyInterval', ev['suyuan:safetyIntervalDays'])) : ''));
      }
    }
    // measurements
    var sensors = Array.isArray(ev.sensorElementList) ? ev.sensorElementList : [];
    var reports = [];
    sensors.forEach(function (s) {
      if (s && Array.isArray(s.sensorReport)) {
        reports = reports.concat(s.sensorReport);
      }
    });
    if (reports.length) {
      var tbl = '<table class="results"><thead><tr><th>' + esc(t('results')) + '</th><th></th><th>' + esc(t('limit')) + '</th><th></th></tr></thead><tbody>';
      reports.forEach(function (rep) {
        if (!rep || typeof rep !== 'object') {
          return;
        }
        var limit = typeof rep['suyuan:limit'] === 'number' ? rep['suyuan:limit'] : null;
        var u = esc(unit(rep.uom));
        var verdict = limit === null ? '' : rep.value <= limit ? '<span class="ok">' + esc(t('pass')) + '</span>' : '<span class="no">' + esc(t('fail')) + '</span>';
        tbl += '<tr><td>' + esc(rep['suyuan:name'] || rep.chemicalSubstance || rep.type || '') + '</td><td class="n">' + num(rep.value) + ' ' + u +
          '</td><td class="n">' + (limit === null ? esc(t('noLimit')) : '≤ ' + num(limit) + ' ' + u) + '</td><td>' + verdict + '</td></tr>';
      });
      h += tbl + '</tbody></table>';
    }
    var disp = lastSegment(ev.disposition);
    if (disp === 'conformant') {
      h += '<p class="verdict ok">' + esc(t('resultPass')) + '</p>';
    } else if (disp === 'non_conformant') {
      h += '<p class="verdict no">' + esc(t('resultFail')) + '</p>';
    }
    if (ev.certificationInfo) {
      var certs = Array.isArray(ev.certificationInfo) ? ev.certificationInfo : [ev.certificationInfo];
      h += row(t('certificate'), certs.map(function (c) { return esc(String(c).replace(/^urn:suyuan:cert:/, '')); }).join('<br>'));
    }
    // transport and documents
    var tr = ev['suyuan:transport'];
    if (tr && typeof tr === 'object') {
      var parts = [];
      if (tr['suyuan:mode']) {
        parts.push(esc(has('m_' + tr['suyuan:mode']) ? t('m_' + tr['suyuan:mode']) : tr['suyuan:mode']));
      }
      if (tr['suyuan:coldChain'] === true) {
        parts.push('<span class="cold">❄ ' + esc(t('coldChain')) + '</span>');
      }
      if (tr['suyuan:carrier']) {
        parts.push(esc(t('carrier')) + ': ' + esc(tr['suyuan:carrier']));
      }
      if (tr['suyuan:vehicle']) {
        parts.push(esc(t('vehicle')) + ': ' + esc(tr['suyuan:vehicle']));
      }
      h += row(t('transport'), parts.join(' · '));
    }
    if (Array.isArray(ev.bizTransactionList) && ev.bizTransactionList.length) {
      h += row(t('documents'), ev.bizTransactionList.map(function (d) {
        var type = lastSegment(d && d.type);
        return esc(has(type) ? t(type) : type) + ' ' + esc(String((d && d.bizTransaction) || '').replace(/^urn:suyuan:[a-z]+:/, ''));
      }).join('<br>'));
    }
    if (ev['suyuan:reason']) {
      h += row(t('reason'), esc(ev['suyuan:reason']));
    }
    if (ev['suyuan:recallReason']) {
      h += row(t('reason'), esc(ev['suyuan:recallReason']));
    }
    if (ev['suyuan:note']) {
      h += row(t('note'), esc(ev['suyuan:note']));
    }
    h += '</dl>';
    h += renderAttachments(ev, state);
    if (ev['suyuan:private']) {
      h += '<p class="private">' + esc(t('privateNote')) + '</p>';
    }
    if (e.withdrawn) {
      var d = e.withdrawn.decl;
      var reason = has(d.reason) ? t(d.reason) : (d.reason || '');
      h += '<div class="withdrawal"><strong>' + esc(t('withdrawn')) + '</strong> ' +
        esc(t('withdrawnLong', when(d.declarationTime, null, true), reason)) +
        (d['suyuan:note'] ? '<br>' + esc(d['suyuan:note']) : '');
      var corr = Array.isArray(d.correctiveEventIDs) ? d.correctiveEventIDs : [];
      if (corr.length) {
        h += '<br>' + esc(t('correctedBy')) + ' ' + corr.map(function (id) {
          var c = m.byEventId[id];
          return c ? '<a href="#' + esc(stepAnchor(c)) + '">' + esc(stepTitle(c)) + ' · ' + when(c.ev.eventTime, c.ev.eventTimeZoneOffset, true) + '</a>' : esc(id);
        }).join(', ');
      }
      h += stepMark(e.withdrawn.rec, state) + '</div>';
    }
    h += '<div class="rec">' + esc(t('recordedBy')) + ' ' + esc(r.nodeId) + ' · #' + esc(r.env.seq) + ' · ' + esc(r.id.substr(0, 12)) + '…</div>';
    h += '</li>';
    return h;
  }

  function stepAnchor(e) {
    return 'ev-' + e.rec.id.substr(0, 16) + '-s';
  }

  function renderRef(m, e, state) {
    var target = e.home && e.home !== m.batch ? ' · ' + esc(lotLabel(m, e.home).lot) : '';
    return '<li class="step ref k-' + e.kind + (e.withdrawn ? ' withdrawn' : '') + (e.rec.problems.length ? ' bad' : '') + '"><a href="#' + esc(stepAnchor(e)) + '">' +
      esc(stepTitle(e)) + ' · ' + when(e.ev.eventTime, e.ev.eventTimeZoneOffset, true) + target + '</a> ' +
      (e.rec.problems.length ? '<span class="mark bad">✗</span>' : state.verdict === 'unsupported' ? '' : '<span class="mark ok">✓</span>') + '</li>';
  }

  function stepMark(r, state) {
    if (r.problems.length) {
      return '<span class="mark bad" title="' + esc(r.problems.map(problemText).join('; ')) + '">✗ ' + esc(t('stepFailed')) + '</span>' +
        '<span class="why">' + esc(r.problems.map(problemText).join('; ')) + '</span>';
    }
    if (state.verdict === 'unsupported') {
      return '<span class="mark unk">? ' + esc(t('stepUnchecked')) + '</span>';
    }
    return '<span class="mark ok">✓ ' + esc(t('stepOk')) + '</span>';
  }

  var INLINE_IMAGE = /^image\/(png|jpeg|gif|webp|avif)$/;
  // A file opened from the page (a blob: URL) runs with the page's origin and policy: only types
  // a browser shows passively keep their type; anything else (HTML, SVG, XML …) is offered as
  // application/octet-stream, i.e. downloaded, never rendered.
  var PASSIVE_TYPE = /^(image\/(png|jpeg|gif|webp|avif)|application\/pdf|text\/plain)$/;

  function renderAttachments(ev, state) {
    var list = Array.isArray(ev['suyuan:attachments']) ? ev['suyuan:attachments'] : [];
    if (!list.length) {
      return '';
    }
    var h = '<div class="attachments"><div class="att-title">' + esc(t('attachments')) + '</div><ul>';
    list.forEach(function (a) {
      if (!a || typeof a !== 'object') {
        return;
      }
      var hash = String(a['suyuan:sha256'] || '').toLowerCase();
      var fname = String(a['suyuan:name'] || hash.substr(0, 12));
      var type = String(a['suyuan:mediaType'] || 'application/octet-stream');
      var got = state.files[hash];
      h += '<li>';
      if (!got) {
        h += esc(fname) + ' <span class="sub">' + esc(t('notIncluded')) + '</span>';
      } else if (!got.ok) {
        h += '<span class="no">✗ ' + esc(fname) + ' ' + esc(t('attachmentBad')) + '</span>';
      } else if (INLINE_IMAGE.test(type)) {
        h += '<figure><img src="' + esc(got.url(type)) + '" alt="' + esc(fname) + '" loading="lazy"><figcaption>' +
          (state.verdict === 'verified' ? '✓ ' : '') + esc(fname) + '</figcaption></figure>';
      } else {
        h += '<a download="' + esc(fname) + '" href="' + esc(got.url(type)) + '">' + esc(t('download')) + ' ' + esc(fname) + '</a> <span class="sub">' +
          esc(typeof a['suyuan:size'] === 'number' ? Math.max(1, Math.round(a['suyuan:size'] / 1024)) + ' KB' : '') + '</span>';
      }
      h += '</li>';
    });
    return h + '</ul></div>';
  }

  // ---- rendering: page -----------------------------------------------------------------

  // True when the event made the batch: a transformation's output, or the harvest or batch
  // creation that commissioned it.
  function createsBatch(e, batch) {
    return quantityEntries(e.ev, 'outputQuantityList').concat(e.kind === 'harvest' || e.kind === 'commissioning' ? quantityEntries(e.ev, 'quantityList') : [])
      .some(function (q) { return q.epcClass === batch; });
  }

  // Who signed the page manifest: the party owning the place where the signer's own verified
  // event made this batch (else where it last recorded it), from the verified master data, with
  // the node id; the node id alone when the signer recorded nothing about this batch here.
  function signerText(m, state) {
    var signer = state.manifest.signer;
    var node = state.nodeIds[signer] || signer.substr(0, 12);
    var made = null;
    var last = null;
    m.events.forEach(function (e) {
      if (e.withdrawn || e.rec.problems.length || !e.rec.authentic || e.rec.env.author !== signer || e.batches.indexOf(m.batch) < 0) {
        return;
      }
      var loc = e.ev.bizLocation && locationOf(m, e.ev.bizLocation.id);
      var party = loc && loc.party ? partyOf(m, loc.party) : null;
      if (!party || !name(party)) {
        return;
      }
      if (!made && createsBatch(e, m.batch)) {
        made = party;
      }
      last = party;
    });
    var p = made || last;
    return p ? t('signerNode', name(p), node) : t('nodeId', node);
  }

  function signerBox(m, state) {
    var mf = state.manifest;
    if (!mf || !mf.signer || !(mf.ok || mf.unchecked)) {
      return '';
    }
    return '<p class="signer">' + esc(t(mf.ok ? 'signedBy' : 'signedByUnchecked', signerText(m, state))) + '</p>';
  }

  function verdictBox(state) {
    var v = state.verdict;
    var m = state.model;
    var note = '<p class="sub signer-note">' + esc(t('signedByNote')) + '</p>';
    if (v === 'verified') {
      return '<section class="verdict-box ok"><div class="big">✓ ' + esc(t('verified')) + '</div><p>' + esc(t('verifiedLong', state.recs.length)) + '</p>' +
        signerBox(m, state) + labelBox(state) + note + '</section>';
    }
    if (v === 'unsupported') {
      return '<section class="verdict-box unk"><div class="big">⚠ ' + esc(t('unsupported')) + '</div><p>' + esc(t('unsupportedLong')) + '</p>' +
        signerBox(m, state) + note + '</section>';
    }
    var h = '<section class="verdict-box bad"><div class="big">✗ ' + esc(t('failed')) + '</div><p>' + esc(t('failedLong')) + '</p><ul class="problems">';
    state.general.forEach(function (p) {
      h += '<li>' + esc(problemText(p)) + '</li>';
    });
    state.recs.forEach(function (r) {
      if (r.problems.length) {
        h += '<li>' + esc(t('recordN', r.index + 1)) + (r.id ? ' (' + esc(String(r.id).substr(0, 12)) + '…)' : '') + ': ' +
          esc(r.problems.map(problemText).join('; ')) + '</li>';
      }
    });
    return h + '</ul>' + signerBox(m, state) + labelBox(state) + note + '</section>';
  }

  function labelBox(state) {
    var l = state.label;
    if (!l || !l.present) {
      return '';
    }
    var extra = (l.serial ? ' ' + esc(t('serial')) + ' ' + esc(l.serial) + '.' : '') +
      (l.expiry ? ' ' + esc(t('expiry')) + ' 20' + esc(l.expiry.substr(0, 2) + '-' + l.expiry.substr(2, 2) + '-' + l.expiry.substr(4, 2)) + '.' : '');
    if (l.ok) {
      var mf = state.manifest;
      var signer = '';
      if (mf && mf.ok) {
        signer = mf.signer === l.issuerKey ? '<p class="label-check ok">' + esc(t('signerIsIssuer')) + '</p>'
          : '<p class="label-check warn">' + esc(t('signerNotIssuer', state.nodeIds[mf.signer] || '', l.issuer)) + '</p>';
      }
      return '<p class="label-check ok">' + esc(t('labelOk', l.issuer)) + extra + '</p>' + signer;
    }
    if (l.unchecked) {
      return '<p class="label-check unk">' + esc(t('stepUnchecked')) + extra + '</p>';
    }
    return '<p class="label-check no">' + esc(t('labelFailed', problemText(l.problem))) + extra + '</p>';
  }

  function recallBanner(m, state) {
    var main = m.batch;
    var hits = [];
    m.events.forEach(function (e) {
      if (e.kind !== 'recall' || e.withdrawn || e.rec.problems.length) {
        return;
      }
      e.batches.forEach(function (b) {
        if (state.batchSet[b]) {
          hits.push({ batch: b, e: e });
        }
      });
    });
    if (!hits.length) {
      return '';
    }
    var own = hits.filter(function (x) { return x.batch === main; });
    var h = '<section class="recall" role="alert">';
    var list = own.length ? own : hits;
    h += '<div class="recall-title">⚠ ' + esc(own.length ? t('recallBanner') : t('recallInputBanner')) + '</div>';
    list.forEach(function (x) {
      if (!own.length) {
        h += '<p>' + esc(t('recallInputLong', lotLabel(m, x.batch).lot)) + '</p>';
      }
      h += '<p class="recall-when">' + t('recallDate', when(x.e.ev.eventTime, x.e.ev.eventTimeZoneOffset)) + '</p>';
      if (x.e.ev['suyuan:recallReason']) {
        h += '<p>' + esc(x.e.ev['suyuan:recallReason']) + '</p>';
      }
    });
    h += '<p><strong>' + esc(t('recallAdvice')) + '</strong></p></section>';
    state.recall = own.length ? 'recalled' : 'input-recalled';
    return h;
  }

  function productBox(m, state) {
    var ids = parseBatchId(m.batch) || {};
    var p = productOf(m, m.batch);
    var created = m.events.filter(function (e) { return !e.withdrawn && createsBatch(e, m.batch); })[0];
    var qty = '';
    if (created) {
      quantityEntries(created.ev, created.ev.type === 'TransformationEvent' ? 'outputQuantityList' : 'quantityList').forEach(function (q) {
        if (q.epcClass === m.batch && typeof q.quantity === 'number') {
          qty = num(q.quantity) + ' ' + esc(unit(q.uom));
        }
      });
    }
    var other = p && p.name && typeof p.name === 'object' ? p.name[lang === 'zh' ? 'en' : 'zh'] : '';
    var h = '<section class="card product"><h2>' + esc(p ? name(p) : ids.lot || '') + '</h2>';
    if (other && other !== name(p)) {
      h += '<p class="alt-name">' + esc(other) + '</p>';
    }
    h += '<dl>';
    h += row(t('lot'), '<span class="lot">' + esc(ids.lot || '') + '</span>');
    h += row(ids.gtin ? t('gtin') : t('code'), esc(ids.gtin || ids.code || ''));
    h += row(t('quantity'), qty);
    if (created) {
      h += row(created.kind === 'harvest' ? t('harvestDate') : t('issued'), when(created.ev.eventTime, created.ev.eventTimeZoneOffset, true));
    }
    h += '</dl></section>';
    return h;
  }

  function originBox(m, state) {
    var seen = {};
    var items = [];
    m.events.forEach(function (e) {
      if (e.kind !== 'harvest' || e.withdrawn || e.rec.problems.length) {
        return;
      }
      if (!e.batches.some(function (b) { return state.batchSet[b]; })) {
        return;
      }
      var locId = e.ev.bizLocation && e.ev.bizLocation.id;
      var key = locId + '|' + (e.ev.ilmd && e.ev.ilmd['cbvmda:harvestStartDate']);
      if (seen[key]) {
        return;
      }
      seen[key] = true;
      items.push(e);
    });
    if (!items.length) {
      return '';
    }
    var h = '<section class="card origin"><h2>' + esc(t('origin')) + '</h2>';
    items.forEach(function (e) {
      var loc = e.ev.bizLocation ? locationOf(m, e.ev.bizLocation.id) : null;
      var farm = loc && loc.party ? m.parties[loc.party] : null;
      var ilmd = e.ev.ilmd || {};
      h += '<dl class="origin-item">';
      h += row(t('farm'), esc(farm ? name(farm) : ''));
      h += row(t('plot'), esc(loc ? name(loc) : shortUri(e.ev.bizLocation && e.ev.bizLocation.id)));
      h += row(t('region'), esc(loc && loc.address ? loc.address : ''));
      h += row(t('harvestDate'), esc(ilmd['cbvmda:harvestStartDate'] || ''));
      h += row(t('variety'), esc(ilmd['suyuan:variety'] || ''));
      if (Array.isArray(ilmd['suyuan:certifications'])) {
        h += row(t('certifications'), ilmd['suyuan:certifications'].map(esc).join('<br>'));
      }
      h += '</dl>';
    });
    return h + '</section>';
  }

  // More batches than this on a page: the steps of the input batches are rendered when opened
  // (every record is verified up front all the same).
  var LAZY_AFTER = 12;

  // Which steps each batch shows, in full or as a short link, and the records no batch shows.
  // Each record is shown in full once: a transformation under the batch it made, anything else
  // under the first batch (in genealogy order) it names; elsewhere as a short link. A batch
  // harvested from a plot also shows the field work recorded on that plot before the harvest.
  // Worked out once; the HTML is made per language and, for a large genealogy's input batches,
  // when opened.
  function historyLayout(m, state) {
    var batches = state.batches.slice();
    batches.sort(function (a, b) { return (a.depth || 0) - (b.depth || 0); });
    var byBatch = dict();
    var byPlace = dict();
    var plotOf = dict();
    m.events.forEach(function (e, i) {
      e.order = i;
      e.batches.forEach(function (b) {
        var list = byBatch[b] || (byBatch[b] = []);
        if (list[list.length - 1] !== e) {
          list.push(e);
        }
      });
      if (!e.batches.length && e.ev.bizLocation && typeof e.ev.bizLocation.id === 'string') {
        (byPlace[e.ev.bizLocation.id] = byPlace[e.ev.bizLocation.id] || []).push(e);
      }
      if (e.kind === 'harvest' && e.ev.bizLocation) {
        e.batches.forEach(function (b) { plotOf[b] = { loc: e.ev.bizLocation.id, time: e.time }; });
      }
    });
    var placed = dict();
    var anchors = dict();
    var groups = batches.map(function (b, gi) {
      var steps = byBatch[b.batch] || [];
      var p = plotOf[b.batch];
      if (p && typeof p.loc === 'string' && byPlace[p.loc]) {
        steps = steps.concat(byPlace[p.loc].filter(function (e) { return e.time <= p.time; }));
        steps.sort(function (x, y) { return x.order - y.order; });
      }
      var g = { b: b, items: [], open: false };
      steps.forEach(function (e) {
        var home = e.home;
        if (!home) {
          var made = e.ev.type === 'TransformationEvent' ? quantityEntries(e.ev, 'outputQuantityList').map(function (q) { return q.epcClass; }) : [];
          home = e.home = made.filter(function (x) { return state.batchSet[x]; })[0] || b.batch;
        }
        var full = !placed[e.rec.id] && home === b.batch;
        if (full) {
          placed[e.rec.id] = true;
          anchors[stepAnchor(e)] = gi;
        }
        g.items.push({ e: e, full: full });
        // Problems and recalls are not folded away.
        if (e.rec.problems.length || (e.withdrawn && e.withdrawn.rec.problems.length) || e.kind === 'recall') {
          g.open = true;
        }
      });
      return g;
    });
    return { groups: groups, anchors: anchors, rest: m.events.filter(function (e) { return !placed[e.rec.id]; }) };
  }

  function groupSteps(m, g, state) {
    var h = '<ol class="steps">';
    g.items.forEach(function (x) {
      h += x.full ? renderStep(m, x.e, state) : renderRef(m, x.e, state);
    });
    return h + '</ol>';
  }

  function groupHead(m, b) {
    var l = lotLabel(m, b.batch);
    var h = '<h3><span class="tag">' + esc(b.depth ? t('inputBatch') : t('thisBatch')) + '</span> ' + esc(l.product) + ' · <span class="lot">' + esc(l.lot) + '</span></h3>';
    if (b.depth && Array.isArray(b.parents) && b.parents.length) {
      h += '<span class="sub went">' + esc(t('wentInto')) + ': ' + b.parents.map(function (p) {
        return batchLink(m, p, '<span class="lot">' + esc(lotLabel(m, p).lot) + '</span>');
      }).join(', ') + '</span>';
    }
    return h;
  }

  function historyBox(m, data, state) {
    var L = state.layout;
    var lazy = L.groups.length > LAZY_AFTER;
    var h = '';
    if (L.groups.length > 1) {
      h += '<section class="card inputs' + (lazy ? ' many" style="contain-intrinsic-size:auto ' + (80 + 26 * L.groups.length) + 'px' : '') + '"><h2>' +
        esc(t('madeFrom')) + '</h2><p>' + esc(t('madeFromLong')) + '</p><ul class="tree">';
      L.groups.forEach(function (g) {
        var b = g.b;
        if (!b.depth) {
          return;
        }
        var l = lotLabel(m, b.batch);
        h += '<li' + (b.depth > 1 ? ' style="margin-left:' + Math.min(4, b.depth - 1) + 'em"' : '') + '>' + batchLink(m, b.batch, esc(l.product) + ' · <span class="lot">' + esc(l.lot) + '</span>') + '</li>';
      });
      h += '</ul></section>';
    }
    h += '<section class="history"><h2>' + esc(t('history')) + '</h2>';
    L.groups.forEach(function (g, gi) {
      var b = g.b;
      var id = 'b-' + esc(anchor(b.batch));
      if (!lazy || !b.depth) {
        h += '<div class="batch' + (b.depth ? ' input' : '') + '" id="' + id + '">' + groupHead(m, b) + groupSteps(m, g, state) + '</div>';
        return;
      }
      if (g.open || state.open[gi] === true) {
        h += '<div class="batch input" id="' + id + '" data-group="' + gi + '">' + groupHead(m, b) + groupSteps(m, g, state) + '</div>';
        return;
      }
      var mark = state.verdict === 'unsupported' ? '' : ' <span class="mark ok">✓</span>';
      h += '<div class="batch input folded" id="' + id + '" data-group="' + gi + '">' + groupHead(m, b) +
        '<button type="button" class="unfold" aria-expanded="false">' + esc(t('showSteps', g.items.length)) + mark + '</button></div>';
    });
    if (L.rest.length) {
      h += '<div class="batch other"><h3>' + esc(t('otherRecords')) + '</h3><ol class="steps">';
      L.rest.forEach(function (e) { h += renderStep(m, e, state); });
      h += '</ol></div>';
    }
    state.gaps.forEach(function (g) {
      h += '<p class="gap">' + esc(t('gap', nodeIdFromDigestCache(g.author, state), g.from, g.to)) + '</p>';
    });
    return h + '</section>';
  }

  // A folded input batch gets its steps when unfolded (by its button, a link to it or to one of
  // its steps, or the address's #fragment).
  function openGroup(el) {
    if (!el || !STATE || !STATE.layout) {
      return;
    }
    var gi = parseInt(el.getAttribute('data-group'), 10);
    var g = STATE.layout.groups[gi];
    if (!g || !/\bfolded\b/.test(el.className)) {
      return;
    }
    STATE.open[gi] = true;
    var button = el.querySelector('button.unfold');
    if (button) {
      button.parentNode.removeChild(button);
    }
    el.className = el.className.replace(/\s*\bfolded\b/, '');
    el.insertAdjacentHTML('beforeend', groupSteps(STATE.model, g, STATE));
  }

  function revealTarget(id) {
    if (!STATE || !STATE.layout || !id) {
      return null;
    }
    var el = document.getElementById(id);
    if (el && el.hasAttribute('data-group')) {
      openGroup(el);
      return el;
    }
    if (!el && id in STATE.layout.anchors) {
      openGroup(document.querySelector('[data-group="' + STATE.layout.anchors[id] + '"]'));
      el = document.getElementById(id);
    }
    return el;
  }

  var wired = false;

  function wireHistory(app) {
    if (wired) {
      return;
    }
    wired = true;
    app.addEventListener('click', function (ev) {
      var el = ev.target && ev.target.closest ? ev.target.closest('button.unfold, a[href^="#"]') : null;
      if (!el) {
        return;
      }
      if (el.tagName === 'BUTTON') {
        openGroup(el.closest('[data-group]'));
      } else {
        // Runs before the browser follows the link: the target then exists.
        revealTarget(decodeSegment(el.getAttribute('href').substr(1)));
      }
    });
  }

  function nodeIdFromDigestCache(author, state) {
    return state.nodeIds[author] || author.substr(0, 12);
  }

  function header(title) {
    var el = document.getElementById('title');
    if (el) {
      el.textContent = title;
    }
    var top = document.getElementById('top');
    if (top && !document.getElementById('lang-switch')) {
      var btn = document.createElement('button');
      btn.id = 'lang-switch';
      btn.type = 'button';
      btn.className = 'lang';
      btn.addEventListener('click', function () {
        lang = lang === 'zh' ? 'en' : 'zh';
        storeLang(lang);
        render();
      });
      top.insertBefore(btn, top.firstChild);
    }
    var b = document.getElementById('lang-switch');
    if (b) {
      b.textContent = t('switchTo');
      b.setAttribute('aria-label', t('switchLabel'));
      b.setAttribute('lang', lang === 'zh' ? 'en' : 'zh-CN');
    }
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    body.dataset.lang = lang;
  }

  var STATE = null;

  function render() {
    var app = document.getElementById('app');
    if (!STATE) {
      header('');
      app.innerHTML = '<p class="checking">' + esc(t('checking')) + '</p>';
      return;
    }
    if (STATE.page === 'index') {
      renderIndex(app);
      return;
    }
    var m = STATE.model;
    var ids = parseBatchId(m.batch) || {};
    var p = productOf(m, m.batch);
    var title = (p ? name(p) + ' · ' : '') + (ids.lot || '');
    header(title);
    document.title = title + ' — ' + (lang === 'zh' ? '溯源' : 'Suyuan');
    var h = '';
    h += recallBanner(m, STATE);
    h += verdictBox(STATE);
    h += productBox(m, STATE);
    h += originBox(m, STATE);
    h += historyBox(m, STATE.data, STATE);
    h += '<footer class="foot"><h2>' + esc(t('how')) + '</h2><p>' + esc(t('howText')) + '</p>';
    if (STATE.data.generated) {
      h += '<p class="sub">' + esc(t('generated', STATE.data.generated)) + '</p>';
    }
    h += '</footer>';
    app.innerHTML = h;
    wireHistory(app);
  }

  function renderIndex(app) {
    var data = STATE.data;
    header(t('index'));
    document.title = t('index') + ' — ' + (lang === 'zh' ? '溯源' : 'Suyuan');
    var h = '<section class="card"><p class="sub">' + esc(t('indexNote')) + '</p><ul class="index">';
    (Array.isArray(data.entries) ? data.entries : []).forEach(function (e) {
      // Relative batch page paths only (docs/site-format.md); each segment is encoded again, as a
      // folder kept percent-encoded on disk (A%2FB) must not be read as A/B by the browser.
      if (!e || typeof e.path !== 'string' || !/^(01|p)\/[^/]+\/10\/[^/]+\/index\.html$/.test(e.path) ||
        e.path.split('/').some(function (x) { return x === '.' || x === '..'; })) {
        return;
      }
      var href = e.path.split('/').map(encodeURIComponent).join('/');
      var pn = e.product && typeof e.product === 'object' ? (e.product[lang] || e.product[lang === 'zh' ? 'en' : 'zh'] || '') : '';
      var st = String(e.status || '');
      h += '<li class="entry st-' + esc(st.replace(/[^a-z_]/g, '')) + '"><a href="' + esc(href) + '"><span class="pn">' + esc(pn) + '</span> <span class="lot">' + esc(e.lot || '') + '</span></a>' +
        '<span class="meta">' + (st ? '<span class="status">' + esc(has('st_' + st) ? t('st_' + st) : st) + '</span> ' : '') + esc(e.created || '') + '</span></li>';
    });
    h += '</ul></section>';
    if (data.generated) {
      h += '<p class="sub">' + esc(t('generated', data.generated)) + '</p>';
    }
    app.innerHTML = h;
  }

  // ---- main ----------------------------------------------------------------------------

  function finish(verdict) {
    body.dataset.verification = verdict;
    body.dataset.renderMs = (performance.now()).toFixed(1);
    body.dataset.scriptMs = (performance.now() - T0).toFixed(1);
  }

  function run() {
    var data;
    try {
      data = JSON.parse(document.getElementById('suyuan-data').textContent);
    } catch (e) {
      STATE = { page: 'batch', failedEarly: true };
      fail(problem('p_data', e.message));
      return Promise.resolve();
    }
    if (data && data.page === 'index') {
      STATE = { page: 'index', data: data };
      render();
      finish('none');
      return Promise.resolve();
    }
    if (!data || data.format !== 1 || data.page !== 'batch' || !Array.isArray(data.records)) {
      fail(problem('p_data', 'format'));
      return Promise.resolve();
    }
    // Every record is read and hashed while the browser's Ed25519 is being tested.
    var raws = data.records.map(function (raw) { return raw && typeof raw === 'object' ? raw : {}; });
    return Promise.all([ed25519Supported(), Promise.all(raws.map(readRecord))]).then(function (first) {
      var supported = first[0];
      return Promise.all(first[1].map(function (rec, i) { return checkSignature(rec, raws[i], supported); }))
        .then(function (recs) {
          var state = { page: 'batch', data: data, recs: recs, general: [], gaps: [], files: dict(), nodeIds: dict(), batchSet: dict(), open: dict() };
          checkSet(recs, state);
          var m = buildModel(data, recs);
          state.model = m;
          state.batches = genealogy(m, data);
          state.batches.forEach(function (b) { state.batchSet[b.batch] = true; });
          if (!m.batchNamed) {
            state.general.push(problem('p_batch'));
          }
          // The page at the address of one batch must be about that batch, not about another one
          // its records also name (an input, say).
          var addr = addressBatch();
          var ids = parseBatchId(data.batch);
          if (addr && !addressMatches(addr, ids)) {
            state.general.push(problem('p_address', ids ? ids.lot : String(data.batch), addr.text));
          }
          // node ids of the authors, attachment hashes and the label, in parallel
          var authors = {};
          recs.forEach(function (r) { if (r.env) { authors[r.env.author] = true; } });
          var man = data.manifest;
          if (man && typeof man.signer === 'string' && HEX64.test(man.signer)) {
            authors[man.signer] = true;
          }
          var jobs = Object.keys(authors).map(function (a) {
            return crypto.subtle.digest('SHA-256', hexToBytes(a)).then(function (d) { state.nodeIds[a] = nodeIdFromDigest(hex(d)); });
          });
          var named = dict();
          m.events.forEach(function (e) {
            (Array.isArray(e.ev['suyuan:attachments']) ? e.ev['suyuan:attachments'] : []).forEach(function (a) {
              if (a && typeof a['suyuan:sha256'] === 'string') {
                named[a['suyuan:sha256'].toLowerCase()] = a['suyuan:name'] || '';
              }
            });
          });
          var files = data.attachments && typeof data.attachments === 'object' ? data.attachments : {};
          Object.keys(named).forEach(function (hash) {
            var f = files[hash];
            if (!f || typeof f.data !== 'string') {
              return;
            }
            var bytes;
            try {
              bytes = b64ToBytes(f.data);
            } catch (e) {
              state.files[hash] = { ok: false };
              state.general.push(problem('p_attach', named[hash]));
              return;
            }
            jobs.push(sha256(bytes).then(function (d) {
              if (d !== hash) {
                state.files[hash] = { ok: false };
                state.general.push(problem('p_attach', named[hash]));
                return;
              }
              var cache = {};
              state.files[hash] = {
                ok: true,
                url: function (type) {
                  var safe = PASSIVE_TYPE.test(type) ? type : 'application/octet-stream';
                  if (!cache[safe]) {
                    cache[safe] = URL.createObjectURL(new Blob([bytes], { type: safe }));
                  }
                  return cache[safe];
                }
              };
            }));
          });
          jobs.push(checkLabel(m, supported).then(function (l) { state.label = l; }));
          jobs.push(checkManifest(data, recs, supported).then(function (r) {
            state.manifest = r;
            if (r.problem) {
              state.general.unshift(r.problem);
            }
          }));
          return Promise.all(jobs).then(function () {
            recs.forEach(function (r) { r.nodeId = r.env ? state.nodeIds[r.env.author] : ''; });
            state.layout = historyLayout(m, state);
            var bad = state.general.length > 0 || recs.some(function (r) { return r.problems.length > 0; }) ||
              (state.label && state.label.present && !state.label.ok && !state.label.unchecked);
            state.verdict = bad ? 'failed' : supported ? 'verified' : 'unsupported';
            STATE = state;
            body.dataset.verifyMs = (performance.now() - T0).toFixed(1);
            render();
            if (location.hash) {
              var target = revealTarget(decodeSegment(location.hash.substr(1)));
              if (target && target.scrollIntoView) {
                target.scrollIntoView();
              }
            }
            body.dataset.recall = state.recall || 'none';
            body.dataset.label = state.label && state.label.present ? (state.label.ok ? 'verified' : state.label.unchecked ? 'unsupported' : 'failed') : 'none';
            body.dataset.records = String(recs.length);
            var mf = state.manifest;
            body.dataset.manifest = mf.ok ? 'verified' : mf.unchecked ? 'unsupported' : mf.present ? 'failed' : 'missing';
            body.dataset.signer = mf.signer ? state.nodeIds[mf.signer] || '' : '';
            body.dataset.signerIsIssuer = state.label && state.label.ok && mf.signer ? (state.label.issuerKey === mf.signer ? 'yes' : 'no') : 'none';
            finish(state.verdict);
          });
        });
    }).catch(function (e) {
      fail(problem('p_exception', e && e.message ? e.message : String(e)));
    });
  }

  function fail(p) {
    var app = document.getElementById('app');
    header('');
    app.innerHTML = '<section class="verdict-box bad"><div class="big">✗ ' + esc(t('failed')) + '</div><p>' + esc(problemText(p)) + '</p></section>';
    finish('failed');
  }

  lang = pickLang();
  render();
  run();
})();
